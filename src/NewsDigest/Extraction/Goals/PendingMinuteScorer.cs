using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Gives a waiting team-goal minute to the one player a move sentence names who already has an untimed goal.</summary>
internal static partial class PendingMinuteScorer
{
    /// <summary>"Arsenal swept into the lead after 23 minutes ... Giroud arrived at the near post to convert.": a report's opening names
    /// the scorers without minutes and the run of play times a team's goal, then tells the move with the scorer in it but no goal
    /// word. A waiting minute goes to the one player named here whom the report already credits with a goal it never timed.</summary>
    public static void PendingToToldScorer(ExtractionContext context, List<GoalCandidate> candidates, List<PersonMention> people, HashSet<int> eventScorers,
        TextSpan sentence, NarrativeState state, (Minute Minute, int Sentence) waiting)
    {
        // The move must end in a finish ("slotted home", "beating Howard at his near post"), not a save or a miss.
        var said = sentence.Substring(context.Text);
        if (NotScoredTests.MissWords().IsMatch(said) || NotScoredTests.ShotNotScored().IsMatch(said) || KeptOut().IsMatch(said)) return;
        // "Australia were awarded a penalty in injury time. Catley stepped up and made no mistake.": after an award, the taker's finish
        // is told in the words of a kick taken.
        bool award = waiting.Sentence == state.PenaltyAwardSentence;
        if (!FinishWords().IsMatch(said) && !(award && PenaltyFinish().IsMatch(said)))
        {
            MoveFinisher(context, candidates, people, eventScorers, sentence, said, state, waiting);
            return;
        }
        string? key = null;
        int index = -1;
        foreach (var p in people)
        {
            if (eventScorers.Contains(p.Start) || ScorerFinder.IsNonPlayer(context, p) || ScorerClues.IsBystander(context.Text, p)) continue;
            // "Johnson's corner" is the delivery; "Torres' half-volley" the finish.
            if (p.Possessive && !NotScoredTests.ShotNoun().IsMatch(FirstWordAfter(context.Text, p))) continue;
            var k = PersonIndex.SurnameKey(context.People.FullNameOf(p));
            if (k == key) continue;
            int untimed = candidates.FindIndex(c => !c.FromList && c.Minute is null && PersonIndex.SurnameKey(c.Player) == k);
            if (untimed < 0 || candidates.Any(c => c.Minute is not null && PersonIndex.SurnameKey(c.Player) == k)) continue;
            // Two goalscorers named in the move: which one scored is not told.
            if (key is not null) return;
            (key, index) = (k, untimed);
        }
        if (index < 0)
        {
            if (key is null) MoveFinisher(context, candidates, people, eventScorers, sentence, said, state, waiting);
            return;
        }
        var timed = candidates[index] with { Minute = waiting.Minute, Count = 1, Again = false, Position = sentence.Start, Evidence = context.EvidenceFor(sentence) };
        candidates.Add(award ? timed with { Penalty = true, OwnGoal = false, Method = GoalMethod.Penalty } : timed);
        state.PendingMinute = null;
        (state.Previous, state.PreviousSentence) = (waiting.Minute, state.Sentence);
    }

    /// <summary>"Four minutes into the second half the visitors were ahead. El Amrani, the winger, cut in and beat Vos at his near
    /// post.", "81 mins: GOAL! Harbour 2-1 Riverside. Doyle holds it up and Kemp sweeps a finish into the bottom corner.": a team's goal
    /// told with its minute and no scorer, then the move, with no goal word, that ends in a finish. The finisher is the subject of the
    /// clause the finish ends: the last player before the finish word who opens a clause (the sentence's start, after "and", "but", a
    /// comma, "when" or "as", at most a role before the name: "the captain X", "full-back X"); a player named inside a phrase
    /// ("a long throw from X", "a X corner") or after the verb ("beat Vos") is no subject.</summary>
    private static void MoveFinisher(ExtractionContext context, List<GoalCandidate> candidates, List<PersonMention> people, HashSet<int> eventScorers,
        TextSpan sentence, string said, NarrativeState state, (Minute Minute, int Sentence) waiting)
    {
        // "The visitors took a while to find their rhythm but ... Rogers beating Vicario": a move told as coming later is another goal.
        if (state.Sentence - waiting.Sentence > 2 || LaterTime().IsMatch(said)) return;
        var finish = MoveFinishWords().Match(said);
        if (!finish.Success) return;
        if (FinisherBefore(context, people, eventScorers, sentence, finish.Index) is not { } s) return;
        var player = context.People.FullNameOf(s);
        // A player the report already credits with a goal is left to the rule above; a ball turned in "by" or "off" another was not his.
        var key = PersonIndex.SurnameKey(player);
        if (candidates.Any(c => c.Minute == waiting.Minute || PersonIndex.SurnameKey(c.Player) == key)
            || TurnedInByAnother().IsMatch(said[finish.Index..])) return;
        candidates.Add(new GoalCandidate(player, context.PlayerTeams.TeamOf(player), waiting.Minute, s.Start, context.EvidenceFor(sentence)));
        state.PendingMinute = null;
        (state.Previous, state.PreviousSentence) = (waiting.Minute, state.Sentence);
        state.LastScorer = s;
    }

