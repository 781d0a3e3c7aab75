#!/usr/bin/env python3
"""Session 8: draws the test-split items to annotate blind (data/annotations/README.md, "Session 8: a larger test split").

Only selection and bookkeeping: no extractor, classifier or evaluation is run, and nothing the tool says about an
article is read. The annotator reads each article and decides.

  session8_test.py quote-order [--seed N]   # the quote pool in its seeded order, with the skip rules applied
                                            # (pools 1 to 4: seeds 20268, 20269, 20270, 20271, each drawn after the one before was read)
  session8_test.py kinds-sample [--per-pool 110] [--seed N]   # the two report-kind pools, seeded, interleaved
                                            # (first draw: seed 80268, 110 each; second draw: seed 80269, 60 each;
                                            #  third draw: --report-like-only --per-pool 50 --seed 80270)
  session8_test.py opening ID [CHARS]       # title and opening of an archive article, for a report-kind judgement
  session8_test.py add-quotes DECISIONS.tsv # like quote_candidates.py add, but only for test-split ids
  session8_test.py check                    # every quotes.jsonl line: span inside the text and its sha1

Decisions files are those of quote_candidates.py (`#report ID`, then `ID<TAB>N or start-end<TAB>speaker<TAB>role`).
"""
import gzip
import hashlib
import json
import os
import random
import re
import sys

import quote_candidates as qc

HERE = qc.HERE
SHARED = os.path.join(qc.ROOT, '..', 'shared')
ESPN = os.path.join(SHARED, 'corpus', 'espn-premier-league-2012-2014.jsonl')
PL = os.path.join(SHARED, 'corpus', 'premier-league-2025-26.jsonl')
LABEL_FILES = ['report-kinds.tsv', 'report-kinds-news-gold.tsv', 'report-kinds-session7.tsv']
GOLD = os.path.join(qc.ROOT, 'data', 'gold', 'news-gold.jsonl')

QUOTE_SEED = 20268
KINDS_SEED = 80268

