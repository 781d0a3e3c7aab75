using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Merging;
using NewsDigest.Merging.Dedup;
using NewsDigest.Rendering.Json;

namespace NewsDigest.Tests.Merging;

/// <summary>A match reported by hundreds of copies of one wire story must cost memory and output linear in the number of copies.</summary>
public sealed class LargeGroupBoundsTests
{
    private const string Story =
        "City came from behind to beat Rovers at the Lane on Saturday evening, with the substitute striker heading the winner eight minutes from time. " +
        "Rovers had led through a penalty before the break after a clumsy challenge in the area, and their keeper made three fine saves in the second half. " +
        "The home manager said afterwards that his side had shown great character and that the crowd had carried them over the line. " +
        "The visiting captain was sent off in stoppage time for a second booking, and Rovers now sit two points above the relegation places with four games left.";

    /// <summary>A copy of the wire story that an outlet signed: near, not exact.</summary>
    private static string Copy(int i) => $"{Story} Filed for outlet number {i} by its sports desk.";

    [Fact]
    public void A_small_group_lists_every_pair()
    {
        var index = new NearDuplicateIndex();
        for (int i = 0; i < 5; i++) index.Add($"c{i}", Copy(i));

        var group = Assert.Single(index.FindGroups().Groups);

        Assert.Equal(PairListing.AllPairs, group.Listing);
        Assert.Equal(10, group.Pairs.Count);
    }

    [Fact]
    public void A_large_group_lists_each_member_against_its_first_only()
    {
        var index = new NearDuplicateIndex();
        for (int i = 0; i < 200; i++) index.Add($"c{i}", Copy(i));
        index.Add("same-as-c7", Copy(7));

        var group = Assert.Single(index.FindGroups().Groups);

        Assert.Equal(201, group.Members.Count);
        Assert.Equal(PairListing.Star, group.Listing);
        Assert.Equal(200, group.Pairs.Count);
        Assert.All(group.Pairs, p => Assert.Equal("c0", p.First));
        Assert.Equal(group.Members.Skip(1), group.Pairs.Select(p => p.Second));
        Assert.True(group.MinimumSimilarity >= 0.5);
    }

    [Fact]
    public void A_digest_of_many_copies_grows_linearly_and_keeps_every_source_and_count()
    {
        var (small, smallJson) = DigestOf(50);
        var (large, largeJson) = DigestOf(150);

        var copies = Assert.Single(large.NearCopies);
        Assert.Equal(150, copies.Sources.Count);
        Assert.Equal(149, copies.Pairs.Count);
        Assert.Equal(PairListing.Star, copies.Listing);

        // Three times the sources: about three times the bytes (all pairs and all evidence would make it far more).
        double ratio = (double)largeJson.Length / smallJson.Length;
        Assert.InRange(ratio, 2.0, 3.6);

        using var document = JsonDocument.Parse(largeJson);
        var digest = document.RootElement;
        Assert.Equal(DigestJsonWriter.SchemaVersion, digest.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("star", digest.GetProperty("nearCopies")[0].GetProperty("pairing").GetString());
        var scorer = digest.GetProperty("goals")[0].GetProperty("scorer");
        Assert.Equal(150, scorer.GetProperty("sources").GetArrayLength());
        var variant = scorer.GetProperty("variants")[0];
        Assert.Equal(DigestJsonWriter.MaxEvidencePerVariant, variant.GetProperty("evidence").GetArrayLength());
        Assert.Equal(150, variant.GetProperty("evidenceCount").GetInt32());
        Assert.Equal(150, digest.GetProperty("quotes")[0].GetProperty("sources").GetArrayLength());
        Assert.Equal(3, small.Goals.Count);
    }

    [Fact]
    public void Alignment_over_many_copies_gives_the_clusters_a_few_sources_give()
    {
        var reports = new List<ArticleReport>();
        for (int i = 0; i < 60; i++)
        {
            // Every third copy credits the second goal a minute later and writes the quote without its ending.
            bool variant = i % 3 == 2;
            reports.Add(new ReportBuilder($"copy{i}", "City", "Rovers", Copy(i)).Score(2, 1)
                .Goal("Sam Striker", "City", 30).Goal("Jo Header", "City", variant ? 83 : 82).Goal("Al Penalty", "Rovers", 40, penalty: true)
                .Quote(variant ? "The lads showed great character today and the crowd" : "The lads showed great character today and the crowd carried us home", "Pat Manager")
                .Rating("Sam Striker", "City", 8).Build());
        }

        var digest = Assert.Single(new MatchMerger().Merge(reports));

        Assert.Equal(3, digest.Goals.Count);
        var late = digest.Goals.Single(g => g.Scorer.Value == "Jo Header");
        Assert.Equal(new Minute(82), late.Minute!.Value);
        Assert.Equal(20, late.Minute.Variants[1].Sources.Count);
        var quote = Assert.Single(digest.Quotes);
        Assert.Equal(60, quote.Sources.Count);
        Assert.Equal(60, Assert.Single(digest.Ratings).Sources.Count);
    }

    [Fact]
    public void The_jsonl_line_written_directly_equals_the_document_written_compact()
    {
        var (digest, line) = DigestOf(12);
        var document = new StringWriter();
        new DigestJsonWriter().Render([digest], document);
        using var parsed = JsonDocument.Parse(document.ToString());
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", parsed.RootElement.GetProperty("schemaVersion").GetInt32());
            foreach (var property in parsed.RootElement.GetProperty("digests")[0].EnumerateObject()) property.WriteTo(w);
            w.WriteEndObject();
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), line);
        Assert.DoesNotContain('\r', document.ToString());
    }

    private static (MatchDigest Digest, string Json) DigestOf(int copies)
    {
        var reports = Enumerable.Range(0, copies).Select(i => new ReportBuilder($"copy{i}", "City", "Rovers", Copy(i)).Score(2, 1).Date(2024, 3, 9)
            .Goal("Sam Striker", "City", 30).Goal("Jo Header", "City", 82).Goal("Al Penalty", "Rovers", 40, penalty: true)
            .Quote("The lads showed great character today and the crowd carried us home", "Pat Manager").Build()).ToArray();
        var digest = Assert.Single(new MatchMerger().Merge(reports));
        return (digest, NewsDigest.Batch.MatchRows.JsonLine(digest));
    }
}
