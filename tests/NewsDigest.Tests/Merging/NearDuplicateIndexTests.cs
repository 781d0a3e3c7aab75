using NewsDigest.Merging.Dedup;

namespace NewsDigest.Tests.Merging;

public sealed class NearDuplicateIndexTests
{
    private const string Story =
        "City came from behind to beat Rovers at the Lane on Saturday evening, with the substitute striker heading the winner eight minutes from time. " +
        "Rovers had led through a penalty before the break after a clumsy challenge in the area, and their keeper made three fine saves in the second half. " +
        "The home manager said afterwards that his side had shown great character and that the crowd had carried them over the line. " +
        "The visiting captain was sent off in stoppage time for a second booking, and Rovers now sit two points above the relegation places with four games left.";

    [Fact]
    public void Copies_with_light_edits_group_together_and_a_different_text_stays_out()
    {
        var index = new NearDuplicateIndex();
        index.Add("wire", Story);
        index.Add("outlet", "Late header sinks Rovers. " + Story.Replace("Saturday evening", "Saturday night").Replace("character", "charactor"));
        index.Add("exact", Story.ToUpperInvariant().Replace(",", ""));
        index.Add("other", "Town and United drew a dull game without a shot on target in the first hour, and both managers agreed that the pitch had spoiled the match for the fans who came.");

        var result = index.FindGroups();

        var group = Assert.Single(result.Groups);
        Assert.Equal(["wire", "outlet", "exact"], group.Members);
        Assert.Contains(group.Pairs, p => p is { First: "wire", Second: "exact", Exact: true });
        Assert.True(group.Pairs.Single(p => p.Second == "outlet" && p.First == "wire").Similarity >= 0.7);
        Assert.Equal(1, result.Statistics.ExactDuplicates);
    }

    [Fact]
    public void A_trimmed_copy_is_still_found_at_the_default_threshold()
    {
        var index = new NearDuplicateIndex();
        index.Add("full", Story);
        index.Add("trimmed", Story.AsSpan(0, Story.Length * 3 / 4));
        Assert.Single(index.FindGroups().Groups);
    }

    [Fact]
    public void Pages_of_one_site_need_the_stricter_same_site_similarity()
    {
        string template = string.Concat(Enumerable.Repeat("Sign up to our newsletter for the best features, quizzes and the latest transfer news every week. ", 6));
        var index = new NearDuplicateIndex();
        index.Add("a", template + "Arsenal face Chelsea in the early kick-off with both sides missing key players.", "example.com");
        index.Add("b", template + "Leeds host Fulham on Monday night after a week of rest for both squads.", "example.com");
        index.Add("c", template + "Arsenal face Chelsea in the early kick-off with both sides missing key players.", "other.org");
        var group = Assert.Single(index.FindGroups().Groups);
        Assert.Equal(["a", "c"], group.Members);
    }

    [Fact]
    public void Empty_texts_are_counted_and_never_grouped()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", "");
        index.Add("b", "  ... ");
        var result = index.FindGroups();
        Assert.Empty(result.Groups);
        Assert.Equal(2, result.Statistics.EmptyDocuments);
    }

    [Fact]
    public void A_higher_threshold_splits_what_a_lower_one_joins()
    {
        string half = Story[..(Story.Length / 2)];
        string edited = half + " Their next match is at home to the league leaders, who have won each of their last six games and scored freely.";
        // Containment would join these (the half is inside the edited text), so it is switched off to test the Jaccard threshold alone.
        var jaccardOnly = DedupOptions.Default with { MinimumShinglesForContainment = int.MaxValue };
        var loose = new NearDuplicateIndex(jaccardOnly with { Threshold = 0.3 });
        var strict = new NearDuplicateIndex(jaccardOnly with { Threshold = 0.95 });
        foreach (var index in new[] { loose, strict })
        {
            index.Add("a", half);
            index.Add("b", edited);
        }
        Assert.Single(loose.FindGroups().Groups);
        Assert.Empty(strict.FindGroups().Groups);
    }

    [Fact]
    public void Invalid_options_are_refused_with_a_reason()
    {
        Assert.Contains("threshold", (DedupOptions.Default with { Threshold = 1.5 }).Validate());
        Assert.Null(DedupOptions.Default.Validate());
    }
}
