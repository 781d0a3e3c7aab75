namespace NewsDigest.Learning.Persistence;

/// <summary>What a model file holds; a loader refuses a file of another kind.</summary>
public enum ModelKind : byte
{
    LinearClassifier = 1,
    SequenceTagger = 2,
    /// <summary>Gradient-boosted trees alone (`Learning/Trees`).</summary>
    BoostedTrees = 3,
    ReportClassifier = 10,
    SentenceClassifier = 11,
    NameTagger = 12,
    SpeakerRanker = 13,
    HtmlBlockClassifier = 14,
    ScoreRanker = 15,
    GoalCandidates = 16,
    SideNames = 17,
}
