using NewsDigest.Extraction;
using NewsDigest.Extraction.Minutes;

namespace NewsDigest.Tests.TextTests;

/// <summary>Table-driven cases for every minute form reports use; vague times give no minute.</summary>
public sealed class MinuteReaderTests
{
    [Theory]
    [InlineData("17'", 17, null)]
    [InlineData("17’", 17, null)]
    [InlineData("on 54 minutes", 54, null)]
    [InlineData("after six minutes", 6, null)]
    [InlineData("in the 84th minute", 84, null)]
    [InlineData("a 23rd-minute header", 23, null)]
    [InlineData("in the sixth minute", 6, null)]
    [InlineData("45+2", 45, 2)]
    [InlineData("90 + 3 mins", 90, 3)]
    [InlineData("in the fourth minute of stoppage time", 90, 4)]
    [InlineData("in the second minute of first-half added time", 45, 2)]
    [InlineData("in stoppage time", 90, null)]
    [InlineData("in first-half stoppage time", 45, null)]
    [InlineData("in stoppage time at the end of the first half", 45, null)]
    [InlineData("in added time before the break", 45, null)]
    [InlineData("a minute into injury time before half-time", 45, 1)]
    [InlineData("in the third minute of stoppage time at the end of the first half", 45, 3)]
    [InlineData("a minute from time", 89, null)]
    [InlineData("12 minutes from time", 78, null)]
    [InlineData("six minutes from the end", 84, null)]
    [InlineData("with three minutes left", 87, null)]
    [InlineData("two minutes before half-time", 43, null)]
    [InlineData("on the hour", 60, null)]
    [InlineData("on the half-hour mark", 30, null)]
    [InlineData("11 minutes in", 11, null)]
    [InlineData("10 minutes into the second half", 55, null)]
    [InlineData("within two minutes of the restart", 47, null)]
    [InlineData("twenty-five minutes in", 25, null)]
    [InlineData("in the 7th minute of the second half", 52, null)]
    [InlineData("at 23 minutes of the second time", 68, null)]
    [InlineData("at 16 minutes of the 1st time", 16, null)]
    [InlineData("at the 33rd of the second time", 78, null)]
    [InlineData("in the min. 26", 26, null)]
    [InlineData("dk. 48", 48, null)]
    [InlineData("already from minute 9", 9, null)]
    [InlineData("Minute 71, the winger shot", 71, null)]
    [InlineData("in the 64. minute", 64, null)]
    [InlineData("in the min. 90+4", 90, 4)]
    [InlineData("Webb headed in on 61, then", 61, null)]
    [InlineData("a Lomas penalty on 74 after a foul", 74, null)]
    [InlineData("made it 3-2 on 58 when", 58, null)]
    [InlineData("with four minutes of extra time remaining", 116, null)]
    [InlineData("with nine minutes of extra-time left", 111, null)]
    [InlineData("three minutes from the end of the extra time", 117, null)]
    [InlineData("six minutes into the extra half-hour", 96, null)]
    [InlineData("Just six minutes were on the clock when", 6, null)]
    [InlineData("Only eleven minutes had gone when", 11, null)]
    [InlineData("The clock showed 63 minutes.", 63, null)]
    [InlineData("with the clock reading 92 minutes", 92, null)]
    [InlineData("drew level on 27 minutes from the penalty spot", 27, null)]
    [InlineData("shot home after eight minutes from a low cross by", 8, null)]
    public void Reads_the_minute(string text, int regular, int? added)
    {
        Assert.Equal(new Minute(regular, added), MinuteReader.Parse(text));
    }

    [Theory]
    [InlineData("just before the break")]
    [InlineData("late on")]
    [InlineData("early in the second half")]
    [InlineData("Ten minutes had passed since the restart when")]
    [InlineData("the last ten minutes were played in a downpour")]
    [InlineData("after 20 minutes from the restart")]
    [InlineData("a 25-yard strike")]
    [InlineData("the 2012-13 season")]
    [InlineData("in the first 20 minutes of the first half")]
    [InlineData("it finished 2. Minutes later they left")]
    [InlineData("level with Shearer on 41, the striker")]
    [InlineData("his tally on 29 and")]
    [InlineData("scored in on 5.3 goals")]
    public void Vague_or_unrelated_text_gives_no_minute(string text)
    {
        Assert.Null(MinuteReader.Parse(text));
    }

    [Fact]
    public void Minutes_later_count_from_the_previous_event()
    {
        var found = MinuteReader.Find("eight minutes later", 0, 19);
        var single = Assert.Single(found);
        Assert.Equal(MinuteKind.Later, single.Kind);
        Assert.Equal(new Minute(78), single.Resolve(new Minute(70)));
        Assert.Null(single.Resolve(null));
    }

    [Fact]
    public void Positions_point_into_the_text()
    {
        const string text = "Kane scored on 54 minutes.";
        var found = Assert.Single(MinuteReader.Find(text, 0, text.Length));
        Assert.Equal("on 54 minutes", text[found.Start..found.End]);
    }
}
