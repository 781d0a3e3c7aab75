using System.Reflection;

namespace NewsDigest.Extraction.Gazetteers;

/// <summary>The project's gazetteers (teams with aliases and nicknames, venues, competitions, stages), read once from the TSV files in data/gazetteers embedded in this assembly.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Load(ReadEmbedded));

    public required PhraseGazetteer<TeamEntry> Teams { get; init; }
    public required PhraseGazetteer<VenueEntry> Venues { get; init; }
    public required PhraseGazetteer<string> Competitions { get; init; }
    public required PhraseGazetteer<string> Stages { get; init; }

    /// <summary>Words written in capitals inside a known name ("PAOK", "APOEL", "FC", "KAA"): an opening word in capitals that is one of
    /// these is the name's own spelling, not a newspaper's capitalised lead-in.</summary>
    public IReadOnlySet<string> CapitalisedNameWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The gazetteers shipped with the library.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Builds gazetteers from TSV texts; <paramref name="read"/> gives a file's content by name ("teams.tsv").</summary>
    public static Gazetteer Load(Func<string, string> read)
    {
        var teams = new List<(string, TeamEntry)>();
        var givenNames = new List<string>();
        var surnames = new List<string>();
        foreach (var fields in Rows(read("teams.tsv")))
        {
            var entry = new TeamEntry(fields[0], fields.Length > 1 && fields[1] == "national", fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null);
            teams.Add((entry.Name, entry));
            // The fifth column lists the name's other readings, separated by |: "given-name" ("Jordan Henderson"), "surname" ("Musa Barrow").
            var readings = fields.Length > 4 ? fields[4].Split('|') : [];
            if (readings.Contains("given-name")) givenNames.Add(entry.Name);
            if (readings.Contains("surname")) surnames.Add(entry.Name);
            if (fields.Length > 2) foreach (var alias in Aliases(fields[2])) teams.Add((alias, entry));
        }
        var venues = new List<(string, VenueEntry)>();
        foreach (var fields in Rows(read("venues.tsv")))
        {
            // "AC Milan|Inter Milan": a ground two clubs share lists both, the first as its home team.
            var homes = fields.Length > 1 && fields[1].Length > 0 ? fields[1].Split('|') : [];
            var entry = new VenueEntry(fields[0], homes.Length > 0 ? homes[0] : null) { SharedWith = homes.Length > 1 ? homes[1] : null };
            venues.Add((entry.Name, entry));
            if (fields.Length > 2) foreach (var alias in Aliases(fields[2])) venues.Add((alias, entry));
        }
        venues.AddRange(WithGroundWord(venues));
        return new Gazetteer
        {
            Teams = new PhraseGazetteer<TeamEntry>(teams, requireCapital: true, givenNames, surnames),
            Venues = new PhraseGazetteer<VenueEntry>(venues, requireCapital: true),
            Competitions = new PhraseGazetteer<string>(CanonicalAndAliases(read("competitions.tsv")), requireCapital: true),
            Stages = new PhraseGazetteer<string>(CanonicalAndAliases(read("stages.tsv")), requireCapital: false),
            CapitalisedNameWords = CapitalisedWords(teams.Select(t => t.Item1).Concat(venues.Select(v => v.Item1))),
        };
    }

    private static IEnumerable<(string, string)> CanonicalAndAliases(string content)
    {
        foreach (var fields in Rows(content))
        {
            yield return (fields[0], fields[0]);
            if (fields.Length > 1) foreach (var alias in Aliases(fields[1])) yield return (alias, fields[0]);
        }
    }

    /// <summary>"Santiago Bernabéu Stadium", "Camp Nou Stadium", "Estadio Santiago Bernabeu", "Stadio Giuseppe Meazza": a known ground
    /// whose name holds no ground word, written with "Stadium" after it or the ground word of its country before it, is the same ground.
    /// Listed after every written name and alias, so a name the file gives another ground keeps it.</summary>
    /// <remarks>Reports and the gold write these forms as often as the bare name; unlisted, "at the Santiago Bernabeu Stadium" was read
    /// as "Santiago Bernabeu" and judged another ground than the gold's "Santiago Bernabéu Stadium". "Arena" is left out: "Wembley Arena"
    /// and "Etihad Arena" are other buildings.</remarks>
    private static IEnumerable<(string, VenueEntry)> WithGroundWord(List<(string Name, VenueEntry Entry)> venues)
    {
        foreach (var (name, entry) in venues.ToList())
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Any(word => GroundWords.Contains(word)) || KindsOfGround.Contains(name)) continue;
            yield return (name + " Stadium", entry);
            if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var before in GroundWordsBefore) yield return (before + " " + name, entry);
        }
    }

    /// <summary>Words that say a name is a ground's ("Wembley Stadium", "Allianz Arena", "Stade de France"): such a name gets no other.</summary>
    private static readonly HashSet<string> GroundWords = new(StringComparer.OrdinalIgnoreCase) { "Stadium", "Stadion", "Stadio", "Estadio", "Estádio", "Stade", "Arena" };

    /// <summary>Names a listed ground shares with many others of its kind: "Estadio Olímpico" is Seville's or Montevideo's as often as
    /// Rome's "Olimpico", "Estadio Metropolitano" Barranquilla's as often as Madrid's.</summary>
    private static readonly HashSet<string> KindsOfGround = new(StringComparer.OrdinalIgnoreCase) { "Olimpico", "Olímpico", "Metropolitano" };

    /// <summary>A ground word written before the name: Spanish and Portuguese (keys fold accents, so "Estádio" is the same), Italian, French, German.</summary>
    private static readonly string[] GroundWordsBefore = ["Estadio", "Stadio", "Stade", "Stadion"];

    private static HashSet<string> CapitalisedWords(IEnumerable<string> names)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
            foreach (var word in name.Split([' ', '-', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
                if (word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower)) words.Add(word);
        return words;
    }

    private static IEnumerable<string[]> Rows(string content)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    private static IEnumerable<string> Aliases(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string ReadEmbedded(string name)
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var stream = assembly.GetManifestResourceStream("NewsDigest.Gazetteers." + name)
            ?? throw new InvalidOperationException($"the gazetteer {name} is not embedded in {assembly.GetName().Name}; the build is broken");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
