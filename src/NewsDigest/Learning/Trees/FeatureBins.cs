namespace NewsDigest.Learning.Trees;

/// <summary>
/// Histogram bins of each dense feature, fit on the training rows: a feature with few distinct values gets a bin per value,
/// one with many gets bins of about equal row counts. Bin b holds the values at most Edges[f][b] (the last bin the rest), so a
/// split after bin b is the threshold "at most Edges[f][b]", and a row's bin and the threshold comparison always agree.
/// </summary>
internal sealed class FeatureBins
{
    private FeatureBins(float[][] edges) => Edges = edges;

    /// <summary>Per feature, the upper edges of every bin but the last (ascending, each a midpoint between two seen values).</summary>
    public float[][] Edges { get; }

    public int Bins(int feature) => Edges[feature].Length + 1;

    public static FeatureBins Fit(IReadOnlyList<DenseExample> rows, int featureCount, int maxBins)
    {
        var edges = new float[featureCount][];
        var values = new float[rows.Count];
        for (int f = 0; f < featureCount; f++)
        {
            for (int r = 0; r < rows.Count; r++) values[r] = rows[r].Features[f];
            Array.Sort(values);
            var distinct = new List<(float Value, int Count)>();
            foreach (float v in values)
            {
                if (distinct.Count > 0 && distinct[^1].Value == v) distinct[^1] = (v, distinct[^1].Count + 1);
                else distinct.Add((v, 1));
            }
            var cuts = new List<float>();
            if (distinct.Count <= maxBins)
            {
                for (int d = 0; d + 1 < distinct.Count; d++) cuts.Add(Midpoint(distinct[d].Value, distinct[d + 1].Value));
            }
            else
            {
                // Close a bin once it holds its share of the rows; a value is never split across bins.
                double perBin = (double)rows.Count / maxBins;
                int seen = 0, lastCut = 0;
                for (int d = 0; d + 1 < distinct.Count && cuts.Count < maxBins - 1; d++)
                {
                    seen += distinct[d].Count;
                    if (seen - lastCut >= perBin)
                    {
                        cuts.Add(Midpoint(distinct[d].Value, distinct[d + 1].Value));
                        lastCut = seen;
                    }
                }
            }
            edges[f] = cuts.ToArray();
        }
        return new FeatureBins(edges);
    }

    /// <summary>The bin of a value: the first whose edge is at least the value.</summary>
    public byte BinOf(int feature, float value)
    {
        var e = Edges[feature];
        int lo = 0, hi = e.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (value <= e[mid]) hi = mid; else lo = mid + 1;
        }
        return (byte)lo;
    }

    /// <summary>A threshold strictly below b and at least a, so "at most the threshold" separates them.</summary>
    private static float Midpoint(float a, float b)
    {
        float mid = (float)((a + (double)b) / 2);
        return mid >= b ? a : mid;
    }
}
