#!/usr/bin/env python3
"""Writes report-kinds-written.jsonl: short training articles of every report kind, composed from sentence
patterns written for this project (no article text from anywhere). Seeded, so the file is reproducible:
    python3 data/training/write_report_kinds.py > data/training/report-kinds-written.jsonl
Each line: {"kind": <ReportKind in camelCase>, "title": <headline or null>, "text": <body, paragraphs split by \\n>}.
"""
import json
import random

R = random.Random(20261121)

TEAMS = ["Harrowgate Town", "Kestrel Rovers", "Port Alder", "Millbrook United", "Sunderby City", "Westcombe Athletic",
         "Oakhurst", "Riverside Wanderers", "Castlebay", "Northam Albion", "Granton FC", "Bexford", "Lindale Celtic",
         "Stanmore Villa", "Eastfield Rangers", "Dunmere", "Holloway Park", "Ashcombe", "Redcliffe Orient", "Thornbury",
         "Valdero", "Sporting Brava", "Real Costana", "Atletico Marbel", "FC Lindholm", "Borussia Kettwig", "AS Verona Nord",
         "Olympique Serrac", "Ajaxia", "Deportivo Luz", "Inter Calvo", "Dynamo Pelsk", "Brighton", "Leeds", "Everton",
         "Aston Villa", "Celtic", "Hibernian", "Wolves", "Burnley", "Lyon", "Porto", "Sevilla", "Napoli", "Galatasaray"]
FIRST = ["Tom", "Luca", "Mateo", "Jonas", "Kwame", "Ryan", "Sami", "Diego", "Oscar", "Ellis", "Noah", "Callum", "Andre",
         "Yusuf", "Pablo", "Erik", "Leah", "Maria", "Chloe", "Aitana", "Freya", "Ines", "Sofia", "Mia", "Jordan", "Kai"]
LAST = ["Hartley", "Moreno", "Okafor", "Lindqvist", "Dubois", "Ferreira", "Kowalski", "Brennan", "Mensah", "Castillo",
        "Nakamura", "Petrov", "Whitaker", "Ashworth", "Silva", "Jansen", "Murray", "Quinn", "Haddad", "Rossi", "Boateng"]
COMPS = ["the Premier League", "the Championship", "League One", "the Scottish Premiership", "the FA Cup",
         "the League Cup", "the Champions League", "the Europa League", "La Liga", "the Bundesliga", "Serie A",
         "Ligue 1", "the Women's Super League", "the Conference League", "the Eredivisie", "the Scottish Cup"]
DAYS = ["on Saturday", "on Sunday", "on Tuesday night", "on Wednesday evening", "on Friday", "last night",
        "on Monday", "this afternoon", "on Boxing Day", ""]
GROUNDS = ["at home", "away from home", "in front of a full house", "in driving rain", "under the lights",
           "on a heavy pitch", "before a sell-out crowd", "in the capital"]
POS = ["striker", "midfielder", "winger", "defender", "captain", "substitute", "full-back", "forward", "centre-back", "teenager"]
SPORT_OTHER = [
    ("rugby", ["try", "conversion", "scrum", "line-out", "penalty kick", "fly-half", "the pack"]),
    ("cricket", ["wicket", "century", "over", "innings", "bowler", "the spinners", "run chase"]),
    ("basketball", ["three-pointer", "rebound", "quarter", "free throw", "point guard", "the paint", "overtime"]),
    ("american football", ["touchdown", "quarterback", "field goal", "interception", "the end zone", "yards", "fourth down"]),
    ("tennis", ["set", "tie-break", "break point", "serve", "baseline", "match point", "the second set"]),
    ("ice hockey", ["power play", "goaltender", "period", "puck", "overtime", "the blue line", "slapshot"]),
    ("golf", ["birdie", "bogey", "par", "the back nine", "putt", "fairway", "the clubhouse lead"]),
]
NUMS = ["two", "three", "four", "five", "six", "seven", "eight", "ten"]


def person():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def pair():
    a, b = R.sample(TEAMS, 2)
    return a, b


def minute(lo=1, hi=90):
    return R.randint(lo, hi)


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def minute_phrase(m):
    return R.choice([f"in the {ordinal(m)} minute", f"after {m} minutes", f"on {m} minutes", f"({m})", f"{m} minutes in",
                     f"in the {ordinal(m)} minute" if m < 90 else "deep into stoppage time"])


def score():
    return R.choice([(1, 0), (2, 1), (2, 0), (3, 1), (0, 0), (1, 1), (2, 2), (3, 2), (4, 1), (3, 0), (1, 0), (2, 1)])


