using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Reports;
using NewsDigest.Text;

namespace NewsDigest.Extraction;

/// <summary>The trained models extraction may use; a null model means the rules for that job run alone.</summary>
public sealed record ExtractionModels
{
    public static readonly ExtractionModels None = new();

    public IReportDetector? ReportDetector { get; init; }
    public ISentenceClassifier? Sentences { get; init; }
    public INameTagger? Names { get; init; }
    public ISpeakerRanker? Speakers { get; init; }
    public Score.IScoreRanker? Scores { get; init; }
    /// <summary>The learned check on goal candidates (internal: it sees the goal readers' own candidate type).</summary>
    internal IGoalCandidateCheck? Goals { get; init; }
    /// <summary>The learned reader of the side each goal counted for, run after the rules credit goals and before the score is counted from them.</summary>
    public Goals.IGoalSideReader? GoalSides { get; init; }
}

/// <summary>Looks at every goal candidate the readers gathered, just before the mentions of each goal are merged, and removes those it is
/// confident name no scorer of this match. Implementations are thread-safe.</summary>
internal interface IGoalCandidateCheck
{
    void Check(ExtractionContext context, List<Goals.GoalCandidate> candidates);
}
