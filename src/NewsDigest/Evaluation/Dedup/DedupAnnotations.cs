namespace NewsDigest.Evaluation.Dedup;

/// <summary>A hand-labelled pair of archive articles: near-copies of one story or distinct.</summary>
public sealed record LabelledPair(string First, string Second, bool IsCopy, string Note);

/// <summary>A hand-labelled member of a same-match group: the group's name, the article id and its role (report, reaction, preview).</summary>
public sealed record LabelledGroupMember(string Group, string Id, string Role);

/// <summary>Reads the labelled sets in data/annotations/dedup (tab-separated, '#' comments); a malformed line is reported, not skipped silently.</summary>
public static class DedupAnnotations
{
    public static IReadOnlyList<LabelledPair> ReadPairs(string path, Action<string> onProblem) =>
        Rows(path, 3, onProblem).Select(r => r.Fields[2] switch
        {
            "copy" => new LabelledPair(r.Fields[0], r.Fields[1], true, r.Fields.ElementAtOrDefault(3) ?? ""),
            "distinct" => new LabelledPair(r.Fields[0], r.Fields[1], false, r.Fields.ElementAtOrDefault(3) ?? ""),
            _ => Problem<LabelledPair>(onProblem, $"{path}:{r.Line}: label '{r.Fields[2]}' is neither copy nor distinct"),
        }).OfType<LabelledPair>().ToArray();

    public static IReadOnlyList<LabelledGroupMember> ReadGroups(string path, Action<string> onProblem) =>
        Rows(path, 3, onProblem).Select(r => new LabelledGroupMember(r.Fields[0], r.Fields[1], r.Fields[2])).ToArray();

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, int minimumFields, Action<string> onProblem)
    {
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length < minimumFields)
            {
                onProblem($"{path}:{number}: expected at least {minimumFields} tab-separated fields");
                continue;
            }
            yield return (number, fields);
        }
    }

    private static T? Problem<T>(Action<string> onProblem, string message) where T : class
    {
        onProblem(message);
        return null;
    }
}
