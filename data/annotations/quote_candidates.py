#!/usr/bin/env python3
"""Helps hand-annotate direct quotes in the shared archive (data/annotations/README.md, quotes section).

The script only proposes: it lists unannotated train/dev articles, prints an article with its
candidate quote spans numbered, and turns the annotator's decisions into quotes.jsonl lines.
Every speaker, role and rejection is the annotator's decision, written in a decisions file.

  quote_candidates.py list [--kinds singleMatchReport,reaction] [--split dev] [--limit 40]
  quote_candidates.py show ID
  quote_candidates.py add DECISIONS.tsv      # appends to quotes.jsonl and quote-reports.tsv

Decisions file: one line per article, `#report ID`, then one line per kept quote,
`ID<TAB>N<TAB>speaker<TAB>role` where N is the candidate number printed by `show`, or
`start-end` (UTF-16 offsets of the words inside the marks) for a span the finder missed;
`-` for a null speaker or role. Candidates not listed are rejected (chants, nicknames, terms).
Test-split articles are refused: no annotation is ever chosen into the test split.
"""
import gzip
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ARCHIVE = os.path.join(ROOT, '..', 'shared', 'corpus', 'football-news-2023-2026.jsonl.gz')
QUOTES = os.path.join(HERE, 'quotes.jsonl')
REPORTS = os.path.join(HERE, 'quote-reports.tsv')
KINDS = os.path.join(HERE, 'report-kinds.tsv')


def split_of(article_id):
    """NewsDigest.Learning.DataSplit.Of: SHA-256 of the id's UTF-8 bytes, first byte mod 10."""
    bucket = hashlib.sha256(article_id.encode('utf-8')).digest()[0] % 10
    return 'train' if bucket < 6 else 'dev' if bucket < 8 else 'test'


def utf16(text):
    """The text as a list of UTF-16 code units' characters, so offsets match .NET string indices."""
    units = text.encode('utf-16-le')
    return units


def u16_slice(text, start, end):
    return utf16(text)[2 * start:2 * end].decode('utf-16-le')


def u16_len(text):
    return len(utf16(text)) // 2


def archive():
    with gzip.open(ARCHIVE, 'rt', encoding='utf-8') as f:
        for line in f:
            yield json.loads(line)


def annotated_ids():
    with open(REPORTS, encoding='utf-8') as f:
        return {line.rstrip('\n').split('\t')[1] for line in f if '\t' in line}


def kinds():
    with open(KINDS, encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f][1:]
    return {r[0]: r[1] for r in rows if len(r) >= 2}


SINGLE = re.compile(r'(?<![\w’])‘([^’\n]*?(?:’\w[^’\n]*?)*)’(?!\w)')
CLOSED = re.compile(r'’(?!\w)')
TEX = re.compile(r"``(.{1,2000}?)''")


def double_marked(text):
    """Pairs double marks line by line (“ opens, ” closes, " toggles); a mark left open runs to the line's end (a quote continued in the next paragraph)."""
    spans = []
    offset = 0
    for line in text.split('\n'):
        start = None
        for i, c in enumerate(line):
            if c == '“' or (c == '"' and start is None):
                if start is None:
                    start = i + 1
            elif c in '”"' and start is not None:
                spans.append((offset + start, offset + i))
                start = None
        if start is not None and len(line) - start >= 12:
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return spans


def candidates(text):
    """Spans (python str offsets) of the words inside quote marks, in text order, overlaps removed; straight single marks are left to the eye."""
    found = double_marked(text) + [(m.start(1), m.end(1)) for p in (SINGLE, TEX) for m in p.finditer(text)]
    # A paragraph opened with a single curly mark and not closed on its line runs to the line's end (British style continuation).
    starts = {s for s, _ in found}
    offset = 0
    for line in text.split('\n'):
        for i, c in enumerate(line):
            opens = c == '‘' and (i == 0 or line[i - 1] in ' :')
            if opens and offset + i + 1 not in starts and len(line.rstrip()) - i > 12 and not CLOSED.search(line, i + 1):
                found.append((offset + i + 1, offset + len(line.rstrip())))
        offset += len(line) + 1
    found.sort()
    kept = []
    for s, e in found:
        if e <= s or (kept and s < kept[-1][1]):
            continue
        kept.append((s, e))
    return kept


