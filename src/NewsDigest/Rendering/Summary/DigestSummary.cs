using NewsDigest.Extraction;

namespace NewsDigest.Rendering.Summary;

/// <summary>A fused fact a summary sentence rests on: its id in the digest, how it reads, the sources behind its value and their evidence.</summary>
public sealed record FactTrace(string FactId, string Description, IReadOnlyList<string> Sources, IReadOnlyList<Evidence> Evidence);

/// <summary>One sentence of the summary and the facts it states.</summary>
public sealed record SummarySentence(string Text, IReadOnlyList<FactTrace> Facts);

/// <summary>The digest's summary paragraph, sentence by sentence, each traceable to fused facts.</summary>
public sealed record DigestSummary(IReadOnlyList<SummarySentence> Sentences)
{
    public string Text => string.Join(" ", Sentences.Select(s => s.Text));
}