def dash(a, b):
    return R.choice([f"{a}-{b}", f"{a}-{b}", f"{a} - {b}", f"{a}–{b}"])


def day():
    return R.choice(DAYS)


def s(text):
    return " ".join(text.split()).replace(" .", ".").replace(" ,", ",").replace(" :", ":")


def single_match():
    home, away = pair()
    hg, ag = score()
    comp = R.choice(COMPS)
    when = day()
    scorers_h = [person() for _ in range(hg)]
    scorers_a = [person() for _ in range(ag)]
    mins = sorted(R.sample(range(3, 93), hg + ag))
    goals = [(m, home, p) for m, p in zip(mins[:hg], scorers_h)] + [(m, away, p) for m, p in zip(mins[hg:], scorers_a)]
    R.shuffle(goals)
    goals.sort()
    if hg > ag:
        winner, loser, wg, lg = home, away, hg, ag
    elif ag > hg:
        winner, loser, wg, lg = away, home, ag, hg
    else:
        winner = None
    sc = dash(max(hg, ag), min(hg, ag))
    paras = []
    if winner is None and hg == 0:
        paras.append(R.choice([
            f"{home} and {away} shared a goalless draw in {comp} {when}, neither side able to break the other down.",
            f"There were no goals at {home} {when} as {away} held on for a point in {comp}.",
            f"{home} were frustrated by {away} in a 0-0 draw {when}, the visitors' goalkeeper making several fine stops.",
            f"A scrappy {comp} meeting between {home} and {away} finished without a goal {when}.",
        ]))
    elif winner is None:
        paras.append(R.choice([
            f"{home} and {away} drew {sc} in {comp} {when} after a lively second half.",
            f"{away} twice came from behind to earn a {sc} draw at {home} {when}.",
            f"A late equaliser earned {away} a {sc} draw against {home} in {comp} {when}.",
            f"Honours ended even at {home}, where {away} fought back for a {sc} draw {when}.",
        ]))
    else:
        paras.append(R.choice([
            f"{winner} beat {loser} {sc} in {comp} {when}.",
            f"{winner} won {sc} {'at ' + home if winner == away else 'at home'} {when} to move up the table in {comp}.",
            f"{winner} came from behind to beat {loser} {sc} {when}, {R.choice(GROUNDS)}.",
            f"{loser} were beaten {sc} by {winner} {when}, a result that leaves them in trouble in {comp}.",
            f"A goal {minute_phrase(goals[-1][0])} gave {winner} a {sc} win over {loser} in {comp} {when}.",
            f"{winner} saw off {loser} {sc} {when} thanks to {goals[-1][2]}'s {R.choice(['header', 'strike', 'late goal', 'penalty'])}.",
            f"{winner} moved into the next round of {comp} with a {sc} victory against {loser} {when}.",
        ]))
    # Some wire reports open on the bare result line; some tell every goal in one running sentence.
    if R.random() < 0.3:
        paras[0] = R.choice([f"{home} {hg}-{ag} {away}.", f"{home} {hg}-{ag} {away}:", f"FT: {home} {hg} {away} {ag}.", f"{home.upper()} {hg} {away.upper()} {ag}"]) + " " + paras[0]
    if goals and R.random() < 0.35:
        steps = []
        for i, (m, team, p) in enumerate(goals):
            verb = R.choice(["opened the scoring", "went ahead", "struck first"]) if i == 0 else R.choice(["scored", "found the net", "struck"])
            steps.append(f"{team} {verb} through {p} {R.choice([f'in the {ordinal(m)} minute', f'on {m} minutes', f'after {m} minutes'])}")
        paras.append(", ".join(steps[:-1]) + (", and " if len(steps) > 1 else "") + steps[-1] + ".")
        goals = []
    for m, team, p in goals:
        if R.random() < 0.75:
            paras.append(R.choice([
                f"{p} put {team} ahead {minute_phrase(m)}, {R.choice(['heading in a corner', 'finishing low into the far corner', 'tapping in from close range', 'curling a shot past the keeper', 'converting a penalty'])}.",
                f"{team} scored {minute_phrase(m)} when {p} {R.choice(['met a cross at the back post', 'fired in from the edge of the area', 'rounded the goalkeeper', 'stabbed home a loose ball'])}.",
                f"The {R.choice(POS)} {p} made it count {minute_phrase(m)} with a {R.choice(['volley', 'header', 'low drive', 'deflected shot'])} for {team}.",
                f"{p} {R.choice(['equalised', 'struck', 'netted', 'scored'])} for {team} {minute_phrase(m)}.",
            ]))
    extra = [
        f"{person()} hit the {R.choice(['post', 'crossbar', 'side netting'])} for {R.choice([home, away])} {minute_phrase(minute())}.",
        f"{R.choice([home, away])} goalkeeper {person()} made {R.choice(NUMS[:4])} good saves to keep the score down.",
        f"{person()} was sent off {minute_phrase(minute(50, 89))} for a second yellow card.",
        f"{R.choice([home, away])} had a penalty appeal turned down before half-time.",
        f"The second half was scrappy, with few chances at either end.",
        f"{person()} came off the bench {minute_phrase(minute(55, 80))} and changed the game.",
        f"The attendance was {R.randint(4, 60)},{R.randint(100, 999)}.",
        f"{R.choice([home, away])} dominated possession but created little in the final third.",
    ]
    R.shuffle(extra)
    paras += extra[:R.randint(0, 4)]
    if R.random() < 0.45:
        coach = person()
        paras.append(R.choice([
            f"\"{R.choice(['We deserved that', 'It was a hard afternoon', 'The players gave everything', 'We have to be better than that'])},\" said {R.choice([home, away])} manager {coach}.",
            f"{R.choice([home, away])} coach {coach} said afterwards that {R.choice(['his side had shown character', 'the result was fair', 'the referee had a difficult day', 'the squad was tired'])}.",
        ]))
    if R.random() < 0.3:
        paras.append(R.choice([
            f"{home} {R.choice(['visit', 'host', 'face'])} {R.choice(TEAMS)} next week.",
            f"The result leaves {R.choice([home, away])} {R.choice(['third', 'fifth', 'bottom', 'second', 'ninth'])} in the table.",
        ]))
    title = None
    if R.random() < 0.5:
        title = R.choice([
            f"{home} {hg}-{ag} {away}",
            f"{home} {hg}-{ag} {away}: {R.choice(['match report', 'report', comp.replace('the ', '').strip()])}",
            f"{winner} edge {loser}" if winner else f"{home} held by {away}",
            f"{winner} beat {loser} to {R.choice(['climb the table', 'reach the quarter-finals', 'end losing run'])}" if winner else f"{home} and {away} share the points",
            f"{goals[-1][2]} {R.choice(['seals', 'earns', 'secures'])} {'win' if winner else 'draw'} for {goals[-1][1]}" if goals else f"Stalemate at {home}",
        ])
    sep = "\n" if R.random() < 0.7 else " "
    return "singleMatchReport", title, sep.join(s(p) for p in paras)


