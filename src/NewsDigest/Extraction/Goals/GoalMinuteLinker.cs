using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Goals;

/// <summary>Links a sentence's minutes to its goals: nearest pairs first, paired minutes of one scorer, stoppage time read off the clock, and a team moment's minute kept for the scorer named next.</summary>
internal static partial class GoalMinuteLinker
{
    /// <summary>"eight minutes later" counts from the last minute told; "within four minutes" only from one told in this or the last
    /// sentence, and never for the opening goal: otherwise it counts from kick-off.</summary>
    public static Minute? Resolve(MinuteExpression minute, NarrativeState state, bool openingGoal)
    {
        bool fromKickOff = minute.Kind == MinuteKind.Within && (state.Sentence - state.PreviousSentence > 1 || openingGoal);
        return minute.Resolve(fromKickOff ? null : state.Previous);
    }

    /// <summary>"stopped a shot in the 78th minute but was beaten two minutes later": a "later" counts from a minute its own sentence told
    /// before it, ahead of one the narrative carries from earlier sentences.</summary>
    public static Minute? ResolveInSentence(MinuteExpression minute, List<MinuteExpression> minutes, NarrativeState state, bool openingGoal)
    {
        if (minute.Kind == MinuteKind.Later)
            for (int i = minutes.Count - 1; i >= 0; i--)
                if (minutes[i].End <= minute.Start && minutes[i].Kind == MinuteKind.Absolute) return minute.Resolve(minutes[i].Value);
        return Resolve(minute, state, openingGoal);
    }

    /// <summary>"Newcastle had been gifted the lead in the 16th minute.", "Chelsea landed the knockout punch in the 72nd minute.": a
    /// team's goal moment the trigger words do not tell; its minute waits for the scorer the next sentences name.</summary>
    public static void TeamMomentMinute(string sentenceText, int sentenceStart, List<MinuteExpression> minutes,
        List<PersonMention> people, NarrativeState state)
    {
        var moment = UntriggeredTeamMoment().Match(sentenceText);
        if (!moment.Success)
        {
            if (!PenaltyAwardMinute(sentenceText, sentenceStart, minutes, state)) BareMomentMinute(sentenceText, sentenceStart, minutes, people, state);
            return;
        }
        // "could not break through until the 72nd minute" is negated only up to the goal.
        bool until = moment.Value.EndsWith("until", StringComparison.OrdinalIgnoreCase);
        if (!moment.Success || (!until && NotScoredTests.NegationBefore().IsMatch(sentenceText.AsSpan(0, moment.Index).ToString()))) return;
        // "hit the bar with 15 minutes left, but the result was settled a minute from time": a minute in the moment's own clause is its.
        int clauseStart = sentenceStart + GoalClauses.ClauseStart(sentenceText, moment.Index);
        int clauseEnd = sentenceStart + GoalClauses.ClauseEnd(sentenceText, moment.Index + moment.Length);
        var inClause = minutes.Where(m => m.Start >= clauseStart && m.End <= clauseEnd).ToList();
        if (NearestMinute(inClause.Count > 0 ? inClause : minutes, [], sentenceStart + moment.Index, true) is { } near && Resolve(near, state, false) is { } minute)
            state.PendingMinute = (minute, state.Sentence);
        // "81 mins: GOAL! Harbour 2-1 Riverside. The pressure finally tells. Kemp sweeps it in.": a moment without a minute of its own
        // goes on telling the goal whose minute waits, so the scorer may come a sentence later (a short sentence only: a long one tells more).
        else if (minutes.Count == 0 && sentenceText.Length < 60 && state.PendingMinute is { } waiting && state.Sentence - waiting.Sentence <= 2 && waiting.Sentence != state.PenaltyAwardSentence
            && waiting.Sentence != state.BareMomentSentence)
            state.PendingMinute = (waiting.Minute, state.Sentence);
    }

