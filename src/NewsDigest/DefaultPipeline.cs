using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Merging;

namespace NewsDigest;

/// <summary>The standard pipeline the CLI uses: every extractor in dependency order, the report detector, the merger.</summary>
public static class DefaultPipeline
{
    public static Pipeline Create() => Create(ExtractionModels.None);

    public static Pipeline Create(ExtractionModels models)
    {
        var builder = new PipelineBuilder().UseReportDetector(models.ReportDetector ?? new RuleReportDetector());
        var extractors = Extractors(models);
        foreach (var extractor in extractors) builder.AddExtractor(extractor);
        return builder.UseMerger(new MatchMerger(new Merging.Grouping.MatchGrouper(), new Merging.Fusion.DigestFuser(), new Merging.Grouping.NonReportFactReader(extractors))).Build();
    }

    /// <summary>The fact extractors in the order they must run: teams first (the rest resolve names against them), ratings before goals (they tell players' teams), goals before missed penalties, the learned goal sides after every rule that credits a goal's team (the score counted from goals keeps the rules' teams: session 19 found the learned sides made it add as many wrong scores as right ones), and after them a score that gives one side none crediting every goal to the other, dates before the next fixture.</summary>
    public static IReadOnlyList<IFactExtractor> Extractors(ExtractionModels models) =>
    [
        new Extraction.Teams.TeamExtractor(models.Sides),
        new Extraction.Venue.VenueExtractor(),
        new Extraction.Score.ScoreExtractor(models.Scores),
        new Extraction.Competition.CompetitionExtractor(),
        new Extraction.Dates.MatchDateExtractor(),
        new Extraction.Ratings.RatingsExtractor(),
        new Extraction.Goals.GoalExtractor(models.Goals),
        new Extraction.Score.ScoreFromGoalsExtractor(),
        new Extraction.Goals.GoalTeamsFromScoreExtractor(),
        new Extraction.Goals.GoalSideModelExtractor(models.GoalSides),
        new Extraction.Goals.WinnerAndConsolationSides(),
        new Extraction.Goals.ShutOutSideGoals(),
        new Extraction.Score.CountedScoreExtractor(),
        new Extraction.Penalties.MissedPenaltyExtractor(),
        new Extraction.Cards.RedCardExtractor(),
        new Extraction.Ratings.PlayerOfTheMatchExtractor(),
        new Extraction.Quotes.QuoteExtractor(models.Speakers),
        new Extraction.Fixtures.NextFixtureExtractor(),
    ];
}
