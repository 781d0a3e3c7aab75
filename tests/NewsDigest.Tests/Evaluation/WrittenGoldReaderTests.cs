using NewsDigest.Evaluation.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Evaluation;

/// <summary>The project's written batches: each line an article with its gold, read as `extract` reads a JSONL dump, scored whole.</summary>
public sealed class WrittenGoldReaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("newsdigest-written-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string Record = """{"id": "written9-01", "site": "example.org", "url": "https://example.org/a", "title": "Kirkwall Rovers 2-1 Stromness", "date": "2026-03-07", "text": "Kirkwall Rovers beat Stromness 2-1 at Bignold Park.\nAnna Flett scored on 12 minutes.", "home": "Kirkwall Rovers", "away": "Stromness", "score": [2, 1], "venue": "Bignold Park", "goals": [{"player": "Anna Flett", "team": "Kirkwall Rovers", "minute": 12, "addedTime": null, "penalty": false, "ownGoal": false}], "redCards": [], "missedPenalties": [], "notes": ["one goal of each side unnamed"]}""";

    private string WriteBatch(string name, params string[] lines)
    {
        var folder = Path.Combine(root, WrittenGoldReader.Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, name), lines);
        return folder;
    }

    [Fact]
    public void A_batch_line_gives_the_article_as_extract_reads_it_and_its_gold()
    {
        WriteBatch("batch9.jsonl", Record);
        var provenance = new List<string>();

        var cases = new WrittenGoldReader(root).Read(provenance);

        var only = Assert.Single(cases);
        Assert.Equal("written9", only.Corpus);
        Assert.Equal("Kirkwall Rovers 2-1 Stromness", only.Input!.Title);
        Assert.Equal("example.org", only.Input.SiteName);
        Assert.Contains("Anna Flett scored on 12 minutes.", only.Text);
        Assert.Equal((2, 1), (only.Gold.HomeScore, only.Gold.AwayScore));
        Assert.Equal(12, Assert.Single(only.Gold.Goals).Minute);
        Assert.True(only.Gold.UnstatedMinutesMatch);
        Assert.Contains(provenance, line => line.StartsWith("written9: 1 reports", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sealed_batch_waits_unread_until_it_is_moved_up()
    {
        var folder = WriteBatch("batch9.jsonl", Record);
        Directory.CreateDirectory(Path.Combine(folder, "sealed"));
        File.WriteAllLines(Path.Combine(folder, "sealed", "batch8.jsonl"), [Record.Replace("written9-01", "written8-01")]);

        var cases = new WrittenGoldReader(root).Read(new List<string>());

        Assert.Equal("written9", Assert.Single(cases).Corpus);
    }

    [Fact]
    public void A_broken_line_is_named_and_the_rest_is_read()
    {
        WriteBatch("batch2.jsonl", "{not json", Record.Replace("\"score\": [2, 1]", "\"score\": [2]"), Record);
        var problems = new List<string>();

        var cases = new WrittenGoldReader(root).Read(new List<string>(), problems.Add);

        Assert.Single(cases);
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("batch2.jsonl line 1:", problems[0]);
        Assert.Contains("line 2: 'score' must be [home, away]", problems[1]);
    }

    [Fact]
    public void Only_batch_files_are_read_in_number_order_and_no_folder_is_said()
    {
        var provenance = new List<string>();
        Assert.Empty(new WrittenGoldReader(root).Read(provenance));
        Assert.Contains("absent", Assert.Single(provenance));

        WriteBatch("batch10.jsonl", Record.Replace("written9-01", "written10-01"));
        WriteBatch("batch2.jsonl", Record.Replace("written9-01", "written2-01"));
        WriteBatch("notes.jsonl", Record);

        var cases = new WrittenGoldReader(root).Read(new List<string>());

        Assert.Equal(["written2", "written10"], cases.Select(c => c.Corpus));
    }

    [Fact]
    public void A_written_batch_is_scored_whole_outside_the_splits()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"written1-{i:000}").ToList();
        Assert.All(ids, id => Assert.Equal(ExtractionEvaluator.WholeCorpus, ExtractionEvaluator.PartOf("written1", id)));
        Assert.Contains(ids, id => DataSplit.Of(id) != ExtractionEvaluator.WholeCorpus);
        Assert.Equal(DataSplit.Of("0a1b2c3d4e5f"), ExtractionEvaluator.PartOf("news", "0a1b2c3d4e5f"));
    }
}
