using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Teams read from result shapes in headlines: sentence-case and title-case headlines, nicknames and a player's country.</summary>
public sealed class ResultSentenceTeamsTests
{
    private static (string First, string Second)? TeamsOf(string title, string text)
    {
        var context = new ExtractionContext(new Article("test", text) { Title = title });
        new TeamExtractor().Extract(context);
        return context.Facts.Teams is { } pair ? (pair.First, pair.Second) : null;
    }

    [Fact]
    public void A_saints_name_with_its_s_opens_a_clubs_name_and_owns_nothing()
    {
        const string text = "St Cuthbert's Old Boys beat Marsh Lane Veterans 2-1 in the county veterans final.";
        var sides = ResultSentenceReader.Read(text, 0, text.Length, (_, _) => false, _ => false);
        Assert.Equal("St Cuthbert's Old Boys", sides?.First);
        Assert.Equal("St. Cuthbert's Academy", ResultSentenceReader.Clean("St. Cuthbert's Academy"));
        Assert.Equal("Old Boys", ResultSentenceReader.Clean("Kelton's Old Boys"));
    }

    [Theory]
    [InlineData("Over Kestrel Dunes FC", "Kestrel Dunes")]
    [InlineData("To Visiting Marsh Lane", "Marsh Lane")]
    [InlineData("Past Harlow Vale", "Harlow Vale")]
    public void A_title_case_preposition_before_a_name_is_no_part_of_it(string written, string side) =>
        Assert.Equal(side, ResultSentenceReader.Clean(written));

    [Theory]
    [InlineData("Leeds Olympic came from behind to beat Harwick Rangers 2-1 on Saturday night.", "Leeds Olympic", "Harwick Rangers")]
    [InlineData("Leeds Women came from behind to beat Harwick Rangers 2-1 on Saturday night.", "Leeds United", "Harwick Rangers")]
    public void A_known_short_form_opening_a_longer_name_is_not_the_known_club(string text, string first, string second) =>
        Assert.Equal((first, second), TeamsOf("Round nine", text + "\nHarwick Rangers had led at the break."));

    [Theory]
    [InlineData("Harwick City trailed at the break. Then City, with Everton loanee Jo Pike on, turned it round. City were the better side.", 0)]
    [InlineData("Everton loanee Jo Pike was on the bench. City trailed at the break. City were the better side after it.", 2)]
    public void A_bare_city_is_no_english_default_when_the_report_writes_a_longer_city_name(string text, int defaults)
    {
        var context = new ExtractionContext(new Article("test", text) { Title = "Round nine" });
        Assert.Equal(defaults, BareClubName.Find(context).Count);
    }

    [Fact]
    public void A_sentence_case_headline_opening_on_a_club_gives_it_as_the_winner()
    {
        var teams = TeamsOf("Kelton FC holds on to defeat rival Marbury in first meeting of season",
            "In a brief stretch of the second half the home side turned the game around.\nThe win was the first of the season.");
        Assert.Equal(("Kelton FC", "Marbury"), teams);
    }

    [Theory]
    [InlineData("Why Kelton FC beat Marbury 2-0")]
    [InlineData("How Kelton FC beat Marbury to reach the final")]
    public void A_question_word_opening_a_headline_is_no_part_of_the_winners_name(string title)
    {
        var teams = TeamsOf(title, "The home side scored twice after the break.\nMarbury had no answer.");
        Assert.Equal(("Kelton FC", "Marbury"), teams);
    }

    [Fact]
    public void A_title_case_headline_takes_no_subject_from_its_capitalised_words()
    {
        var teams = TeamsOf("Town Women Move to the Brink After Victory Over Harwell",
            "Coldridge Town moved to the brink of the title with a 2-0 win over Harwell United in front of 900 supporters.\nHarwell pressed late on.");
        Assert.Equal(("Coldridge Town", "Harwell United"), teams);
    }

    [Fact]
    public void A_headline_nickname_does_not_outweigh_the_opening_full_names()
    {
        var teams = TeamsOf("Glory down lowly Reds to kickstart finals push",
            "Sam Dale scored the winner to launch Portside Glory to a 1-0 win over Adley United.\nAdley United slump to last.");
        Assert.Equal(("Portside Glory", "Adley United"), teams);
    }

    [Fact]
    public void The_reader_returns_a_one_sided_shape_without_a_winner()
    {
        const string text = "Goals in either half helped them to a 2-0 victory over Port Tallis.";
        var sides = ResultSentenceReader.Read(text, 0, text.Length, (_, _) => false, _ => false);
        Assert.NotNull(sides);
        Assert.Null(sides.Value.First);
        Assert.Equal("Port Tallis", sides.Value.Second);
    }

    [Fact]
    public void A_label_with_its_number_is_no_side_of_a_score_box()
    {
        // "Class 4 District 2" reads like "Ballarat 4 Geelong 2": the side reader took "Class" and "District" for the sides.
        const string label = "The Rams won the Class 4 District 2 final at Miller Field.";
        var none = ResultSentenceReader.Read(label, 0, label.Length, (_, _) => false, _ => false);
        Assert.Null(none);
        const string box = "Ballarat City 4 Geelong 2";
        var sides = ResultSentenceReader.Read(box, 0, box.Length, (_, _) => false, _ => false);
        Assert.Equal(("Ballarat City", "Geelong"), (sides?.First, sides?.Second));
    }

    [Fact]
    public void A_country_named_for_a_player_may_not_be_a_side()
    {
        const string text = "Japan international Ken Arata scored twice.";
        Assert.False(ResultSentenceReader.MayBeSide(text, 0, "Japan".Length));
        Assert.True(ResultSentenceReader.MayBeSide("Japan beat Korea.", 0, "Japan".Length));
    }
}
