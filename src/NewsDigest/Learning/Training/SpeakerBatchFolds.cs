using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Leave-one-batch-out over the readable written batches: each batch's quotes are read by `extract` with a ranker that trained on every
/// other batch (and the usual data) but not on it, against the shipped ranker and a ranker of the usual data alone on the same quotes.
/// </summary>
/// <remarks>A batch is one engineer's outlets and styles, so holding out a whole batch asks what a ranker does on an outlet it never saw,
/// which is what the sealed batches ask; holding out single quotes would let a batch's house style leak into its own score.</remarks>
public static class SpeakerBatchFolds
{
    /// <summary>The figures as a table (one row per batch, then all batches), and the out-of-fold quote errors written to <paramref name="errors"/>.</summary>
    public static string Measure(SpeakerRankerTrainer trainer, IReadOnlyList<QuoteExample> usual, IReadOnlyList<QuoteExample> calibration,
        IReadOnlyDictionary<string, List<QuoteExample>> writtenByBatch, IReadOnlyList<GoldCase> writtenCases, int writtenWeight,
        ExtractionModels shipped, TextWriter errors)
    {
        var ci = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine("batch       quotes  shipped  usual-data  out-of-fold");
        var usualRanker = trainer.Fit(usual, calibration);
        int total = 0, shippedRight = 0, usualRight = 0, foldRight = 0;
        foreach (var batch in writtenByBatch.Keys.OrderBy(b => int.Parse(b[WrittenGoldReader.CorpusPrefix.Length..], ci)))
        {
            var cases = writtenCases.Where(c => c.Corpus == batch && c.Quotes is { Count: > 0 }).ToList();
            if (cases.Count == 0) continue;
            var others = writtenByBatch.Where(w => w.Key != batch).SelectMany(w => w.Value).SelectMany(e => Enumerable.Repeat(e, writtenWeight));
            var fold = trainer.Fit(usual.Concat(others).ToList(), calibration);
            var (gold, s) = SpeakerRight(shipped, cases, TextWriter.Null);
            var (_, u) = usualRanker.IsSuccess ? SpeakerRight(shipped with { Speakers = usualRanker.Value }, cases, TextWriter.Null) : (0, 0);
            var (_, f) = fold.IsSuccess ? SpeakerRight(shipped with { Speakers = fold.Value }, cases, errors) : (0, 0);
            total += gold; shippedRight += s; usualRight += u; foldRight += f;
            table.AppendLine(string.Create(ci, $"{batch,-10} {gold,7}  {Ratio(s, gold),7}  {Ratio(u, gold),10}  {Ratio(f, gold),11}"));
        }
        table.AppendLine(string.Create(ci, $"{"all",-10} {total,7}  {Ratio(shippedRight, total),7}  {Ratio(usualRight, total),10}  {Ratio(foldRight, total),11}"));
        return table.ToString();
    }

    private static string Ratio(int right, int total) => ((double)right / Math.Max(1, total)).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Gold quotes and those `extract` (with these models) gives the right speaker; each quote error is written to <paramref name="errors"/>.</summary>
    private static (int Gold, int Right) SpeakerRight(ExtractionModels models, List<GoldCase> cases, TextWriter errors)
    {
        var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(models), DefaultPipeline.Extractors(models));
        var log = new StringWriter();
        var scores = evaluator.Score(cases, [], new Dictionary<(string, string), string>(), new HashSet<DataSplit.Part> { ExtractionEvaluator.WholeCorpus }, log);
        foreach (var line in log.ToString().Split('\n'))
            if (line.Contains("\tquote speaker\t", StringComparison.Ordinal)) errors.WriteLine(line);
        return (scores.Values.Sum(s => s.QuotesGold), scores.Values.Sum(s => s.QuoteSpeakerRight));
    }
}