def reaction():
    home, away = pair()
    hg, ag = score()
    coach, player = person(), person()
    team = R.choice([home, away])
    kind = R.randint(0, 4)
    paras = []
    if kind == 0:  # press-conference quotes
        paras.append(f"{team} manager {coach} {R.choice(['insisted', 'admitted', 'said', 'believes'])} his side {R.choice(['deserved more', 'were not at their best', 'are heading in the right direction', 'let themselves down'])} after {R.choice(['the', 'their'])} {dash(hg, ag)} {R.choice(['draw', 'defeat', 'win', 'result'])} against {away if team == home else home}.")
        for _ in range(R.randint(2, 4)):
            paras.append(R.choice([
                f"\"{R.choice(['I thought we controlled the game', 'We have to look at ourselves', 'The lads are disappointed but we move on', 'I am proud of the reaction', 'It is a long season and we will learn from this'])}. {R.choice(['We need to be more clinical', 'The supporters were fantastic', 'That is football', 'I will not criticise my players'])},\" {coach} told reporters.",
                f"He added: \"{R.choice(['We spoke at half-time about our intensity', 'Nobody in that dressing room is happy', 'We showed character', 'There is a lot to improve'])}.\"",
                f"Asked about {player}, {coach} said: \"{R.choice(['He has been excellent for us', 'He needs time', 'I expect more from him', 'He is a top professional'])}.\"",
            ]))
        title = R.choice([f"{coach}: '{R.choice(['We deserved more', 'We must improve', 'Proud of my players'])}'", f"{coach} reacts to {team} {R.choice(['defeat', 'draw', 'win'])}", None])
    elif kind == 1:  # ratings
        paras.append(f"How the {team} players rated in the {dash(hg, ag)} {R.choice(['win over', 'defeat by', 'draw with'])} {away if team == home else home}.")
        for _ in range(R.randint(4, 8)):
            paras.append(f"{person()} – {R.randint(4, 9)}: {R.choice(['Solid throughout.', 'Struggled with the pace.', 'Busy without end product.', 'Best player on the pitch.', 'Quiet afternoon.', 'Made one crucial block.'])}")
        title = R.choice([f"{team} player ratings vs {away if team == home else home}", f"{home} {hg}-{ag} {away}: player ratings", f"Ratings: who impressed for {team}?", None])
    elif kind == 2:  # talking points
        n = R.choice(NUMS[:4])
        paras.append(f"{n.capitalize()} things we learned from {team}'s {dash(hg, ag)} {R.choice(['result', 'outing', 'afternoon'])} against {away if team == home else home}.")
        for i in range(R.randint(2, 4)):
            paras.append(f"{i + 1}. {R.choice(['The defence is still a worry', 'The new signing looks the part', 'The manager got his substitutions right', 'Set pieces remain a problem', 'The midfield lacks a leader', 'The fans are losing patience'])}. {R.choice(['It has been the story of the season.', 'There were signs of it again.', 'That will have to change before the next game.', 'Nobody should be surprised.'])}")
        title = R.choice([f"{n.capitalize()} things we learned from {home} v {away}", f"Talking points: {home} {hg}-{ag} {away}", f"{home} {hg}-{ag} {away}: takeaways", None])
    elif kind == 3:  # fan / pundit reaction
        pundit = person()
        paras.append(f"{R.choice(['Supporters', 'Fans', 'Pundits'])} {R.choice(['were quick to react', 'had plenty to say', 'took to social media'])} after {team}'s {dash(hg, ag)} {R.choice(['loss', 'draw', 'win'])} {day()}.")
        paras.append(f"Former {R.choice(POS)} {pundit} said on television that {team} {R.choice(['looked short of ideas', 'were lucky', 'played with real courage', 'need a new striker'])}.")
        paras.append(f"\"{R.choice(['I have not seen them this poor for years', 'That is the best they have played all season', 'The manager has questions to answer', 'Give that player a new contract'])},\" {pundit} said.")
        if R.random() < 0.5:
            paras.append(f"Others online {R.choice(['called for changes', 'praised the goalkeeper', 'blamed the referee', 'demanded more from the board'])}.")
        title = R.choice([f"Fans react to {team} {R.choice(['defeat', 'draw', 'win'])}", f"'{R.choice(['Embarrassing', 'Outstanding', 'Unacceptable'])}' – {pundit} on {team}", f"Verdict: {team} {R.choice(['fall short', 'show their class', 'stall again'])}", None])
    else:  # analysis / aftermath
        paras.append(f"{team}'s {R.choice(['defeat', 'draw', 'win'])} against {away if team == home else home} {day()} raised {R.choice(['familiar', 'new', 'awkward'])} questions about {R.choice(['their shape', 'the manager', 'the squad', 'their recruitment'])}.")
        paras.append(f"{R.choice(['Analysis', 'A closer look', 'The numbers'])} {R.choice(['suggests', 'shows', 'tells us'])} that {team} {R.choice(['have conceded first in six straight games', 'create fewer chances than any side in the division', 'press higher than last season', 'rely heavily on one player'])}.")
        paras.append(f"{player} {R.choice(['admitted', 'said', 'insisted'])} the {R.choice(['dressing room', 'squad', 'group'])} {R.choice(['was hurting', 'remained united', 'knew what was at stake'])}.")
        title = R.choice([f"Analysis: what went wrong for {team}", f"{team} verdict: {R.choice(['positives and negatives', 'the questions raised', 'winners and losers'])}", None])
    sep = "\n" if R.random() < 0.7 else " "
    return "reaction", title, sep.join(s(p) for p in paras)


