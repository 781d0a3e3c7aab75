using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// What both report featurisers read from an article's title, opening, body, narration and tail (word and cue counts,
/// signal counts, shape measures, narration counts), recorded by <see cref="ReportFeatures.Featurize(Ingest.Article, FeatureBuffer, bool, ReportReadings?)"/>
/// during its own pass so that <see cref="ReportDenseFeatures"/> turns them into numbers without reading the spans again.
/// One instance is reused article after article by one thread; spans it did not read (no title, a short page) stay zero.
/// </summary>
public sealed class ReportReadings
{
    /// <summary>Cue-word counts of the title, by <see cref="ReportCues.Kind"/>.</summary>
    public int[] TitleCues { get; } = new int[ReportCues.KindCount];

    /// <summary>Cue-word counts of the opening paragraph, by <see cref="ReportCues.Kind"/>.</summary>
    public int[] OpeningCues { get; } = new int[ReportCues.KindCount];

    /// <summary>Cue-word counts of the body's first <see cref="ReportFeatures.BodyChars"/> characters, by <see cref="ReportCues.Kind"/>.</summary>
    public int[] BodyCues { get; } = new int[ReportCues.KindCount];

    public bool HasTitle { get; internal set; }
    public int TitleWords { get; internal set; }
    public SignalCounts TitleSignals { get; internal set; }
    public int TitleScorelines { get; internal set; }
    public int TitleClauses { get; internal set; }
    public bool TitleOpensOnCount { get; internal set; }

    public int OpeningWords { get; internal set; }
    public SignalCounts OpeningSignals { get; internal set; }
    public int OpeningScorelines { get; internal set; }
    public bool OpeningStatesResult { get; internal set; }

    public int BodyWords { get; internal set; }
    public SignalCounts BodySignals { get; internal set; }
    public int BodyScorelines { get; internal set; }
    public int BodyQuotePercent { get; internal set; }

    /// <summary>Which lead sentence of the narration text states a result between two sides (<see cref="ReportNarration.LeadResultSentence"/>), or 0.</summary>
    public int LeadResult { get; internal set; }
    public int MinuteMarks { get; internal set; }

    /// <summary>Word, scoring, past-tense and future counts of the first <see cref="ReportFeatures.NarrationChars"/> characters.</summary>
    public WordRates Narration { get; internal set; }

    /// <summary>True when the text runs past <see cref="ReportFeatures.BodyChars"/> characters, so its tail was read.</summary>
    public bool LongPage { get; internal set; }
    public SignalCounts TailSignals { get; internal set; }

    /// <summary>The text's length after the title line is cut.</summary>
    public int TextLength { get; internal set; }

    /// <summary>Forgets the previous article.</summary>
    public void Clear()
    {
        Array.Clear(TitleCues);
        Array.Clear(OpeningCues);
        Array.Clear(BodyCues);
        HasTitle = false;
        TitleWords = TitleScorelines = TitleClauses = 0;
        TitleOpensOnCount = false;
        TitleSignals = OpeningSignals = BodySignals = TailSignals = default;
        OpeningWords = OpeningScorelines = 0;
        OpeningStatesResult = false;
        BodyWords = BodyScorelines = BodyQuotePercent = 0;
        LeadResult = MinuteMarks = 0;
        Narration = default;
        LongPage = false;
        TextLength = 0;
    }
}
