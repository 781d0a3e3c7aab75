using NewsDigest.Ingest;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// The report classifier's evidence as plain numbers, for the boosted trees beside its linear models: counts of cue words by
/// kind (<see cref="ReportCues"/>) and of scorelines, minute marks, quote marks and numbers in the title, the opening, the body
/// and the tail, the shape measures (<see cref="ReportShape"/>), the narration measures (<see cref="ReportNarration"/>) as
/// rates per thousand words, and lengths. The linear models read the same evidence as bucketed hashed features, one at a
/// time; trees can combine them ("a scoreline in the title and past-tense narration and few quotes", "a short page with a
/// result but a preview's future words"). Read from the <see cref="ReportReadings"/> that <see cref="ReportFeatures"/> records in its own pass over the spans.
/// </summary>
public static class ReportDenseFeatures
{
    /// <summary>The name a model file with trees records beside <see cref="ReportFeatures.Name"/>; change it whenever a number changes.</summary>
    public const string Name = "report-dense/1";

    // The hashed features of the pass that fills the readings are thrown away; their table size does not matter.
    private const int ScratchHashBits = 12;

    [ThreadStatic] private static FeatureBuffer? _scratch;
    [ThreadStatic] private static ReportReadings? _readings;

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
        // The readings come from the linear features' own pass, so training rows and the detector's rows are read by one code path.
        var scratch = _scratch ??= new FeatureBuffer(ScratchHashBits, 1024);
        var readings = _readings ??= new ReportReadings();
        scratch.Clear();
        ReportFeatures.Featurize(article, scratch, includeTitle, readings);
        Fill(readings, row);
    }

    /// <summary>Writes the numbers of the article whose <see cref="ReportFeatures.Featurize(Article, FeatureBuffer, bool, ReportReadings?)"/> pass filled <paramref name="readings"/> into <paramref name="row"/> (at least <see cref="Count"/> long).</summary>
    public static void Fill(ReportReadings readings, Span<float> row)
    {
        int i = 0;

        // Title.
        row[i++] = readings.HasTitle ? 1 : 0;
        row[i++] = readings.TitleWords;
        foreach (int c in readings.TitleCues) row[i++] = c;
        i = Signals(readings.TitleSignals, row, i);
        row[i++] = readings.TitleScorelines;
        row[i++] = readings.TitleClauses;
        row[i++] = readings.TitleOpensOnCount ? 1 : 0;

        // Opening.
        row[i++] = readings.OpeningWords;
        foreach (int c in readings.OpeningCues) row[i++] = c;
        i = Signals(readings.OpeningSignals, row, i);
        row[i++] = readings.OpeningScorelines;
        row[i++] = readings.OpeningStatesResult ? 1 : 0;

        // Body: counts, and the same cues per thousand words, so a short page and a long one compare.
        int bodyWords = readings.BodyWords;
        row[i++] = bodyWords;
        foreach (int c in readings.BodyCues) row[i++] = c;
        foreach (int c in readings.BodyCues) row[i++] = PerThousand(c, bodyWords);
        i = Signals(readings.BodySignals, row, i);
        row[i++] = readings.BodyScorelines;
        row[i++] = readings.BodyQuotePercent;

        // Narration over the first NarrationChars characters.
        var rates = readings.Narration;
        row[i++] = readings.LeadResult;
        row[i++] = PerThousand(readings.MinuteMarks, rates.Words);
        row[i++] = PerThousand(rates.Scoring, rates.Words);
        row[i++] = PerThousand(rates.PastTense, rates.Words);
        row[i++] = PerThousand(rates.Future, rates.Words);

        // The end of a long page: reports close on line-ups, referees and attendances.
        row[i++] = readings.LongPage ? 1 : 0;
        i = Signals(readings.TailSignals, row, i);

        row[i++] = readings.TextLength;
        if (i != Count) throw new InvalidOperationException($"filled {i} report numbers, the names list {Count}");
    }

    private static int Signals(SignalCounts counts, Span<float> row, int i)
    {
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