def preview():
    home, away = pair()
    comp = R.choice(COMPS)
    coach = person()
    paras = [R.choice([
        f"{home} host {away} in {comp} {R.choice(['on Saturday', 'on Sunday', 'tomorrow', 'this weekend', 'on Tuesday night'])}, with both sides {R.choice(['needing a win', 'chasing a top-four place', 'looking to end a poor run', 'unbeaten in five'])}.",
        f"{away} travel to {home} {R.choice(['on Saturday', 'tomorrow night', 'this weekend'])} for a {comp} clash that could shape the season.",
        f"Everything you need to know ahead of {home} v {away}: team news, kick-off time and how to watch.",
        f"{home} will be without {person()} when they face {away} in {comp} {R.choice(['on Sunday', 'on Wednesday', 'this weekend'])}.",
    ])]
    for _ in range(R.randint(1, 4)):
        paras.append(R.choice([
            f"Kick-off is at {R.choice(['3pm', '5.30pm', '7.45pm', '8pm', '12.30pm'])} and the match is live on {R.choice(['TV', 'a streaming service', 'free-to-air television'])}.",
            f"{coach} is expected to {R.choice(['recall', 'rest', 'start'])} {person()} after {R.choice(['a midweek game', 'a short break', 'international duty'])}.",
            f"Predicted line-up: {', '.join(person().split()[1] for _ in range(6))}.",
            f"The last meeting between the sides ended {dash(*score())}.",
            f"\"{R.choice(['It will be a difficult game', 'We know what we need to do', 'We respect them but we go there to win'])},\" {coach} said ahead of the game.",
            f"Our prediction: {home} {R.randint(0, 3)}-{R.randint(0, 3)} {away}.",
            f"{away} have won {R.choice(NUMS[:4])} of their last {R.choice(NUMS[3:])} away games.",
        ]))
    title = R.choice([f"{home} v {away}: preview, team news and prediction", f"{home} vs {away} predicted line-ups", f"How to watch {home} v {away}", f"{coach}: {away} will be a tough test", None])
    return "preview", title, ("\n" if R.random() < 0.7 else " ").join(s(p) for p in paras)


