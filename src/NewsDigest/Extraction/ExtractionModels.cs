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
    /// <summary>The learned side reader, which may fill or change the pair the team rules read.</summary>
    public ISideReader? Sides { get; init; }
}

/// <summary>Reads the two sides of the match from the report when the team rules read none (or a weak one): given the rules' pair (null when
/// they read none), the pair to keep. Implementations are thread-safe.</summary>
public interface ISideReader
{
    Teams.TeamPair? Read(ExtractionContext context, Teams.TeamPair? rules);

    /// <summary>The same reader that only fills a pair the rules miss and never corrects one they read.</summary>
    ISideReader FillingOnly() => this;
}

/// <summary>Looks at every goal candidate the readers gathered, just before the mentions of each goal are merged, and removes those it is
/// confident name no scorer of this match. Implementations are thread-safe.</summary>
internal interface IGoalCandidateCheck
{
    void Check(ExtractionContext context, List<Goals.GoalCandidate> candidates);
}
