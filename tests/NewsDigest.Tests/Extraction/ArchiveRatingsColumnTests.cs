using NewsDigest.Extraction;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>
/// A real archive page (train split) found by the lead's read of the archive diff in session 36: a player-ratings column whose every
/// entry ends on a "Going forward." paragraph. Session 36's first cut of RecurringSides read "Going forward" as a side's forward and
/// gave the page the pair "Going v Portland Thorns"; the text stays in ../shared.
/// </summary>
public sealed class ArchiveRatingsColumnTests
{
    [SharedDataFact]
    public void A_ratings_column_going_forward_in_each_entry_names_no_side_called_going()
    {
        string path = SharedData.PathTo("corpus/football-news-2023-2026.jsonl.gz");
        using var file = File.OpenRead(path);
        var article = new JsonlArticleReader().Read("archive.jsonl.gz", file)
            .Select(r => r.Article).First(a => a is not null && a.Source.EndsWith("#1429c0accab5", StringComparison.Ordinal))!;
        Assert.Contains("Going forward.", article.Text);

        var context = new ExtractionContext(article);
        foreach (var extractor in DefaultPipeline.Extractors(ExtractionModels.None)) extractor.Extract(context);

        var teams = context.Facts.Teams;
        Assert.True(teams is null || (teams.First != "Going" && teams.Second != "Going"), $"{teams?.First} v {teams?.Second}");
    }
}
