using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Merging;

namespace NewsDigest;

/// <summary>The standard pipeline the CLI uses: every extractor in dependency order, the report detector, the merger.</summary>
public static class DefaultPipeline
{
    public static Pipeline Create() => Create(ExtractionModels.None);

    public static Pipeline Create(ExtractionModels models) =>
        new PipelineBuilder()
            .UseReportDetector(models.ReportDetector ?? new RuleReportDetector())
            .AddExtractor(new Extraction.Teams.TeamExtractor())
            .UseMerger(new MatchMerger())
            .Build();
}
