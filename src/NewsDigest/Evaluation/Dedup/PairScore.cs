namespace NewsDigest.Evaluation.Dedup;

/// <summary>Precision, recall and F1 over unordered pairs of items: the measure for near-copy pairs and for match grouping.</summary>
public sealed record PairScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => 2.0 * TruePositives + FalsePositives + FalseNegatives == 0 ? 1 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>Scores predicted pairs against true pairs, both as sets of unordered id pairs.</summary>
    public static PairScore Of(IEnumerable<(string, string)> predicted, IEnumerable<(string, string)> truth)
    {
        var p = predicted.Select(Ordered).ToHashSet();
        var t = truth.Select(Ordered).ToHashSet();
        int tp = p.Count(t.Contains);
        return new PairScore(tp, p.Count - tp, t.Count - tp);
    }

    /// <summary>Every unordered pair within each group.</summary>
    public static IEnumerable<(string, string)> PairsWithin(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
            for (int i = 0; i < group.Count; i++)
                for (int j = i + 1; j < group.Count; j++)
                    yield return (group[i], group[j]);
    }

    public static (string, string) Ordered((string A, string B) pair) => string.CompareOrdinal(pair.A, pair.B) <= 0 ? pair : (pair.B, pair.A);

    public override string ToString() => System.FormattableString.Invariant($"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");
}
