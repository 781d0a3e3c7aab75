using System.Globalization;
using System.Text;
using NewsDigest.Extraction.Reports;
using NewsDigest.Learning;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

public class ScratchReportCandidatesTests
{
    private static readonly string[] Football = ["goal", "goals", "match", "league", "striker", "midfielder", "defender", "goalkeeper", "penalty", "football", "soccer", "coach", "manager", "cup", "fc", "scored", "minute", "half"];

    [SharedDataFact]
    public void Scratch_report_candidates()
    {
        if (Environment.GetEnvironmentVariable("REPORT_CANDIDATES") is null) return;
        var root = SharedData.RepositoryRoot;
        var model = ModelReportDetector.Load(File.OpenRead(Path.Combine(root, "models", ModelNames.FileName(ModelNames.Report)))).Unwrap();
        var labelled = new HashSet<string>();
        foreach (var f in new[] { "report-kinds.tsv", "report-kinds-session7.tsv", "report-kinds-news-gold.tsv" })
            labelled.UnionWith(ReportKindAnnotations.Read(Path.Combine(root, "data/annotations", f)).Labels.Keys);
        var archive = new SharedCorpora(SharedData.Root!).Archive().ToList();
        static string Key(string title) => string.Join(' ', title.Split(" | ")[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var heldOut = archive.Where(r => DataSplit.Of(r.Id) != DataSplit.Part.Train && labelled.Contains(r.Id)).ToList();
        var heldOutTitles = archive.Where(r => DataSplit.Of(r.Id) != DataSplit.Part.Train).Select(r => Key(r.Title)).ToHashSet();
        var labelledTitles = archive.Where(r => labelled.Contains(r.Id)).Select(r => Key(r.Title)).ToHashSet();
        var shingles = new HashSet<ulong>();
        foreach (var r in heldOut) shingles.UnionWith(Shingles(r.Text));
        var seenTitles = new HashSet<string>();
        var rows = new List<(double Distance, string Line)>();
        foreach (var r in archive)
        {
            if (DataSplit.Of(r.Id) != DataSplit.Part.Train || labelled.Contains(r.Id)) continue;
            var key = Key(r.Title);
            if (key.Length == 0 || heldOutTitles.Contains(key) || labelledTitles.Contains(key) || !seenTitles.Add(key)) continue;
            var head = r.Text.Length > 3000 ? r.Text[..3000] : r.Text;
            var words = head.ToLowerInvariant().Split([' ', '\n', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Count(w => Football.Contains(w)) < 3) continue;
            double p = model.SingleMatchProbability(ReportTrainingData.ToArticle(r));
            if (p is < 0.2 or > 0.75) continue;
            var mine = Shingles(r.Text);
            int shared = mine.Count(shingles.Contains);
            if (mine.Count > 0 && shared * 5 > mine.Count) continue;
            var opening = r.Text.Length > 700 ? r.Text[..700] : r.Text;
            rows.Add((Math.Abs(p - 0.45), string.Create(CultureInfo.InvariantCulture, $"{r.Id}\t{r.Domain}\t{p:0.00}\t{r.Title}\t{opening.Replace('\n', ' ').Replace('\t', ' ')}")));
        }
        var perDomain = new Dictionary<string, int>();
        var output = new StringBuilder();
        foreach (var (_, line) in rows.OrderBy(x => x.Distance))
        {
            var domain = line.Split('\t')[1];
            perDomain[domain] = perDomain.GetValueOrDefault(domain) + 1;
            if (perDomain[domain] > 2) continue;
            output.AppendLine(line);
        }
        File.WriteAllText("/tmp/s10_candidates.tsv", output.ToString());
    }

    private static HashSet<ulong> Shingles(string text)
    {
        var words = (text.Length > 2000 ? text[..2000] : text).ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<ulong>();
        for (int i = 0; i + 8 <= words.Length; i++)
        {
            ulong h = 1469598103934665603;
            for (int j = i; j < i + 8; j++) foreach (char c in words[j]) h = (h ^ c) * 1099511628211;
            set.Add(h);
        }
        return set;
    }
}