    /// <summary>"reached new levels in the 85th minute as Arsenal were awarded a penalty", "in injury time after Australia were awarded a
    /// penalty", "In the 17th minute, Ekic ... drew a foul in the penalty box": the award's minute is the conversion's, told in the next
    /// sentences ("Catley stepped up and made no mistake"). An award whose kick the sentence itself tells saved or missed times nothing.</summary>
    private static bool PenaltyAwardMinute(string sentenceText, int sentenceStart, List<MinuteExpression> minutes, NarrativeState state)
    {
        var award = PenaltyAward().Match(sentenceText);
        if (!award.Success) return false;
        if (NotScoredTests.MissWords().IsMatch(sentenceText)
            || NotScoredTests.NegationBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, award.Index - 45), Math.Min(45, award.Index)).ToString())) return true;
        if (NearestMinute(minutes, [], sentenceStart + award.Index, true) is { } near && Resolve(near, state, false) is { } minute)
        {
            state.PendingMinute = (minute, state.Sentence);
            state.PenaltyAwardSentence = state.Sentence;
        }
        return true;
    }

    /// <summary>"The visitors silenced the home fans in the 19th minute.", "Fulham regained the lead 12 minutes after the restart.",
    /// "With both teams tiring, the decisive moment came in the 109th minute.": a sentence that tells nothing but a moment of the match
    /// and its minute (no player named as its subject, no card, change, save or miss) is often the headline of the goal the next
    /// sentence tells. Its minute waits one sentence, for a goal told there without a minute of its own or a move told there that ends
    /// in a finish ("It was the 73rd minute. Song found space on the right and curled a shot into the far corner."); nothing else takes it.</summary>
    private static void BareMomentMinute(string sentenceText, int sentenceStart, List<MinuteExpression> minutes,
        List<PersonMention> people, NarrativeState state)
    {
        if (minutes.Count != 1 || minutes[0].Kind != MinuteKind.Absolute) return;
        if (state.PendingMinute is { } waiting && state.Sentence - waiting.Sentence <= 2) return;
        // A minute of a whole half or match ("heartbroken after 120 minutes", "deep into stoppage time") is no moment's.
        if (minutes[0].Value is { Added: null, Regular: 45 or 90 or 120 }) return;
        if (people.Any(p => !p.Possessive)) return;
        int at = minutes[0].Start - sentenceStart;
        if (at < 0 || at >= sentenceText.Length) return;
        // What the sentence tells from the minute's clause on ("Oda's miss might have deflated them, but the Jets were rewarded in the
        // 74th minute": the miss is another moment's).
        int clause = GoalClauses.ClauseStart(sentenceText, at);
        if (OtherMoment().IsMatch(sentenceText.AsSpan(clause)) || NotScoredTests.NegationBefore().IsMatch(sentenceText.AsSpan(clause, at - clause).ToString())) return;
        if (Resolve(minutes[0], state, false) is not { } minute) return;
        state.PendingMinute = (minute, state.Sentence);
        state.BareMomentSentence = state.Sentence;
    }

    /// <summary>A moment of the match that is not a goal: a card, a change, an injury, a save, a miss, a chance, an offside, a stoppage.</summary>
    [GeneratedRegex(@"\b(?:yellow|red|cards?|booked|booking|bookings|cautioned|caution|sent off|sending[- ]off|dismissed|dismissal|substitut\w*|replaced|replacing|came on|brought on|introduced|changes?|switch|injur\w*|stretcher|limped|saves?|saved|denied|blocked|cleared|miss(?:ed|es)?|wide|over the bar|post|crossbar|bar|woodwork|upright|chances?|shots?|efforts?|attempts?|offside|disallowed|ruled out|VAR|penalty|spot|foul(?:ed)?|tripped|brought down|almost|nearly|should have|could have|would have|went close|kick-?off|half-?time|full-?time|whistle|suspended|delay(?:ed)?|stopped|paused|lights|weather|crowd trouble)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMoment();

    [GeneratedRegex(@"\b(?:(?:awarded|given|won|earned|handed|granted|conceded) (?:(?:a|an|the) )?(?:[\w-]+ )?(?:penalty|spot[- ]kick)(?! (?:appeal|shout|claim|shoot-?out))|(?:penalty|spot[- ]kick) (?:was|were|is) (?:\w+ )?(?:awarded|given)|pointed to the spot|(?:fouled|foul|tripped|brought down|pulled down|felled|upended|handball|handled)\b[^.;]{0,60}?\b(?:in|inside) (?:of )?the (?:penalty )?(?:box|area)|(?:in|inside) (?:of )?the (?:penalty )?(?:box|area)\b[^.;]{0,40}?\b(?:drew|drawing|won|winning|earned) a (?:foul|penalty))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyAward();

    /// <summary>A goal's clause that tells the penalty taken: a penalty word, "PK", or the taker "stepped up".</summary>
    public static bool TellsPenaltyTaken(string clauseText) =>
        GoalListReader.PenaltyWords().IsMatch(clauseText) || StepUp().IsMatch(clauseText);

    [GeneratedRegex(@"\bstep(?:s|ped|ping)? up\b|\b(?-i:PKs?)\b|\bsen(?:t|ds|ding|d) (?:[\w'’-]+ ){1,3}the wrong way\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepUp();

    [GeneratedRegex(@"\b(?:(?:gifted|handed|given) (?:\w+ )?(?:the lead|an? (?:early |[0-9]-[0-9] )?lead|the advantage|an equaliser|a way back)|landed (?:the|a) (?:\w+ )?(?:punch|blow)|made (?:the|a|their) (?:\w+ )?breakthrough|(?:went|going|go|goes) [0-9]-[0-9] (?:up|ahead|in front)|(?:were|was) punished|hit back|struck back|drew first blood|(?:break|broke|breaks) through until|finally (?:broke|break) through|(?:lead|led|leading) [0-9]-[0-9] (?=after|by|inside|within)|pull(?:ed|ing|s)? level|(?:were|was) (?:\w+ )?breached|(?:two|three|four) goals (?:behind|down|ahead|up)|(?:goal|breakthrough|second|third|fourth|[0-9]-[0-9]) (?:that )?(?:\w+ )?(?:came|arrived)|everything changed|it all changed|(?:pressure|persistence|dominance) (?:\w+ )?(?:told|tells|paid off|pays off)|(?-i:GOAL)(?=!)|(?:then|and then|finally|but then) came the [0-9]{1,3}(?:st|nd|rd|th) minute|(?:result|game|match|tie|contest) was (?:finally |eventually |duly )?(?:settled|decided|sealed)(?= (?:in|on|after|with|deep|late|just|a minute|[0-9]))|\bit (?:\w+ly )?(?:came|arrived)(?= (?:in|on|after|with|deep|late|just|a minute|[0-9]))|(?:plan|tactic|tactics|approach|gamble|change|changes|switch|pressure) (?:\w+ )?(?:worked|paid off|pays off))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntriggeredTeamMoment();

    /// <summary>
    /// Pairs the sentence's goals with its minutes, nearest pairs first, a minute outside the goal's clause counting as further away:
    /// in "Cole's early strike held until Nolan made sure in the 76th minute" the minute is Nolan's, though Cole's goal comes first.
    /// </summary>
    public static MinuteExpression?[] AssignMinutes(string sentenceText, int sentenceStart, List<MinuteExpression> minutes,
        List<GoalEvent> events, HashSet<int> used, (int Event, int Minute, int Count)? paired, List<PersonMention> people, string text)
    {
        var result = new MinuteExpression?[events.Count];
        if (minutes.Count == 0 || events.Count == 0) return result;
        var pairs = new List<(int Distance, int Event, int Minute)>();
        for (int e = 0; e < events.Count; e++)
        {
            int at = sentenceStart + events[e].Trigger.Index, atEnd = at;
            // "goals from Sears (53rd minute) and DeMelo (58th minute)": goals of one trigger are placed by their scorers' names.
            if (events[e].Scorer.Start > at && events.Count(o => o.Trigger.Index == events[e].Trigger.Index) > 1) (at, atEnd) = (events[e].Scorer.Start, events[e].Scorer.End);
            int clauseStart = sentenceStart + events[e].Clause;
            int clauseEnd = sentenceStart + GoalClauses.ClauseEnd(sentenceText, events[e].Trigger.Index + events[e].Trigger.Length);
            int timeInWordsEnd = TimeInWordsEnd(sentenceText, events[e].Clause, clauseEnd - sentenceStart);
            // "Hutchinson got the ball rolling in the 15th minute, Burgess added the second on 37": the comma-bounded part of the clause
            // that holds the goal's words; when it states a minute of its own, a minute beyond it is a neighbouring clause's.
            var (partStart, partEnd) = OwnPart(sentenceText, sentenceStart, clauseStart, clauseEnd, at, atEnd);
            // Only a part that names its own scorer ("he levelled again from the penalty spot two minutes before the interval" may be
            // another player's goal read as the last-named one's).
            bool partHasMinute = events[e].Scorer.Start >= partStart && events[e].Scorer.End <= partEnd + 1 && minutes.Any(mm => !used.Contains(mm.Start) && mm.Start >= partStart && mm.Start <= partEnd + 1
                && !OtherMomentMinute(sentenceText, mm.Start - sentenceStart));
            for (int m = 0; m < minutes.Count; m++)
            {
                var minute = minutes[m];
                if (used.Contains(minute.Start)) continue;
                // "The first goal scored by Almiron (17') and the closing goal by Schar (90+1')": a minute written straight after a scorer's
                // name is that scorer's, however near another goal's words stand.
                if (minute.Start >= events[e].Scorer.End && minute.Start - events[e].Scorer.End <= 3 && BesideName().IsMatch(text.AsSpan(events[e].Scorer.End, minute.Start - events[e].Scorer.End)))
                {
                    pairs.Add((-1, e, m));
                    continue;
                }
                // "The 20-year-old, who only came off the bench in the 70th minute, rose to head home": a minute told of a substitution or
                // a booking is that moment's, not the goal's.
                if (OtherMomentMinute(sentenceText, minute.Start - sentenceStart)) continue;
                if (InOpeningAfterClause(sentenceText, minute.Start - sentenceStart, events[e].Trigger.Index)) continue;
                int distance = minute.Start >= atEnd ? minute.Start - atEnd : minute.End <= at ? at - minute.End : 0;
                if (events.Count > 1 && distance > 120) continue;
                // By its start: "four minutes after the break" holds a clause break of its own.
                bool inClause = minute.Start >= clauseStart && minute.Start <= clauseEnd + 1;
                // "before Asensio sent Madrid ahead in the 43rd minute, with Militao heading home early in the second half": a goal whose
                // own clause tells its time in words takes no minute from another clause.
                // ("scored just before the break in the 44th minute": a minute in the clause the phrase ends in is its own).
                if (timeInWordsEnd >= 0 && !(minute.Start >= clauseStart && minute.Start <= sentenceStart + timeInWordsEnd + 1)) continue;
                if (!inClause && AnotherPlayersMoment(sentenceText, sentenceStart, minute, events[e], people, text)) continue;
                // "Nearly five minutes later, Moultrie tapped in for the lead in the seventh minute": a minute the text states outright
                // is the goal's before one counted from another moment.
                bool outsidePart = partHasMinute && !(minute.Start >= partStart && minute.Start <= partEnd + 1);
                pairs.Add((distance + (inClause ? 0 : 60) + (outsidePart ? 60 : 0) + (minute.Kind == MinuteKind.Later ? 30 : 0), e, m));
            }
        }
        pairs.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Event.CompareTo(b.Event));
        var minuteTaken = new bool[minutes.Count];
        // The goals of "scored in the first and 11th minutes" take the run's minutes in turn, whatever lies nearer.
        if (paired is { } p)
            for (int k = 0; k < p.Count; k++)
            {
                result[p.Event + k] = minutes[p.Minute + k];
                minuteTaken[p.Minute + k] = true;
                used.Add(minutes[p.Minute + k].Start);
            }
        foreach (var (_, e, m) in pairs)
        {
            if (result[e] is not null || minuteTaken[m]) continue;
            result[e] = minutes[m];
            minuteTaken[m] = true;
            used.Add(minutes[m].Start);
        }
        return result;
    }

    /// <summary>The part of a goal's clause between the commas or semicolons around its words (from <paramref name="at"/> to
    /// <paramref name="atEnd"/>, text positions), kept inside the clause: "Burgess added the second on 37" of "Hutchinson got the ball
    /// rolling in the 15th minute, Burgess added the second on 37, then ...".</summary>
    private static (int Start, int End) OwnPart(string sentenceText, int sentenceStart, int clauseStart, int clauseEnd, int at, int atEnd)
    {
        int from = Math.Clamp(at - sentenceStart, 0, sentenceText.Length), to = Math.Clamp(atEnd - sentenceStart, 0, sentenceText.Length);
        int before = from > 0 ? sentenceText.LastIndexOfAny(PartBreaks, from - 1) : -1;
        int after = to < sentenceText.Length ? sentenceText.IndexOfAny(PartBreaks, to) : -1;
        int start = Math.Max(clauseStart, before < 0 ? sentenceStart : sentenceStart + before + 1);
        int end = Math.Min(clauseEnd, after < 0 ? sentenceStart + sentenceText.Length : sentenceStart + after);
        return (start, end);
    }

    private static readonly char[] PartBreaks = [',', ';'];

    /// <summary>"Palmer's leveller looked set to force extra time before Oyarzabal pounced four minutes from time": a minute in a clause
    /// that opens on "before" or "until" and names another player ahead of it is that player's moment, not another clause's goal's (after
    /// "but" it is often the side's moment whose scorer comes next: "but Maitland took it back in the 80th minute when ... Stapleford finished").</summary>
    private static bool AnotherPlayersMoment(string sentenceText, int sentenceStart, MinuteExpression minute, GoalEvent goal, List<PersonMention> people, string text)
    {
        int at = minute.Start - sentenceStart;
        if (at <= 0 || at > sentenceText.Length) return false;
        int clause = GoalClauses.ClauseStart(sentenceText, at);
        if (clause == 0 || !SubordinateOpening().IsMatch(sentenceText.AsSpan(Math.Max(0, clause - 14), clause - Math.Max(0, clause - 14)))) return false;
        var scorer = Surname(text, goal.Scorer);
        return people.Any(p => p.Start >= sentenceStart + clause && p.End <= minute.Start && !p.Possessive
            && !string.Equals(Surname(text, p), scorer, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"early in the second half", "just before half-time", "shortly after the break", "on the stroke of half-time": a goal's
    /// clause (from <paramref name="clause"/> to <paramref name="clauseEnd"/> in the sentence, the phrase starting there) that tells its time in words, which the
    /// minute reader leaves unread. Such a goal's time is told, so a minute of another clause or one carried from an earlier sentence is
    /// another moment's.</summary>
    public static bool TellsTimeInWords(string sentenceText, int clause, int clauseEnd) => TimeInWordsEnd(sentenceText, clause, clauseEnd) >= 0;

    /// <summary>The end of the clause in which the goal's time in words ends (the phrase may run past the goal's clause: "made it 2-0
    /// shortly after the break" breaks at "after"), or -1 when the goal's clause tells no time in words.</summary>
    private static int TimeInWordsEnd(string sentenceText, int clause, int clauseEnd)
    {
        clause = Math.Clamp(clause, 0, sentenceText.Length);
        var m = TimeInWords().Match(sentenceText, clause);
        return m.Success && m.Index <= clauseEnd ? Math.Max(clauseEnd, GoalClauses.ClauseEnd(sentenceText, m.Index + m.Length)) : -1;
    }

    [GeneratedRegex(@"\b(?:(?:early|late) (?:on )?in(?:to)? the (?:first|second|opening) (?:half|period)|(?:just|shortly|soon|moments|seconds|right|immediately|straight) (?:before|after|from) (?:the )?(?:half-?time|half time|break|interval|restart|re-start|resumption|second half|second period)|(?:on|at) the stroke of half[- ]?time|(?:at|from) the (?:start|beginning) of the second (?:half|period)|within (?:minutes|seconds|moments) of the (?:restart|re-start|resumption|second half|break|interval))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeInWords();

    private static string Surname(string text, PersonMention p)
    {
        var name = text.AsSpan(p.Start, p.End - p.Start).Trim();
        int space = name.LastIndexOf(' ');
        return (space >= 0 ? name[(space + 1)..] : name).ToString();
    }

    [GeneratedRegex(@"^\s*\(?\s*$")]
    private static partial Regex BesideName();

    /// <summary>"After the Tommies evened the score at the 15:48 mark, Murray tapped home a rebound a few minutes later": a minute in a
    /// sentence's opening "after" clause times the moment that clause tells, not the goal of the main clause (unless the minute is the
    /// clause itself: "After 20 minutes, Kane scored").</summary>
    private static bool InOpeningAfterClause(string sentenceText, int minuteAt, int goalAt)
    {
        var opening = OpeningAfterClause().Match(sentenceText);
        return opening.Success && minuteAt > opening.Groups["subject"].Index && minuteAt < opening.Length && goalAt >= opening.Length;
    }

    /// <summary>A sentence that opens on "After" with a subject and a verb of its own, up to the comma that closes the clause.</summary>
    [GeneratedRegex(@"^\s*(?:Just |Shortly |Soon |Moments |Minutes )?After (?<subject>(?!(?:just |only |barely )?(?:[0-9]+|an?|half|" + NewsDigest.Text.NumberWords.CardinalPattern + @")\b)[^,;]{3,160}?),", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningAfterClause();

    private static bool OtherMomentMinute(string sentenceText, int at)
    {
        if (at <= 0 || at > sentenceText.Length) return false;
        int from = Math.Max(0, at - 50);
        var before = sentenceText.AsSpan(from, at - from);
        int cut = before.LastIndexOfAny(',', ';', '(');
        if (cut >= 0) before = before[(cut + 1)..];
        return SubstitutionOrBookingBefore().IsMatch(before.ToString());
    }

    [GeneratedRegex(@"\b(?:came (?:off the bench|on)|come (?:off the bench|on)|coming (?:off the bench|on)|was (?:introduced|brought on|sent on|replaced|substituted|taken off|withdrawn|booked|cautioned)|(?:had been|having been) (?:introduced|brought on|sent on|booked|cautioned)|(?:went|was) into the (?:referee's )?book|(?:brought|sent) (?:him|her|them) on|replaced|replacing|substituted|off the bench|yellow card|booked)\b(?:\s+(?!(?:and|then|to|before|but|scored|netted|headed|fired)\b)[\w'’-]+){0,3}?(?:\s+(?:in|on|after|at)(?:\s+the)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutionOrBookingBefore();

    /// <summary>"goals from Sears (53) and DeMelo (58)": a bare number in brackets straight after a scorer named after the goal's words is
    /// that goal's minute, added to the sentence's minutes in order (before the verb, "Jones (34) scored", it is as often an age).</summary>
    public static void AddBracketedMinutes(string text, int sentenceStart, List<GoalEvent> events, List<MinuteExpression> minutes)
    {
        foreach (var e in events)
        {
            if (e.Scorer.Start < sentenceStart + e.Trigger.Index || e.Scorer.Possessive) continue;
            var m = BracketedMinute().Match(text, e.Scorer.End, Math.Min(30, text.Length - e.Scorer.End));
            if (!m.Success || minutes.Any(x => x.Start < m.Index + m.Length && x.End > m.Index)) continue;
            if (MinuteReader.Parse(m.Groups["n"].Value + "'") is not { } minute) continue;
            int at = minutes.FindIndex(x => x.Start > m.Index);
            minutes.Insert(at < 0 ? minutes.Count : at, new MinuteExpression(m.Index, m.Index + m.Length, minute, MinuteKind.Absolute));
        }
    }

    [GeneratedRegex(@"\G\s*\(\s*(?<n>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)(?:st|nd|rd|th)?\s*(?:min(?:ute)?s?\.?)?\s*(?:,?\s*(?:pen|p|penalty|og|o\.g\.)\s*)?\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedMinute();

    [GeneratedRegex(@"\b(?:before|until|whereupon)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateOpening();

    /// <summary>"Kowalczyk equalised on 18 minutes and put Rovers in front on 33 minutes", "opened the scoring in the second minute
    /// before making it 2-0 in the 13th minute": a goal verb with no subject of its own, joined by "and" or "before" to a goal whose
    /// scorer is named as the subject before its verb, shares that subject. Each goal must tell its own minute (one between the two verbs,
    /// one in the second verb's clause), so the second is a goal of its own, not the first told again; the finder leaves such a verb a
    /// goal without a scorer, whose minute would otherwise wait for the next sentence's goal.</summary>
    public static void AddJoinedVerbGoals(string sentenceText, int sentenceStart, List<MinuteExpression> minutes, List<GoalEvent> events,
        List<int> orphans, List<PersonMention> people)
    {
        if (events.Count == 0 || orphans.Count == 0 || minutes.Count < 2) return;
        List<Match>? triggers = null;
        foreach (int at in orphans.ToList())
        {
            int index = at - sentenceStart;
            int owner = events.FindLastIndex(e => e.Trigger.Index + e.Trigger.Length <= index);
            if (owner < 0) continue;
            var scorer = events[owner].Scorer;
            int ownerEnd = events[owner].Trigger.Index + events[owner].Trigger.Length;
            // The scorer is the first verb's subject, named in this sentence before it.
            if (scorer.Possessive || scorer.Start < sentenceStart || scorer.End > sentenceStart + events[owner].Trigger.Index) continue;
            if (events.Any(e => e.Trigger.Index > events[owner].Trigger.Index && e.Trigger.Index < index)) continue;
            if (people.Any(p => p.Start >= sentenceStart + ownerEnd && p.Start < at)) continue;
            if (!JoinedVerbBefore().IsMatch(sentenceText.AsSpan(ownerEnd, index - ownerEnd))) continue;
            triggers ??= GoalTriggers.Find(sentenceText);
            var trigger = triggers.FirstOrDefault(t => t.Index == index);
            if (trigger is null) continue;
            int clauseEnd = sentenceStart + GoalClauses.ClauseEnd(sentenceText, index + trigger.Length);
            if (!minutes.Any(m => m.Kind == MinuteKind.Absolute && m.Start >= sentenceStart + ownerEnd && m.End <= at)) continue;
            if (!minutes.Any(m => m.Kind != MinuteKind.Within && m.Start >= at + trigger.Length && m.Start <= clauseEnd + 1)) continue;
            int insertAt = events.FindIndex(e => e.Trigger.Index > index);
            // The joined verb opens a clause of its own: the minute before it is the first goal's, however near.
            events.Insert(insertAt < 0 ? events.Count : insertAt, new GoalEvent(scorer, trigger, Math.Max(index, GoalClauses.ClauseStart(sentenceText, index))));
            orphans.Remove(at);
        }
    }

    /// <summary>What joins a second verb to the first one's subject: "and", "and then", "before", at the end of the words between.</summary>
    [GeneratedRegex(@"(?:\b(?:and|before)\s+(?:(?:then|later|also|again|duly|soon|quickly)\s+)?|,\s*(?:and\s+)?then\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedVerbBefore();

    /// <summary>"scored in the first and 11th minutes", "struck on 41, 64 and 88 minutes": a run of minutes joined by commas and "and" after
    /// one goal are that many goals of its scorer, so the later minutes are not handed to the next scorer of the sentence.</summary>
    public static (int Event, int Minute, int Count)? AddPairedMinuteGoals(string sentenceText, int sentenceStart, List<MinuteExpression> minutes,
        List<GoalEvent> events)
    {
        for (int m = 0; m + 1 < minutes.Count; m++)
        {
            int count = 1;
            while (m + count < minutes.Count && Joined(sentenceText, sentenceStart, minutes[m + count - 1], minutes[m + count])) count++;
            if (count < 2) continue;
            int at = minutes[m].Start - sentenceStart;
            int owner = events.FindLastIndex(e => e.Trigger.Index < at && e.Clause == GoalClauses.ClauseStart(sentenceText, at));
            if (owner < 0) continue;
            for (int k = 1; k < count; k++) events.Insert(owner + 1, events[owner]);
            return (owner, m, count);
        }
        return null;
    }

    private static bool Joined(string sentenceText, int sentenceStart, MinuteExpression first, MinuteExpression second) =>
        first.Kind == MinuteKind.Absolute && second.Kind == MinuteKind.Absolute && first.Start >= sentenceStart && second.Start >= first.End
        && MinutePairJoint().IsMatch(sentenceText.AsSpan(first.End - sentenceStart, second.Start - first.End));

    [GeneratedRegex(@"^\s*(?:,\s*(?:(?:and|then)\s+(?:again\s+)?)?|(?:and|then)\s+(?:again\s+)?)(?:the\s+|in the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutePairJoint();

    /// <summary>As <see cref="StoppageFromClock(ExtractionContext, Minute?)"/>, save that a minute whose own words count it in extra time ("two
    /// minutes into extra time") is extra time's whatever the result says.</summary>
    public static Minute? StoppageFromClock(ExtractionContext context, Minute? minute, MinuteExpression told) =>
        context.Text.AsSpan(told.Start, told.End - told.Start).Contains("extra", StringComparison.OrdinalIgnoreCase) ? minute : StoppageFromClock(context, minute);

    /// <summary>"a 93rd-minute equaliser" in a match without extra time is the third minute of stoppage time.</summary>
    public static Minute? StoppageFromClock(ExtractionContext context, Minute? minute) =>
        minute is { Regular: > 90 and < 100, Added: null } m && context.Facts.Result is not { AfterExtraTime: true } ? new Minute(90, m.Regular - 90) : minute;

    public static MinuteExpression? NearestMinute(List<MinuteExpression> minutes, HashSet<int> used, int at, bool onlyEvent)
    {
        MinuteExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (var m in minutes)
        {
            if (used.Contains(m.Start)) continue;
            int distance = m.Start >= at ? m.Start - at : at - m.End;
            if (!onlyEvent && distance > 120) continue;
            if (distance < bestDistance) { best = m; bestDistance = distance; }
        }
        if (best is { } b) used.Add(b.Start);
        return best;
    }
}
