using NewsDigest.Text;

namespace NewsDigest.Tests.TextTests;

/// <summary>The bounded edit distance that quote speakers and match grouping use for names spelt a letter or two apart.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("Christensen", "Christiansen", 1, false)]
    [InlineData("Christensen", "Christiansen", 2, true)]
    [InlineData("Middlesbrough", "Middlesboro", 2, false)]
    [InlineData("Middlesbrough", "Middlesbrogh", 1, true)]
    [InlineData("Okoronkwo", "Okoronwko", 2, true)]
    [InlineData("Okoronkwo", "Okoronwko", 1, false)]
    [InlineData("", "ab", 2, true)]
    [InlineData("abc", "abc", 0, true)]
    [InlineData("Lindqvist", "Lindgren", 2, false)]
    public void CountsChangedAddedAndDroppedLetters(string a, string b, int limit, bool expected) =>
        Assert.Equal(expected, EditDistance.AtMost(a, b, limit));

    [Theory]
    [InlineData("Okoronkwo", "Okoronwko", true)]
    [InlineData("Antoine", "Antonie", true)]
    [InlineData("Tashpulatov", "Toshpulatov", true)]
    [InlineData("Yusupaliev", "Yusupaliyev", true)]
    [InlineData("Yusupaliyev", "Yusupaliev", true)]
    [InlineData("Hernandez", "Hernandez", true)]
    [InlineData("Christensen", "Christiansen", false)]
    [InlineData("Kane", "Saka", false)]
    [InlineData("ab", "ba", true)]
    [InlineData("abcd", "bacx", false)]
    public void OneSlipIsOneLetterChangedAddedDroppedOrTwoNeighboursSwapped(string a, string b, bool expected) =>
        Assert.Equal(expected, EditDistance.AtMostOneSlip(a, b));
}