def transfer():
    club, other = pair()
    p = person()
    fee = f"£{R.randint(2, 80)}m" if R.random() < 0.6 else f"€{R.randint(2, 90)}m"
    paras = [R.choice([
        f"{club} have signed {R.choice(POS)} {p} from {other} for a fee of {fee}.",
        f"{club} are in talks with {other} over a move for {p}, who has {R.randint(1, 3)} years left on his contract.",
        f"{p} has joined {club} on loan from {other} until the end of the season.",
        f"{club} have agreed a new {R.randint(2, 5)}-year contract with {p}.",
        f"{club} have appointed {p} as their new head coach after {person()} was sacked last week.",
        f"{other} have rejected a {fee} bid from {club} for {p}.",
    ])]
    for _ in range(R.randint(1, 3)):
        paras.append(R.choice([
            f"The {R.randint(19, 33)}-year-old {R.choice(['passed a medical', 'is expected to complete the deal', 'was a target last summer', 'scored ten goals last season'])}.",
            f"\"{R.choice(['I am delighted to be here', 'This is a big club with big ambitions', 'I could not turn this down'])},\" {p} told the club website.",
            f"The transfer window closes {R.choice(['on Friday', 'at the end of the month', 'next week'])}.",
            f"{club} are also interested in {person()} of {R.choice(TEAMS)}.",
        ]))
    title = R.choice([f"{club} complete {p} signing", f"{p} joins {club} in {fee} deal", f"{club} bid for {p} rejected", f"{p} signs new {club} contract", None])
    return "transfer", title, ("\n" if R.random() < 0.7 else " ").join(s(x) for x in paras)


def injury():
    club, opp = pair()
    p = person()
    part = R.choice(["hamstring", "knee", "ankle", "groin", "calf", "shoulder", "back"])
    paras = [R.choice([
        f"{club} {R.choice(POS)} {p} will miss {R.choice(['six weeks', 'the rest of the season', 'up to a month', 'the next three games'])} with a {part} injury.",
        f"{p} has been ruled out of {club}'s game against {opp} after picking up a {part} problem in training.",
        f"{club} have been boosted by the return of {p}, who has recovered from a {part} injury.",
        f"{p} is suspended for {club}'s next match after collecting a fifth yellow card.",
    ])]
    for _ in range(R.randint(1, 3)):
        paras.append(R.choice([
            f"A scan {R.choice(['confirmed', 'revealed', 'showed'])} {R.choice(['a tear', 'ligament damage', 'no serious damage'])}.",
            f"Manager {person()} said: \"{R.choice(['It is a blow for us', 'We will not rush him back', 'He is back in full training'])}.\"",
            f"{person()} is also a doubt with {R.choice(['illness', 'a knock', 'a muscle strain'])}.",
            f"He {R.choice(['may need surgery', 'is expected back after the international break', 'could return next month'])}.",
        ]))
    title = R.choice([f"{p} injury blow for {club}", f"{club} injury update: {p} ruled out", f"{p} back in training for {club}", None])
    return "injury", title, ("\n" if R.random() < 0.7 else " ").join(s(x) for x in paras)


