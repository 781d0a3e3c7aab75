using System.Globalization;

namespace NewsDigest.Evaluation.Dedup;

/// <summary>A goal in the historic results table: scorer, minute, and whether it was a penalty or an own goal.</summary>
public sealed record HistoricGoal(string Scorer, int Minute, bool Penalty, bool OwnGoal);

/// <summary>One Premier League match from ../shared/facts: the truth that synthetic reports are written from.</summary>
public sealed record HistoricMatch(string Season, DateOnly Date, string Home, int HomeGoals, IReadOnlyList<HistoricGoal> HomeScorers, string Away, int AwayGoals, IReadOnlyList<HistoricGoal> AwayScorers, string Venue)
{
    public string Id => $"{Season}|{Date:yyyy-MM-dd}|{Home}|{Away}";

    /// <summary>Reads the results CSV (season,date,home_team,home_score,home_scorers,away_team,away_score,away_scorers,venue); bad rows go to the callback.</summary>
    public static IReadOnlyList<HistoricMatch> ReadAll(string path, Action<string> onProblem)
    {
        var matches = new List<HistoricMatch>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1) continue;
            var f = SplitCsv(line);
            if (f.Count < 9 || !DateOnly.TryParseExact(f[1], "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !int.TryParse(f[3], out int homeGoals) || !int.TryParse(f[6], out int awayGoals))
            {
                onProblem($"{path}:{number}: not a results row");
                continue;
            }
            matches.Add(new HistoricMatch(f[0], date, f[2], homeGoals, Goals(f[4]), f[5], awayGoals, Goals(f[7]), f[8]));
        }
        return matches;
    }

    private static IReadOnlyList<HistoricGoal> Goals(string field)
    {
        if (field is "" or "NULL") return [];
        var goals = new List<HistoricGoal>();
        foreach (var entry in field.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(',');
            if (parts.Length < 3 || !int.TryParse(parts[^2], out int minute)) continue;
            var kind = parts[^1].Trim();
            goals.Add(new HistoricGoal(string.Join(",", parts[..^2]).Trim(), minute, kind == "pen", kind == "og"));
        }
        return goals;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