# Report-like titles, as the first labelling described them: a scoreline or a result word.
REPORT_LIKE = re.compile(
    r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b|\b(beat|beats|beaten|draw|draws|drew|win over|victory over|held|hold|holds|"
    r"stun|stuns|stunned|edge|edges|edged|thrash|thrashes|thrashed|rout|routs|routed|sink|sinks|sank|down|downs|"
    r"defeat|defeats|defeated|hammer|hammers|crush|crushes|seal|seals|clinch|clinches|fightback|comeback)\b",
    re.IGNORECASE)


def labelled():
    """Every id any report-kind label file judges, with its kind."""
    kinds = {}
    for name in LABEL_FILES:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            for line in list(f)[1:]:
                parts = line.rstrip('\n').split('\t')
                if len(parts) >= 2:
                    kinds.setdefault(parts[0], parts[1])
    return kinds


def gold_ids():
    with open(GOLD, encoding='utf-8') as f:
        return [json.loads(line)['id'] for line in f if line.strip()]


def title_key(title):
    """A title cut at ' | ' and folded, so one agency story on two sites shares a key."""
    return re.sub(r'\W+', ' ', title.split(' | ')[0]).strip().lower()


def shingles(text, n=5):
    words = re.findall(r'\w+', text.lower())
    return {' '.join(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def is_copy(a, b):
    """Word 5-shingle Jaccard >= 0.45 or containment >= 0.6 (the rule match-groups.tsv used to propose copies)."""
    if not a or not b:
        return False
    common = len(a & b)
    return common / len(a | b) >= 0.45 or common / min(len(a), len(b)) >= 0.6


def cmd_quote_order(args):
    seed = int(args[args.index('--seed') + 1]) if '--seed' in args else QUOTE_SEED
    done = qc.annotated_ids()
    kinds = labelled()
    pool_ids = {i for i, k in kinds.items() if k in ('singleMatchReport', 'reaction')} | set(gold_ids())
    pool = []
    annotated_texts = []
    for a in qc.archive():
        if a['id'] in done:
            annotated_texts.append(shingles(a['text']))
        if a['id'] in pool_ids and qc.split_of(a['id']) == 'test' and a['id'] not in done and a['id'] not in {p[1] for p in pool}:
            pool.append(('news', a['id'], a['domain'], a['title'], a['text']))
    # ESPN and premierleague.com: test-split reports not annotated yet that carry any quotation mark.
    for corpus, path in (('espn', ESPN), ('pl', PL)):
        with open(path, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                if qc.split_of(r['id']) == 'test' and r['id'] not in done and qc.candidates(r['text']):
                    pool.append((corpus, r['id'], corpus, f"{r['home']} v {r['away']}", r['text']))
    pool.sort(key=lambda p: p[1])
    random.Random(seed).shuffle(pool)
    taken = []
    for corpus, article_id, domain, title, text in pool:
        s = shingles(text)
        if any(is_copy(s, t) for t in annotated_texts):
            print(f'{corpus}\t{article_id}\tskip: copy of an annotated report\t{domain}\t{title[:80]}')
            continue
        if any(is_copy(s, t) for t in taken):
            print(f'{corpus}\t{article_id}\tskip: copy of one taken above\t{domain}\t{title[:80]}')
            continue
        taken.append(s)
        marks = f'{len(qc.candidates(text))} candidate spans'
        print(f'{corpus}\t{article_id}\ttake ({kinds.get(article_id, corpus if corpus != "news" else "gold")}, {marks}, {len(text)} chars)\t{domain}\t{title[:80]}')
    print(f'# {len(pool)} in the pool, {len(taken)} to read in this order', file=sys.stderr)


def cmd_kinds_sample(args):
    per_pool = int(args[args.index('--per-pool') + 1]) if '--per-pool' in args else 110
    seed = int(args[args.index('--seed') + 1]) if '--seed' in args else KINDS_SEED
    kinds = labelled()
    seen_titles = set()
    report_like, others = [], []
    for a in qc.archive():
        if a['id'] in kinds:
            seen_titles.add(title_key(a['title']))
    for a in qc.archive():
        if qc.split_of(a['id']) != 'test' or a['id'] in kinds:
            continue
        (report_like if REPORT_LIKE.search(a['title']) else others).append((a['id'], a['domain'], a['title']))
    rng = random.Random(seed)
    for pool in (report_like, others):
        pool.sort()
        rng.shuffle(pool)
    picked = []
    pools = (('report-like', report_like),) if '--report-like-only' in args else (('report-like', report_like), ('other', others))
    for name, pool in pools:
        n = 0
        for article_id, domain, title in pool:
            key = title_key(title)
            if key in seen_titles:
                continue
            seen_titles.add(key)
            picked.append((name, article_id, domain, title))
            n += 1
            if n >= per_pool:
                break
    # Interleave the pools so a stop part-way leaves them balanced.
    a = [p for p in picked if p[0] == 'report-like']
    b = [p for p in picked if p[0] == 'other']
    for i in range(max(len(a), len(b))):
        for pool in (a, b):
            if i < len(pool):
                print('\t'.join(pool[i][:3]) + '\t' + pool[i][3][:100])
    print(f'# pools: report-like {len(report_like)}, other {len(others)} unlabelled test-split articles', file=sys.stderr)


def cmd_opening(args):
    wanted = args[0].split(',')
    chars = int(args[1]) if len(args) > 1 else 700
    for a in qc.archive():
        if a['id'] in wanted:
            if qc.split_of(a['id']) != 'test':
                sys.exit(f"{a['id']}: not a test-split article")
            print(f"## {a['id']} {a['domain']} {len(a['text'])} chars :: {a['title']}")
            print(a['text'][:chars].replace('\n', ' / '))
            print()


def cmd_add_quotes(args):
    """quote_candidates.py add, with its split rule turned round: session 8 annotates test-split reports only."""
    path = args[0]
    ids = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#report'):
                ids.add(line.split()[1])
            elif line.strip() and not line.startswith('#'):
                ids.add(line.split('\t')[0])
    wrong = sorted(i for i in ids if qc.split_of(i) != 'test')
    if wrong:
        sys.exit(f'not test-split articles (session 8 annotates test only): {wrong}')
    original = qc.split_of
    qc.split_of = lambda _id: 'heldout'
    try:
        qc.cmd_add([path])
    finally:
        qc.split_of = original


def cmd_check(_args):
    texts = {}
    for path in (ESPN, PL):
        with open(path, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                texts[r['id']] = r['text']
    rows = [json.loads(line) for line in open(qc.QUOTES, encoding='utf-8') if line.strip()]
    wanted = {r['id'] for r in rows if r['corpus'] == 'news'}
    for a in qc.archive():
        if a['id'] in wanted:
            texts[a['id']] = a['text']
    bad = 0
    for n, r in enumerate(rows, 1):
        text = texts.get(r['id'])
        if text is None or not 0 <= r['start'] < r['end'] <= qc.u16_len(text):
            print(f"line {n}: {r['id']} span {r['start']}-{r['end']} outside its text")
            bad += 1
            continue
        words = qc.u16_slice(text, r['start'], r['end'])
        if hashlib.sha1(words.encode('utf-8')).hexdigest() != r['sha1']:
            print(f"line {n}: {r['id']} sha1 differs for {words[:60]!r}")
            bad += 1
    print(f'{len(rows)} quotes checked, {bad} bad')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    commands = {'quote-order': cmd_quote_order, 'kinds-sample': cmd_kinds_sample, 'opening': cmd_opening,
                'add-quotes': cmd_add_quotes, 'check': cmd_check}
    commands[sys.argv[1]](sys.argv[2:])