def roundup():
    comp = R.choice(COMPS)
    n = R.randint(3, 6)
    teams = R.sample(TEAMS, 2 * n)
    paras = [R.choice([
        f"{comp[0].upper() + comp[1:]} results {day()}: how every game finished.",
        f"A round-up of {day() or 'the weekend'}'s action in {comp}.",
        f"It was a busy {R.choice(['weekend', 'night', 'afternoon'])} in {comp}, with {n} matches and plenty of goals.",
        f"Here is what happened across {comp} {day()}.",
    ])]
    for i in range(n):
        a, b = teams[2 * i], teams[2 * i + 1]
        hg, ag = score()
        paras.append(R.choice([
            f"{a} {hg}-{ag} {b}: {person()} {R.choice(['scored twice', 'got the winner', 'missed a penalty', 'was sent off'])}.",
            f"{a} {'drew with' if hg == ag else 'beat' if hg > ag else 'lost to'} {b} {dash(hg, ag)}{R.choice(['.', ', with ' + person() + ' on target.'])}",
            f"Elsewhere, {a} and {b} {R.choice(['finished', 'ended'])} {dash(hg, ag)}.",
            f"Meanwhile {a} {'drew' if hg == ag else 'won' if hg > ag else 'lost'} {dash(max(hg, ag), min(hg, ag))} at {b}.",
        ]))
    if R.random() < 0.4:
        paras.append(f"{R.choice(teams)} stay top of the table, {R.randint(1, 6)} points clear.")
    title = R.choice([f"{comp[0].upper() + comp[1:]} round-up", f"Results: {teams[0]} win, {teams[2]} held", f"Weekend round-up: {teams[0]} {R.choice(['stun', 'beat', 'edge'])} {teams[1]}, {teams[2]} {R.choice(['draw', 'lose', 'win'])}", f"Briefing: all the {comp} scores", None])
    return "roundUp", title, ("\n" if R.random() < 0.7 else " ").join(s(x) for x in paras)


def other_sport():
    sport, words = R.choice(SPORT_OTHER)
    a, b = R.choice(["Harlequins", "Bath", "Saracens", "Leinster", "Yorkshire", "Surrey", "Lakers", "Celtics",
                     "Chiefs", "Packers", "Bruins", "Rangers", "Kestrels", "Panthers", "Warriors", "Sharks"]), person()
    paras = [R.choice([
        f"{a} won a tight {sport} contest {day()}, {b} deciding it with a late {words[0]}.",
        f"{b} produced a {words[1]} as {a} {R.choice(['won', 'lost', 'held on'])} {day()}.",
        f"{a} {R.choice(['beat', 'lost to'])} their rivals {R.randint(10, 40)}-{R.randint(5, 35)} in {sport} {day()}.",
        f"{b} reached the final after winning {words[6]} in a tense {sport} semi-final.",
    ])]
    for _ in range(R.randint(1, 4)):
        paras.append(R.choice([
            f"The {words[4]} {person()} {R.choice(['was outstanding', 'struggled early', 'finished strongly'])}, with {R.choice(['a', 'another'])} {words[2]} {R.choice(['before the break', 'in the closing stages', 'to settle it'])}.",
            f"{words[5].capitalize()} proved decisive{R.choice([' once more', '', ' again'])}.",
            f"\"{R.choice(['That was a huge effort', 'We knew it would be tough', 'I am proud of the group'])},\" said {person()}.",
            f"{a} play again {R.choice(['next week', 'on Friday', 'in ten days'])}.",
            f"There were {R.randint(2, 9)} {words[3]}s in the {R.choice(['first half', 'opening period', 'final stages'])}.",
        ]))
    title = R.choice([f"{a} edge past rivals", f"{b} stars as {a} win", f"{sport.capitalize()}: {a} into final", None])
    return "otherSport", title, ("\n" if R.random() < 0.7 else " ").join(s(x) for x in paras)


