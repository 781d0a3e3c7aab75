using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>A scoreline written in the headline or the text ("2-1", "2–1", "2 - 1", "2:1", "(2-1)"): its numbers as written, where it
/// stands, and the sentence that holds it (-1 for the headline, whose span is into the title).</summary>
public sealed record ScoreCandidate(Scoreline Written, TextSpan Span, int Sentence)
{
    public bool InTitle => Sentence < 0;

    /// <summary>The same two numbers, whichever order: how the ranker's choice is compared with the gold and with the rules' choice.</summary>
    public bool SameNumbers(Scoreline other) =>
        (Written.First == other.First && Written.Second == other.Second) || (Written.First == other.Second && Written.Second == other.First);
}

/// <summary>Every scoreline the headline and the text write in figures, for the score ranker. Words ("a goalless draw", "the only goal")
/// stay with the rules: the ranker only chooses among written numbers.</summary>
public static partial class ScoreCandidates
{
    /// <summary>The headline's scorelines first, then the text's in order.</summary>
    public static List<ScoreCandidate> Find(ExtractionContext context)
    {
        var found = new List<ScoreCandidate>();
        if (context.Article.Title is { Length: > 0 } title)
            foreach (var (score, span) in In(title)) found.Add(new ScoreCandidate(score, span, -1));
        var sentences = context.Sentences;
        for (int s = 0; s < sentences.Count; s++)
            foreach (var (score, span) in In(context.Text, sentences[s]))
                found.Add(new ScoreCandidate(score, span, s));
        return found;
    }

    /// <summary>The scorelines of a whole string (a headline).</summary>
    public static IEnumerable<(Scoreline Score, TextSpan Span)> In(string text) => In(text, new TextSpan(0, text.Length));

    /// <summary>The scorelines inside <paramref name="within"/> of <paramref name="text"/>; spans are into <paramref name="text"/>.</summary>
    public static IEnumerable<(Scoreline Score, TextSpan Span)> In(string text, TextSpan within)
    {
        foreach (Match m in Figures().Matches(text.Substring(within.Start, within.Length)))
        {
            int x = int.Parse(m.Groups["x"].ValueSpan), y = int.Parse(m.Groups["y"].ValueSpan);
            // "kick-off at 7:45", "3:30pm": a colon writes a time unless both sides are a plausible score with a single-figure second.
            if (m.Groups["sep"].Value == ":" && (x > 15 || m.Groups["y"].Length > 1)) continue;
            yield return (new Scoreline(x, y), new TextSpan(within.Start + m.Index, m.Length));
        }
    }

    [GeneratedRegex(@"(?<![0-9\-–—.,:/£$€#])(?<x>[0-9]{1,2}) ?(?<sep>[-–—:]) ?(?<y>[0-9]{1,2})(?![0-9]|[.,:][0-9]| ?(?:yards?|yds|min|mins|minutes?|metres?|m\b|km|points|pts|pm|am|p\.m|a\.m|GMT|BST|ET|CET)\b|%)", RegexOptions.IgnoreCase)]
    private static partial Regex Figures();
}
