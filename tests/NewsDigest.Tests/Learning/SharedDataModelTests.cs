using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Training;
using NewsDigest.Text;

namespace NewsDigest.Tests.Learning;

/// <summary>The committed models on a small sample of real held-out reports in ../shared.</summary>
public sealed class SharedDataModelTests
{
    private static readonly ModelLoadReport Models = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));

    [SharedDataFact]
    public void Held_out_espn_reports_are_detected_as_single_match_reports()
    {
        var shared = new SharedCorpora(SharedData.Root!);
        var heldOut = shared.Espn().Where(r => DataSplit.Of(r.Id) == DataSplit.Part.Test).Take(30).ToList();
        Assert.NotEmpty(heldOut);
        int detected = heldOut.Count(r => Models.Models.ReportDetector!.Detect(new Article(r.Id, r.Text)).Kind == ReportKind.SingleMatchReport);
        Assert.True(detected >= heldOut.Count * 0.8, $"only {detected} of {heldOut.Count} held-out ESPN reports detected");
    }

    [SharedDataFact]
    public void Tagger_finds_the_home_team_in_held_out_reports()
    {
        var shared = new SharedCorpora(SharedData.Root!);
        var heldOut = shared.PremierLeague().Where(r => DataSplit.Of(r.Id) == DataSplit.Part.Test).Take(20).ToList();
        int found = 0;
        foreach (var report in heldOut)
        {
            var homeWord = report.Home.Split(' ')[0];
            var names = SentenceSplitter.Split(report.Text).SelectMany(s => Models.Models.Names!.Tag(report.Text, s));
            if (names.Any(n => n.Kind == NameKind.Team && n.Span.Substring(report.Text).Contains(homeWord, StringComparison.Ordinal))) found++;
        }
        Assert.True(found >= heldOut.Count * 0.7, $"home team tagged in only {found} of {heldOut.Count} reports");
    }

    [SharedDataFact]
    public void Speaker_ranker_beats_nothing_on_held_out_attributed_quotes()
    {
        var shared = new SharedCorpora(SharedData.Root!);
        var examples = shared.Archive(1500).Where(a => DataSplit.Of(a.Id) == DataSplit.Part.Test).SelectMany(a => QuoteAttributionFinder.Find(a.Text)).Take(100).ToList();
        Assert.NotEmpty(examples);
        var ranker = (ModelSpeakerRanker)Models.Models.Speakers!;
        int right = examples.Count(e => ranker.Best(e.Text, e.Quote, e.Candidates) == e.Speaker);
        Assert.True(right >= examples.Count * 0.9, $"{right} of {examples.Count}");
    }
}