def off_topic():
    place = R.choice(["Harrowgate", "Port Alder", "Millbrook", "Sunderby", "Westcombe", "the city", "the county", "Lindale"])
    who = person()
    paras = [R.choice([
        f"Councillors in {place} have approved plans for {R.randint(50, 900)} new homes on the edge of town.",
        f"A {R.randint(20, 80)}-year-old man has been charged after a crash on the main road through {place} {day()}.",
        f"Shoppers in {place} face disruption as roadworks begin on the high street next week.",
        f"The government has announced a review of {R.choice(['school funding', 'rail fares', 'energy prices', 'hospital waiting lists'])}.",
        f"{who}, the chief executive of {R.choice(TEAMS)}, said the club made a loss of £{R.randint(2, 90)}m last year.",
        f"A new documentary about the club's {R.choice(['history', 'famous cup run', 'founding'])} will be shown next month.",
        f"The league has {R.choice(['announced a new broadcast deal', 'voted on new spending rules', 'named its award shortlist'])}.",
        f"Heavy rain is forecast across {place} {R.choice(['this weekend', 'tomorrow', 'for the rest of the week'])}.",
    ])]
    for _ in range(R.randint(1, 3)):
        paras.append(R.choice([
            f"{who} said the decision {R.choice(['would benefit the community', 'had not been taken lightly', 'was long overdue'])}.",
            f"Residents have until {R.choice(['Friday', 'the end of the month', 'next week'])} to comment.",
            f"The figures were published in the annual report on {R.choice(['Monday', 'Thursday', 'Wednesday'])}.",
            f"\"{R.choice(['We are listening to people', 'This is good news for the area', 'We will keep everyone informed'])},\" a spokesperson said.",
            f"Tickets go on sale {R.choice(['tomorrow', 'next week', 'in the spring'])}.",
        ]))
    title = R.choice([f"{place.capitalize()} plans approved", f"Club reports £{R.randint(2, 90)}m loss", f"Warning as {place} braces for rain", f"Review announced", None])
    return "offTopic", title, ("\n" if R.random() < 0.7 else " ").join(s(x) for x in paras)


# Session 4: shapes the first 660 pieces lacked, drawn from a second generator so the first pieces stay as they were.
R2 = random.Random(20261122)
STAGES = ["the final", "the semi-finals", "the quarter-finals", "the last 16", "the next round", "the play-offs"]
FURNITURE = ["Latest Headlines", "Subscribe now for unlimited access.", "or signup to continue reading", "Estimated read time: 3 minutes",
             "Published", "Share", "Advertisement", "Key Points", "In short:", "Listen to this article", "Updated 2 hours ago",
             "Sign up to our newsletter", "Sport", "Football", "Photo: supplied", "Audio By Vocalize"]


def furnish(text):
    """Page furniture (subscription prompts, bylines, 'Key Points') before or inside a text, for pieces of every kind."""
    lines = text.split("\n")
    if R2.random() < 0.6:
        lines = R2.sample(FURNITURE, R2.randint(1, 3)) + lines
    else:
        lines.insert(min(len(lines), 1), R2.choice(FURNITURE))
    return "\n".join(lines)


def goal_lines(goals):
    out = []
    for m, team, p in goals:
        out.append(R2.choice([
            f"{p} put {team} ahead {minute_phrase(m)}, {R2.choice(['heading in a corner', 'finishing low into the far corner', 'tapping in from close range'])}.",
            f"{team} scored {minute_phrase(m)} when {p} {R2.choice(['met a cross at the back post', 'fired in from the edge of the area', 'stabbed home a loose ball'])}.",
            f"{p} {R2.choice(['equalised', 'struck', 'netted', 'scored', 'headed in'])} for {team} {minute_phrase(m)}.",
            f"{p}'s {ordinal(m)}-minute {R2.choice(['header', 'strike', 'penalty', 'volley'])} {R2.choice(['made it', 'put the game beyond doubt', 'levelled the scores'])} for {team}.",
        ]))
    return out


