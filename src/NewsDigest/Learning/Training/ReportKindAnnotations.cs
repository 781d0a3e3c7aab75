using NewsDigest.Extraction.Reports;

namespace NewsDigest.Learning.Training;

/// <summary>Reads the hand labels of archive articles (data/annotations/report-kinds.tsv: id, kind in camelCase, note); bad lines are reported, not dropped silently.</summary>
public static class ReportKindAnnotations
{
    public const string RelativePath = "data/annotations/report-kinds.tsv";

    public static (Dictionary<string, ReportKind> Labels, List<string> Problems) Read(string path)
    {
        var labels = new Dictionary<string, ReportKind>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (!File.Exists(path)) return (labels, problems);
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
            labels[fields[0].Trim()] = kind;
        }
        return (labels, problems);
    }
}