    /// <summary>"It stayed 1-0 until the 77th minute, when Ortega, a sophomore who had scored twice all season, volleyed a clearance back
    /// past the keeper", "on 58 minutes Francis turned sharply and drove a low shot inside the far post": a sentence that tells a move
    /// with its minute and ends it with the ball past the goalkeeper, into the net or a corner, inside the post, with no goal word the
    /// triggers know, is a goal of the clause's subject at the sentence's first minute. The finish must be one only a goal ends on (not
    /// a bare "past" or "home"), and nothing in the sentence tells the shot saved, missed or ruled out.</summary>
    public static bool TimedMoveFinisher(ExtractionContext context, List<GoalCandidate> candidates, List<PersonMention> people, TextSpan sentence,
        string said, List<MinuteExpression> minutes, NarrativeState state)
    {
        var told = minutes.FirstOrDefault(m => m.Kind != MinuteKind.Within);
        if (told.End == 0) return false;
        var finish = TimedFinishWords().Match(said);
        if (!finish.Success || NotScoredTests.MissWords().IsMatch(said) || NotScoredTests.ShotNotScored().IsMatch(said) || KeptOut().IsMatch(said)
            || GoalListReader.OwnGoalWords().IsMatch(said) || TurnedInByAnother().IsMatch(said[finish.Index..])) return false;
        if (FinisherBefore(context, people, [], sentence, finish.Index, timed: true) is not { } s) return false;
        if (GoalMinuteLinker.StoppageFromClock(context, GoalMinuteLinker.ResolveInSentence(told, minutes, state, false), told) is not { } minute) return false;
        // A goal this minute already has, from a list or another sentence, is that one told again.
        if (candidates.Any(c => c.Minute == minute)) return false;
        var player = context.People.FullNameOf(s);
        bool penalty = GoalListReader.PenaltyWords().IsMatch(said) && !GoalDetails.NotAPenaltyGoal().IsMatch(said);
        candidates.Add(new GoalCandidate(player, context.PlayerTeams.TeamOf(player), minute, s.Start, context.EvidenceFor(sentence))
        {
            Penalty = penalty,
            Method = penalty ? GoalMethod.Penalty : GoalListReader.HeaderWords().IsMatch(said) ? GoalMethod.Header : GoalMethod.Unknown,
        });
        state.PendingMinute = null;
        (state.Previous, state.PreviousSentence) = (minute, state.Sentence);
        state.LastScorer = s;
        return true;
    }

