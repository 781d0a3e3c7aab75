using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
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

    private const string Quoted = """{"id": "written9-02", "site": "example.org", "url": "https://example.org/b", "title": "\"Proud\" Flett hails Rovers", "date": "2026-03-07", "text": "Kirkwall Rovers beat Stromness 2-1 at Bignold Park.\n\"We were ready,\" said Rovers coach Anna Flett. \"We were ready for this.\"\nThe club said the result was \"a reward for everyone\".\n\"It was close,\n\"very close.\"", "home": "Kirkwall Rovers", "away": "Stromness", "score": [2, 1], "venue": "Bignold Park", "goals": [], "redCards": [], "missedPenalties": [], "notes": [], "quotes": [{"text": "Proud", "speaker": "Anna Flett"}, {"text": "We were ready,", "speaker": "Anna Flett"}, {"text": "We were ready for this.", "speaker": "Anna Flett"}, {"text": "a reward for everyone", "speaker": null}, {"text": "It was close,\n", "speaker": "Anna Flett"}]}""";

    [Fact]
    public void A_records_quotes_are_read_as_quote_gold_over_the_text_in_text_order()
    {
        WriteBatch("batch9.jsonl", Quoted);

        var only = Assert.Single(new WrittenGoldReader(root).Read(new List<string>()));

        var quotes = only.Quotes!;
        // The headline's quote is not in the text the quote extractor reads: it is left out, not an error.
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("written9", "written9-02"), (q.Corpus, q.Id)));
        // A quote split by its attribution is two entries; the second, with the same words at its start, is found after the first.
        Assert.Equal("We were ready,", only.Text[quotes[0].Start..quotes[0].End]);
        Assert.Equal("We were ready for this.", only.Text[quotes[1].Start..quotes[1].End]);
        Assert.True(quotes[1].Start > quotes[0].End);
        Assert.Equal("Anna Flett", quotes[1].Speaker);
        // A body's words have no speaker.
        Assert.Equal("a reward for everyone", only.Text[quotes[2].Start..quotes[2].End]);
        Assert.Null(quotes[2].Speaker);
        // A quote running over a paragraph break is found in the text's blank-line form.
        Assert.Equal("It was close,\n\n", only.Text[quotes[3].Start..quotes[3].End]);
    }

    [Fact]
    public void A_quote_the_text_does_not_hold_is_an_error_naming_the_record()
    {
        WriteBatch("batch9.jsonl", Quoted.Replace("{\"text\": \"a reward for everyone\"", "{\"text\": \"a reward for nobody\""), Record);
        var problems = new List<string>();

        var cases = new WrittenGoldReader(root).Read(new List<string>(), problems.Add);

        Assert.Equal("written9-01", Assert.Single(cases).Id);
        var problem = Assert.Single(problems);
        Assert.Contains("written9-02", problem);
        Assert.Contains("\"a reward for nobody\" is not in the text", problem);
    }

    [Fact]
    public void Quotes_out_of_text_order_are_an_error()
    {
        WriteBatch("batch9.jsonl", Quoted.Replace("""{"text": "We were ready for this.", "speaker": "Anna Flett"}, {"text": "a reward for everyone", "speaker": null}""",
            """{"text": "a reward for everyone", "speaker": null}, {"text": "We were ready for this.", "speaker": "Anna Flett"}"""));
        var problems = new List<string>();

        Assert.Empty(new WrittenGoldReader(root).Read(new List<string>(), problems.Add));
        Assert.Contains("is not in the text after the quote before it", Assert.Single(problems));
    }

    [Fact]
    public void A_record_without_the_field_has_no_quote_gold()
    {
        WriteBatch("batch9.jsonl", Record);
        Assert.Null(Assert.Single(new WrittenGoldReader(root).Read(new List<string>())).Quotes);
    }

    [Fact]
    public void A_batch_with_quotes_gets_its_own_quotes_row_and_its_errors_are_listed()
    {
        WriteBatch("batch9.jsonl", Quoted);
        WriteBatch("batch10.jsonl", Record.Replace("written9-01", "written10-01"));
        var cases = new WrittenGoldReader(root).Read(new List<string>());
        var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(), DefaultPipeline.Extractors(ExtractionModels.None));
        var errors = new StringWriter();

        var scores = evaluator.Score(cases, [], new Dictionary<(string, string), string>(), new HashSet<DataSplit.Part> { ExtractionEvaluator.WholeCorpus }, errors);

        var s = scores[("written9", ExtractionEvaluator.WholeCorpus)];
        Assert.Equal(4, s.QuotesGold);
        Assert.Equal(0, scores[("written10", ExtractionEvaluator.WholeCorpus)].QuotesGold);
        var table = ExtractionReport.Table(scores, [DataSplit.Part.Train, DataSplit.Part.Dev, DataSplit.Part.Test]);
        var row = Assert.Single(table.Split('\n'), line => line.StartsWith("quotes:written9", StringComparison.Ordinal));
        Assert.Contains(" all ", row);
        Assert.Contains("  4  ", row);
        // A batch without the field prints no quotes row, and the archive's bare "quotes" rows are not printed without its annotations.
        Assert.DoesNotContain("quotes:written10", table);
        Assert.DoesNotContain("\nquotes  dev", table);
        // Whatever was missed or misattributed is listed under the record's id, as the news quotes' errors are.
        var listed = errors.ToString().Split('\n').Where(l => l.Contains("\tquote ")).ToList();
        Assert.Equal(s.QuotesGold - s.QuoteSpeakerRight, listed.Count);
        Assert.All(listed, l => Assert.StartsWith("written9-02\t", l));
    }
}
