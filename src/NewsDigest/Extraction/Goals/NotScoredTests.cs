using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Goals;

/// <summary>Tells a goal trigger that does not tell a scored goal of this match: negated, saved or missed, ruled out, or told of another match or time.</summary>
internal static partial class NotScoredTests
{
    /// <summary>"in the 89th minute of Spain's 2-1 semifinal victory over Sweden": a goal told in a match whose scoreline is not this
    /// match's is another match's goal.</summary>
    public static bool OtherMatchScoreline(ExtractionContext context, ReadOnlySpan<char> clause)
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

    /// <summary>"took the lead through Tel's deflected shot": a verb before the noun, in its clause, joined to it by a linking word.</summary>
    public static bool LinkedFromVerb(string sentenceText, List<Match> triggers, Match noun)
    {
        int clause = GoalClauses.ClauseStart(sentenceText, noun.Index);
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
    public static bool DidNotStand(string sentenceText, Match trigger)
    {
        var (start, end) = GoalClauses.ClauseWindowBounds(sentenceText, trigger);
        // "Minutes after Brandt's header was ruled out for offside, Marlow fired home": a goal undone in a sentence-opening "after" clause
        // is an earlier goal, not the one the trigger tells.
        start = GoalClauses.AfterFrontedClause(sentenceText, start, trigger.Index);
        return Disallowed().IsMatch(sentenceText.AsSpan(start, Math.Max(0, end - start)))
            || AnotherYear().IsMatch(sentenceText.AsSpan(trigger.Index + trigger.Length, Math.Min(30, sentenceText.Length - trigger.Index - trigger.Length)));
    }

    /// <summary>"converted a penalty, but Howard produced a sensational save": a "but" clause right after the goal verb that tells the attempt
    /// stopped or missed, with no goal word of its own, undoes it.</summary>
    public static bool SavedAfter(string sentenceText, List<Match> triggers, Match trigger)
    {
        int end = GoalClauses.ClauseEnd(sentenceText, trigger.Index + trigger.Length);
        if (end >= sentenceText.Length || GoalClauses.ButBreak().Match(sentenceText, end, Math.Min(12, sentenceText.Length - end)) is not { Success: true } but) return false;
        int butEnd = GoalClauses.ClauseEnd(sentenceText, but.Index + but.Length);
        if (triggers.Any(t => t.Index >= but.Index && t.Index < butEnd)) return false;
        return StoppedWords().IsMatch(sentenceText.AsSpan(but.Index, butEnd - but.Index));
    }

    [GeneratedRegex(@"\b(?:saved?|saves|smothered|parried|palmed|tipped|blocked|cleared|hacked|denied|kept (?:it )?out|wide|over the (?:bar|crossbar)|against the (?:post|bar|crossbar|woodwork)|offside|ruled out|disallowed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoppedWords();

    /// <summary>"scored from his own half in December 2009": a goal told with another year is from another match.</summary>
    [GeneratedRegex(@"^\s+(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)[0-9]{2}\b")]
    private static partial Regex AnotherYear();

    /// <summary>"fresh from downing United last weekend": a goal told in a clause about another time is not this match's.</summary>
    public static bool InAnotherMatch(string sentenceText, Match trigger)
    {
        int clause = GoalClauses.ClauseStart(sentenceText, trigger.Index);
        int end = GoalClauses.ClauseEnd(sentenceText, trigger.Index + trigger.Length);
        var told = sentenceText.AsSpan(clause, end - clause);
        return ElsewhereWords().IsMatch(told) || SeasonTally().IsMatch(told);
    }

    public static bool Negated(string sentence, Match trigger)
    {
        int from = Math.Max(0, trigger.Index - 45);
        if (NegationBefore().IsMatch(sentence.AsSpan(from, trigger.Index - from).ToString())) return true;
        int end = trigger.Index + trigger.Length;
        return NegationAfter().IsMatch(sentence.AsSpan(end, Math.Min(60, sentence.Length - end)).ToString());
    }

    [GeneratedRegex(@"\b(?:would have|could have|should have|might have|must have|almost|nearly|thought (?:he|she|they) had|appeared to have|looked to have|looked set to|was denied|were denied|denied|deny|denies|denying|failed to|fail to|unable to|(?<!\b(?:took|take|takes|taking|taken) (?:the|his|her|their) )chance to|opportunit(?:y|ies) to|attempt to|aiming (?:for|at)|aimed (?:for|at)|(?<!\b(?:not|n't|never|failed to|unable to|no) )(?:stopping|stopped|stop|prevented|preventing|prevent)|tried to|trying to|bid to|hoping to|hopes of|looking to|threatened to|threatening to|went close to|came close to|(?:\w+\s+)?close\s+to|pressed for|pressing for|pushed for|pushing for|searching for|search for|in search of|looking for|hunt for|hunting for|chasing|chased|sought|seeking|needed(?! only)|needing(?! only))\s+(?:\w+\s+){0,3}$|\b(?:no(?!\s+(?:mistake|doubt|error)\b)|not|never|without)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex NegationBefore();

    [GeneratedRegex(@"^[^.]{0,40}?\b(?:was|were|had been|but was|only to be)\s+(?:\w+\s+)?(?:ruled out|disallowed|chalked off|flagged offside|overturned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegationAfter();

    // "landed on top of the net" is a miss; "into the top of the net", "sent the ball to the top of the net" are goals.
    [GeneratedRegex(@"\b(?:missed|misses|(?<!\b(?:a|an|the) (?:[\w-]+ )?)miss|to stop|saved|saves|blazed|blazes|skied|skies|fluffed|over the bar|over the crossbar|wide of|went wide|hit the (?:post|bar|crossbar|woodwork)|struck the (?:post|bar|crossbar|woodwork)|against the (?:post|upright|bar|crossbar|woodwork)(?! and (?:in|into)\b)|past the (?:post|upright|goal|target)(?![-\w])|(?<!\bin )off the (?:post|bar|crossbar|woodwork)|denied|denies|denying|kept out|tipped|parried|blocked|stopped by|only to be stopped|cleared off the line|closest|gloves|into the arms|into the hands|straight at|side[- ]netting|(?:onto|on to|on) the roof of the net|(?:on )?(?<!\b(?:into|in|to) the )top of the net|offside)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex MissWords();

    /// <summary>Whether a clause tells a miss or a save: a <see cref="MissWords"/> word that no negation stands before ("a shot that
    /// could not be blocked", "a finish the keeper had no chance to stop" tell a goal).</summary>
    public static bool TellsMiss(string clause)
    {
        foreach (Match m in MissWords().Matches(clause))
            if (!NegatedMiss().IsMatch(clause.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)))) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:not|n't|never|no chance to|no way to|nothing to)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedMiss();

    /// <summary>A sentence telling a goal that did not stand: "denied by the offside flag", "thought they had pulled one back", "an overturned opener".</summary>
    [GeneratedRegex(@"\b(?:offside flag|flag (?:was|had|went)(?: already)? (?:up|raised)|flag had gone up|disallowed|chalked off|overturned|(?:thought|think) (?:he|she|they) had|for offside|ruled out(?! (?:until|of the|with|through|injured|for (?:the|a) (?:season|month|week|game|match|rest|spell|while))))", RegexOptions.IgnoreCase)]
    private static partial Regex Disallowed();

    /// <summary>A kick of a shoot-out, which is no goal of the match: its clause says so ("by converting the decisive penalty"), or it is a
    /// penalty told in a sentence about the shoot-out ("during the shootout, allowing Kelly to smash home the winning spot-kick").</summary>
    public static bool InShootout(string sentenceText, Match trigger)
    {
        var clause = GoalClauses.ClauseWindow(sentenceText, trigger);
        return ShootoutKick().IsMatch(clause) || (ShootoutWord().IsMatch(sentenceText) && (GoalListReader.PenaltyWords().IsMatch(clause) || OwnKick().IsMatch(clause)))
            || AfterShootoutFrame(sentenceText, trigger, clause);
    }

    /// <summary>"In the shoot-out the keeper saved twice, while Cole, Ade and Whitlock all scored": once a sentence has turned to the
    /// shoot-out, a goal told after it with no minute of its own is a kick ("the shoot-out was avoided when Hart scored in the 119th
    /// minute" keeps its minute and stays a goal).</summary>
    private static bool AfterShootoutFrame(string sentenceText, Match trigger, ReadOnlySpan<char> clause) =>
        ShootoutWord().Match(sentenceText) is { Success: true } frame && frame.Index < trigger.Index && !ClockWords().IsMatch(clause)
        && !EarlierInPlay().IsMatch(sentenceText.AsSpan(frame.Index, trigger.Index - frame.Index));

    /// <summary>"a shoot-out win after Mudryk's late equaliser": the words between the shoot-out and the goal take the story back into play.</summary>
    [GeneratedRegex(@"\b(?:after|before|following|until|when|earlier|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierInPlay();

    [GeneratedRegex(@"\b(?:[0-9]{1,3}(?:st|nd|rd|th)?\b(?:[- ]?minutes?\b|['’])|minutes?\b|(?:first|second|final|opening|closing) (?:half|period|minute)|(?:stoppage|added|injury|extra)[- ]time\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockWords();

    /// <summary>"In the shootout, ... Villanueva then buried his kick into the upper right corner": a taker's own kick or attempt, in a
    /// sentence about the shoot-out, is one of its kicks.</summary>
    [GeneratedRegex(@"\b(?:his|her|their|the|its) (?:[\w-]+ )?(?:kick|attempt|try)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnKick();

    [GeneratedRegex(@"\bshoot-?outs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShootoutWord();

    /// <summary>"by converting the decisive penalty", "scored in the shoot-out", "to give Westbrook a 4-3 edge in penalty kicks": a kick of a
    /// shoot-out, which is no goal of the match.</summary>
    [GeneratedRegex(@"\b(?:shoot-?outs?|sudden[- ]death|(?:decisive|deciding) (?:penalty|spot[- ]?kick|kick)|[0-9]{1,2}-[0-9]{1,2} (?:edge|lead|win|victory|advantage) (?:in|on) (?:penalty kicks|penalties|PKs))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ShootoutKick();

    [GeneratedRegex(@"\b(?:through|courtesy of|thanks to|via|with)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Linking();

    /// <summary>Nouns for any attempt on goal, scored or not (unlike "opener", "equaliser", "goal").</summary>
    [GeneratedRegex(@"^(?:strike|header|effort|finish|volley|penalty|spot[- ]kick|free[- ]kick|lob|chip|drive|curler|thunderbolt|screamer|piledriver)s?$", RegexOptions.IgnoreCase)]
    internal static partial Regex ShotNoun();

    /// <summary>A sentence that tells an attempt saved, missed, ruled out or only nearly scored.</summary>
    // "landed on top of the net" is a miss; "into the top of the net", "sent the ball to the top of the net" are goals.
    [GeneratedRegex(@"\b(?:missed|misses|saved|saves|save|blazed|skied|fluffed|(?:over|(?<!\bin )off|against|onto|on to|hit|struck|rattled|clipped) the (?:bar|crossbar|post|upright|woodwork)|(?:went|flew|fired|shot|headed|dragged|curled|drifted|skidded|skid|bent|sliced|scooped|whistled|drilled|steered|volleyed|glanced|looped|bounced|skewed|screwed|spun) (?:\w+ )?(?:wide|over)|wide of|inches wide|just wide|narrowly wide|(?:floating|floated|drifting|flew|flying|sailed|sailing|trickled|trickling) (?:\w+ )?(?:wide|over|high)|(?:outside|foot) of the (?:post|upright)|(?:post|bar|crossbar) and (?:run|ran|went|bounced) (?:to safety|clear|wide|out|away)|(?:claim|claimed|field|fielded|gather|gathered)|high over|over the top|across the face of (?:the )?goal|side[- ]netting|(?:onto|on to|on) the roof of the net|(?:on )?(?<!\b(?:into|in|to) the )top of the net|beaten away|palmed|parried|spilled|spilt|fumbled|pushed (?:away|wide|over|round|behind)|clawed|plucked|smothered|held(?! (?:off|up)\b)|caught|dealt with|tipped|turned (?:it )?(?:over|round|away)|blocked|block|kept out|keeping out|kept (?:[\w'’-]+ ){1,4}?out|got (?:his|her|a) (?:[\w-]+ )?(?:knee|hand|hands|glove|gloves|fingertips|fingers|boot|foot|leg|body) to|(?:flew|went|drifted|sailed|fizzed|whistled|dipped) (?:[\w-]+ ){1,4}?(?:wide|over|high)|to stop|stopped|(?<!\bno )stopping|(?:looped|floated|swung|whipped|lofted|drifted|sent|delivered) into the (?:area|box|penalty area|six-yard box|danger zone|mixer|goalmouth)|(?<!\b(?:sent|raced|broke|ran|burst|went|got|through|slipped|played|put|was|is) )clear(?:ed|ing|s)?|off the line|denied|deny|denying|thwarted|straight at|(?:got|get|getting|gets) down to|ruled out|disallowed|chalked off|offside|should have|could have|would have|might have|almost|nearly|went close|came close|close to|thought (?:he|she|they) had)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ShotNotScored();

    [GeneratedRegex(@"\b(?:(?:(?:a|an|the|that|this)|[\w-]+['’]s?(?: [a-z][\w-]*)?) (?:19|20)[0-9]{2} (?:match|game|final|meeting|clash|fixture|tie|win|defeat|draw)|elsewhere|earlier in the (?:season|day|week)|earlier this (?:season|month|year)|(?:has|have|had) (?:now )?(?:scored|netted)\b[^.]{0,40}\b(?:this season|this term|so far|all season|career)|last season|last term|last week|last month|last year|(?:a|one|two|three|four|five|six|[0-9]+) (?:days?|weeks?|fortnight|months?|years?|seasons?) ago|in the reverse fixture|reverse fixture|previous meeting|first meeting|last meeting|last time (?:the|these) (?:two|sides)|in midweek|at the weekend|last weekend)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ElsewhereWords();

    /// <summary>"The forward scored 12 league goals this season", "she netted 29 goals in 38 games in all competitions": a count of goals
    /// told with a season or a run of games is a player's tally, none of this match's goals.</summary>
    [GeneratedRegex(@"\b(?:scored|netted|bagged|notched) (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|[a-z]+-[a-z]+) (?:[\w-]+ ){0,2}?goals\b[^.]{0,40}?\b(?:this season|this term|this campaign|so far|all season|in all competitions|career|in (?:[0-9]+|[a-z]+) (?:games|matches|appearances|outings|starts))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonTally();
}
