using System.Globalization;
using NewsDigest.Text;

namespace NewsDigest.Tests.TextTests;

/// <summary>Managed NFC and base-letter folding, by hand-written cases and by pairs Python's unicodedata wrote.</summary>
public sealed class UnicodeNormalisationTests
{
    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("Tchouame\u0301ni", "Tchouaméni")]
    [InlineData("E\u0301der at the Bernabe\u0301u, \u0301 and Tchouame\u0301ni\u0301", "Éder at the Bernabéu, \u0301 and Tchouamén\u00ED")] // several stretches in one text
    [InlineData("\u09DF", "\u09AF\u09BC")]        // composition exclusion: decomposed, never recomposed
    [InlineData("\u212B", "\u00C5")]              // singleton ANGSTROM SIGN
    [InlineData("\u2126", "\u03A9")]              // singleton OHM SIGN
    [InlineData("\u1100\u1161", "\uAC00")]        // Hangul L V
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]  // Hangul L V T
    [InlineData("\uAC00\u11A8", "\uAC01")]        // Hangul LV T
    [InlineData("a\u0323\u0302", "\u1EAD")]       // dot below (220) then circumflex (230)
    [InlineData("a\u0302\u0323", "\u1EAD")]       // same marks written in the other order
    [InlineData("\u0301e", "\u0301e")]            // a leading mark has nothing to compose with
    [InlineData("u\u0308\u0301", "\u01D8")]       // two levels of composition: ü then ǘ
    [InlineData("a\u0301\u0301", "\u00E1\u0301")] // the second acute is blocked by the first
    public void Composes_as_the_unicode_algorithm_does(string input, string expected)
    {
        Assert.Equal(Codes(expected), Codes(UnicodeNormalisation.ToFormC(input)));
    }

    [Theory]
    [InlineData("Plain ASCII text, 90+3'.")]
    [InlineData("Tchouaméni, Mbappé, Ødegaard")]
    [InlineData("한국어 \u00C5 ἀλήθεια")]
    [InlineData("")]
    public void Returns_the_same_instance_when_already_composed(string input)
    {
        Assert.Same(input, UnicodeNormalisation.ToFormC(input));
    }

    [Fact]
    public void Leaves_chars_outside_the_basic_plane_alone()
    {
        var text = "goal \U0001F600 e\u0301";
        Assert.Equal("goal \U0001F600 \u00E9", UnicodeNormalisation.ToFormC(text));
    }

    [Theory]
    [InlineData('é', 'e')]
    [InlineData('ǘ', 'u')]
    [InlineData('\u212B', 'A')]
    [InlineData('Ç', 'C')]
    [InlineData('ø', 'ø')]
    [InlineData('\uAC01', '\uAC01')]
    [InlineData('x', 'x')]
    public void Finds_the_base_letter(char c, char expected)
    {
        Assert.Equal(expected, UnicodeNormalisation.BaseLetter(c));
    }

    [Fact]
    public void Agrees_with_python_unicodedata_on_the_generated_cases()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "data", "unicode", "nfc_cases.tsv");
        var lines = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.True(lines.Count >= 300, $"{path} holds only {lines.Count} cases");
        var failures = new List<string>();
        foreach (var line in lines)
        {
            var columns = line.Split('\t');
            string input = FromCodes(columns[0]), expected = FromCodes(columns[1]);
            string actual = UnicodeNormalisation.ToFormC(input);
            if (actual != expected) failures.Add($"{columns[0]} → {Codes(actual)}, expected {columns[1]}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {lines.Count} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    private static string FromCodes(string codes) =>
        string.Concat(codes.Split(' ').Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    private static string Codes(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
