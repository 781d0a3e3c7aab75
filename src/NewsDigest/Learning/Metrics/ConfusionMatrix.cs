using System.Globalization;
using System.Text;

namespace NewsDigest.Learning.Metrics;

/// <summary>Counts of (gold, predicted) label pairs, with accuracy and per-label precision, recall and F1.</summary>
public sealed class ConfusionMatrix(IReadOnlyList<string> labels)
{
    private readonly int[,] _counts = new int[labels.Count, labels.Count];

    public IReadOnlyList<string> Labels { get; } = labels;
    public int Total { get; private set; }

    public void Add(int gold, int predicted)
    {
        _counts[gold, predicted]++;
        Total++;
    }

    public int Count(int gold, int predicted) => _counts[gold, predicted];

    public double Accuracy
    {
        get
        {
            int correct = 0;
            for (int i = 0; i < Labels.Count; i++) correct += _counts[i, i];
            return Total == 0 ? 0 : (double)correct / Total;
        }
    }

    public LabelScores ScoresOf(int label)
    {
        int tp = _counts[label, label], goldTotal = 0, predictedTotal = 0;
        for (int i = 0; i < Labels.Count; i++)
        {
            goldTotal += _counts[label, i];
            predictedTotal += _counts[i, label];
        }
        return LabelScores.From(tp, predictedTotal - tp, goldTotal - tp);
    }

    /// <summary>The mean F1 over labels that occur in gold.</summary>
    public double MacroF1
    {
        get
        {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < Labels.Count; i++)
            {
                var s = ScoresOf(i);
                if (s.Support == 0) continue;
                sum += s.F1;
                n++;
            }
            return n == 0 ? 0 : sum / n;
        }
    }

    /// <summary>A plain-text report: accuracy, a per-label table and the matrix (rows gold, columns predicted).</summary>
    public string Format()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(ci, $"  accuracy {Accuracy:0.000} on {Total} examples, macro F1 {MacroF1:0.000}"));
        int width = Math.Max(8, Labels.Max(l => l.Length) + 1);
        sb.AppendLine(string.Create(ci, $"  {"label".PadRight(width)} {"P",6} {"R",6} {"F1",6} {"gold",6}"));
        for (int i = 0; i < Labels.Count; i++)
        {
            var s = ScoresOf(i);
            sb.AppendLine(string.Create(ci, $"  {Labels[i].PadRight(width)} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000} {s.Support,6}"));
        }
        sb.AppendLine("  confusion (rows gold, columns predicted, in label order):");
        for (int i = 0; i < Labels.Count; i++)
        {
            sb.Append("  ").Append(Labels[i].PadRight(width));
            for (int j = 0; j < Labels.Count; j++) sb.Append(ci, $" {_counts[i, j],5}");
            sb.AppendLine();
        }
        return sb.ToString();
    }
}

/// <summary>Precision, recall and F1 from true positive, false positive and false negative counts.</summary>
public readonly record struct LabelScores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static LabelScores From(int tp, int fp, int fn) => new(tp, fp, fn);

    public int Support => TruePositives + FalseNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
    public double F1 => 2 * TruePositives + FalsePositives + FalseNegatives == 0 ? 0 : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);

    public LabelScores Plus(LabelScores other) => new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);
}
