using System.Text.RegularExpressions;
using NewsDigest.Extraction.Score;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Whether a report prints its final score anywhere: the scoreline in digits in either order ("3-1", "1 - 3"), or for a 0-0 a
/// goalless word. A report that never prints it can only be scored by counting its goals and scoring moments, so the share of reports
/// that print it tells how much of the score figure a scoreline reader can reach by reading alone.</summary>
public static partial class ScoreStatedCeiling
{
    public static bool IsPrinted(string text, int home, int away)
    {
        if (home == 0 && away == 0 && Goalless().IsMatch(text)) return true;
        return PrintedScores.In(text).Any(p => (p.X == home && p.Y == away) || (p.X == away && p.Y == home));
    }

    [GeneratedRegex(@"\b(?:goalless|scoreless|nil-nil|nil-all|0-0)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goalless();
}
