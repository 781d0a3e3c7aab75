using System.Text.RegularExpressions;

namespace NewsDigest.Merging.Grouping;

/// <summary>
/// Whether a folded headline speaks of a match rather than of two clubs in passing: a fixture word ("v", "clash", "showdown", "test"),
/// a result word ("draw", "defeat", "beat"), a match-day word ("preview", "team news", "ratings", "live stream") or a scoreline.
/// </summary>
/// <remarks>
/// A match no report describes is believed only when one of its previews or reactions has such a headline naming both teams: in the
/// archive, two clubs named together are as often a transfer ("Liverpool and Man United want to sign ..."), a title race or a
/// manager's aside as a match. "Win" is left out on purpose ("who will win the title?").
/// </remarks>
public static partial class MatchWording
{
    /// <summary>A headline folded for looking up names and words, with spaces at both ends; apostrophes become spaces, so "Liverpool's" still names Liverpool.</summary>
    public static string FoldHeadline(string? title) => $" {FoldedText.Of((title ?? "").Replace('\'', ' ').Replace('’', ' '))} ";

    /// <summary>True when the headline, as written, speaks of a match (folded as <see cref="FoldHeadline"/> folds it).</summary>
    public static bool InHeadline(string? title) => In(FoldHeadline(title).Trim());

    /// <summary>True when the folded headline (see <see cref="FoldedText"/>) holds a match word or a scoreline ("everton 1 newcastle 4", "1 1").</summary>
    public static bool In(string foldedHeadline) => Words().IsMatch($" {foldedHeadline} ") || Scoreline().IsMatch($" {foldedHeadline} ");

    [GeneratedRegex(@" (v|vs|versus|clash|clashes|showdown|draw|drew|defeat|defeats|beat|beats|beaten|victory|test|tie|match|game|fixture|derby|final|semi final|quarter final|leg|preview|prediction|predictions|predicted|lineup|lineups|line up|line ups|team news|ratings|live stream|kick off|how to watch) ", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    /// <summary>Two single- or double-digit numbers at most three words apart: "1 1", "everton 1 newcastle 4".</summary>
    [GeneratedRegex(@" \d{1,2} (?:[a-z]+ ){0,3}\d{1,2} ", RegexOptions.CultureInvariant)]
    private static partial Regex Scoreline();
}