    /// <summary>The finisher of a move: the last player before the finish word who opens a clause (see <see cref="MoveFinisher"/>).</summary>
    /// <remarks>With <paramref name="timed"/>, a name a "who" clause follows is that clause's subject wherever it stands ("the ball found
    /// Erison, who rounded the keeper and rolled it into an empty net"), and a name after a plain noun ("Gasparini, the man Merlo had
    /// fouled, beat two defenders") is the noun's aside, not a clause's subject.</remarks>
    private static PersonMention? FinisherBefore(ExtractionContext context, List<PersonMention> people, HashSet<int> eventScorers, TextSpan sentence, int finishIndex,
        bool timed = false)
    {
        var text = context.Text;
        PersonMention? subject = null;
        foreach (var p in people)
        {
            if (p.Start - sentence.Start >= finishIndex) break;
            if (p.Possessive || eventScorers.Contains(p.Start) || ScorerFinder.IsNonPlayer(context, p) || ScorerClues.IsBystander(text, p)) continue;
            var before = text.AsSpan(sentence.Start, p.Start - sentence.Start).ToString();
            var after = text.AsSpan(p.After(text), Math.Min(text.Length - p.After(text), 20)).ToString();
            if (timed && WhoAfter().IsMatch(after)) { subject = p; continue; }
            if (timed && NounBefore().IsMatch(before)) continue;
            // "In the 72nd minute Brandt cut inside ...": a sentence that opens on the minute has its subject straight after it.
            if (timed && MinuteOpening().IsMatch(before) && NameThenVerb().IsMatch(after)) { subject = p; continue; }
            // "went around the goalkeeper, Reidun Seth, and ...", "passes from Walters and Crouch ripped ...": a name set beside a noun
            // or joined to a name in a phrase is no clause's subject.
            if (!ClauseOpening().IsMatch(before) || BesideNoun().IsMatch(before) || JoinedInPhrase().IsMatch(before)) continue;
            // The name opens the clause only when a verb or an aside follows it ("Kemp sweeps", "Kemp, the winger,"), not a noun ("a Kemp corner").
            if (!NameThenVerb().IsMatch(after)) continue;
            subject = p;
        }
        return subject;
    }

