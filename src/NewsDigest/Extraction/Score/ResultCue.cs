using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Score;

/// <summary>How a sentence frames a result for the team it is about: won, lost, or not said.</summary>
public enum Outcome
{
    Unknown,
    Won,
    Lost,
}

/// <summary>Reads the outcome words around a scoreline ("a 1-2 defeat", "won 3-0", "were beaten 2-0", "handed them a 3-0 defeat", and the
/// American "dropped a 2-0 decision to", a loss).</summary>
public static partial class ResultCue
{
    /// <summary>The outcome, for the sentence's subject, of the cue word nearest to the scoreline at <paramref name="scoreAt"/>.</summary>
    public static Outcome Read(string sentence, int scoreAt) => ReadWithPosition(sentence, scoreAt).Outcome;

    /// <summary>The outcome and where its cue word stands in the sentence (-1 when there is none).</summary>
    public static (Outcome Outcome, int At) ReadWithPosition(string sentence, int scoreAt)
    {
        Outcome best = Outcome.Unknown;
        int bestAt = -1;
        int bestDistance = int.MaxValue;
        foreach (Match m in Cue().Matches(sentence))
        {
            if (WonInPlay(sentence, m)) continue;
            int distance = Math.Abs(m.Index - scoreAt);
            if (distance >= bestDistance) continue;
            bestDistance = distance;
            bestAt = m.Index;
            best = Classify(sentence, m);
        }
        return (best, bestAt);
    }

    /// <summary>Every cue word of the sentence in text order, with the outcome it gives its subject.</summary>
    public static IEnumerable<(Outcome Outcome, int At, int Length)> ReadAll(string sentence)
    {
        foreach (Match m in Cue().Matches(sentence))
            if (!WonInPlay(sentence, m)) yield return (Classify(sentence, m), m.Index, m.Length);
    }

    /// <summary>"won a free-kick", "won the ball back", "won a header", "won six corners", "to win a penalty": a win of something in play, not of
    /// the match ("won a penalty shoot-out" is still the match's).</summary>
    private static bool WonInPlay(string sentence, Match m) =>
        (m.Value.StartsWith("win", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("won", StringComparison.OrdinalIgnoreCase)) && InPlayObject().IsMatch(sentence, m.Index + m.Length);

    [GeneratedRegex(@"\G\s+(?:(?:a|an|the|his|her|their|its|another|two|three|four|five|six|seven|eight|several|many|most|more)\s+)?(?:(?:second|first|late|loose|aerial|soft|cheap|dubious|first-half|second-half|early|decisive)\s+)?(?:free[- ]?kicks?|corners?|penalt(?:y|ies)|spot[- ]kicks?|throw-ins?|toss|coin toss|balls?|headers?|aerials?|duels?|tackles?|possession|fouls?)\b(?!\s*shoot)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InPlayObject();

    private static Outcome Classify(string sentence, Match m)
    {
        bool lost = m.Groups["loss"].Success || m.Groups["passive"].Success;
        // "to score and ultimately defeat a hardwearing Japan team": "defeat" after "to" or "and" is the verb, a win for the subject.
        if (lost && m.Value.Equals("defeat", StringComparison.OrdinalIgnoreCase) && DefeatAsVerb().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index)))) return Outcome.Won;
        // "Vancouver Rise FC defeats Ottawa": "defeats" right after a name is the present-tense verb of a headline, a win for the name.
        if (lost && m.Value.Equals("defeats", StringComparison.OrdinalIgnoreCase) && NameBefore().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index)))) return Outcome.Won;
        // "Y handed X a 3-0 defeat": the defeat is the object's, so the subject won.
        if (lost && Inflicted().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index)))) lost = false;
        // "suffered their biggest home defeat of the manager's reign": a defeat the subject suffered, whatever follows it.
        else if (!lost && m.Value.StartsWith("defeat", StringComparison.OrdinalIgnoreCase) && Suffered().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))) lost = true;
        return lost ? Outcome.Lost : Outcome.Won;
    }

    [GeneratedRegex(@"\b(?:(?<passive>(?:were|was|been|being|are|is|get|got|saw them|see them|sees them|left them)\s+(?:\w+\s+)?(?:beaten|defeated|thrashed|hammered|humbled|stunned|edged out|held|routed|crushed|dumped out|knocked out|eliminated|dispatched|swept aside|brushed aside|put to the sword))|(?<win2>defeats? of|win over|victory over|beat|beats)|(?<loss>defeats?|loss|losses|lost|lose|loses|losing|fell to|fall to|crashed to|crash to|slumped to|slump to|succumbed|went down|go down|going down|goes down|reverse|humiliation|hiding|beaten by|defeated by|thrashed by|knocked out by|exit|exited|were eliminated|drop(?:ped|s)?\s+(?:a|an)\s+(?:[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\s+)?(?:\w+\s+)?decision)|(?<win>(?:claim(?:ed|s)?|took|take|secured?|earned|bagged)\s+(?:them\s+|him\s+|it\s+)?(?:all\s+)?(?:the\s+)?three\s+points|beating|won|winners?|hammer|thrash|rout|crush|sink|sank|sunk|down|downs|edges|edge past|edged past|win|wins|winning|victory|victories|triumph|triumphed|triumphs|thrashed|thrashing|hammered|hammering|routed|rout|demolished|swept aside|sweep aside|swept past|edged|edge|overcame|overcome|defeated|defeat(?:ed)? of|crushed|stunned|saw off|see off|success|eased past|eased to|cruised|coasted|dispatched|downed|outclassed|overpowered|battered|clinched|claimed|secured|sealed|knocked out|dumped out|eliminated|progress(?:ed)?|advance[ds]?|reached|booked))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:to|and|could|would|will|did|must)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefeatAsVerb();

    [GeneratedRegex(@"(?:^|\s)[\p{Lu}][\p{L}.'’\-]*\s+$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"\bsuffer(?:ed|s|ing)?\s+(?:\w+\s+){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffered();

    [GeneratedRegex(@"\b(?:hand(?:ed|s)?|inflict(?:ed|s)?|condemn(?:ed|s)?|consign(?:ed|s)?|sen[dt]s? \w+ (?:crashing |tumbling )?to|push(?:ed|es)? (?:\w+ ){1,3}to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inflicted();
}
