using NewsDigest.Evaluation.Extraction;
using NewsDigest.Learning.Models;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>The quotes of the project's readable written batches (the <c>quotes</c> field of data/written/batchN.jsonl) as ranker
/// examples, batch by batch: many outlets' ways of attributing speech that the archive and the two corpora never show.</summary>
public static class WrittenQuoteExamples
{
    /// <summary>Each batch's quotes a person said whose speaker the candidate finder names near the quote; a body's words (no speaker) and
    /// a quote whose speaker is named nowhere near it teach the ranker nothing and are left out.</summary>
    public static Dictionary<string, List<QuoteExample>> ByBatch(IEnumerable<GoldCase> written)
    {
        var batches = new Dictionary<string, List<QuoteExample>>(StringComparer.Ordinal);
        foreach (var c in written)
        {
            if (!batches.TryGetValue(c.Corpus, out var list)) batches[c.Corpus] = list = [];
            if (c.Quotes is not { Count: > 0 } quotes) continue;
            var spans = QuoteSpans.Find(c.Text);
            foreach (var q in quotes)
            {
                if (q.Speaker is not { Length: > 0 } speaker) continue;
                var quote = QuoteSpans.WithMarks(c.Text, new TextSpan(q.Start, q.End - q.Start));
                if (SpeakerModelRecipe.Labelled(c.Text, quote, spans, speaker) is { } example) list.Add(example);
            }
        }
        return batches;
    }
}