    /// <summary>A finish only a goal ends on: past or beyond the goalkeeper or a named player, into the net or a named corner of it,
    /// inside the post, over or under the goalkeeper.</summary>
    [GeneratedRegex(@"\b(?:(?:past|beyond) (?:the )?(?:(?:advancing|onrushing|on-rushing|diving|stranded|helpless|despairing|outstretched) )?(?:[\w-]+ )?(?:goalkeeper|keeper)\b|(?<=\b(?:shot|shoots|shooting|shoot|fired|fires|firing|fire|drove|drives|driving|struck|slotted|slots|slotting|slot|slid|slides|sliding|poked|stroked|rolled|curled|bent|placed|swept|steered|lifted|chipped|clipped|drilled|lashed|smashed|rifled|volleyed|headed|nodded|glanced|flicked|tucked|blasted|hammered|finished|finishes|finishing|it|ball|drive|strike|effort|finish|header|volley|low|high|hard|coolly|calmly|first-time) )(?:past|beyond) (?-i:\p{Lu})|into (?:the|an) (?:(?:empty|open|unguarded) )?net\b|in an? (?:empty|open|unguarded) net\b|into the corner\b|(?:in|into) the (?:(?:far|near|bottom|top|left|right|opposite|other)[- ])+(?:hand )?corner\b|(?:in|into) the (?:roof|back|bottom|top) of the net\b|inside the (?:(?:far|near|left|right|left-hand|right-hand) )?post\b|(?:over|under) (?:the )?(?:(?:advancing|onrushing|on-rushing|diving|stranded|helpless|outstretched) )?(?:[\w-]+ )?(?:goalkeeper|keeper)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimedFinishWords();


    [GeneratedRegex(@"^\W*(?:(?:and|but|then)\s+)?(?:in|on|at|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:minute|minutes)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteOpening();

    [GeneratedRegex(@"^\s*,\s*who\s+(?!(?:had|has|was|is|were|are)\b)")]
    private static partial Regex WhoAfter();

    /// <summary>"the man ", "a player ": a plain noun (no role) the name stands beside.</summary>
    [GeneratedRegex(@"\b(?:the|a|an)\s+(?!(?:captain|skipper|striker|forward|winger|midfielder|defender|centre-back|center-back|full-back|fullback|wing-back|substitute|sub|replacement|teenager|veteran|youngster|debutant|playmaker|attacker)\b)[a-z-]+\s+$")]
    private static partial Regex NounBefore();

    /// <summary>The words between a clause's opening and a name that let the name be the clause's subject: none, an article and a role
    /// ("the captain", "full-back", "the Swedish substitute"), a side's name and a role ("Bologna defender").</summary>
    [GeneratedRegex(@"(?:^|(?:,|;|—|–|\band|\bbut|\bwhen|\bas|\bthen|\bbefore|\bwhere|\buntil|\bbefore)\s+)(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\w'’-]*|[a-z-]+)\s+){0,2}?(?:captain|skipper|striker|forward|winger|midfielder|defender|centre-back|center-back|full-back|fullback|wing-back|substitute|sub|replacement|teenager|veteran|youngster|striker|debutant|playmaker|attacker|No\.? ?[0-9]+)?\s*$")]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"^(?:,|\s+(?:then|again|finally|simply|calmly|coolly|just|somehow|himself|herself|[a-z]+(?:s|ed|ing)\b|(?:got|put|took|hit|drove|rose|beat|shot|won|made|found|let|ran|cut|broke|swept|slid|struck|stuck|spun|stole|leapt|sent|kept|held|dug|met|fell|went|came|saw|had)\b))")]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(@"\b(?:the|a|an|his|her|their)\s+[a-z-]+\s*,\s*$")]
    private static partial Regex BesideNoun();

    [GeneratedRegex(@"\b(?:from|by|of|with|between)\s+(?:\p{Lu}[\w'’-]*\s+){1,3}and\s+$")]
    private static partial Regex JoinedInPhrase();

    [GeneratedRegex(@"\b(?:took (?:a while|some time|time|until)|eventually|later|before long|after the (?:break|interval|restart|hour)|second half|in the end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterTime();

    [GeneratedRegex(@"\b(?:by|off|via) (?:the (?:\w+ )?)?(?-i:\p{Lu})")]
    private static partial Regex TurnedInByAnother();

    /// <summary>A move's end that puts the ball in: past or beyond a player, into a corner or the net, over the line, "beat X at his near post".</summary>
    [GeneratedRegex(@"\b(?:past|beyond|beneath|under|home|over the line|in off|(?:in|into) (?:the|an?) (?:[\w-]+ )?(?:net|goal|corner)|(?:in|into) the (?:roof|back|bottom|top) of the net|(?:beat|beats|beating) (?:the )?(?:(?:goalkeeper|keeper) )?(?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+)? (?:at|low|high|with|from|to|inside|via)\b|(?:a|the|his|her) (?:[\w-]+ )?finish|converted|converts|slotted|slots|tapped|taps|buried|buries|bundled|bundles|over (?:the )?(?:(?:advancing|onrushing|on-rushing|diving|stranded|helpless|outstretched) )?(?:[\w-]+ )?(?:goalkeeper|keeper)|(?:rounded|rounds|rounding) (?:the )?(?:[\w-]+ )?(?:goalkeeper|keeper)|made no mistake|makes no mistake|inside the (?:far|near|left|right|left-hand|right-hand) post|(?:crept|creeps|went|goes|flew|flies|nestled|nestles|squirmed|squirms|trickled|trickles|looped|loops|bobbled|bobbles|rolled|rolls) (?:in|into the net)(?! (?:front|behind|search)\b)|the wrong way)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoveFinishWords();

    [GeneratedRegex(@"\b(?:past|beyond|home|into (?:the|an?) (?:[\w-]+ )?(?:net|goal|corner)|in off|finish|finishes|finished|finishing|convert|converted|converting|clinical|volley|half-volley|header|slot|slotted|tap|tapped|bury|buried|found the net|found the (?:top|bottom|far|near) corner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FinishWords();

    /// <summary>A penalty kick told taken and scored: "made no mistake", "stepped up", "dispatched", "sent the keeper the wrong way", "from the spot".</summary>
    [GeneratedRegex(@"\b(?:(?:made|makes|making) no mistake|step(?:s|ped|ping)? up|(?:dispatch|despatch)(?:ed|es|ing)?|sen(?:t|ds|ding|d) (?:[\w'’-]+ ){1,3}the wrong way|from the (?:penalty )?spot|from (?:12|twelve) yards)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyFinish();

    [GeneratedRegex(@"\b(?:clawing|claws|(?:a)?round the (?:post|upright)|shortly before|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeptOut();

    private static string FirstWordAfter(string text, PersonMention p)
    {
        int start = p.After(text);
        while (start < text.Length && text[start] == ' ') start++;
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        return text[start..end];
    }
}
