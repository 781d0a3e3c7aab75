using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Tests.TextTests;

public sealed class CapitalisedLeadInTests
{
    private static readonly IReadOnlySet<string> Known = Gazetteer.Default.CapitalisedNameWords;

    [Theory]
    [InlineData("LINLITHGOW Rose are in the hat.", "Linlithgow Rose are in the hat.")]
    [InlineData("DUNDEE UNITED edged a derby.", "Dundee United edged a derby.")]
    [InlineData("IWAN Lloyd-Jones struck late.", "Iwan Lloyd-Jones struck late.")]
    [InlineData("KOFI MENSAH-HART fired them on.", "Kofi Mensah-Hart fired them on.")]
    [InlineData("DARLINGTON'S promotion push stalled.", "Darlington's promotion push stalled.")]
    [InlineData("O'NEILL scored twice.", "O'Neill scored twice.")]
    [InlineData("THE Jets were 60 seconds from a win.", "The Jets were 60 seconds from a win.")]
    public void An_opening_run_in_capitals_reads_as_title_case(string text, string expected)
    {
        var folded = CapitalisedLeadIn.Fold(text, Known);
        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Theory]
    [InlineData("LAGOS, Nigeria (AP) — Enyimba won.")]
    [InlineData("PAOK beat Aris 2-1 at Toumba.")]
    [InlineData("APOEL and Omonia shared the points.")]
    [InlineData("FC United of Manchester drew.")]
    [InlineData("Arsenal beat Chelsea.\nGOAL scored by Saka.")]
    [InlineData("HOW IT HAPPENED\nThe Bruins struck first.")]
    public void Datelines_acronyms_of_known_names_and_later_lines_stay_as_written(string text)
    {
        Assert.Equal(text, CapitalisedLeadIn.Fold(text, Known));
    }
}
