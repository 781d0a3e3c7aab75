namespace NewsDigest.Learning.Persistence;

/// <summary>
/// A boosted tree ensemble as a model file stores it: the starting margin, how many dense features its trees read, and the
/// trees themselves. The trees' learner (`Learning/Trees`) converts to and from this, so the file format does not depend on it.
/// </summary>
public sealed record StoredTreeEnsemble(double Bias, int FeatureCount, IReadOnlyList<StoredTree> Trees);

/// <summary>
/// One regression tree as a model file stores it. Internal node n sends a row whose feature <c>Feature[n]</c> is at most
/// <c>Threshold[n]</c> to <c>Left[n]</c>, else to <c>Right[n]</c>; a child of 0 or more is another internal node, a negative
/// child c is leaf ~c with value <c>Leaves[~c]</c>. A tree with no internal nodes is its single leaf.
/// </summary>
public sealed record StoredTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, float[] Leaves);
