using NewsDigest.Extraction.Reports;

namespace NewsDigest.Learning.Training;

/// <summary>One line of a report-kind label file: the archive article's id, its kind and the labeller's note.</summary>
public readonly record struct ReportKindLabel(string Id, ReportKind Kind, string Note);

/// <summary>Reads the hand labels of archive articles (data/annotations/report-kinds.tsv: id, kind in camelCase, note); bad lines are reported, not dropped silently.</summary>
public static class ReportKindAnnotations
{
    public const string RelativePath = "data/annotations/report-kinds.tsv";

    public static (Dictionary<string, ReportKind> Labels, List<string> Problems) Read(string path)
    {
        var (lines, problems) = ReadLines(path);
        var labels = new Dictionary<string, ReportKind>(StringComparer.Ordinal);
        foreach (var line in lines) labels[line.Id] = line.Kind;
        return (labels, problems);
    }

    /// <summary>Every well-formed line in file order, with its note (empty when the line has none).</summary>
    public static (List<ReportKindLabel> Lines, List<string> Problems) ReadLines(string path)
    {
        var lines = new List<ReportKindLabel>();
        var problems = new List<string>();
        if (!File.Exists(path)) return (lines, problems);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) { problems.Add($"{path}:{lineNumber}: expected id<TAB>kind"); continue; }
            if (fields[0] == "id") continue;
            if (!Enum.TryParse<ReportKind>(fields[1].Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                problems.Add($"{path}:{lineNumber}: unknown report kind '{fields[1]}'");
                continue;
            }
            lines.Add(new ReportKindLabel(fields[0].Trim(), kind, fields.Length > 2 ? fields[2].Trim() : ""));
        }
        return (lines, problems);
    }
}
