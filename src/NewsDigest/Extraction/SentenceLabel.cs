using NewsDigest.Text;

namespace NewsDigest.Extraction;

/// <summary>What a sentence of a report is about, as the sentence classifier sees it.</summary>
public enum SentenceLabel : byte
{
    Other,
    Goal,
    PenaltyScored,
    PenaltyMissed,
    RedCard,
    Chance,
    Quote,
    Result,
}

/// <summary>Labels report sentences. Implementations are thread-safe.</summary>
public interface ISentenceClassifier
{
    (SentenceLabel Label, double Confidence) Classify(string text, TextSpan sentence);
}
