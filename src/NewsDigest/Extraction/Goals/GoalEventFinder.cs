using NewsDigest.Extraction.People;
using NewsDigest.Text;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Goals;

/// <summary>Finds the goal events of one sentence: each trigger that tells a scored goal of this match, paired with the person who scored it.</summary>
internal static partial class GoalEventFinder
{
    /// <summary>The sentence's goal events in the order told, and the positions of goals of the match told with no scorer here
    /// ("Southampton found the opener in the 16th minute"), whose minutes may still time a goal told next door.</summary>
    public static (List<GoalEvent> Events, List<int> Orphans) Find(ExtractionContext context, TextSpan sentence, string sentenceText,
        List<PersonMention> people, PersonMention? lastScorer)
    {
        var text = context.Text;
        var usedPeople = new HashSet<int>();
        var triggers = GoalTriggers.Find(sentenceText);
        var events = new List<GoalEvent>();
        var orphans = new List<int>();
        // Verb triggers whose goal a side's "when" clause already read.
        var claimed = new HashSet<int>();
        // Noun triggers ("Tchouameni's opener") claim their possessive name first, so verbs in the same sentence look past it.
        foreach (Match trigger in triggers)
        {
            if (!trigger.Groups["noun"].Success || NotScoredTests.Negated(sentenceText, trigger)) continue;
            // "across the face of goal", "a shot at goal": the goal as a target, not a goal scored.
            if (trigger.Value.Equals("goal", StringComparison.OrdinalIgnoreCase) && TargetGoal().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 20), Math.Min(20, trigger.Index)))) continue;
            int nounClause = GoalClauses.ClauseStart(sentenceText, trigger.Index);
            if (NotScoredTests.TellsMiss(sentenceText.AsSpan(nounClause, GoalClauses.ClauseEnd(sentenceText, trigger.Index + trigger.Length) - nounClause).ToString())) continue;
            // "53 goals", "his 100th goal for the club": a tally, not a goal of this match.
            // ("Lewis' first goal came in the 62nd minute" is the match's goal: its coming is told.)
            if (Tally().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 25), Math.Min(25, trigger.Index)).ToString())
                && !GoalArrived().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length))) continue;
            // "Delph's low drive", "Guedioura's long-range strike": a shot is a goal only where the sentence does not tell it saved, missed or hoped for.
            // A verb that links to it ("levelled through Benteke's header") tells it scored whatever else the sentence says.
            if (NotScoredTests.ShotNoun().IsMatch(trigger.Value) && NotScoredTests.ShotNotScored().IsMatch(GoalClauses.ClauseWindow(sentenceText, trigger)) && !NotScoredTests.LinkedFromVerb(sentenceText, triggers, trigger)) continue;
            if (NotScoredTests.InAnotherMatch(sentenceText, trigger) || NotScoredTests.DidNotStand(sentenceText, trigger) || NotScoredTests.OtherMatchScoreline(context, GoalClauses.ClauseWindow(sentenceText, trigger))) continue;
            if (NotScoredTests.InShootout(sentenceText, trigger)) continue;
            // "a stooping header from a free-kick from Garrad": a set piece the goal came from is the delivery, not a goal.
            if (NotScoredTests.ShotNoun().IsMatch(trigger.Value) && DeliveryBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 25), Math.Min(25, trigger.Index)))) continue;
            int at = sentence.Start + trigger.Index;
            var owner = people.Where(p => !usedPeople.Contains(p.Start) && p.End <= at && at - p.End <= 40 && (ScorerClues.IsScorerByForm(text, p) || WearsShotNoun(text, p, at, sentence.Start, sentenceText, trigger)) && !ScorerFinder.IsNonPlayer(context, p)
                && !ScorerFinder.ReceivedBefore().IsMatch(text.AsSpan(Math.Max(0, p.Start - 30), Math.Min(30, p.Start)))).LastOrDefault();
            // "Bennett's free-kick was pulled down by Vlaar": someone else acted on it, so it is not the owner's goal.
            if (NotScoredTests.ShotNoun().IsMatch(trigger.Value) && ActedOnAfter().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length))) owner = default;
            // "Stones headed in De Bruyne's free-kick": a set piece a scoring verb turned in is the delivery, its owner the provider.
            if (owner.Span.Length > 0 && owner.Possessive && SetPiece().IsMatch(trigger.Value)
                && VerbBeforeDelivery().IsMatch(text.AsSpan(Math.Max(sentence.Start, owner.Start - 40), owner.Start - Math.Max(sentence.Start, owner.Start - 40)))) continue;
            // ("Stones headed in a De Bruyne free-kick": so is one its taker's name stands before.)
            if (owner.Span.Length > 0 && !owner.Possessive && SetPiece().IsMatch(trigger.Value)
                && VerbBeforeWornDelivery().IsMatch(text.AsSpan(Math.Max(sentence.Start, owner.Start - 50), owner.Start - Math.Max(sentence.Start, owner.Start - 50)))) continue;
            if (owner.Span.Length == 0)
                // "a winner for Roberto Martinez's side": a possessive after "for" owns the side, not the goal.
                owner = people.FirstOrDefault(p => !usedPeople.Contains(p.Start) && !ScorerClues.IsBystander(text, p) && !p.Possessive && !ScorerFinder.IsNonPlayer(context, p)
                    && p.Start >= at + trigger.Length && p.Start - (at + trigger.Length) <= 25
                    && (ByAfterNoun().IsMatch(text.AsSpan(at + trigger.Length, p.Start - at - trigger.Length).ToString())
                        || (GoalNounProper().IsMatch(trigger.Value) && ByRoleAfterGoalNoun().IsMatch(text.AsSpan(at + trigger.Length, p.Start - at - trigger.Length)))));
            // "34': Paralluelo curls fine opener": the subject of a clause whose object is a goal of the match scored it.
            // "Akter led the rout with four goals": so did a count of goals the subject came away with.
            bool countedGoals = PluralGoal().IsMatch(trigger.Value) && CountedBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 20), Math.Min(20, trigger.Index)));
            // "Kelly followed up with a second goal": a goal counted in the match's order is one of its goals, as "opener" is.
            bool countedInMatch = trigger.Value.Equals("goal", StringComparison.OrdinalIgnoreCase)
                && OrdinalGoalBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 25), Math.Min(25, trigger.Index)));
            if (owner.Span.Length == 0 && (MatchGoalNoun().IsMatch(trigger.Value) || countedGoals || countedInMatch)) owner = ScorerFinder.SubjectOfGoalNoun(context, people, usedPeople, sentence.Start + nounClause, at);
            // "Sarkar was just as devastating, striking a hat-trick", "Blackstenius was our hat-trick hero": a count of goals the
            // subject struck, or was the hero of, is the subject's.
            if (owner.Span.Length == 0 && CountNoun().IsMatch(trigger.Value) && (StruckCountBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 30), Math.Min(30, trigger.Index)))
                || HeroAfter().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length))))
            {
                // A comma closes the list item or aside before it ("Foord opened the scoring, Blackstenius was our hat-trick hero").
                int item = Math.Max(nounClause, sentenceText.LastIndexOf(',', Math.Max(0, trigger.Index - 1)) + 1);
                owner = ScorerFinder.SubjectOfGoalNoun(context, people, usedPeople, sentence.Start + item, at) is { Span.Length: > 0 } subject ? subject
                    : ParticipleAfterComma().IsMatch(sentenceText.AsSpan(item, trigger.Index - item)) ? ScorerFinder.SentenceSubject(context, people, usedPeople, sentence.Start, at) : default;
            }
            // "Remy eased the pressure on his manager as his double helped Newcastle to a win": the count is the sentence subject's.
            if (owner.Span.Length == 0 && CountNoun().IsMatch(trigger.Value) && OwnCountBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 20), Math.Min(20, trigger.Index))))
                owner = ScorerFinder.SentenceSubject(context, people, usedPeople, sentence.Start, at);
            // "His first goal came after 21 minutes": a goal the sentence's opening pronoun owns is the goal of the player it points back to.
            if (owner.Span.Length == 0 && OwnedByOpeningPronoun().IsMatch(sentenceText.AsSpan(0, trigger.Index)) && people.All(p => p.Start >= at)
                && (GoalArrived().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length)) || MatchGoalNoun().IsMatch(trigger.Value))
                && ScorerAnaphora.PronounReferent(context, sentence) is { } referent)
                owner = referent;
            // "The decisive goal came after 71 minutes, when De Wit finished the move": the goal's coming told, its scorer the "when" clause's subject.
            if (owner.Span.Length == 0 && (MatchGoalNoun().IsMatch(trigger.Value) || GoalArrived().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length)))
                && ScorerFinder.WhenClauseScorer(context, people, usedPeople, sentenceText, sentence.Start, trigger.Index + trigger.Length, out var nounOwnVerb) is { } whenOwner)
            {
                if (nounOwnVerb is null) owner = whenOwner;
                else { ReadAtOwnVerb(events, usedPeople, claimed, sentenceText, whenOwner, nounOwnVerb); continue; }
            }
            if (owner.Span.Length == 0)
            {
                // "Southampton found the opener in the 16th minute": a goal of the match with no scorer here still carries its minute.
                if (MatchGoalNoun().IsMatch(trigger.Value)) orphans.Add(at);
                continue;
            }
            usedPeople.Add(owner.Start);
            events.Add(new GoalEvent(owner, trigger, GoalClauses.ClauseStart(sentenceText, trigger.Index)));
            // "Biswas and Chakma chipped in with a goal each": a goal each of a list of names before it is one for every name.
            if (owner.End <= at && EachAfter().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length)))
                foreach (var partner in ScorerFinder.Coordinated(context, people, usedPeople, owner, sentence.Start, before: true))
                {
                    usedPeople.Add(partner.Start);
                    events.Add(new GoalEvent(partner, trigger, GoalClauses.ClauseStart(sentenceText, trigger.Index)));
                }
            // "goals from Amalfitano and Berahino": a plural goal noun owned by a list of names is a goal each.
            if (owner.Start > at && PluralGoal().IsMatch(trigger.Value))
                foreach (var partner in ScorerFinder.Coordinated(context, people, usedPeople, owner, sentence.End, before: false))
                {
                    usedPeople.Add(partner.Start);
                    events.Add(new GoalEvent(partner, trigger, GoalClauses.ClauseStart(sentenceText, trigger.Index)));
                }
        }
        foreach (Match trigger in triggers)
        {
            if (trigger.Groups["noun"].Success || claimed.Contains(trigger.Index) || NotScoredTests.Negated(sentenceText, trigger) || NotScoredTests.InAnotherMatch(sentenceText, trigger) || NotScoredTests.DidNotStand(sentenceText, trigger)) continue;
            int at = sentence.Start + trigger.Index;
            int clause = GoalClauses.ClauseStart(sentenceText, trigger.Index);
            // "crossed for Aluko to guide a volley past Krul and in off the far upright": the ball's way in ends a deed a verb before it told.
            // ("glanced a header across goal and in off the far post": a goal noun before it is the shot that went in, and reads no scorer of its own.)
            if (InOff().IsMatch(trigger.Value) && (events.Any(e => e.Clause == clause && e.Trigger.Index < trigger.Index)
                || triggers.Any(t => t.Index < trigger.Index && !t.Groups["noun"].Success && GoalClauses.ClauseStart(sentenceText, t.Index) == clause))) continue;
            // "took the lead through Tchouameni's strike", "for Lambert to steer home the equaliser": the verb and the noun tell one goal.
            if (events.Any(e => e.Clause == clause && e.Trigger.Index > trigger.Index && e.Trigger.Index - trigger.Index <= 80
                && (NotScoredTests.Linking().IsMatch(sentenceText.AsSpan(trigger.Index, e.Trigger.Index - trigger.Index))
                    || VerbObject().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length, e.Trigger.Index - trigger.Index - trigger.Length))))) continue;
            // "Rodrygo scored from close range", "converted from the spot": a second trigger right after a goal's verb tells the same goal.
            if (events.Any(e => !e.Trigger.Groups["noun"].Success && e.Clause == clause && e.Trigger.Index + e.Trigger.Length <= trigger.Index
                && SameDeed().IsMatch(sentenceText.AsSpan(e.Trigger.Index + e.Trigger.Length, trigger.Index - e.Trigger.Index - e.Trigger.Length)))) continue;
            // "curling in a cross to the back post for Saka to sidefoot home", "Musiala fired in a wicked pass": a delivery, not a goal.
            if (DeliveryVerb().IsMatch(trigger.Value) && DeliveredObject().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length))) continue;
            int missFrom = GoalClauses.AfterFrontedClause(sentenceText, clause, trigger.Index);
            if (NotScoredTests.TellsMiss(sentenceText.AsSpan(missFrom, GoalClauses.ClauseEnd(sentenceText, trigger.Index + trigger.Length) - missFrom).ToString())) continue;
            if (NotScoredTests.OtherMatchScoreline(context, GoalClauses.ClauseWindow(sentenceText, trigger))) continue;
            if (NotScoredTests.InShootout(sentenceText, trigger)) continue;
            // "had Ba converted instead of slicing wide": a goal told in a condition that did not happen.
            if (InvertedCondition().IsMatch(sentenceText.AsSpan(Math.Max(0, trigger.Index - 40), Math.Min(40, trigger.Index)))) continue;
            if (NotScoredTests.SavedAfter(sentenceText, triggers, trigger)) continue;
            var scorer = ScorerFinder.FindScorer(context, people, usedPeople, sentence, at, sentence.Start + clause, lastScorer)
                ?? ScorerFinder.ScorerAfterDash(context, people, usedPeople, sentenceText, sentence.Start, trigger);
            // "Southend took the lead on 12 minutes when Gus Scott-Morriss met a deep cross", "Arenteiro went ahead when midfielder Pablo
            // Vázquez volleyed in": a side's goal whose subject is no player (or a lone word that may be a side's name) is credited to
            // the subject of the "when" clause after it.
            // A "when" clause with a goal verb of its own tells the goal there, so the goal is read at that verb, which is not read again;
            // the side's verb yields to it even when its subject is a lone word.
            bool loneSubject = scorer is { } lone && lone.FirstToken == lone.LastToken && !lone.Possessive && context.People.FullNameOf(lone).IndexOf(' ') < 0;
            // "The Red and Gold Brigade drew level when Miguel Figueira curled a free-kick": a subject written after "the" is a side's
            // nickname, no player, so it yields to the "when" clause's player as a lone word does.
            loneSubject |= scorer is { } named && !named.Possessive && named.Start >= sentence.Start && SideArticleBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, named.Start - 30), named.Start - Math.Max(sentence.Start, named.Start - 30)));
            if ((scorer is null || loneSubject) && ScorerFinder.TellsSideGoal(trigger.Value)
                && ScorerFinder.WhenClauseScorer(context, people, usedPeople, sentenceText, sentence.Start, trigger.Index + trigger.Length, out var ownVerb) is { } whenScorer)
            {
                if (ownVerb is null) scorer = whenScorer;
                else { ReadAtOwnVerb(events, usedPeople, claimed, sentenceText, whenScorer, ownVerb); continue; }
            }
            if (scorer is not { } s)
            {
                orphans.Add(at);
                continue;
            }
            usedPeople.Add(s.Start);
            events.Add(new GoalEvent(s, trigger, clause));
            // "The Brazilian trio of Elber, Anderson Lopes and Yan Matheus scored": a list of subjects of a bare "scored" is a goal each.
            if (s.End <= at && BareScored().IsMatch(trigger.Value) && ListSubjectGap().IsMatch(text.AsSpan(s.End, at - s.End)))
                foreach (var partner in ScorerFinder.Coordinated(context, people, usedPeople, s, sentence.Start, before: true))
                {
                    usedPeople.Add(partner.Start);
                    events.Add(new GoalEvent(partner, trigger, clause));
                }
            // "struck in the second through Ada Ferris, Bea Lomax and Cleo Nunn": a list after "through" is a goal each.
            if (s.Start > at && ThroughList().IsMatch(text.AsSpan(at, s.Start - at)))
                foreach (var partner in ScorerFinder.Coordinated(context, people, usedPeople, s, sentence.End, before: false))
                {
                    usedPeople.Add(partner.Start);
                    events.Add(new GoalEvent(partner, trigger, clause));
                }
        }
        SetUpScorers(context, sentence, sentenceText, people, usedPeople, events);
        DropRestatedByRelativeClause(sentenceText, sentence.Start, events);
        // Goals of one trigger ("Barr, Cobb and Doyle scored") keep the order of their scorers.
        events.Sort((a, b) => a.Trigger.Index != b.Trigger.Index ? a.Trigger.Index.CompareTo(b.Trigger.Index) : a.Scorer.Start.CompareTo(b.Scorer.Start));
        return (events, orphans);
    }

    /// <summary>"levelled in the 30th minute through Eze, who slotted home from the penalty spot": a "who" clause on the scorer a goal
    /// verb before it named tells that goal again, with its details (the spot, the header), not a second goal. The relative clause's
    /// event stands for it and the earlier one goes, so the goal is counted once and keeps the words that describe it.</summary>
    private static void DropRestatedByRelativeClause(string sentenceText, int sentenceStart, List<GoalEvent> events)
    {
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var told = events[i];
            if (told.Trigger.Groups["noun"].Success) continue;
            int scorerEnd = told.Scorer.End - sentenceStart;
            if (scorerEnd < told.Trigger.Index + told.Trigger.Length) continue;
            int restating = events.FindIndex(e => e.Scorer.Start == told.Scorer.Start && !e.Trigger.Groups["noun"].Success
                && e.Trigger.Index > scorerEnd && RelativeWhoBefore().IsMatch(sentenceText.AsSpan(scorerEnd, e.Trigger.Index - scorerEnd)));
            if (restating >= 0) events.RemoveAt(i);
        }
    }

    /// <summary>", who " and at most an adverb between a name and the goal verb of its relative clause (", who calmly slotted home").</summary>
    [GeneratedRegex(@"^\s*,\s*who\s+(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex RelativeWhoBefore();

    /// <summary>A goal a "when" clause tells with its own goal verb is read at that verb: its scorer is used and the verb is not read again.</summary>
    private static void ReadAtOwnVerb(List<GoalEvent> events, HashSet<int> usedPeople, HashSet<int> claimed, string sentenceText, PersonMention scorer, Match verb)
    {
        usedPeople.Add(scorer.Start);
        claimed.Add(verb.Index);
        events.Add(new GoalEvent(scorer, verb, GoalClauses.ClauseStart(sentenceText, verb.Index)));
    }

    [GeneratedRegex(@"^\s+(?:(?:finally|duly|eventually|then)\s+)?(?:came|arrived)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalArrived();

    /// <summary>"The ", "the Red and ": the article (and the first colour or word of a two-part nickname) right before a subject.</summary>
    [GeneratedRegex(@"(?:^|[^\w'’-])[Tt]he\s+(?:\p{Lu}[\w-]*\s+and\s+)?$")]
    private static partial Regex SideArticleBefore();

    [GeneratedRegex(@"^in off\b", RegexOptions.IgnoreCase)]
    private static partial Regex InOff();

    /// <summary>What may lie between two triggers of one deed: a few words, none a conjunction ("scored from close range", "fired home from").</summary>
    [GeneratedRegex(@"^\s*(?:(?!(?:and|then|before|after|when|while|but|as|until|or)\b)[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex SameDeed();

    [GeneratedRegex(@"^(?:(?:scored|netted)(?: (?:a|one|the) goal)?|struck|on the scoresheet|(?:was|were) (?:also )?on target)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareScored();

    [GeneratedRegex(@"^\s*(?:(?:all|also|both|each|had|have|got|then)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSubjectGap();

    [GeneratedRegex(@"\b(?:through|via|courtesy of|thanks to)\s+(?:an?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThroughList();

    [GeneratedRegex(@"\bwith\s+(?:two|three|four|five)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedBefore();

    [GeneratedRegex(@"\b(?:of|at|on|towards?|in front of|across)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetGoal();

    [GeneratedRegex(@"\b(?:a|another) (?:second|third|fourth|fifth|sixth)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalGoalBefore();

    [GeneratedRegex(@"^(?:hat-trick|brace|double)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountNoun();

    /// <summary>"striking a ", "helped herself to a late ": a verb of scoring that takes the count noun as its object.</summary>
    [GeneratedRegex(@"\b(?:striking|hitting|claiming|registering|registered|recording|recorded|producing|produced|notching|helping (?:himself|herself) to|helped (?:himself|herself) to)\s+(?:a|an|his|her|another)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StruckCountBefore();

    [GeneratedRegex(@"\b(?:his|her)\s+(?:(?:late|early|quick-fire|first-half|second-half|superb|fine|stunning)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnCountBefore();

    [GeneratedRegex(@"^\s+hero(?:ine)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeroAfter();

    /// <summary>The clause opens on a participle that shares the sentence's subject: "striking a ".</summary>
    [GeneratedRegex(@"^\s*[a-z]+ing\b")]
    private static partial Regex ParticipleAfterComma();

    /// <summary>A verb that may put a ball in as a pass or a cross as well as into the net: "curled in", "fired in", "whipped in".</summary>
    [GeneratedRegex(@"^(?:curl|curls|curled|curling|fire|fires|fired|firing|drill|drills|drilled|drilling|whip|whips|whipped|whipping|swung|swing|swings|swinging|float|floated|floating|clip|clipped|clipping|loop|looped|looping) in$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryVerb();

    /// <summary>The verb's object is the pass, not the goal: " a cross", " a wicked pass", " a low ball".</summary>
    [GeneratedRegex(@"^\s+(?:an?|the|his|her|another)\s+(?:[\w-]+\s+){0,2}?(?:cross|crosses|pass|ball|delivery|centre|center|cut-back|cutback)\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveredObject();

    [GeneratedRegex(@"^\s+(?:each|apiece)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachAfter();

    [GeneratedRegex(@"^goals$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralGoal();

    [GeneratedRegex(@"\b(?:from|off|after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryBefore();

    [GeneratedRegex(@"^(?:free[- ]kicks?|corners?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetPiece();

    /// <summary>"headed in ", "nodded home ", "rose to meet ", "rose to head in ": a scoring verb right before the owner of the ball it met.</summary>
    [GeneratedRegex(@"\b(?:head(?:ed|s|ing)?|nod(?:s|ded|ding)?|volley(?:ed|s|ing)?|turned|glanced|poked|met|meet|convert(?:ed|s|ing)?|flicked|steered|bundled|tapped|stabbed|prodded|diverted)\s+(?:(?:in|home)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBeforeDelivery();

    [GeneratedRegex(@"\bhad\s+(?-i:\p{Lu})[\w'’-]+(?:\s+(?-i:\p{Lu})[\w'’-]+)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InvertedCondition();

    /// <summary>"goals from ", "goals in the second half from ", "a goal either side of half-time from ".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:came|come|arrived|was|were)\s+)?(?:(?:in the (?:first|second) (?:half|period)|in each half|either side of (?:half-time|halftime|the break|the interval)|after the (?:break|interval|restart))\s+)?(?:from|by|for)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfterNoun();

    /// <summary>"a late goal by substitute Haller", "converted into goal by forward Mashike", "a 20th-minute goal by in-form Keel": a role
    /// word, or a hyphenated modifier ("in-form", "on-loan", "19-year-old") with or without one, before the name of a goal's scorer (an
    /// attempt's noun, "a header by substitute Moses", is as often a knock-down, so only goal nouns take it).</summary>
    [GeneratedRegex(@"^\s*(?:(?:came|come|arrived|was|were)\s+)?(?:from|by)\s+(?:(?-i:(?:[a-z0-9]+-)+[a-z]+)\s+(?:(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|full-back|centre-back|teenager|youngster|veteran)\s+)?|(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|full-back|centre-back|teenager|youngster|veteran)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByRoleAfterGoalNoun();

    [GeneratedRegex(@"^(?:goals?|opener|opening goal|equali[sz]er|leveller|leveler|winner|winning goal|consolation)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalNounProper();

    // "his first league goal" is a tally; "two first half goals" (the half written unhyphenated) tells when, like "first-half goals".
    [GeneratedRegex(@"(?:\b[0-9]+(?:st|nd|rd|th)?|\b(?:record|tally|total|career|first(?!\s+half\s)|league|season|campaign|international|senior|club)\s(?:[\w-]+\s)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    /// <summary>Nouns that name a goal of this match, not an attempt: a sentence may tell one without its scorer.</summary>
    [GeneratedRegex(@"^(?:opener|opening goal|equaliser|equalizer|leveller|leveler|winner|winning goal|consolation)$", RegexOptions.IgnoreCase)]
    private static partial Regex MatchGoalNoun();

    /// <summary>What lies between a verb and the goal noun that is its object: "steer home the", "scored a late".</summary>
    [GeneratedRegex(@"^\s*(?:(?:home|in|into|past|it)\s+)?(?:the|a|an|his|her|their|another)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbObject();

    /// <summary>"Smith set up Jones for the second", "she turned provider when she set up Chawinga": the player set up scored, when the
    /// words after the name tell the goal it was set up for or the sentence calls the subject the provider (a chance set up is not a goal).</summary>
    private static void SetUpScorers(ExtractionContext context, TextSpan sentence, string sentenceText, List<PersonMention> people, HashSet<int> used, List<GoalEvent> events)
    {
        if (!sentenceText.Contains(" up ", StringComparison.OrdinalIgnoreCase)) return;
        foreach (Match setUp in SetUp().Matches(sentenceText))
        {
            int nameAt = sentence.Start + setUp.Index + setUp.Length;
            var p = people.FirstOrDefault(p => p.Start == nameAt);
            if (p.Span.Length == 0 || p.Possessive || used.Contains(p.Start) || ScorerFinder.IsNonPlayer(context, p)) continue;
            int nameEnd = p.End - sentence.Start;
            if (!ForTheGoalAfter().IsMatch(sentenceText.AsSpan(nameEnd)) && !ProviderWords().IsMatch(sentenceText)) continue;
            // "set up Jones, whose shot was saved", "set up Jones, but her shot was saved": the chance was not taken.
            int clauseStart = GoalClauses.ClauseStart(sentenceText, setUp.Index);
            int clauseEnd = GoalClauses.ClauseEnd(sentenceText, nameEnd);
            var rest = sentenceText[nameEnd..];
            if (NotScoredTests.MissWords().IsMatch(sentenceText.AsSpan(clauseStart, clauseEnd - clauseStart).ToString()) || NotScoredTests.ShotNotScored().IsMatch(rest)
                || NotScoredTests.NegationBefore().IsMatch(sentenceText.AsSpan(Math.Max(0, setUp.Index - 45), Math.Min(45, setUp.Index)).ToString())) continue;
            used.Add(p.Start);
            events.Add(new GoalEvent(p, setUp, clauseStart));
        }
    }

    [GeneratedRegex(@"\b(?:set|sets|setting|teed|tees|teeing) up (?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex SetUp();

    [GeneratedRegex(@"^\s+(?:for|to (?:grab|get|score|net|add|make|tap in|head in|fire in|slot in|sweep in|nod in|bundle in|finish)) (?:the|a|an|his|her|their|another) (?:[\w-]+ )?(?:second|third|fourth|fifth|sixth|seventh|eighth|opener|opening goal|equali[sz]er|leveller|winner|winning goal|goal|clincher|consolation|brace|hat-trick)\b(?![- ](?:half|yellow|period|leg|time|chance|attempt|shot|effort))", RegexOptions.IgnoreCase)]
    private static partial Regex ForTheGoalAfter();

    [GeneratedRegex(@"\b(?:turn(?:ed|s|ing)? provider|provided the assist|assist(?:ed)? for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderWords();

    /// <summary>"His first goal ", "Her second ": a goal owned by the pronoun that opens the sentence, with at most two words between.</summary>
    [GeneratedRegex(@"^\W*(?:(?:and|but|then|now|however)\W+)*(?-i:His|Her)\s+(?:[\w-]+\s+){0,2}$")]
    private static partial Regex OwnedByOpeningPronoun();

    /// <summary>"thanks to goals from Pellegrini and Lukaku ... and a late Leandro Paredes penalty", "with goals from Kendall and a late Russo
    /// penalty": a name standing between an article and a shot's noun owns the shot as "Paredes's penalty" would. Such a shot is as often
    /// a chance ("tipped over a Sarri effort", "a header from a Culloty free-kick", "a wayward Zamora strike"), so it is read as a goal
    /// only as the last item of a list of the match's goals, and never after a word that makes it the delivery or a chance kept out
    /// ("from a ... free-kick", "saved a ... penalty"). The sentence's tests of a saved or missed shot still apply.</summary>
    private static bool WearsShotNoun(string text, PersonMention p, int at, int sentenceStart, string sentenceText, Match trigger)
    {
        if (p.Possessive || !WornShotNoun().IsMatch(trigger.Value) || !text.AsSpan(p.End, at - p.End).IsWhiteSpace()) return false;
        int beforeStart = Math.Max(sentenceStart, p.Start - 40);
        var before = text.AsSpan(beforeStart, p.Start - beforeStart);
        if (ArticleBeforeWornShot().Match(before.ToString()) is not { Success: true } article) return false;
        var lead = before[..article.Index];
        if (DeliveryLink().IsMatch(lead)) return false;
        // "took the lead thanks to a stunning Al Dawsari strike", "levelled through an Eze volley": a cause word before the article tells
        // the shot as the way a goal came, as it tells "through Eze's volley".
        return CauseBefore().IsMatch(lead) || GoalsFromListBefore().IsMatch(sentenceText.AsSpan(0, beforeStart + article.Index - sentenceStart));
    }

    /// <summary>"thanks to ", "through ", "courtesy of ", "via ": a cause word right before the article of a shot a name wears.</summary>
    [GeneratedRegex(@"\b(?:thanks\s+to|through|courtesy\s+of|via)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CauseBefore();

    /// <summary>The shot nouns a name before them may own ("strike", "header", "penalty"); not a loose "effort" or "drive", mostly a chance.</summary>
    [GeneratedRegex(@"^(?:strike|header|finish|volley|penalty|spot[- ]kick|free[- ]kick)$", RegexOptions.IgnoreCase)]
    private static partial Regex WornShotNoun();

    /// <summary>"thanks to goals from Pellegrini and Lukaku before Dybala's free-kick and ", "with goals from Kendall and ": a list of
    /// the match's goals whose last item the shot a name wears may be.</summary>
    [GeneratedRegex(@"\bgoals\s+(?:[\w-]+\s+){0,3}?(?:from|by)\s+(?-i:\p{Lu})(?:(?!\b(?:but|while|when|although|though|whereas)\b)[^;:])*(?:\band|,)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalsFromListBefore();

    /// <summary>"a ", "an early ", "a 63rd-minute ", "a stunning long-range ": the article (and up to two modifiers) before a name a shot's noun follows.</summary>
    [GeneratedRegex(@"\b(?:a|an)\s+(?:(?-i:[a-z0-9])[\w-]*\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBeforeWornShot();

    /// <summary>"from ", "off ", "knocked down ", "tip over ", "saved ": what makes the shot after it a delivery or a chance kept out.</summary>
    [GeneratedRegex(@"\b(?:from|off|after|following|of|onto|on to|down|over|away|saved|save|stopped|blocked|denied|parried|palmed|pushed|tipped|tip|push|keep|kept|met|meet)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryLink();

    /// <summary>"headed in a ", "volleyed home an inswinging ": a scoring verb before the article of a set piece a name wears.</summary>
    [GeneratedRegex(@"\b(?:head(?:ed|s|ing)?|nod(?:s|ded|ding)?|volley(?:ed|s|ing)?|turned|glanced|poked|met|meet|convert(?:ed|s|ing)?|flicked|steered|bundled|tapped|stabbed|prodded|diverted)\s+(?:(?:in|home)\s+)?(?:a|an)\s+(?:(?-i:[a-z0-9])[\w-]*\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBeforeWornDelivery();

    /// <summary>"was pulled down by Vlaar", "found Williams in the box", "allowed Haaland to gallop clear": the shot went on to someone else.</summary>
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:[\w-]+\s+){0,2}?(?:by|for)\b|^\s*(?:[\w-]+\s+){0,3}?(?:found|picked out|allowed|set up|teed up|fell to|fell for|fell kindly for|dropped to|reached)\s+(?-i:\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex ActedOnAfter();
}
