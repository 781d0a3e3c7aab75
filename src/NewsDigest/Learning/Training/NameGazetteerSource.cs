using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>Gathers the name lists for the tagger: players and teams from the facts table and the premierleague.com corpus, venues from the facts table, and the project's own lists under data/training/gazetteers/ (aliases, venues, competitions).</summary>
public static class NameGazetteerSource
{
    public const string Folder = "data/training/gazetteers";

    public static Dictionary<NameKind, List<string>> Gather(SharedCorpora shared, string repositoryRoot, IReadOnlyList<MatchReportRecord> reports)
    {
        var persons = new SortedSet<string>(StringComparer.Ordinal);
        var teams = new SortedSet<string>(StringComparer.Ordinal);
        var venues = new SortedSet<string>(StringComparer.Ordinal);
        var competitions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var match in shared.Facts())
        {
            teams.Add(match.Home);
            teams.Add(match.Away);
            if (match.Venue is not ("" or "NULL")) venues.Add(match.Venue);
            foreach (var goal in match.Goals) AddPerson(persons, goal.Player);
        }
        foreach (var report in reports)
        {
            teams.Add(report.Home);
            teams.Add(report.Away);
            foreach (var goal in report.Goals) AddPerson(persons, goal.Player);
        }
        var folder = Path.Combine(repositoryRoot, Folder);
        foreach (var line in Lines(Path.Combine(folder, "team-aliases.txt")))
            foreach (var name in line.Split('\t')) teams.Add(name.Trim());
        foreach (var line in Lines(Path.Combine(folder, "venues.txt"))) venues.Add(line.Trim());
        foreach (var line in Lines(Path.Combine(folder, "competitions.txt"))) competitions.Add(line.Trim());
        // A surname alone is a person only when it is not also a team or place name ("Stoke", "Chelsea").
        persons.ExceptWith(teams);
        return new Dictionary<NameKind, List<string>>
        {
            [NameKind.Person] = persons.ToList(),
            [NameKind.Team] = teams.ToList(),
            [NameKind.Venue] = venues.ToList(),
            [NameKind.Competition] = competitions.ToList(),
        };
    }

    private static void AddPerson(SortedSet<string> persons, string player)
    {
        var name = NameFolding.CleanName(player);
        if (name.Length < 3 || name == "NULL") return;
        persons.Add(name);
        var surname = NameFolding.Surname(name);
        if (surname.Length >= 4 && char.IsUpper(surname[0])) persons.Add(surname);
    }

    private static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')) : [];
}