def single_match_angled():
    """A report whose headline takes an angle (a quote, a stage reached, one player's night) and whose opening may set a
    scene or lead with the manager's words before it states the result; the account of the goals follows."""
    home, away = R2.sample(TEAMS, 2)
    hg, ag = R2.choice([(1, 0), (2, 1), (2, 0), (3, 1), (1, 1), (2, 2), (3, 2), (4, 1), (0, 0), (6, 0)])
    comp = R2.choice(COMPS)
    when = R2.choice(DAYS)
    coach, star = person(), person()
    mins = sorted(R2.sample(range(3, 93), hg + ag))
    goals = [(m, home, person()) for m in mins[:hg]] + [(m, away, person()) for m in mins[hg:]]
    goals.sort()
    if goals and R2.random() < 0.5:
        m, team, _ = goals[-1]
        goals[-1] = (m, team, star)
    winner, loser = (home, away) if hg > ag else (away, home) if ag > hg else (None, None)
    sc = dash(max(hg, ag), min(hg, ag))
    stage = R2.choice(STAGES)
    result = (f"{winner} beat {loser} {sc}" if winner else f"{home} and {away} drew {sc}") + f" in {comp} {when}"
    lead = R2.randint(0, 3)
    paras = []
    if lead == 0:  # a scene first, the result second
        paras.append(R2.choice([f"It was a cold night at {home}'s ground and the crowd had waited all week for this one.",
                                f"There was a carnival feel around the stadium long before kick-off.",
                                f"For {R2.randint(2, 30)} years {winner or home} had been waiting for a night like this."]))
        paras.append(result + ".")
    elif lead == 1:  # the manager's words first, as some outlets open their reports
        team = winner or home
        paras.append(f"{coach} said his {team} side {R2.choice(['belong at this level', 'showed real character', 'were worth the win', 'can go all the way'])} after "
                     + (f"a {sc} win over {loser}" if winner else f"a {sc} draw with {away}") + f" {when}.")
    elif lead == 2:  # one player's night
        paras.append(f"{star} {R2.choice(['scored twice', 'struck late', 'was the hero', 'made her debut', 'made his debut'])} as " + result + ".")
    else:  # a bullet summary before the prose
        paras.append("Key Points")
        paras.append(f"- {result}")
        paras.append(f"- {R2.choice(['The win lifts them up the table', 'They meet again next month', 'It was a first meeting between the clubs'])}")
        paras.append(f"{winner or home} {R2.choice(['were made to work', 'had to dig in', 'started brightly'])} {when}.")
    paras += goal_lines(goals)
    extra = [f"{person()} hit the {R2.choice(['post', 'crossbar'])} {minute_phrase(minute())}.",
             f"{R2.choice([home, away])} goalkeeper {person()} made a fine save to deny {person()}.",
             f"The attendance was {R2.randint(1, 60)},{R2.randint(100, 999)}.",
             f"\"{R2.choice(['We deserved it', 'It was a big night for us', 'The players were brilliant'])},\" said {coach}."]
    R2.shuffle(extra)
    paras += extra[:R2.randint(0, 3)]
    title = R2.choice([
        f"{winner} through to {stage} after victory over {loser}" if winner else f"{home} and {away} share the spoils",
        f"{winner} set up {stage} clash after {sc} win" if winner else f"{home} held as {away} hang on",
        f"{home} {hg}-{ag} {away}: {coach} says side '{R2.choice(['belong', 'deserved more', 'can go all the way'])}'",
        f"{star} {R2.choice(['screamer', 'double', 'late strike'])} sets up {winner} for win at {loser}" if winner else f"{star} rescues point for {home}",
        f"Historic night as {winner} end long wait" if winner else f"Honours even on historic night for {home}",
        f"{winner} hold on to edge {loser} in {R2.choice(['second outing', 'opener', 'cup tie'])}" if winner else f"{home} and {away} level in opener",
        None,
    ])
    return "singleMatchReport", title, "\n".join(s(p) for p in paras)


def roundup_led():
    """A round-up that tells one match first and at length, then other results: the shape that reads most like a report."""
    a, b, c, d, e, f = R2.sample(TEAMS, 6)
    hg, ag = R2.choice([(2, 1), (3, 1), (2, 0), (3, 0)])
    comp = R2.choice(COMPS)
    paras = [f"{a} beat {b} {dash(hg, ag)} in {comp} {R2.choice(DAYS)}.",
             f"{person()} scored {minute_phrase(minute(5, 40))} and {person()} added a second {minute_phrase(minute(50, 88))}."]
    for x, y in ((c, d), (e, f)):
        x1, y1 = R2.choice([(1, 0), (2, 2), (0, 3), (1, 1), (4, 2)])
        paras.append(R2.choice([f"Elsewhere, {x} and {y} finished {dash(x1, y1)}.", f"{x} {'drew with' if x1 == y1 else 'beat' if x1 > y1 else 'lost to'} {y} {dash(x1, y1)}, {person()} scoring twice.",
                                f"Meanwhile {x} {'drew' if x1 == y1 else 'won' if x1 > y1 else 'lost'} {dash(max(x1, y1), min(x1, y1))} against {y}."]))
    title = R2.choice([f"{a} stun {b}, {person().split()[1]} steers {c} past {d}", f"{a} win as {c} and {d} draw", f"{a} beat {b}; {e} held", None])
    return "roundUp", title, "\n".join(s(p) for p in paras)


def main():
    makers = [(single_match, 200), (reaction, 80), (preview, 60), (transfer, 60), (injury, 60), (roundup, 80), (other_sport, 60), (off_topic, 60)]
    makers += [(single_match_angled, 120), (roundup_led, 40)]
    for make, count in makers:
        for _ in range(count):
            kind, title, text = make()
            # Page furniture goes into pieces of every kind alike, so it tells the model nothing about the kind.
            if R2.random() < 0.2:
                text = furnish(text)
            print(json.dumps({"kind": kind, "title": title, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main()
