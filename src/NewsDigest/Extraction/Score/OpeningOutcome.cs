using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Score;

/// <summary>Who won, as a report's opening tells it in words ("Chelsea beat Fulham", "Newcastle fought back to beat Southampton",
/// "rescued a point"): the side a scoreline without a team beside it belongs to, and a check on scores counted from goals.</summary>
public static partial class OpeningOutcome
{
    /// <summary>How many opening sentences may tell the result.</summary>
    private const int OpeningSentences = 2;

    /// <summary>The winner of the match as the opening tells it; a verdict without a winner for a draw; null when the opening does not say.</summary>
    public static Verdict? Read(ExtractionContext context, TeamPair pair)
    {
        int n = 0;
        foreach (var sentenceSpan in context.Sentences)
        {
            if (n++ >= OpeningSentences) break;
            if (context.IsQuoted(sentenceSpan.Start)) continue;
            var mentions = context.Teams.Within(sentenceSpan).ToList();
            if (mentions.Count == 0) continue;
            string sentence = sentenceSpan.Substring(context.Text);
            var drawn = Drawn().Match(sentence);
            if (drawn.Success && IsThisResult(sentence, drawn.Index)
                && !ScoreExtractor.AboutAnotherTeam(context, pair, sentenceSpan, drawn.Index, drawn.Index + drawn.Length)) return new Verdict(null, context.EvidenceFor(sentenceSpan));
            var (outcome, cueAt, _) = ResultCue.ReadAll(sentence).FirstOrDefault(c => IsStrong(sentence, c.At) && IsThisResult(sentence, c.At) && !IsRun(sentence, c.At, c.Length));
            if (outcome == Outcome.Unknown) continue;
            string subject = ScoreExtractor.Subject(context, pair, sentenceSpan, sentence, mentions, sentenceSpan.Start + cueAt);
            string winner = outcome == Outcome.Won ? subject : subject == pair.First ? pair.Second : pair.First;
            return new Verdict(winner, context.EvidenceFor(sentenceSpan));
        }
        return null;
    }

    /// <summary>A cue word that tells the whole match's result; "winning" only as "a match-winning brace".</summary>
    private static bool IsStrong(string sentence, int at) =>
        StrongCue().IsMatch(sentence.AsSpan(at))
        || (at >= 6 && sentence.AsSpan(at - 6).StartsWith("match-winning", StringComparison.OrdinalIgnoreCase));

    /// <summary>A cue denied, hoped for or from another match ("denied a first win", "on course for a win", "last week's defeat") is not this result.</summary>
    private static bool IsThisResult(string sentence, int cueAt)
    {
        var before = sentence.AsSpan(Math.Max(0, cueAt - 45), Math.Min(45, cueAt));
        return !NotThisResult().IsMatch(before) && !ScoreExtractor.NearPastMatch(sentence, cueAt);
    }

    /// <summary>"ended a run of five straight away defeats": results counted in a run are other matches.</summary>
    private static bool IsRun(string sentence, int cueAt, int length) =>
        RunNoun().IsMatch(sentence.AsSpan(cueAt, length)) && RunCount().IsMatch(sentence.AsSpan(Math.Max(0, cueAt - 60), Math.Min(60, cueAt)));

    [GeneratedRegex(@"^(?:defeats|losses|wins|victories)$", RegexOptions.IgnoreCase)]
    private static partial Regex RunNoun();

    [GeneratedRegex(@"\b(?:straight|successive|consecutive|back-to-back|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|run of|string of|series of)\b[^.;,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RunCount();

    [GeneratedRegex(@"\b(?:den(?:y|ied|ying)|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|fail(?:s|ed|ing)?\s+to|without|waiting\s+for|on\s+course\s+for|set\s+for|head(?:ed|ing)?\s+for|looked\s+like|look\s+like|would|could|might|had|hopes?\s+of|chances?\s+of|bid\s+for|search\s+for|quest\s+for|run\s+of|since|unbeaten|winless|refus(?:e|ed|es|ing)\s+to|not|never|avoid(?:s|ed|ing)?)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotThisResult();

    /// <summary>Cue words that tell a whole match's result; "claimed", "secured" or "down" alone may be about anything.</summary>
    [GeneratedRegex(@"^(?:(?:claim(?:ed|s)?|took|take|secured?|earned|bagged)\s+(?:them\s+|him\s+|it\s+)?(?:all\s+)?(?:the\s+)?three\s+points|beat|beats|beating|defeat(?:s|ed)?|win|wins|won|winner|victory|victories|loss|losses|lost|lose|loses|fell to|crashed to|slumped to|went down|were beaten|was beaten|been beaten|were defeated|were thrashed|were hammered|were held|thrash|thrashed|hammer|hammered|rout|routed|sink|sank|edged|edge past|edged past|eased past|swept aside|saw off|overcame|triumph(?:ed)?|stunned|downed|dispatched|battered|humbled|crushed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();

    /// <summary>"rescued a point", "held to a draw", "shared the spoils": nobody won.</summary>
    [GeneratedRegex(@"\b(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}draw\b(?!\s+(?:for|was|is))|(?:rescued|salvaged|secured|earned|snatched|grabbed|claimed|took|take|settle for|settled for|had to settle for)\s+a\s+(?:\w+\s+)?point|(?:held|holds?)\s+(?:\w+\s+)?to\s+a\s+(?:\w+\s+)?draw|(?:a|an)\s+(?:\w+\s+){0,2}draw\s+(?:against|with|at)|share(?:d)?\s+the\s+spoils|snatch(?:ed)?\s+a\s+draw|fought\s+back\s+to\s+draw|drew\s+(?:level\s+)?(?:with|against|at)\b|battled\s+to\s+a\s+draw)", RegexOptions.IgnoreCase)]
    private static partial Regex Drawn();
}

/// <summary>The opening's word on the result: the winning team, or nobody for a draw.</summary>
public sealed record Verdict(string? Winner, Evidence? Evidence)
{
    public bool IsDraw => Winner is null;
}
