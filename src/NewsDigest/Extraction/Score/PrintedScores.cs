using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Score;

/// <summary>Scorelines printed in digits anywhere in a report ("3-1", "1 - 3"), whatever they are about: what the fallbacks that give a
/// score the report never states (<see cref="CountedScoreExtractor"/>, <see cref="LastRunningScore"/>) check their answer against.</summary>
public static partial class PrintedScores
{
    /// <summary>The report's headline and text, where a printed score may stand.</summary>
    public static string HeadlineAndText(ExtractionContext context) =>
        context.Article.Title is { } title ? title + "\n" + context.Text : context.Text;

    /// <summary>Every scoreline printed in <paramref name="text"/>, with where it ends.</summary>
    public static IEnumerable<(int X, int Y, int End)> In(string text)
    {
        foreach (Match m in Digits().Matches(text))
            yield return (int.Parse(m.Groups["x"].ValueSpan), int.Parse(m.Groups["y"].ValueSpan), m.Index + m.Length);
    }

    /// <summary>Whether a printed <paramref name="x"/>-<paramref name="y"/> gives a side more goals than <paramref name="score"/> does,
    /// either way round: then the game went on past that score.</summary>
    public static bool Exceeds(int x, int y, Scoreline score) =>
        Math.Max(x, y) > Math.Max(score.First, score.Second) || Math.Min(x, y) > Math.Min(score.First, score.Second);

    [GeneratedRegex(@"(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})(?![0-9\-–])")]
    private static partial Regex Digits();
}
