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
    /// <summary>The side reader (`models/side-names.ndm`).</summary>
    SideNames = 17,
    /// <summary>The goal-side reader (`models/goal-sides.ndm`); 18, leaving 17 to a model written beside it in session 19.</summary>
    GoalSides = 18,
}
