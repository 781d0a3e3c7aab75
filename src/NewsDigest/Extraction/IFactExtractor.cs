namespace NewsDigest.Extraction;

/// <summary>One fact family's extractor (teams, score, goals ...). Implementations are immutable and thread-safe.</summary>
public interface IFactExtractor
{
    /// <summary>Adds the facts of its family to the context.</summary>
    void Extract(ExtractionContext context);
}
