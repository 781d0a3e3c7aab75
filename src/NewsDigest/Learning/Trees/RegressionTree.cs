using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Trees;

/// <summary>
/// One fitted regression tree over dense features: internal nodes compare one feature with a threshold (at most it: left),
/// leaves hold the value added to the ensemble's margin. Nodes are numbered so that children come after their parent.
/// Immutable and thread-safe.
/// </summary>
public sealed class RegressionTree
{
    private readonly StoredTree _stored;

    internal RegressionTree(StoredTree stored) => _stored = stored;

    /// <summary>Internal nodes (splits); the tree has one more leaf than this.</summary>
    public int Splits => _stored.Feature.Length;

    /// <summary>The features the tree's splits read, with repeats, in node order.</summary>
    public IReadOnlyList<int> SplitFeatures => _stored.Feature;

    /// <summary>The value of the leaf the row reaches.</summary>
    public float Value(ReadOnlySpan<float> features)
    {
        var s = _stored;
        if (s.Feature.Length == 0) return s.Leaves[0];
        int node = 0;
        while (true)
        {
            int next = features[s.Feature[node]] <= s.Threshold[node] ? s.Left[node] : s.Right[node];
            if (next < 0) return s.Leaves[~next];
            node = next;
        }
    }

    internal StoredTree ToStored() => _stored;
}
