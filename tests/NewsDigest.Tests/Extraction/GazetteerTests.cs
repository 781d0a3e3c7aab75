using NewsDigest.Extraction.Dates;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>The embedded gazetteers resolve aliases and nicknames; relative dates resolve against an anchor.</summary>
public sealed class GazetteerTests
{
    [Theory]
    [InlineData("Man Utd", "Manchester United")]
    [InlineData("the Red Devils", "Manchester United")]
    [InlineData("Spurs", "Tottenham Hotspur")]
    [InlineData("Les Bleus", "France")]
    [InlineData("the Three Lions", "England")]
    [InlineData("Nott'm Forest", "Nottingham Forest")]
    [InlineData("Sheff Utd", "Sheffield United")]
    [InlineData("Middlesboro", "Middlesbrough")]
    [InlineData("Brighton", "Brighton & Hove Albion")]
    [InlineData("Wolves", "Wolverhampton Wanderers")]
    public void Team_aliases_resolve_to_the_canonical_name(string alias, string canonical)
    {
        Assert.True(Gazetteer.Default.Teams.TryGet(alias, out var entry), $"'{alias}' is not in the gazetteer");
        Assert.Equal(canonical, entry.Name);
    }

    [Fact]
    public void Teams_are_found_in_running_text_with_possessives_and_accents()
    {
        const string text = "Aston Villa's win over Atlético de Madrid";
        var tokens = Tokenizer.Tokenize(text);
        var found = Gazetteer.Default.Teams.FindAll(text, tokens, 0, tokens.Count).Select(m => m.Value.Name).ToArray();
        Assert.Equal(["Aston Villa", "Atletico Madrid"], found);
    }

    [Theory]
    [InlineData("Santiago Bernabéu Stadium", "Santiago Bernabeu")]
    [InlineData("Estadio Santiago Bernabeu", "Santiago Bernabeu")]
    [InlineData("Camp Nou Stadium", "Camp Nou")]
    [InlineData("Giuseppe Meazza Stadium", "San Siro")]
    public void A_known_ground_written_with_a_ground_word_is_the_same_ground(string written, string canonical)
    {
        Assert.True(Gazetteer.Default.Venues.TryGet(written, out var venue), $"'{written}' is not in the gazetteer");
        Assert.Equal(canonical, venue.Name);
    }

    [Fact]
    public void A_ground_word_after_the_name_makes_no_other_building_the_ground()
    {
        Assert.False(Gazetteer.Default.Venues.TryGet("Wembley Arena", out _));
        Assert.False(Gazetteer.Default.Venues.TryGet("Etihad Arena", out _));
    }

    [Fact]
    public void Venues_know_their_home_team()
    {
        Assert.True(Gazetteer.Default.Venues.TryGet("the Emirates", out var venue));
        Assert.Equal("Emirates Stadium", venue.Name);
        Assert.Equal("Arsenal", venue.HomeTeam);
    }

    [Theory]
    [InlineData("last-four", "semi-final")]
    [InlineData("quarterfinal", "quarter-final")]
    [InlineData("last 16", "round of 16")]
    public void Stage_names_resolve(string alias, string canonical)
    {
        Assert.True(Gazetteer.Default.Stages.TryGet(alias, out var stage));
        Assert.Equal(canonical, stage);
    }

    [Theory]
    [InlineData("2022-12-11", DayOfWeek.Saturday, "2022-12-10")]
    [InlineData("2022-12-10", DayOfWeek.Saturday, "2022-12-10")]
    [InlineData("2022-12-11", DayOfWeek.Sunday, "2022-12-11")]
    [InlineData("2022-12-11", DayOfWeek.Monday, "2022-12-05")]
    public void A_weekday_is_the_most_recent_on_or_before_publication(string anchor, DayOfWeek day, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), MatchDateExtractor.MostRecent(DateOnly.Parse(anchor), day));
    }

    [Fact]
    public void A_full_date_after_publication_is_not_the_match_date()
    {
        // Written for this test: the first full date is the next fixture's, the match is told by its weekday.
        var text = "The sides meet again on 24 April 2024 in the cup.\nKelton beat Marbury 2-0 on Saturday.";
        var context = new NewsDigest.Extraction.ExtractionContext(new NewsDigest.Ingest.Article("dated.txt", text) { Published = new DateTimeOffset(2024, 4, 15, 9, 0, 0, TimeSpan.Zero) });
        new MatchDateExtractor().Extract(context);

        Assert.Equal(new DateOnly(2024, 4, 13), context.Facts.Date!.Value);
    }

    [Fact]
    public void The_next_weekday_is_strictly_after_the_match()
    {
        Assert.Equal(new DateOnly(2022, 12, 14), MatchDateExtractor.Next(new DateOnly(2022, 12, 10), DayOfWeek.Wednesday));
        Assert.Equal(new DateOnly(2022, 12, 17), MatchDateExtractor.Next(new DateOnly(2022, 12, 10), DayOfWeek.Saturday));
    }
}