def to_u16(text, index):
    return u16_len(text[:index])


def cmd_list(args):
    want_kinds = None
    split = None
    limit = 40
    i = 0
    while i < len(args):
        if args[i] == '--kinds':
            want_kinds = set(args[i + 1].split(','))
            i += 2
        elif args[i] == '--split':
            split = args[i + 1]
            i += 2
        elif args[i] == '--limit':
            limit = int(args[i + 1])
            i += 2
        else:
            sys.exit(f'unknown option {args[i]}')
    done = annotated_ids()
    k = kinds()
    shown = 0
    for a in archive():
        part = split_of(a['id'])
        if part == 'test' or a['id'] in done or (split and part != split):
            continue
        if want_kinds is not None and k.get(a['id']) not in want_kinds:
            continue
        n = len(candidates(a['text']))
        if n == 0:
            continue
        print(f"{a['id']}\t{part}\t{k.get(a['id'], '-')}\t{a['domain']}\t{n}\t{len(a['text'])}\t{a['title'][:90]}")
        shown += 1
        if shown >= limit:
            break


def find(article_id):
    for a in archive():
        if a['id'] == article_id:
            return a
    sys.exit(f'{article_id}: not in the archive')


def cmd_show(args):
    a = find(args[0])
    text = a['text']
    print(f"# {a['id']} ({split_of(a['id'])}) {a['domain']} :: {a['title']}")
    spans = candidates(text)
    out = []
    last = 0
    for n, (s, e) in enumerate(spans, 1):
        out.append(text[last:s])
        out.append(f'[[{n}|{to_u16(text, s)}-{to_u16(text, e)}: ')
        out.append(text[s:e])
        out.append(']]')
        last = e
    out.append(text[last:])
    print(''.join(out))
    # Speech verbs outside every candidate, to check that no direct quote is missed.
    print('\n# speech verbs outside candidates:')
    for m in re.finditer(r"\b(said|says|told|added|admitted|insisted|explained|wrote|posted|tweeted)\b", text):
        if not any(s <= m.start() < e for s, e in spans):
            lo = max(0, m.start() - 60)
            print('  ...' + text[lo:m.end() + 40].replace('\n', ' / ') + '...')


def cmd_add(args):
    path = args[0]
    rows = []
    reports = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('#report'):
                reports.append(line.split()[1])
                continue
            if line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 4:
                sys.exit(f'{path}: bad line (want id, N or start-end, speaker, role): {line}')
            rows.append(parts)
    ids = set(reports) | {r[0] for r in rows}
    for i in ids:
        if split_of(i) == 'test':
            sys.exit(f'{i}: a test-split article; annotations are never chosen into test')
    done = annotated_ids()
    again = ids & done
    if again:
        sys.exit(f'already annotated: {sorted(again)}')
    missing = {r[0] for r in rows} - set(reports)
    if missing:
        sys.exit(f'quotes for articles without a #report line: {sorted(missing)}')
    texts = {a['id']: a['text'] for a in archive() if a['id'] in ids}
    lines = []
    for article_id, which, speaker, role in rows:
        text = texts[article_id]
        if '-' in which:
            s16, e16 = (int(x) for x in which.split('-'))
        else:
            s, e = candidates(text)[int(which) - 1]
            s16, e16 = to_u16(text, s), to_u16(text, e)
        words = u16_slice(text, s16, e16)
        record = {
            'corpus': 'news', 'id': article_id, 'start': s16, 'end': e16,
            'sha1': hashlib.sha1(words.encode('utf-8')).hexdigest(),
            'speaker': None if speaker == '-' else speaker, 'role': None if role == '-' else role,
        }
        lines.append(record)
        print(f"{article_id} {s16}-{e16} {speaker!r}: {words[:70]!r}")
    # Keep text order within each report, reports in the order given.
    order = {r: n for n, r in enumerate(reports)}
    lines.sort(key=lambda r: (order[r['id']], r['start']))
    with open(QUOTES, 'a', encoding='utf-8') as f:
        for r in lines:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(REPORTS, 'a', encoding='utf-8') as f:
        for r in reports:
            f.write(f'news\t{r}\n')
    print(f'{len(lines)} quotes over {len(reports)} reports appended')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    {'list': cmd_list, 'show': cmd_show, 'add': cmd_add}[sys.argv[1]](sys.argv[2:])
