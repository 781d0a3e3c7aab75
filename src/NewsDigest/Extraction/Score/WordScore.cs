using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>A score told in words rather than figures, as period papers and translated reports tell it: "won by three goals to one",
/// "were beaten by 2 goals to 1", "leading by one goal to nothing", "by a goal to nil", "by the odd goal in five", and a translation's "tied by
/// 1 to 1". The numbers come back
/// in the order written; the score reader aligns them with the pair as it aligns "3-1".</summary>
public static partial class WordScore
{
    /// <summary>The scores told in words in <paramref name="sentence"/>, with where each stands in it.</summary>
    public static IEnumerable<(Scoreline Written, int Index, int Length)> In(string sentence)
    {
        for (var m = GoalsToGoals().Match(sentence); m.Success; m = m.NextMatch())
        {
            if (m.Groups["odd"].Success)
            {
                // "the odd goal in five": one more than half for the winner, one fewer for the loser.
                if (NumberWords.Cardinal(m.Groups["odd"].ValueSpan) is not { } total || total % 2 == 0 || total > 15) continue;
                yield return (new Scoreline(total / 2 + 1, total / 2), m.Index, m.Length);
                continue;
            }
            if (NumberWords.Cardinal(m.Groups["x"].ValueSpan) is not { } x || Goals(m.Groups["y"].Value) is not { } y || x > 15 || y > 15) continue;
            yield return (new Scoreline(x, y), m.Index, m.Length);
        }
        // "drew one-all against Lesotho Defence Force", "a two-all draw": a level score told as a number of goals each.
        for (var m = EachAll().Match(sentence); m.Success; m = m.NextMatch())
            if (Goals(m.Groups["n"].Value) is { } n and <= 15) yield return (new Scoreline(n, n), m.Index, m.Length);
    }

    private static int? Goals(string written) => written.ToLowerInvariant() switch
    {
        "nil" or "nothing" or "none" or "love" => 0,
        _ => NumberWords.Cardinal(written),
    };

    /// <summary>"one-all", "nil all" after a verb that ends or draws a match ("drew one-all", "finished two-all", "locked at nil all"), or
    /// before "draw" ("a one-all draw"); alone the words are too loose ("two all-WSL ties").</summary>
    [GeneratedRegex(@"(?<=\b(?:drew|drawn|draw|tied|finished|ended|finishing|ending|finish|end|stood|remained|level|locked|at|was)\s+(?:at\s+)?)(?<n>one|two|three|four|five|nil)[- ]all\b|\b(?<n>one|two|three|four|five|nil)[- ]all(?=\s+(?:draw|tie|stalemate|scoreline)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EachAll();

    [GeneratedRegex(@"\b(?<x>" + NumberWords.CardinalPattern + @")\s+goals?\s+to\s+(?<y>" + NumberWords.CardinalPattern + @"|nil|nothing|none|love)(?:\s+goals?)?\b(?!\s+(?:down|up|behind|ahead)\b)|\bby\s+(?<x>[0-9]{1,2})\s+to\s+(?<y>[0-9]{1,2})\b(?!\s*(?:[:.][0-9]|pm|am|p\.m|a\.m|o['’]clock|minutes|points))|\bthe\s+odd\s+goal\s+in\s+(?<odd>three|five|seven|nine|eleven|[0-9]{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalsToGoals();
}
