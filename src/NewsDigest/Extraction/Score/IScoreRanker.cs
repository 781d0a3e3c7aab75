using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Score;

/// <summary>Scores each scoreline a report writes as the chance that it is this match's final score. Implementations are thread-safe.</summary>
public interface IScoreRanker
{
    /// <summary>The probability for each of <paramref name="candidates"/>, in order; <paramref name="rules"/> is the rules' own choice (null when
    /// they read none), which the ranker sees as a feature.</summary>
    double[] Score(ExtractionContext context, TeamPair pair, IReadOnlyList<ScoreCandidate> candidates, Scoreline? rules);
}
