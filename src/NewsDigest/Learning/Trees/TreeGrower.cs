using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Trees;

/// <summary>
/// Grows one regression tree of a boosting round on histogram bins: every node sums the rows' gradients and hessians per bin
/// of each allowed feature, takes the split with the largest gain G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) (ties to the lower
/// feature, then the lower bin, so growth is deterministic), and stops at the depth limit, when no split leaves enough rows
/// each side, or when the gain is too small. Leaves get the shrunk Newton step −G/(H+λ)·rate.
/// </summary>
internal sealed class TreeGrower(BoostedTreesOptions options, FeatureBins bins, byte[][] binned, double[] gradients, double[] hessians)
{
    private readonly double[] _g = new double[256];
    private readonly double[] _h = new double[256];
    private readonly int[] _c = new int[256];

    private readonly List<int> _feature = [];
    private readonly List<float> _threshold = [];
    private readonly List<int> _left = [];
    private readonly List<int> _right = [];
    private readonly List<float> _leaves = [];

    public RegressionTree Grow(int[] rows, int[] features)
    {
        _feature.Clear();
        _threshold.Clear();
        _left.Clear();
        _right.Clear();
        _leaves.Clear();
        Node(rows, features, 0);
        return new RegressionTree(new StoredTree(_feature.ToArray(), _threshold.ToArray(), _left.ToArray(), _right.ToArray(), _leaves.ToArray()));
    }

    /// <summary>Grows the subtree of these rows and returns its reference: a node index, or ~leaf for a leaf.</summary>
    private int Node(int[] rows, int[] features, int depth)
    {
        double g = 0, h = 0;
        foreach (int r in rows) { g += gradients[r]; h += hessians[r]; }
        var split = depth < options.MaxDepth && rows.Length >= 2 * options.MinLeafExamples ? BestSplit(rows, features, g, h) : null;
        if (split is not { } best) return Leaf(g, h);
        int node = _feature.Count;
        _feature.Add(best.Feature);
        _threshold.Add(bins.Edges[best.Feature][best.Bin]);
        _left.Add(0);
        _right.Add(0);
        var column = binned[best.Feature];
        var leftRows = rows.Where(r => column[r] <= best.Bin).ToArray();
        var rightRows = rows.Where(r => column[r] > best.Bin).ToArray();
        // Children come after their parent (depth first), which the file format checks so no tree can loop.
        _left[node] = Node(leftRows, features, depth + 1);
        _right[node] = Node(rightRows, features, depth + 1);
        return node;
    }

    private int Leaf(double g, double h)
    {
        _leaves.Add((float)(-g / (h + options.L2) * options.LearningRate));
        return ~(_leaves.Count - 1);
    }

    private (int Feature, int Bin)? BestSplit(int[] rows, int[] features, double g, double h)
    {
        double parent = g * g / (h + options.L2);
        double bestGain = options.MinGain;
        (int, int)? best = null;
        foreach (int f in features)
        {
            int count = bins.Bins(f);
            if (count < 2) continue;
            Array.Clear(_g, 0, count);
            Array.Clear(_h, 0, count);
            Array.Clear(_c, 0, count);
            var column = binned[f];
            foreach (int r in rows)
            {
                int b = column[r];
                _g[b] += gradients[r];
                _h[b] += hessians[r];
                _c[b]++;
            }
            double gl = 0, hl = 0;
            int cl = 0;
            for (int b = 0; b < count - 1; b++)
            {
                gl += _g[b];
                hl += _h[b];
                cl += _c[b];
                int cr = rows.Length - cl;
                if (cl < options.MinLeafExamples) continue;
                if (cr < options.MinLeafExamples) break;
                double gr = g - gl, hr = h - hl;
                double gain = gl * gl / (hl + options.L2) + gr * gr / (hr + options.L2) - parent;
                if (gain > bestGain) { bestGain = gain; best = (f, b); }
            }
        }
        return best;
    }
}
