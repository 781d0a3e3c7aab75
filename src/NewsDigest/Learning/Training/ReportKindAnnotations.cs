using NewsDigest.Extraction.Reports;

namespace NewsDigest.Learning.Training;

/// <summary>Reads the hand labels of archive articles (data/annotations/report-kinds.tsv: id, kind in camelCase, note); bad lines are reported, not dropped silently.</summary>
public static class ReportKindAnnotations
{
    public const string RelativePath = "data/annotations/report-kinds.tsv";

    /// <summary>
    /// Session 10's train-split labels (active learning on the tree model), kept in their own file and read by the report
    /// recipe beside <see cref="RelativePath"/>: a retrain with them raised the held-out decisions (see data/annotations/README.md).
    /// </summary>
    public const string SessionTenPath = "data/annotations/report-kinds-session10.tsv";

    /// <summary>
    /// The labels the report recipe trains and scores with: <see cref="RelativePath"/> and <see cref="SessionTenPath"/>. An id
    /// the second file repeats is a problem (the first label stands), and so is a second-file id outside the train split
    /// (left out: that file may only teach, never move a held-out article).
    /// </summary>
    public static (Dictionary<string, ReportKind> Labels, List<string> Problems) ReadForTraining(string repositoryRoot)
    {
        var (labels, problems) = Read(Path.Combine(repositoryRoot, RelativePath));
        var (extra, extraProblems) = Read(Path.Combine(repositoryRoot, SessionTenPath));
        problems.AddRange(extraProblems);
        foreach (var (id, kind) in extra)
        {
            if (DataSplit.Of(id) != DataSplit.Part.Train) { problems.Add($"{SessionTenPath}: {id} is not in the train split; left out"); continue; }
            if (!labels.TryAdd(id, kind)) problems.Add($"{SessionTenPath}: {id} is labelled in {RelativePath} already; that label stands");
        }
        return (labels, problems);
    }

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
