using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Finds the goals of the match with scorer, team, minute, penalty, own goal, header and assist: from goal lists and from the run of play told sentence by sentence.</summary>
public sealed partial class GoalExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        // Without the two teams the goals are still the report's: only another match's result, which needs the pair to be told apart, is not read.
        var candidates = new List<GoalCandidate>();
        var listed = GoalListReader.Read(context, candidates);
        ReadNarrative(context, candidates, listed);
        // A goal list or a possessive may still credit a side ("Al Sadd 68'", "Uganda's second goal"): a scorer is a person.
        var sides = TeamLikeNames.Keys(context);
        candidates.RemoveAll(c => sides.Contains(PersonIndex.SurnameKey(c.Player)) || TeamLikeNames.IsTeamName(context, c.Player));
        OneSpellingPerPlayer(context.Text, candidates);
        context.Goals.AddRange(GoalConsolidator.Consolidate(context, candidates));
    }

    /// <summary>"Magdalena Erikkson fired home" and "a Magdalena Eriksson brace": a report that misspells a scorer once tells one
    /// player, so every mention takes the spelling the text uses most and the consolidator can merge them.</summary>
    private static void OneSpellingPerPlayer(string text, List<GoalCandidate> candidates)
    {
        var names = candidates.Select(c => c.Player).Distinct().ToList();
        for (int i = 0; i < names.Count; i++)
            for (int j = 0; j < names.Count; j++)
            {
                if (i == j || PersonIndex.SurnameKey(names[i]) == PersonIndex.SurnameKey(names[j]) || !Merging.PersonNameMatcher.SamePerson(names[i], names[j])) continue;
                // Only the rarer spelling gives way; two spellings told as often may be two players.
                if (Occurrences(text, Merging.PersonNameMatcher.Surname(names[i])) >= Occurrences(text, Merging.PersonNameMatcher.Surname(names[j]))) continue;
                var (rare, common) = (names[i], names[j]);
                for (int c = 0; c < candidates.Count; c++)
                    if (candidates[c].Player == rare) candidates[c] = candidates[c] with { Player = common };
                names[i] = common;
            }
    }

    private static int Occurrences(string text, string foldedSurname)
    {
        int count = 0;
        foreach (var word in Merging.FoldedText.Words(text))
            if (word == foldedSurname) count++;
        return count;
    }

    /// <summary>What the run of play carries from sentence to sentence: the clock, the last scorer, and a goal's minute or scorer told in a neighbouring sentence.</summary>
    private sealed class Narrative
    {
        public Minute? Previous;
        /// <summary>The sentence that told <see cref="Previous"/>.</summary>
        public int PreviousSentence;
        public PersonMention? LastScorer;
        public int Sentence;
        /// <summary>"They swept into the lead after six minutes.": a goal's minute whose scorer the next sentence names.</summary>
        public (Minute Minute, int Sentence)? PendingMinute;
        /// <summary>How many goal mentions there were before the last sentence read, so a sentence can take back the last one it told.</summary>
        public int CandidatesBeforeLast;
        /// <summary>The sentence <see cref="CandidatesBeforeLast"/> was counted at.</summary>
        public int CountedAt = -1;
        /// <summary>A goal told without a minute, which the next sentence may time.</summary>
        public (int Candidate, int Sentence)? Untimed;
    }

    private static void ReadNarrative(ExtractionContext context, List<GoalCandidate> candidates, List<TextSpan> listed)
    {
        var text = context.Text;
        var state = new Narrative();
        // A round-up's other games ("In the other game, ...") tell goals that are not this match's.
        var otherMatch = context.OtherMatchSentences;
        foreach (var sentence in context.Sentences)
        {
            state.Sentence++;
            if (otherMatch[state.Sentence - 1]) continue;
            if (listed.Count > 0 && listed.Any(l => l.Overlaps(sentence))) continue;
            if (context.IsQuoted(sentence.Start) || context.IsQuoted(sentence.Start + sentence.Length / 2))
            {
                QuotedGoals(context, candidates, sentence);
                continue;
            }
            var minutes = MinuteReader.Find(text, sentence.Start, sentence.Length);
            var sentenceText = sentence.Substring(text);
            // "Williams scored off a corner in the second minute. However, ... the goal was waved off.": the goal the last sentence told did not stand.
            if (state.CountedAt == state.Sentence - 1 && candidates.Count > state.CandidatesBeforeLast && GoalAnnulled().IsMatch(sentenceText))
            {
                candidates.RemoveAt(candidates.Count - 1);
                if (state.Untimed is { } u && u.Candidate >= candidates.Count) state.Untimed = null;
            }
            (state.CandidatesBeforeLast, state.CountedAt) = (candidates.Count, state.Sentence);
            // "Casemiro scored his second goal with Manchester United after 22 games.": a career count, not a goal of the match.
            bool careerCount = minutes.Count == 0 && CareerCount().IsMatch(sentenceText);
            if (!careerCount && !AboutAnotherMatch(context, sentence, sentenceText))
                ReadSentence(context, candidates, sentence, sentenceText, minutes, state);
            foreach (var m in minutes)
                if (Resolve(m, state, false) is { } resolved) (state.Previous, state.PreviousSentence) = (resolved, state.Sentence);
        }
    }

    /// <summary>"Jasmine White scored a hat-trick, Maddie Payne scored a brace": a coach's words name scorers plainly only in this
    /// form, a full name straight before the verb; anything looser inside a quote (pronouns, other times) is not read.</summary>
    private static void QuotedGoals(ExtractionContext context, List<GoalCandidate> candidates, TextSpan sentence)
    {
        var said = sentence.Substring(context.Text);
        if (ElsewhereWords().IsMatch(said) || !QuotedScorer().IsMatch(said)) return;
        var people = context.People.Within(sentence).ToList();
        foreach (Match m in QuotedScorer().Matches(said))
        {
            int at = sentence.Start + m.Index;
            var p = people.FirstOrDefault(p => p.Start == at && p.End == at + m.Groups["name"].Length);
            if (p.Span.Length == 0 || p.Possessive || p.FirstToken == p.LastToken || IsNonPlayer(context, p)) continue;
            var player = context.People.FullName(context.People.NameOf(p));
            int count = m.Groups["what"].Value.ToLowerInvariant() switch { "hat-trick" or "hat trick" => 3, "brace" or "twice" or "double" => 2, _ => 1 };
            candidates.Add(new GoalCandidate(player, context.PlayerTeams.TeamOf(player), null, at, context.EvidenceFor(sentence)) { Count = count });
        }
    }

    [GeneratedRegex(@"(?<name>(?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+)+) (?:scored|netted|got|grabbed|bagged) (?:a |her |his |the )?(?<what>hat-trick|hat trick|brace|twice|double|goal|winner|opener|equaliser)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedScorer();

    [GeneratedRegex(@"\b(?:after|in|from) (?:(?:his|her|their) (?:last|previous|first) )?[0-9]+ (?:games|matches|appearances|outings|starts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CareerCount();

    /// <summary>"eight minutes later" counts from the last minute told; "within four minutes" only from one told in this or the last
    /// sentence, and never for the opening goal: otherwise it counts from kick-off.</summary>
    private static Minute? Resolve(MinuteExpression minute, Narrative state, bool openingGoal)
    {
        bool fromKickOff = minute.Kind == MinuteKind.Within && (state.Sentence - state.PreviousSentence > 1 || openingGoal);
        return minute.Resolve(fromKickOff ? null : state.Previous);
    }

    private static void ReadSentence(ExtractionContext context, List<GoalCandidate> candidates, TextSpan sentence, string sentenceText,
        List<MinuteExpression> minutes, Narrative state)
    {
        var text = context.Text;
        var people = context.People.Within(sentence).Where(p => !context.IsQuoted(p.Start)).ToList();
        var usedPeople = new HashSet<int>();
        var usedMinutes = new HashSet<int>();
        var triggers = GoalTriggers.Find(sentenceText);
        var events = new List<(PersonMention Scorer, Match Trigger, int Clause)>();
        var orphans = new List<int>();
        // Noun triggers ("Tchouameni's opener") claim their possessive name first, so verbs in the same sentence look past it.
        foreach (Match trigger in triggers)
        {
            if (!trigger.Groups["noun"].Success || Negated(sentenceText, trigger)) continue;
            int nounClause = ClauseStart(sentenceText, trigger.Index);
            if (MissWords().IsMatch(sentenceText.AsSpan(nounClause, ClauseEnd(sentenceText, trigger.Index + trigger.Length) - nounClause).ToString())) continue;
            // "53 goals", "his 100th goal for the club": a tally, not a goal of this match.
            // ("Lewis' first goal came in the 62nd minute" is the match's goal: its coming is told.)
            if (Tally().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 25), Math.Min(25, trigger.Index)).ToString())
                && !GoalArrived().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length))) continue;
            // "Delph's low drive", "Guedioura's long-range strike": a shot is a goal only where the sentence does not tell it saved, missed or hoped for.
            // A verb that links to it ("levelled through Benteke's header") tells it scored whatever else the sentence says.
            if (ShotNoun().IsMatch(trigger.Value) && ShotNotScored().IsMatch(ClauseWindow(sentenceText, trigger)) && !LinkedFromVerb(sentenceText, triggers, trigger)) continue;
            if (InAnotherMatch(sentenceText, trigger) || DidNotStand(sentenceText, trigger) || OtherMatchScoreline(context, ClauseWindow(sentenceText, trigger))) continue;
            // "a stooping header from a free-kick from Garrad": a set piece the goal came from is the delivery, not a goal.
            if (ShotNoun().IsMatch(trigger.Value) && DeliveryBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 25), Math.Min(25, trigger.Index)))) continue;
            int at = sentence.Start + trigger.Index;
            var owner = people.Where(p => !usedPeople.Contains(p.Start) && p.End <= at && at - p.End <= 40 && ScorerClues.IsScorerByForm(text, p) && !IsNonPlayer(context, p)
                && !ReceivedBefore().IsMatch(text.AsSpan(Math.Max(0, p.Start - 30), Math.Min(30, p.Start)))).LastOrDefault();
            // "Bennett's free-kick was pulled down by Vlaar": someone else acted on it, so it is not the owner's goal.
            if (ShotNoun().IsMatch(trigger.Value) && ActedOnAfter().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length))) owner = default;
            if (owner.Span.Length == 0)
                // "a winner for Roberto Martinez's side": a possessive after "for" owns the side, not the goal.
                owner = people.FirstOrDefault(p => !usedPeople.Contains(p.Start) && !ScorerClues.IsBystander(text, p) && !p.Possessive && !IsNonPlayer(context, p)
                    && p.Start >= at + trigger.Length && p.Start - (at + trigger.Length) <= 25
                    && ByAfterNoun().IsMatch(text.AsSpan(at + trigger.Length, p.Start - at - trigger.Length).ToString()));
            // "34': Paralluelo curls fine opener": the subject of a clause whose object is a goal of the match scored it.
            // "Akter led the rout with four goals": so did a count of goals the subject came away with.
            bool countedGoals = PluralGoal().IsMatch(trigger.Value) && CountedBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 20), Math.Min(20, trigger.Index)));
            if (owner.Span.Length == 0 && (MatchGoalNoun().IsMatch(trigger.Value) || countedGoals)) owner = SubjectOfGoalNoun(context, people, usedPeople, sentence.Start + nounClause, at);
            if (owner.Span.Length == 0)
            {
                // "Southampton found the opener in the 16th minute": a goal of the match with no scorer here still carries its minute.
                if (MatchGoalNoun().IsMatch(trigger.Value)) orphans.Add(at);
                continue;
            }
            usedPeople.Add(owner.Start);
            events.Add((owner, trigger, ClauseStart(sentenceText, trigger.Index)));
            // "goals from Amalfitano and Berahino": a plural goal noun owned by a list of names is a goal each.
            if (owner.Start > at && PluralGoal().IsMatch(trigger.Value))
                foreach (var partner in Coordinated(context, people, usedPeople, owner, sentence.End, before: false))
                {
                    usedPeople.Add(partner.Start);
                    events.Add((partner, trigger, ClauseStart(sentenceText, trigger.Index)));
                }
        }
        foreach (Match trigger in triggers)
        {
            if (trigger.Groups["noun"].Success || Negated(sentenceText, trigger) || InAnotherMatch(sentenceText, trigger) || DidNotStand(sentenceText, trigger)) continue;
            int at = sentence.Start + trigger.Index;
            int clause = ClauseStart(sentenceText, trigger.Index);
            // "took the lead through Tchouameni's strike", "for Lambert to steer home the equaliser": the verb and the noun tell one goal.
            if (events.Any(e => e.Clause == clause && e.Trigger.Index > trigger.Index && e.Trigger.Index - trigger.Index <= 80
                && (Linking().IsMatch(sentenceText.AsSpan(trigger.Index, e.Trigger.Index - trigger.Index))
                    || VerbObject().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length, e.Trigger.Index - trigger.Index - trigger.Length))))) continue;
            // "Rodrygo scored from close range", "converted from the spot": a second trigger right after a goal's verb tells the same goal.
            if (events.Any(e => !e.Trigger.Groups["noun"].Success && e.Clause == clause && e.Trigger.Index + e.Trigger.Length <= trigger.Index
                && SameDeed().IsMatch(sentenceText.AsSpan(e.Trigger.Index + e.Trigger.Length, trigger.Index - e.Trigger.Index - e.Trigger.Length)))) continue;
            if (MissWords().IsMatch(sentenceText.AsSpan(clause, ClauseEnd(sentenceText, trigger.Index + trigger.Length) - clause).ToString())) continue;
            if (OtherMatchScoreline(context, ClauseWindow(sentenceText, trigger))) continue;
            // "had Ba converted instead of slicing wide": a goal told in a condition that did not happen.
            if (InvertedCondition().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 40), Math.Min(40, trigger.Index)))) continue;
            if (SavedAfter(sentenceText, triggers, trigger)) continue;
            var scorer = FindScorer(context, people, usedPeople, sentence, at, sentence.Start + clause, state.LastScorer)
                ?? ScorerAfterDash(context, people, usedPeople, sentenceText, sentence.Start, trigger);
            if (scorer is not { } s)
            {
                orphans.Add(at);
                continue;
            }
            usedPeople.Add(s.Start);
            events.Add((s, trigger, clause));
            // "The Brazilian trio of Elber, Anderson Lopes and Yan Matheus scored": a list of subjects of a bare "scored" is a goal each.
            if (s.End <= at && BareScored().IsMatch(trigger.Value) && ListSubjectGap().IsMatch(text.AsSpan(s.End, at - s.End)))
                foreach (var partner in Coordinated(context, people, usedPeople, s, sentence.Start, before: true))
                {
                    usedPeople.Add(partner.Start);
                    events.Add((partner, trigger, clause));
                }
            // "struck in the second through Ada Ferris, Bea Lomax and Cleo Nunn": a list after "through" is a goal each.
            if (s.Start > at && ThroughList().IsMatch(text.AsSpan(at, s.Start - at)))
                foreach (var partner in Coordinated(context, people, usedPeople, s, sentence.End, before: false))
                {
                    usedPeople.Add(partner.Start);
                    events.Add((partner, trigger, clause));
                }
        }
        // Goals of one trigger ("Barr, Cobb and Doyle scored") keep the order of their scorers.
        events.Sort((a, b) => a.Trigger.Index != b.Trigger.Index ? a.Trigger.Index.CompareTo(b.Trigger.Index) : a.Scorer.Start.CompareTo(b.Scorer.Start));
        var paired = AddPairedMinuteGoals(sentenceText, sentence.Start, minutes, events);
        var untimedBefore = state.Untimed;
        var pendingBefore = state.PendingMinute;
        var assigned = AssignMinutes(sentenceText, sentence.Start, minutes, events, usedMinutes, paired);
        for (int e = 0; e < events.Count; e++)
        {
            var (scorer, trigger, clause) = events[e];
            int at = sentence.Start + trigger.Index;
            var minute = assigned[e];
            Minute? resolved = StoppageFromClock(context, minute is { } told ? Resolve(told, state, FirstGoalWords().IsMatch(trigger.Value)) : null);
            if (resolved is null && state.PendingMinute is { } pending && state.Sentence - pending.Sentence <= 2)
            {
                resolved = pending.Minute;
                state.PendingMinute = null;
            }
            if (resolved is { } r) (state.Previous, state.PreviousSentence) = (r, state.Sentence);
            int clauseEnd = ClauseEnd(sentenceText, trigger.Index + trigger.Length);
            var clauseText = FlagWindow(sentenceText, sentence.Start, scorer, trigger, clause, clauseEnd, events);
            bool ownGoal = GoalListReader.OwnGoalWords().IsMatch(clauseText);
            bool penalty = !ownGoal && GoalListReader.PenaltyWords().IsMatch(clauseText) && !NotAPenaltyGoal().IsMatch(clauseText);
            var player = context.People.FullName(context.People.NameOf(scorer));
            // Teams named in another goal's clause ("before Giroud put France ahead") belong to that goal, not this one.
            var otherClauses = events.Where(e => e.Clause != clause)
                .Select(e => new TextSpan(sentence.Start + e.Clause, ClauseEnd(sentenceText, e.Trigger.Index + e.Trigger.Length) - e.Clause)).ToList();
            string? team = TeamOf(context, player, new TextSpan(sentence.Start + clause, clauseEnd - clause), ownGoal, otherClauses);
            candidates.Add(new GoalCandidate(player, team, resolved, at, context.EvidenceFor(sentence))
            {
                Penalty = penalty,
                OwnGoal = ownGoal,
                Method = penalty ? GoalMethod.Penalty : GoalListReader.HeaderWords().IsMatch(clauseText) ? GoalMethod.Header : FreeKick().IsMatch(clauseText) ? GoalMethod.FreeKick : GoalMethod.Unknown,
                Assist = AssistIn(context, sentence, scorer),
                Count = resolved is null ? CountIn(clauseText) : 1,
                Again = AgainWords().IsMatch(sentenceText.AsSpan(trigger.Index, Math.Min(trigger.Length + 20, sentenceText.Length - trigger.Index))),
            });
            if (resolved is null) state.Untimed = (candidates.Count - 1, state.Sentence);
            state.LastScorer = scorer;
        }
        if (pendingBefore is { } waiting && state.PendingMinute == waiting && state.Sentence > waiting.Sentence && minutes.Count == 0)
            PendingToToldScorer(context, candidates, people, events.Select(e => e.Scorer.Start).ToHashSet(), sentence, state, waiting);
        // A goal whose scorer this sentence does not name ("they swept into the lead after six minutes"): a minute no goal here used
        // times the goal the previous sentence told without one, or waits for the scorer the next sentence names.
        if (events.Count == 0 && orphans.Count == 0) TeamMomentMinute(sentenceText, sentence.Start, minutes, state);
        foreach (var at in orphans)
        {
            var orphan = NearestMinute(minutes, usedMinutes, at, true) is { } near ? Resolve(near, state, false) : null;
            if (orphan is not { } om) continue;
            // A paragraph that opens on a team's moment ("Villa deservedly equalised in the 67th minute.") tells a new goal whose
            // scorer comes next, so its minute never goes back to the goal the last paragraph ended on.
            // Nor does it when this sentence names another player who may have scored it ("Scores were level in the 55th minute when Segecic ...").
            if (untimedBefore is { } u && state.Sentence - u.Sentence == 1 && candidates[u.Candidate].Minute is null && !OpensParagraph(text, sentence)
                && !NamesAnotherPlayer(context, people, candidates[u.Candidate].Player))
            {
                candidates[u.Candidate] = candidates[u.Candidate] with { Minute = om, Count = 1 };
                untimedBefore = null;
                if (state.Untimed == u) state.Untimed = null;
            }
            else state.PendingMinute = (om, state.Sentence);
        }
    }

    /// <summary>"Arsenal swept into the lead after 23 minutes ... Giroud arrived at the near post to convert.": a report's opening names
    /// the scorers without minutes and the run of play times a team's goal, then tells the move with the scorer in it but no goal
    /// word. A waiting minute goes to the one player named here whom the report already credits with a goal it never timed.</summary>
    private static void PendingToToldScorer(ExtractionContext context, List<GoalCandidate> candidates, List<PersonMention> people, HashSet<int> eventScorers,
        TextSpan sentence, Narrative state, (Minute Minute, int Sentence) waiting)
    {
        // The move must end in a finish ("slotted home", "beating Howard at his near post"), not a save or a miss.
        var said = sentence.Substring(context.Text);
        if (!FinishWords().IsMatch(said) || MissWords().IsMatch(said) || ShotNotScored().IsMatch(said) || KeptOut().IsMatch(said)) return;
        string? key = null;
        int index = -1;
        foreach (var p in people)
        {
            if (eventScorers.Contains(p.Start) || IsNonPlayer(context, p) || ScorerClues.IsBystander(context.Text, p)) continue;
            // "Johnson's corner" is the delivery; "Torres' half-volley" the finish.
            if (p.Possessive && !ShotNoun().IsMatch(FirstWordAfter(context.Text, p))) continue;
            var k = PersonIndex.SurnameKey(context.People.FullName(context.People.NameOf(p)));
            if (k == key) continue;
            int untimed = candidates.FindIndex(c => !c.FromList && c.Minute is null && PersonIndex.SurnameKey(c.Player) == k);
            if (untimed < 0 || candidates.Any(c => c.Minute is not null && PersonIndex.SurnameKey(c.Player) == k)) continue;
            // Two goalscorers named in the move: which one scored is not told.
            if (key is not null) return;
            (key, index) = (k, untimed);
        }
        if (index < 0) return;
        candidates.Add(candidates[index] with { Minute = waiting.Minute, Count = 1, Again = false, Position = sentence.Start, Evidence = context.EvidenceFor(sentence) });
        state.PendingMinute = null;
        (state.Previous, state.PreviousSentence) = (waiting.Minute, state.Sentence);
    }

    [GeneratedRegex(@"\b(?:past|beyond|home|into (?:the|an?) (?:[\w-]+ )?(?:net|goal|corner)|in off|finish|finishes|finished|finishing|convert|converted|converting|clinical|volley|half-volley|header|slot|slotted|tap|tapped|bury|buried|found the net|found the (?:top|bottom|far|near) corner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FinishWords();

    [GeneratedRegex(@"\b(?:clawing|claws|(?:a)?round the (?:post|upright)|shortly before|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeptOut();

    [GeneratedRegex(@"^\s*(?:in|on|at|after|before|with|within|inside|just|midway|moments|minutes|seconds|then|later|early|late|shortly|soon|eventually|finally|once|from|during|deep)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdverbialOpening();

    [GeneratedRegex(@"\b(?:the|that|his|her|their) (?:goal|effort|strike|header|finish|opener|equali[sz]er) (?:was|had been) (?:\w+ )?(?:waved off|ruled out|disallowed|chalked off|overturned|cancelled|canceled|struck off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalAnnulled();

    [GeneratedRegex(@"^\s+(?:(?:finally|duly|eventually|then)\s+)?(?:came|arrived)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalArrived();

    private static string FirstWordAfter(string text, PersonMention p)
    {
        int start = p.After(text);
        while (start < text.Length && text[start] == ' ') start++;
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        return text[start..end];
    }

    private static bool NamesAnotherPlayer(ExtractionContext context, List<PersonMention> people, string player)
    {
        var key = PersonIndex.SurnameKey(player);
        return people.Any(p => !p.Possessive && !ScorerClues.IsBystander(context.Text, p) && !IsNonPlayer(context, p)
            && PersonIndex.SurnameKey(context.People.FullName(context.People.NameOf(p))) != key);
    }

    /// <summary>"United took the lead within three minutes - Ella Toone pouncing on Galton's pass": a team's goal told first, its
    /// scorer named after a dash or colon doing the deed ("pouncing", "firing home").</summary>
    private static PersonMention? ScorerAfterDash(ExtractionContext context, List<PersonMention> people, HashSet<int> used, string sentenceText, int sentenceStart, Match trigger)
    {
        var dash = DashThenDeed().Match(sentenceText, trigger.Index + trigger.Length);
        if (!dash.Success) return null;
        int nameAt = sentenceStart + dash.Index + dash.Length;
        foreach (var p in people)
            if (p.Start == nameAt && !used.Contains(p.Start) && !p.Possessive && !IsNonPlayer(context, p)
                && DeedAfterName().IsMatch(context.Text.AsSpan(p.End, Math.Min(40, sentenceStart + sentenceText.Length - p.End)).ToString()))
                return p;
        return null;
    }

    [GeneratedRegex(@"\G[^.;:\u2013\u2014]{0,60}?\s(?:-|\u2013|\u2014|:)\s+(?:substitute\s+|striker\s+|forward\s+|midfielder\s+|defender\s+|captain\s+)?(?=[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex DashThenDeed();

    [GeneratedRegex(@"^\s+(?:\w+ly\s+)?(?:pouncing|firing|heading|nodding|slotting|tapping|poking|prodding|curling|drilling|smashing|rifling|volleying|steering|sweeping|turning|finishing|converting|scoring|netting|latching|reacting|rising|lashing|stabbing|bundling|glancing|chipping|lobbing|striking|capitalising|capitalizing|picking)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeedAfterName();

    /// <summary>"Newcastle had been gifted the lead in the 16th minute.", "Chelsea landed the knockout punch in the 72nd minute.": a
    /// team's goal moment the trigger words do not tell; its minute waits for the scorer the next sentences name.</summary>
    private static void TeamMomentMinute(string sentenceText, int sentenceStart, List<MinuteExpression> minutes, Narrative state)
    {
        var moment = UntriggeredTeamMoment().Match(sentenceText);
        // "could not break through until the 72nd minute" is negated only up to the goal.
        bool until = moment.Value.EndsWith("until", StringComparison.OrdinalIgnoreCase);
        if (!moment.Success || (!until && NegationBefore().IsMatch(sentenceText.AsSpan(0, moment.Index).ToString()))) return;
        if (NearestMinute(minutes, [], sentenceStart + moment.Index, true) is { } near && Resolve(near, state, false) is { } minute)
            state.PendingMinute = (minute, state.Sentence);
    }

    [GeneratedRegex(@"\b(?:(?:gifted|handed|given) (?:\w+ )?(?:the lead|an? (?:early |[0-9]-[0-9] )?lead|the advantage|an equaliser|a way back)|landed (?:the|a) (?:\w+ )?(?:punch|blow)|made (?:the|a|their) (?:\w+ )?breakthrough|(?:went|going|go|goes) [0-9]-[0-9] (?:up|ahead|in front)|(?:were|was) punished|hit back|struck back|drew first blood|(?:break|broke|breaks) through until|finally (?:broke|break) through|(?:lead|led|leading) [0-9]-[0-9] (?=after|by|inside|within)|pull(?:ed|ing|s)? level|(?:were|was) (?:\w+ )?breached|(?:two|three|four) goals (?:behind|down|ahead|up)|(?:goal|breakthrough|second|third|fourth|[0-9]-[0-9]) (?:that )?(?:\w+ )?(?:came|arrived))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntriggeredTeamMoment();

    private static bool OpensParagraph(string text, TextSpan sentence) =>
        sentence.Start == 0 || text.AsSpan(0, sentence.Start).TrimEnd(' ').EndsWith("\n");

    private static PersonMention? FindScorer(ExtractionContext context, List<PersonMention> people, HashSet<int> used, TextSpan sentence, int at, int clauseStart, PersonMention? lastScorer)
    {
        var text = context.Text;
        // "broke the deadlock through Benteke's 15th goal": a goal owned by a name the verb links to.
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start) || !p.Possessive || p.Start - at > 80) continue;
            if (LinkedOwner().IsMatch(text.AsSpan(at, p.Start - at)) && ScorerClues.IsScorerByForm(text, p)) return p;
        }
        // "his cross was clipped home by Walcott", "knocked back by Gabriel and nodded in on the line by Gyokeres": a passive verb's scorer is the name after "by".
        int leadStart = Math.Max(clauseStart, at - 25);
        if ((Passive().IsMatch(text.AsSpan(leadStart, at - leadStart)) || AgentFollows(text, people, used, at)) && NameAfterBy(context, people, used, at) is { } agent) return agent;
        // "for Welbeck to convert", "through Tchouameni": the form names the scorer.
        foreach (var p in people)
            if (!used.Contains(p.Start) && Math.Abs(p.Start - at) <= 60 && ScorerClues.IsScorerByForm(text, p) && !p.Possessive && !IsNonPlayer(context, p)) return p;
        PersonMention? best = null;
        // "Lambert, a player who was given his chance by Pardew, levelled": names inside an aside between commas are not the subject.
        int asideStart = -1;
        // ("In the 30th minute, Williams finally had her goal, tapping in": an adverbial opening before the first comma is no aside's subject.)
        if (text.AsSpan(clauseStart, at - clauseStart).TrimEnd() is [.., ','] beforeVerb && beforeVerb[..^1].LastIndexOf(',') is var open and >= 0
            && !AdverbialOpening().IsMatch(beforeVerb[..open])) asideStart = clauseStart + open;
        // "clipped the ball over a diving Olsson and Foster": a name joined by "and" to a bystander is one too.
        PersonMention? bystander = null;
        foreach (var p in people)
        {
            if (p.End > at || (asideStart >= 0 && p.Start > asideStart)) break;
            // ("pushed over Ramires and Hazard slotted past Myhill": a name right before the verb is its subject all the same.)
            bool joined = bystander is { } b && ListJoint().IsMatch(text.AsSpan(b.End, Math.Max(0, p.Start - b.End))) && !SubjectRightBefore().IsMatch(text.AsSpan(p.End, at - p.End));
            if (ScorerClues.IsBystander(text, p) || joined) { bystander = p; continue; }
            if (p.Start < clauseStart || used.Contains(p.Start) || IsNonPlayer(context, p)) continue;
            if (p.Possessive) continue;
            best = p;
        }
        if (best is not null) return best;
        // The clause has no named subject: "he", "the Belgian striker" point back to the last named scorer or subject.
        var lead = text.AsSpan(clauseStart, Math.Max(0, at - clauseStart)).ToString();
        // "Van Persie had gone ten games without scoring but won and then converted a penalty": the clause after "but" shares the sentence's subject.
        bool elided = clauseStart > sentence.Start && ElidedSubject().IsMatch(lead)
            && CoordinatingBreak().IsMatch(text.AsSpan(Math.Max(sentence.Start, clauseStart - 12), clauseStart - Math.Max(sentence.Start, clauseStart - 12)));
        if (elided)
            foreach (var p in people)
            {
                if (p.Start - sentence.Start > 12 || p.End > at) break;
                if (!p.Possessive && !ScorerClues.IsBystander(text, p) && !IsNonPlayer(context, p)) return p;
            }
        // "Bonmati, who powered through for the opening goal, firing past Endler": "who" is the name right before its comma.
        if (WhoClause().IsMatch(lead) && !people.Any(p => p.Start >= clauseStart && p.End <= at) && people.LastOrDefault(p => p.End <= clauseStart && p.End >= clauseStart - 3) is { Span.Length: > 0 } named
            && !named.Possessive && !ScorerClues.IsBystander(text, named) && !IsNonPlayer(context, named)) return named;
        // "57': Norwegian finishes swift City counter": a key-moments line names the scorer by nationality alone.
        if (Anaphor().IsMatch(lead) || BareDemonym().IsMatch(lead) || at - clauseStart <= 2 || elided)
        {
            // "the ball fell into Sturridge's path and he stroked it past Schwarzer": the owner of the path the ball reached is who "he" is.
            var before = people.Where(p => p.End <= at && !ScorerClues.IsBystander(text, p) && (!p.Possessive || ReachedOwner().IsMatch(text.AsSpan(p.After(text)))) && !IsNonPlayer(context, p) && !InAppositive(text, p)).LastOrDefault();
            if (before.Span.Length > 0) return before;
            if (lastScorer is { } last && sentence.Start - last.End < 400) return last;
            if (context.LastSubjectBefore(sentence.Start) is { } subject) return subject;
        }
        // "... was scored by Giroud": a name after the verb in the same clause.
        return NameAfterBy(context, people, used, at);
    }

    /// <summary>"Jenna Nighswonger, a Huntington Beach resident, capped the scoring when she converted": a name inside an aside that
    /// describes the person before it is not who "she" points to.</summary>
    private static bool InAppositive(string text, PersonMention p) =>
        AppositiveOpen().IsMatch(text.AsSpan(Math.Max(0, p.Start - 30), Math.Min(30, p.Start)).ToString())
        && AppositiveClose().IsMatch(text.AsSpan(p.End, Math.Min(30, text.Length - p.End)).ToString());

    [GeneratedRegex(@"^\s*(?:path|feet|foot|way)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReachedOwner();

    [GeneratedRegex(@"^\s*who\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoClause();

    /// <summary>", a Huntington Beach resident,", ", who like Carpenter has bounced back,": an aside about the person before it.</summary>
    [GeneratedRegex(@", (?:(?:a|an) (?:[\w-]+ ){0,2}|(?:who|whose|which) (?:[\w'’-]+ ){0,3}(?:like |as |than |with |alongside )?)$")]
    private static partial Regex AppositiveOpen();

    [GeneratedRegex(@"^(?: [\w'’-]+){0,6},")]
    private static partial Regex AppositiveClose();

    /// <summary>The names joined to a scorer by "and" or a comma ("goals from Amalfitano and Berahino"), before him back to
    /// <paramref name="limit"/> or after him up to it; not possessives, bystanders or non-players.</summary>
    private static List<PersonMention> Coordinated(ExtractionContext context, List<PersonMention> people, HashSet<int> used, PersonMention scorer, int limit, bool before)
    {
        var text = context.Text;
        var found = new List<PersonMention>();
        if (scorer.Possessive) return found;
        var anchor = scorer;
        int index = people.FindIndex(p => p.Start == scorer.Start);
        for (int i = before ? index - 1 : index + 1; i >= 0 && i < people.Count; i += before ? -1 : 1)
        {
            var p = people[i];
            if (before ? p.Start < limit : p.End > limit) break;
            var gap = before ? text.AsSpan(p.End, anchor.Start - p.End) : text.AsSpan(anchor.End, p.Start - anchor.End);
            if (!ListJoint().IsMatch(gap) || p.Possessive || used.Contains(p.Start) || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p)) break;
            found.Add(p);
            anchor = p;
        }
        return found;
    }

    [GeneratedRegex(@"^\s*(?:,|and|,\s*and)\s*$")]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"^\s*(?:\w+ly\s+)?$")]
    private static partial Regex SubjectRightBefore();

    /// <summary>What may lie between two triggers of one deed: a few words, none a conjunction ("scored from close range", "fired home from").</summary>
    [GeneratedRegex(@"^\s*(?:(?!(?:and|then|before|after|when|while|but|as|until|or)\b)[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex SameDeed();

    [GeneratedRegex(@"^(?:(?:scored|netted)(?: (?:a|one|the) goal)?|struck|on the scoresheet|(?:was|were) (?:also )?on target)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareScored();

    [GeneratedRegex(@"^\s*(?:(?:all|also|both|each|had|have|got|then)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSubjectGap();

    /// <summary>"in the 89th minute of Spain's 2-1 semifinal victory over Sweden": a goal told in a match whose scoreline is not this
    /// match's is another match's goal.</summary>
    private static bool OtherMatchScoreline(ExtractionContext context, ReadOnlySpan<char> clause)
    {
        if (context.Facts.Result is not { } result) return false;
        foreach (var m in OfMatchScoreline().EnumerateMatches(clause))
        {
            var told = ScoreDigits().Match(clause.Slice(m.Index, m.Length).ToString());
            int a = int.Parse(told.Groups[1].Value), b = int.Parse(told.Groups[2].Value);
            if (!((a == result.Score.First && b == result.Score.Second) || (a == result.Score.Second && b == result.Score.First))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:of|in)\s+(?:(?:the|a|an|their|his|her|its|[\w-]+['’]s?)\s+)?[0-9]{1,2} ?[-–] ?[0-9]{1,2}\s+(?:(?!aggregate)[\w-]+\s+)?(?:victory|win|defeat|loss|draw|triumph|semi-?final|quarter-?final|final|thrashing|rout)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfMatchScoreline();

    [GeneratedRegex(@"([0-9]{1,2}) ?[-–] ?([0-9]{1,2})")]
    private static partial Regex ScoreDigits();

    [GeneratedRegex(@"\b(?:through|via|courtesy of|thanks to)\s+(?:an?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThroughList();

    [GeneratedRegex(@"\bwith\s+(?:two|three|four|five)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedBefore();

    [GeneratedRegex(@"^goals$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralGoal();

    private static bool AgentFollows(string text, List<PersonMention> people, HashSet<int> used, int at)
    {
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start)) continue;
            return p.Start - at <= 45 && AgentBy().IsMatch(text.AsSpan(at, p.Start - at));
        }
        return false;
    }

    /// <summary>"Paralluelo curls fine opener", "Kimmich converts the equaliser": a person opening the clause, a few words before the noun,
    /// who did not only make, deny or concede it.</summary>
    private static PersonMention SubjectOfGoalNoun(ExtractionContext context, List<PersonMention> people, HashSet<int> used, int clauseStart, int at)
    {
        var text = context.Text;
        foreach (var p in people)
        {
            if (p.Start < clauseStart || p.End > at) continue;
            if (used.Contains(p.Start) || p.Possessive || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p)) return default;
            var lead = text.AsSpan(clauseStart, p.Start - clauseStart);
            var between = text.AsSpan(p.End, at - p.End).ToString();
            if (lead.Trim().Length > 0 && !lead.Trim().Equals("substitute", StringComparison.OrdinalIgnoreCase)) return default;
            // "Mukiele and Hume combined for the opener": a shared move names no one scorer.
            bool another = people.Any(o => o.Start > p.End && o.End <= at);
            return !another && SubjectVerbToNoun().IsMatch(between) && !ProviderVerb().IsMatch(between) ? p : default;
        }
        return default;
    }

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){1,6}$")]
    private static partial Regex SubjectVerbToNoun();

    [GeneratedRegex(@"\b(?:and|combined?|combines|role|part|hand|involved|instrumental|behind|helped|helps|started|starts|began|built|builds|sparked|set|sets|setting|tee[ds]?|teeing|laid|lays|lay|provided?|provides|created?|creates|assist(?:ed|s)?|won|wins|earned|earns|conceded?|concedes|gifted|gifts|denied|denies|saved?|saves|missed|misses|had|has|thought|almost|nearly|could|would|should|might)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderVerb();

    [GeneratedRegex(@"\b(?:from|off|after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryBefore();

    /// <summary>A manager, referee, goalkeeper or side by the name as written, or by the full name it stands for ("Chea" for keeper "Chea Fariya").</summary>
    private static bool IsNonPlayer(ExtractionContext context, PersonMention p)
    {
        var name = context.People.NameOf(p);
        return context.NonPlayers.Contains(PersonIndex.SurnameKey(name)) || context.NonPlayers.Contains(PersonIndex.SurnameKey(context.People.FullName(name)));
    }

    private static PersonMention? NameAfterBy(ExtractionContext context, List<PersonMention> people, HashSet<int> used, int at)
    {
        var text = context.Text;
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start)) continue;
            if (ScorerClues.IsBystander(text, p) || p.Possessive || IsNonPlayer(context, p)) continue;
            var between = text.AsSpan(at, p.Start - at);
            if (between.Length > 40 || between.IndexOfAny(",;") >= 0) break;
            if (ByAfterVerb().IsMatch(between.ToString())) return p;
            break;
        }
        return null;
    }

    /// <summary>"took the lead through Tel's deflected shot": a verb before the noun, in its clause, joined to it by a linking word.</summary>
    private static bool LinkedFromVerb(string sentenceText, List<Match> triggers, Match noun)
    {
        int clause = ClauseStart(sentenceText, noun.Index);
        foreach (Match verb in triggers)
        {
            if (verb.Groups["noun"].Success || verb.Index >= noun.Index || verb.Index < clause || noun.Index - verb.Index > 80) continue;
            if (Linking().IsMatch(sentenceText.AsSpan(verb.Index, noun.Index - verb.Index))) return true;
        }
        return false;
    }

    /// <summary>
    /// A goal told as not standing in its clause, in the clause it is the "when" of ("thought they had pulled one back when Fofana nodded in"),
    /// or in a "but" clause after it ("... but he was denied by the offside flag").
    /// </summary>
    private static bool DidNotStand(string sentenceText, Match trigger) => Disallowed().IsMatch(ClauseWindow(sentenceText, trigger))
        || AnotherYear().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length, Math.Min(30, sentenceText.Length - trigger.Index - trigger.Length)));

    /// <summary>"converted a penalty, but Howard produced a sensational save": a "but" clause right after the goal verb that tells the attempt
    /// stopped or missed, with no goal word of its own, undoes it.</summary>
    private static bool SavedAfter(string sentenceText, List<Match> triggers, Match trigger)
    {
        int end = ClauseEnd(sentenceText, trigger.Index + trigger.Length);
        if (end >= sentenceText.Length || ButBreak().Match(sentenceText, end, Math.Min(12, sentenceText.Length - end)) is not { Success: true } but) return false;
        int butEnd = ClauseEnd(sentenceText, but.Index + but.Length);
        if (triggers.Any(t => t.Index >= but.Index && t.Index < butEnd)) return false;
        return StoppedWords().IsMatch(sentenceText.AsSpan(but.Index, butEnd - but.Index));
    }

    [GeneratedRegex(@"\b(?:saved?|saves|smothered|parried|palmed|tipped|blocked|cleared|hacked|denied|kept (?:it )?out|wide|over the (?:bar|crossbar)|against the (?:post|bar|crossbar|woodwork)|offside|ruled out|disallowed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedWords();

    [GeneratedRegex(@"\bhad\s+(?-i:\p{Lu})[\w'’-]+(?:\s+(?-i:\p{Lu})[\w'’-]+)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InvertedCondition();

    /// <summary>"scored from his own half in December 2009": a goal told with another year is from another match.</summary>
    [GeneratedRegex(@"^\s+(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)[0-9]{2}\b")]
    private static partial Regex AnotherYear();

    /// <summary>A trigger's clause, with the clause it is the "when" of and a "but" clause after it: what can tell its goal did not count.</summary>
    private static ReadOnlySpan<char> ClauseWindow(string sentenceText, Match trigger)
    {
        int clause = ClauseStart(sentenceText, trigger.Index);
        int end = ClauseEnd(sentenceText, trigger.Index + trigger.Length);
        if (clause > 0 && WhenBreak().IsMatch(sentenceText.AsSpan(Math.Max(0, clause - 8), clause - Math.Max(0, clause - 8)))) clause = ClauseStart(sentenceText, clause - 1);
        if (end < sentenceText.Length && ButBreak().Match(sentenceText, end, Math.Min(12, sentenceText.Length - end)) is { Success: true } but)
            end = ClauseEnd(sentenceText, but.Index + but.Length);
        return sentenceText.AsSpan(clause, end - clause);
    }

    [GeneratedRegex(@"\bwhen\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenBreak();

    [GeneratedRegex(@"^,?\s*(?:but|only for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButBreak();

    /// <summary>"fresh from downing United last weekend": a goal told in a clause about another time is not this match's.</summary>
    private static bool InAnotherMatch(string sentenceText, Match trigger)
    {
        int clause = ClauseStart(sentenceText, trigger.Index);
        int end = ClauseEnd(sentenceText, trigger.Index + trigger.Length);
        return ElsewhereWords().IsMatch(sentenceText.AsSpan(clause, end - clause));
    }

    /// <summary>The words that describe one goal: a noun's own phrase ("Tchouameni's opener"), or a verb's clause without the noun phrases inside it.</summary>
    private static string FlagWindow(string sentenceText, int sentenceStart, PersonMention scorer, Match trigger, int clause, int clauseEnd, List<(PersonMention Scorer, Match Trigger, int Clause)> events)
    {
        if (trigger.Groups["noun"].Success)
        {
            int from = Math.Max(clause, Math.Min(scorer.Start - sentenceStart, trigger.Index));
            int to = Math.Min(sentenceText.Length, Math.Max(scorer.End - sentenceStart, trigger.Index + trigger.Length) + 15);
            return sentenceText[from..to];
        }
        var chars = sentenceText[clause..clauseEnd].ToCharArray();
        foreach (var e in events)
        {
            if (!e.Trigger.Groups["noun"].Success || e.Clause != clause) continue;
            int from = Math.Min(e.Scorer.Start - sentenceStart, e.Trigger.Index) - clause;
            int to = Math.Max(e.Scorer.End - sentenceStart, e.Trigger.Index + e.Trigger.Length) + 15 - clause;
            for (int i = Math.Max(0, from); i < Math.Min(chars.Length, to); i++) chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>
    /// Pairs the sentence's goals with its minutes, nearest pairs first, a minute outside the goal's clause counting as further away:
    /// in "Cole's early strike held until Nolan made sure in the 76th minute" the minute is Nolan's, though Cole's goal comes first.
    /// </summary>
    private static MinuteExpression?[] AssignMinutes(string sentenceText, int sentenceStart, List<MinuteExpression> minutes,
        List<(PersonMention Scorer, Match Trigger, int Clause)> events, HashSet<int> used, (int Event, int Minute)? paired)
    {
        var result = new MinuteExpression?[events.Count];
        if (minutes.Count == 0 || events.Count == 0) return result;
        var pairs = new List<(int Distance, int Event, int Minute)>();
        for (int e = 0; e < events.Count; e++)
        {
            int at = sentenceStart + events[e].Trigger.Index;
            int clauseStart = sentenceStart + events[e].Clause;
            int clauseEnd = sentenceStart + ClauseEnd(sentenceText, events[e].Trigger.Index + events[e].Trigger.Length);
            for (int m = 0; m < minutes.Count; m++)
            {
                var minute = minutes[m];
                if (used.Contains(minute.Start)) continue;
                int distance = minute.Start >= at ? minute.Start - at : at - minute.End;
                if (events.Count > 1 && distance > 120) continue;
                // By its start: "four minutes after the break" holds a clause break of its own.
                bool inClause = minute.Start >= clauseStart && minute.Start <= clauseEnd + 1;
                // "Nearly five minutes later, Moultrie tapped in for the lead in the seventh minute": a minute the text states outright
                // is the goal's before one counted from another moment.
                pairs.Add((distance + (inClause ? 0 : 60) + (minute.Kind == MinuteKind.Later ? 30 : 0), e, m));
            }
        }
        pairs.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Event.CompareTo(b.Event));
        var minuteTaken = new bool[minutes.Count];
        // The goals of "scored in the first and 11th minutes" take the two minutes in turn, whatever lies nearer.
        if (paired is { } p)
            for (int k = 0; k < 2; k++)
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

    /// <summary>"scored in the first and 11th minutes": two minutes joined by "and" after one goal are two goals of its scorer, so the
    /// second minute is not handed to the next scorer of the sentence.</summary>
    private static (int Event, int Minute)? AddPairedMinuteGoals(string sentenceText, int sentenceStart, List<MinuteExpression> minutes,
        List<(PersonMention Scorer, Match Trigger, int Clause)> events)
    {
        for (int m = 0; m + 1 < minutes.Count; m++)
        {
            var (first, second) = (minutes[m], minutes[m + 1]);
            if (first.Kind != MinuteKind.Absolute || second.Kind != MinuteKind.Absolute) continue;
            if (first.Start < sentenceStart || second.Start < first.End || !MinutePairJoint().IsMatch(sentenceText.AsSpan(first.End - sentenceStart, second.Start - first.End))) continue;
            int at = first.Start - sentenceStart;
            int owner = events.FindLastIndex(e => e.Trigger.Index < at && e.Clause == ClauseStart(sentenceText, at));
            if (owner < 0) continue;
            events.Insert(owner + 1, events[owner]);
            return (owner, m);
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?:,\s*)?and\s+(?:the\s+|in the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutePairJoint();

    /// <summary>"a 93rd-minute equaliser" in a match without extra time is the third minute of stoppage time.</summary>
    private static Minute? StoppageFromClock(ExtractionContext context, Minute? minute) =>
        minute is { Regular: > 90 and < 100, Added: null } m && context.Facts.Result is not { AfterExtraTime: true } ? new Minute(90, m.Regular - 90) : minute;

    private static MinuteExpression? NearestMinute(List<MinuteExpression> minutes, HashSet<int> used, int at, bool onlyEvent)
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

    private static string? TeamOf(ExtractionContext context, string player, TextSpan sentence, bool ownGoal, List<TextSpan> otherGoalClauses)
    {
        var team = context.PlayerTeams.TeamOf(player);
        if (ownGoal) return team is null ? null : context.Teams.Opponent(team);
        if (team is not null) return team;
        // "put the Blues in front", "into the Sunderland goal", "Villa defender Clark": what the clause's team names say of the scoring side.
        var told = ClauseTeam.Read(context, sentence, otherGoalClauses, out bool decided);
        if (decided) return told;
        // The clause names no team: the sentence's team that went ahead or levelled ("Rangers went ahead when Dessers headed in") is the scorer's.
        return ClauseTeam.Read(context, context.SentenceAt(sentence.Start), otherGoalClauses, out _);
    }

    private static string? AssistIn(ExtractionContext context, TextSpan sentence, PersonMention scorer)
    {
        var text = context.Text;
        foreach (var p in context.People.Within(sentence))
        {
            if (p.Start == scorer.Start) continue;
            var after = text.AsSpan(p.After(text), Math.Min(30, text.Length - p.After(text))).ToString();
            if (p.Possessive && AssistAfter().IsMatch(after)) return context.People.FullName(context.People.NameOf(p));
            var before = text.AsSpan(Math.Max(0, p.Start - 20), Math.Min(20, p.Start)).ToString();
            if (AssistBefore().IsMatch(before)) return context.People.FullName(context.People.NameOf(p));
        }
        return null;
    }

    /// <summary>How many goals a clause tells; a season's tally ("top of the scoring charts with three goals") tells none of this match's.</summary>
    private static int CountIn(string clause) =>
        TallyWords().IsMatch(clause) ? 1 : FiveGoals().IsMatch(clause) ? 5 : FourGoals().IsMatch(clause) ? 4 : HatTrick().IsMatch(clause) ? 3 : Brace().IsMatch(clause) ? 2 : 1;

    [GeneratedRegex(@"\b(?:with four goals|four-goal haul|haul of four|(?:scored|netted|struck|bagged|grabbed|hit) four(?: goals| times)?)\b(?!\s+in\s+(?:[\w-]+\s+){1,2}(?:games|matches|appearances|outings|starts))", RegexOptions.IgnoreCase)]
    private static partial Regex FourGoals();

    [GeneratedRegex(@"\b(?:with five goals|five-goal haul|haul of five|(?:scored|netted|struck|bagged|grabbed|hit) five(?: goals| times)?)\b(?!\s+in\s+(?:[\w-]+\s+){1,2}(?:games|matches|appearances|outings|starts))", RegexOptions.IgnoreCase)]
    private static partial Regex FiveGoals();

    [GeneratedRegex(@"\b(?:charts|this season|this term|tally|in all competitions|career|so far)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TallyWords();

    private static bool Negated(string sentence, Match trigger)
    {
        int from = Math.Max(0, trigger.Index - 45);
        if (NegationBefore().IsMatch(sentence.AsSpan(from, trigger.Index - from).ToString())) return true;
        int end = trigger.Index + trigger.Length;
        return NegationAfter().IsMatch(sentence.AsSpan(end, Math.Min(60, sentence.Length - end)).ToString());
    }

    /// <summary>Another match's result mentioned in passing: a team outside the pair with a scoreline or a word of the past.</summary>
    private static bool AboutAnotherMatch(ExtractionContext context, TextSpan sentence, string sentenceText)
    {
        if (context.Facts.Teams is not { } pair) return false;
        bool otherTeam = false;
        var mentions = context.TeamMentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < sentence.Start) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < mentions.Count && mentions[i].Span.Start < sentence.End && !otherTeam; i++)
            otherTeam = !pair.Contains(mentions[i].Value.Name) && !mentions[i].Value.National;
        return otherTeam && (AnyScore().IsMatch(sentenceText) || PastWords().IsMatch(sentenceText));
    }

    private static int ClauseStart(string sentence, int position)
    {
        int start = 0;
        foreach (Match m in ClauseBreak().Matches(sentence))
        {
            if (m.Index + m.Length > position) break;
            start = m.Index + m.Length;
        }
        return start;
    }

    private static int ClauseEnd(string sentence, int position)
    {
        var m = ClauseBreak().Match(sentence, Math.Min(position, sentence.Length));
        return m.Success ? m.Index : sentence.Length;
    }

    [GeneratedRegex(@"\b(?:would have|could have|should have|might have|must have|almost|nearly|thought (?:he|she|they) had|appeared to have|looked to have|looked set to|was denied|were denied|denied|deny|denies|denying|failed to|fail to|unable to|(?<!\b(?:took|take|takes|taking|taken) (?:the|his|her|their) )chance to|opportunit(?:y|ies) to|attempt to|aiming (?:for|at)|aimed (?:for|at)|(?<!\b(?:not|n't|never|failed to|unable to) )(?:stopping|stopped|stop|prevented|preventing|prevent)|tried to|trying to|bid to|hoping to|hopes of|looking to|threatened to|threatening to|went close to|came close to|(?:\w+\s+)?close\s+to|pressed for|pressing for|pushed for|pushing for|searching for|search for|in search of|looking for|hunt for|hunting for|chasing|chased|sought|seeking|needed(?! only)|needing(?! only))\s+(?:\w+\s+){0,3}$|\b(?:no(?!\s+(?:mistake|doubt|error)\b)|not|never|without)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"^[^.]{0,40}?\b(?:was|were|had been|but was|only to be)\s+(?:\w+\s+)?(?:ruled out|disallowed|chalked off|flagged offside|overturned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegationAfter();

    [GeneratedRegex(@"\bwho\s+(?:[\w-]+\s+){0,7}$|\b(?:he|she|him|who|the\s+[\w'’ -]{0,25}?(?:striker|forward|midfielder|defender|winger|substitute|captain|skipper|full-back|centre-back|center-back|international|youngster|teenager|veteran|frontman|playmaker|man|star|debutant|loanee|replacement|academy graduate|no\.? ?[0-9]+|number [0-9]+|summer signing|signing|attacker|hitman|marksman|talisman|Frenchman|Spaniard|Belgian|Brazilian|Argentine|Dutchman|German|Portuguese|Italian|Englishman|Scot|Welshman|Irishman|Norwegian|Dane|Swede|Croat|Serb|Uruguayan|Colombian|Senegalese|Ivorian|Nigerian|Ghanaian|Egyptian|Moroccan|Algerian|Japanese|Korean|American|Mexican|Paraguayan|Ecuadorian|Swiss|Austrian|Pole|Czech|Ukrainian))\s+(?:\w+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"^\W*(?:Frenchman|Spaniard|Belgian|Brazilian|Argentine|Argentinian|Dutchman|German|Portuguese|Italian|Englishman|Englishwoman|Scot|Welshman|Irishman|Norwegian|Dane|Swede|Croat|Serb|Uruguayan|Colombian|Senegalese|Ivorian|Nigerian|Ghanaian|Egyptian|Moroccan|Algerian|Japanese|Korean|American|Mexican|Canadian|Australian|Paraguayan|Ecuadorian|Swiss|Austrian|Pole|Czech|Ukrainian|Turk|Georgian|Hungarian|Slovenian|Finn|Icelander|Jamaican|Cameroonian|Malian|Guinean|Chilean|Peruvian|Venezuelan)\s+$")]
    private static partial Regex BareDemonym();

    /// <summary>"goals from ", "goals in the second half from ", "a goal either side of half-time from ".</summary>
    [GeneratedRegex(@"^\s*(?:(?:came|come|arrived|was|were)\s+)?(?:(?:in the (?:first|second) (?:half|period)|either side of (?:half-time|halftime|the break|the interval)|after the (?:break|interval|restart))\s+)?(?:from|by|for)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfterNoun();

    /// <summary>From the verb's start to the name: "scored by ", "nodded in on the goalline by ".</summary>
    [GeneratedRegex(@"^\s*(?:\w+\s+){0,6}?(?:by|from|for|through)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfterVerb();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:cross|pass|corner|free[- ]kick|through[- ]ball|ball|delivery|centre|cut-back|cutback|knock-down|flick|lay-off|assist|set-piece|header back|pull-back|chip|backheel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssistAfter();

    [GeneratedRegex(@"\b(?:set up by|teed up by|assisted by|supplied by|picked out by|found by|fed by|released by|laid on by|created by)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AssistBefore();

    [GeneratedRegex(@"\b(?:twice|brace|double(?!s? (?:the|their|his|her|its)(?: side['’]s)? (?:lead|advantage))|two goals|second goal of the (?:game|match|afternoon|evening|night))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Brace();

    [GeneratedRegex(@"\b(?:hat-trick|hat trick|three goals|three times|treble)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HatTrick();

    [GeneratedRegex(@"\b(?:rebound|follow-up|followed up|after (?:his|her|the) (?:penalty|spot-kick) was saved|saved (?:his|her|the) penalty|won (?:a|the) penalty|conceded (?:a|the) penalty|penalty (?:appeal|shout|claim))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPenaltyGoal();

    [GeneratedRegex(@"\b(?:missed|misses|(?<!\b(?:a|an|the) (?:[\w-]+ )?)miss|to stop|saved|saves|blazed|blazes|skied|skies|fluffed|over the bar|over the crossbar|wide of|went wide|hit the (?:post|bar|crossbar|woodwork)|struck the (?:post|bar|crossbar|woodwork)|off the (?:post|bar|crossbar|woodwork)|denied|kept out|tipped|parried|blocked|stopped by|only to be stopped|cleared off the line|closest|gloves|into the arms|into the hands|straight at|side[- ]netting|(?:onto|on to|on) the roof of the net|(?:on )?top of the net|offside)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MissWords();

    /// <summary>A sentence telling a goal that did not stand: "denied by the offside flag", "thought they had pulled one back", "an overturned opener".</summary>
    [GeneratedRegex(@"\b(?:offside flag|flag (?:was|had|went)(?: already)? (?:up|raised)|flag had gone up|disallowed|chalked off|overturned|(?:thought|think) (?:he|she|they) had|for offside|ruled out(?! (?:until|of the|with|through|injured|for (?:the|a) (?:season|month|week|game|match|rest|spell|while))))", RegexOptions.IgnoreCase)]
    private static partial Regex Disallowed();

    [GeneratedRegex(@"(?:\b[0-9]+(?:st|nd|rd|th)?|\b(?:record|tally|total|career|first|league|season|campaign|international|senior|club)\s(?:[\w-]+\s)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    [GeneratedRegex(@"lead|level|ahead|in front|opened the scoring|broke the deadlock|doubled|made it|pulled|equalis|equaliz|restored|extended", RegexOptions.IgnoreCase)]
    private static partial Regex TeamMoment();

    [GeneratedRegex(@"\b(?:through|courtesy of|thanks to|via|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Linking();

    [GeneratedRegex(@"^(?:opened the scoring|opener|opening goal|broke the deadlock)$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstGoalWords();

    [GeneratedRegex(@"\b(?:again|another|his second|her second|his third|her third)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainWords();

    /// <summary>Nouns that name a goal of this match, not an attempt: a sentence may tell one without its scorer.</summary>
    [GeneratedRegex(@"^(?:opener|opening goal|equaliser|equalizer|leveller|leveler|winner|winning goal|consolation)$", RegexOptions.IgnoreCase)]
    private static partial Regex MatchGoalNoun();

    /// <summary>A clause opening on lower-case words with no subject of its own: "won and then ", "then ".</summary>
    [GeneratedRegex(@"^\s*(?!(?:the|a|an|his|her|their|its|it|they|we|i|you|this|that|there|which|who|what|one|both)\b)(?:[a-z][\w'’-]*\s+){0,3}$")]
    private static partial Regex ElidedSubject();

    [GeneratedRegex(@"(?:\bbut|\band|\bthen|\bbefore|[-–—;])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatingBreak();

    /// <summary>What lies between a verb and the goal noun that is its object: "steer home the", "scored a late".</summary>
    [GeneratedRegex(@"^\s*(?:(?:home|in|into|past|it)\s+)?(?:the|a|an|his|her|their|another)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbObject();

    [GeneratedRegex(@"\b(?:through|courtesy of|thanks to|via|with)\s+(?:an?\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedOwner();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    /// <summary>"nodded in on the goalline by ": a verb's own agent after it, not a provider ("a cross set up by").</summary>
    [GeneratedRegex(@"^[\w-]*(?:\s+(?!(?:set|teed|provided|supplied|fed|created|laid|picked|found|crossed|delivered|assisted|played|sent|released|won|earned)\b)[\w-]+){0,5}\s+by\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentBy();

    /// <summary>"headed down Walcott's free-kick", "punch away Bennett's free-kick": a verb that takes the attempt over from its owner.</summary>
    [GeneratedRegex(@"\b(?:headed down|head down|met|meet|meeting|latched on ?to|collected|converted|convert|converting|turned in|nodded in|nodded down|onto|on to|parried|parry|punch(?:ed)? away|punch|tipped|saved|saving|save|fumbled|fumbling|cleared|clear|deny|denied|blocked|block|kept out|keep out|palm(?:ed)? away|claw(?:ed)? away|field|plucked|pluck|caught|catch|held|hold|beat away|beaten away|handled|deflected|diverted|turned)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedBefore();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:[\w-]+\s+){0,2}?(?:by|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActedOnAfter();

    /// <summary>Nouns for any attempt on goal, scored or not (unlike "opener", "equaliser", "goal").</summary>
    [GeneratedRegex(@"^(?:strike|header|effort|finish|volley|penalty|spot[- ]kick|free[- ]kick|lob|chip|drive|curler|thunderbolt|screamer|piledriver)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShotNoun();

    /// <summary>A sentence that tells an attempt saved, missed, ruled out or only nearly scored.</summary>
    [GeneratedRegex(@"\b(?:missed|misses|saved|saves|save|blazed|skied|fluffed|(?:over|off|against|onto|on to|hit|struck|rattled|clipped) the (?:bar|crossbar|post|upright|woodwork)|(?:went|flew|fired|shot|headed|dragged|curled|drifted|skidded|skid|bent|sliced|scooped|whistled|drilled|steered|volleyed|glanced) (?:\w+ )?(?:wide|over)|wide of|inches wide|just wide|narrowly wide|(?:floating|floated|drifting|flew|flying|sailed|sailing|trickled|trickling) (?:\w+ )?(?:wide|over|high)|(?:outside|foot) of the (?:post|upright)|(?:post|bar|crossbar) and (?:run|ran|went|bounced) (?:to safety|clear|wide|out|away)|(?:claim|claimed|field|fielded|gather|gathered)|high over|over the top|side[- ]netting|(?:onto|on to|on) the roof of the net|(?:on )?top of the net|beaten away|palmed|parried|pushed (?:away|wide|over|round|behind)|clawed|plucked|smothered|held|caught|dealt with|tipped|turned (?:it )?(?:over|round|away)|blocked|block|kept out|keeping out|kept (?:[\w'’-]+ ){1,4}?out|got (?:his|her|a) (?:[\w-]+ )?(?:knee|hand|hands|glove|gloves|fingertips|fingers|boot|foot|leg|body) to|(?:flew|went|drifted|sailed|fizzed|whistled|dipped) (?:[\w-]+ ){1,4}?(?:wide|over|high)|to stop|stopped|stopping|(?:looped|floated|swung|whipped|lofted|drifted|sent|delivered) into the (?:area|box|penalty area|six-yard box|danger zone|mixer|goalmouth)|clear(?:ed|ing|s)?|off the line|denied|deny|denying|thwarted|straight at|(?:got|get|getting|gets) down to|ruled out|disallowed|chalked off|offside|should have|could have|would have|might have|almost|nearly|went close|came close|close to|thought (?:he|she|they) had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShotNotScored();

    [GeneratedRegex(@"\bfree[- ]kick\b", RegexOptions.IgnoreCase)]
    private static partial Regex FreeKick();

    [GeneratedRegex(@"\b(?:(?:a|an|the|that|this) (?:19|20)[0-9]{2} (?:match|game|final|meeting|clash|fixture|tie|win|defeat|draw)|elsewhere|earlier in the (?:season|day|week)|earlier this (?:season|month|year)|(?:has|have|had) (?:now )?(?:scored|netted)\b[^.]{0,40}\b(?:this season|this term|so far|all season|career)|last season|last term|last week|last month|last year|(?:a|one|two|three|four|five|six|[0-9]+) (?:days?|weeks?|fortnight|months?|years?|seasons?) ago|in the reverse fixture|reverse fixture|previous meeting|first meeting|last meeting|last time (?:the|these) (?:two|sides)|in midweek|at the weekend|last weekend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElsewhereWords();

    [GeneratedRegex(@"\b[0-9]{1,2} ?[-–] ?[0-9]{1,2}\b")]
    private static partial Regex AnyScore();

    [GeneratedRegex(@"\b(?:since|previous|before that|had scored|has scored|have scored|scored in|career|season|campaign|record)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastWords();

    [GeneratedRegex(@"[;:—]|,\s+(?=(?:but|and|before|after|when|as|while|although|though|only for|who|which|with)\b)|\s+(?:but|before|after|when|while|although|though|only for|whereupon|until)\s+|\s+-\s+|\s+–\s+|,\s+and\s+|\s+and\s+(?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
