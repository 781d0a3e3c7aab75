using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A person who may have said a quote, and where the text names them relative to it.</summary>
/// <param name="Name">The name as written (full name or surname), or the resolved name for a pronoun.</param>
/// <param name="Mention">The span of the mention ("Deschamps", "he", "the France coach").</param>
/// <param name="Role">A role the text attaches to the person ("France coach"), if any.</param>
public sealed record SpeakerCandidate(string Name, TextSpan Mention, string? Role)
{
    /// <summary>True for a pronoun ("he said") that points back to an earlier named person.</summary>
    public bool IsPronoun { get; init; }
}

/// <summary>Scores candidate speakers of a quote; the highest score wins. Implementations are thread-safe.</summary>
public interface ISpeakerRanker
{
    double Score(string text, TextSpan quote, SpeakerCandidate candidate, IReadOnlyList<SpeakerCandidate> allCandidates);
}
