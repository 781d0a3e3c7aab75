using NewsDigest.Text;

namespace NewsDigest.Tests.TextTests;

public sealed class ForeignQuoteMarksTests
{
    [Theory]
    [InlineData("«We never gave up», said the coach.", "“We never gave up”, said the coach.")]
    [InlineData("The coach said: « We never gave up. »", "The coach said: “ We never gave up. ”")]
    [InlineData("Der Trainer sagte: „Wir haben gekämpft.“", "Der Trainer sagte: “Wir haben gekämpft.”")]
    [InlineData("Er sagte: »Wir haben gekämpft.«", "Er sagte: “Wir haben gekämpft.”")]
    [InlineData("Director Sato said 「The keeper was calm.」 Ito said 「I thank the parents.」", "Director Sato said “The keeper was calm.” Ito said “I thank the parents.”")]
    [InlineData("The captain said 『We trained it.』", "The captain said “We trained it.”")]
    [InlineData("Il a dit ‹non›.", "Il a dit ‘non’.")]
    [InlineData("Er sagte ‚nein‘.", "Er sagte ‘nein’.")]
    [InlineData("«They called it a “soft” penalty», he said.", "“They called it a ‘soft’ penalty”, he said.")]
    [InlineData("«We fought to the end.\nHe left.", "“We fought to the end.\nHe left.")]
    public void Foreign_marks_fold_to_english_ones_of_the_same_length(string text, string expected)
    {
        var folded = ForeignQuoteMarks.Fold(text);
        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Theory]
    [InlineData("\"It's a 'big' win,\" he said.")]
    [InlineData("“It’s a ‘big’ win,” he said.")]
    [InlineData("Arsenal's keeper said ‘no’ to the move.")]
    [InlineData("The score read 2» after the break.")]
    public void English_marks_and_apostrophes_stay_as_written(string text)
    {
        Assert.Equal(text, ForeignQuoteMarks.Fold(text));
    }
}
