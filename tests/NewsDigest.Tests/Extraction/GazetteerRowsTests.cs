using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Checks over every row of the embedded team and venue gazetteers: each row parses, each name and alias reaches its own row
/// (the loader keeps the first row of a shared key, so a shared alias would silently name the wrong club), ordinary words, counties and
/// surnames the lists left out stay out, and the surname and given-name guards hold.</summary>
public sealed partial class GazetteerRowsTests
{
    private static readonly HashSet<string> Readings = new(StringComparer.Ordinal) { "given-name", "surname" };

    [Fact]
    public void Every_team_row_parses()
    {
        foreach (var (line, fields) in Rows("teams.tsv"))
        {
            Assert.True(fields.Length is >= 2 and <= 5, $"teams.tsv line {line}: {fields.Length} columns");
            Assert.True(fields[0].Length > 0 && fields[0] == fields[0].Trim(), $"teams.tsv line {line}: no canonical name");
            Assert.True(fields[1] is "club" or "national", $"teams.tsv line {line}: kind '{fields[1]}'");
            if (fields.Length > 3 && fields[3].Length > 0) Assert.True(CountryCode().IsMatch(fields[3]), $"teams.tsv line {line}: country '{fields[3]}'");
            if (fields[1] == "national") Assert.True(fields.Length <= 3 || fields[3].Length == 0, $"teams.tsv line {line}: a national side with a country");
            if (fields.Length > 4) Assert.All(fields[4].Split('|'), r => Assert.True(Readings.Contains(r), $"teams.tsv line {line}: reading '{r}'"));
        }
    }

    [Fact]
    public void Every_team_name_and_alias_reaches_its_own_row()
    {
        var wrong = new List<string>();
        foreach (var (line, fields) in Rows("teams.tsv"))
            foreach (var name in Names(fields, 2))
                if (!Gazetteer.Default.Teams.TryGet(name, out var entry) || entry.Name != fields[0])
                    wrong.Add($"line {line}: '{name}' gives '{entry?.Name}', not '{fields[0]}'");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_venue_row_parses_and_its_home_teams_are_known()
    {
        var wrong = new List<string>();
        foreach (var (line, fields) in Rows("venues.tsv"))
        {
            if (fields.Length is < 1 or > 3 || fields[0].Length == 0) { wrong.Add($"line {line}: {fields.Length} columns"); continue; }
            if (fields.Length > 1 && fields[1].Length > 0)
                foreach (var home in fields[1].Split('|'))
                    if (!Gazetteer.Default.Teams.TryGet(home, out var team) || team.Name != home) wrong.Add($"line {line}: home '{home}' is no canonical team");
            foreach (var name in Names(fields, 2))
                if (!Gazetteer.Default.Venues.TryGet(name, out var venue) || venue.Name != fields[0]) wrong.Add($"line {line}: '{name}' gives '{venue?.Name}'");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Words, places and surnames that would name a club in some copy but mean something else in most: a common word ("Stones" is
    /// a player, "Poppies" a flower), a county with a Gaelic games side, a town with a rugby club, a city several clubs share.</summary>
    [Theory]
    [InlineData("Union")]
    [InlineData("Olympic")]
    [InlineData("City")]
    [InlineData("United")]
    [InlineData("Victoria")]
    [InlineData("Sale")]
    [InlineData("Stones")]
    [InlineData("Cards")]
    [InlineData("Poppies")]
    [InlineData("Gulls")]
    [InlineData("Shots")]
    [InlineData("Odd")]
    [InlineData("Viking")]
    [InlineData("Dale")]
    [InlineData("Tractor")]
    [InlineData("Pyramids")]
    [InlineData("Flora")]
    [InlineData("Marine")]
    [InlineData("Spartans")]
    [InlineData("Crusaders")]
    [InlineData("Wimbledon")]
    [InlineData("Galway")]
    [InlineData("Waterford")]
    [InlineData("Bray")]
    [InlineData("Gloucester")]
    [InlineData("Warrington")]
    [InlineData("Halifax")]
    [InlineData("Sutton")]
    [InlineData("Telford")]
    [InlineData("Clyde")]
    [InlineData("Annan")]
    [InlineData("Astana")]
    [InlineData("Gothenburg")]
    [InlineData("SuperSport")]
    [InlineData("Dunkirk")]
    [InlineData("AS FAR")]
    public void Ordinary_words_and_shared_places_name_no_team(string word)
    {
        Assert.False(Gazetteer.Default.Teams.TryGet(word, out var entry), $"'{word}' names {entry?.Name}");
    }

    [Theory]
    [InlineData("Musa Barrow scored twice.", null)]
    [InlineData("Barrow won again.", "Barrow")]
    [InlineData("It was James Chester who scored.", null)]
    [InlineData("Chester Morrison scored.", null)]
    [InlineData("Against Chester the side struggled.", "Chester")]
    [InlineData("Jhon Cordoba scored.", null)]
    public void A_club_that_is_also_a_surname_is_no_team_after_a_given_name(string text, string? team)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = Gazetteer.Default.Teams.FindAll(text, tokens, 0, tokens.Count).Select(m => m.Value.Name).ToList();
        Assert.Equal(team is null ? [] : [team], found);
    }

    [Theory]
    [InlineData("Shaymen", "FC Halifax Town")]
    [InlineData("Elgin", "Elgin City")]
    [InlineData("Bayern München", "Bayern Munich")]
    [InlineData("Gladbach", "Borussia Monchengladbach")]
    [InlineData("Nacional", "Club Nacional")]
    [InlineData("LouCity", "Louisville City")]
    [InlineData("Kashima", "Kashima Antlers")]
    public void Short_forms_the_press_uses_resolve(string alias, string canonical)
    {
        Assert.True(Gazetteer.Default.Teams.TryGet(alias, out var entry), $"'{alias}' is not in the gazetteer");
        Assert.Equal(canonical, entry.Name);
    }

    [Theory]
    [InlineData("French", "France")]
    [InlineData("Dutch", "Netherlands")]
    [InlineData("Swiss", "Switzerland")]
    [InlineData("Ivorian", "Ivory Coast")]
    [InlineData("Algerian", "Algeria")]
    public void Nation_adjectives_name_the_nation(string adjective, string nation)
    {
        Assert.Equal(nation, NewsDigest.Extraction.Teams.NationAdjective.Nation(Gazetteer.Default.Teams, adjective));
    }

    private static IEnumerable<string> Names(string[] fields, int aliasColumn)
    {
        yield return fields[0];
        if (fields.Length > aliasColumn)
            foreach (var alias in fields[aliasColumn].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return alias;
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string file)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("NewsDigest.Gazetteers." + file)!;
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (i + 1, line.Split('\t'));
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();
}
