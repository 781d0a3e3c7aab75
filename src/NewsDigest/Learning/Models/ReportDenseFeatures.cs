using NewsDigest.Ingest;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// The report classifier's evidence as plain numbers, for the boosted trees beside its linear models: counts of cue words by
/// kind (<see cref="ReportCues"/>) and of scorelines, minute marks, quote marks and numbers in the title, the opening, the body
/// and the tail, the shape measures (<see cref="ReportShape"/>), the narration measures (<see cref="ReportNarration"/>) as
/// rates per thousand words, and lengths. The linear models read the same evidence as bucketed hashed features, one at a
/// time; trees can combine them ("a scoreline in the title and past-tense narration and few quotes", "a short page with a
/// result but a preview's future words"). Read over the same spans as <see cref="ReportFeatures"/>.
/// </summary>
public static class ReportDenseFeatures
{
    /// <summary>The name a model file with trees records beside <see cref="ReportFeatures.Name"/>; change it whenever a number changes.</summary>
    public const string Name = "report-dense/1";

    private static readonly uint WordSeed = FeatureHasher.Namespace(7);

    private static readonly string[] Cues = Enum.GetNames<ReportCues.Kind>();

    /// <summary>What each number is, in row order (for the model card's list of the features the trees split on most).</summary>
    public static readonly IReadOnlyList<string> Names = BuildNames();

    /// <summary>How many numbers a row holds.</summary>
    public static int Count => Names.Count;

    /// <summary>A fresh row for one article.</summary>
    public static float[] Row(Article article, bool includeTitle = true)
    {
        var row = new float[Count];
        Fill(article, row, includeTitle);
        return row;
    }

    /// <summary>Writes the article's numbers into <paramref name="row"/> (at least <see cref="Count"/> long); without the title its numbers read as a page with none.</summary>
    public static void Fill(Article article, Span<float> row, bool includeTitle = true)
    {
        row[..Count].Clear();
        ReportFeatures.Split(article, out var title, out var text);
        if (!includeTitle) title = [];
        var body = text[..Math.Min(text.Length, ReportFeatures.BodyChars)];
        var opening = ReportFeatures.Opening(body);
        int i = 0;
        Span<int> cues = stackalloc int[ReportCues.KindCount];

        // Title.
        int titleWords = CountCues(title, cues);
        row[i++] = title.IsEmpty ? 0 : 1;
        row[i++] = titleWords;
        foreach (int c in cues) row[i++] = c;
        i = Signals(title, row, i);
        row[i++] = ReportShape.DistinctScorelines(title);
        row[i++] = title.IsEmpty ? 0 : ReportShape.TitleClauses(title);
        row[i++] = ReportShape.OpensOnCount(title) ? 1 : 0;

        // Opening.
        int openingWords = CountCues(opening, cues);
        row[i++] = openingWords;
        foreach (int c in cues) row[i++] = c;
        i = Signals(opening, row, i);
        row[i++] = ReportShape.DistinctScorelines(opening);
        row[i++] = ReportNarration.StatesResultBetweenSides(opening) ? 1 : 0;

        // Body: counts, and the same cues per thousand words, so a short page and a long one compare.
        int bodyWords = CountCues(body, cues);
        row[i++] = bodyWords;
        foreach (int c in cues) row[i++] = c;
        foreach (int c in cues) row[i++] = PerThousand(c, bodyWords);
        i = Signals(body, row, i);
        row[i++] = ReportShape.DistinctScorelines(body);
        row[i++] = ReportShape.QuotePercent(body);

        // Narration over the first NarrationChars characters.
        var narration = text[..Math.Min(text.Length, ReportFeatures.NarrationChars)];
        var rates = ReportNarration.CountWords(narration);
        row[i++] = ReportNarration.LeadResultSentence(narration);
        row[i++] = PerThousand(ReportNarration.MinuteMarks(narration), rates.Words);
        row[i++] = PerThousand(rates.Scoring, rates.Words);
        row[i++] = PerThousand(rates.PastTense, rates.Words);
        row[i++] = PerThousand(rates.Future, rates.Words);

        // The end of a long page: reports close on line-ups, referees and attendances.
        bool longPage = text.Length > ReportFeatures.BodyChars;
        var tail = longPage ? text[Math.Max(ReportFeatures.BodyChars, text.Length - ReportFeatures.TailChars)..] : [];
        row[i++] = longPage ? 1 : 0;
        i = Signals(tail, row, i);

        row[i++] = text.Length;
        if (i != Count) throw new InvalidOperationException($"filled {i} report numbers, the names list {Count}");
    }

    /// <summary>Counts the words of each cue kind into <paramref name="cues"/> and returns the number of words.</summary>
    private static int CountCues(ReadOnlySpan<char> text, Span<int> cues)
    {
        cues.Clear();
        int words = 0;
        foreach (var word in new WordEnumerator(text))
        {
            words++;
            int kind = ReportCues.KindOf(FeatureHasher.Add(WordSeed, word));
            if (kind >= 0) cues[kind]++;
        }
        return words;
    }

    private static int Signals(ReadOnlySpan<char> text, Span<float> row, int i)
    {
        var counts = SignalCounter.Count(text);
        row[i++] = counts.Scorelines;
        row[i++] = counts.Minutes;
        row[i++] = counts.QuoteMarks;
        row[i++] = counts.Numbers;
        return i;
    }

    private static float PerThousand(int count, int words) => words == 0 ? 0 : count * 1000f / words;

    private static string[] BuildNames()
    {
        string[] signals = ["scorelines", "minute marks", "quote marks", "numbers"];
        var names = new List<string> { "has title", "title words" };
        names.AddRange(Cues.Select(c => $"title {c} words"));
        names.AddRange(signals.Select(s => $"title {s}"));
        names.AddRange(["title distinct scorelines", "title clauses", "title opens on a count", "opening words"]);
        names.AddRange(Cues.Select(c => $"opening {c} words"));
        names.AddRange(signals.Select(s => $"opening {s}"));
        names.AddRange(["opening distinct scorelines", "opening states a result between sides", "body words"]);
        names.AddRange(Cues.Select(c => $"body {c} words"));
        names.AddRange(Cues.Select(c => $"body {c} words per 1000"));
        names.AddRange(signals.Select(s => $"body {s}"));
        names.AddRange(["body distinct scorelines", "body quote percent", "lead result sentence", "minute marks per 1000 words",
            "scoring words per 1000", "past-tense words per 1000", "future words per 1000", "long page"]);
        names.AddRange(signals.Select(s => $"tail {s}"));
        names.Add("text length");
        return names.ToArray();
    }
}
