namespace NewsDigest.Learning.Training;

/// <summary>
/// What cross-validating the HTML block scorer gives: the temperature fit to the out-of-fold scores and, per page, each
/// block's out-of-fold probability of being content as the scorer blends it (null for pages whose text came from their scripts).
/// </summary>
internal sealed record HtmlBlockCrossValidation(double Temperature, double[]?[] OutOfFold)
{
    /// <summary>The perceptron's own out-of-fold probabilities, before the blend with the trees.</summary>
    public double[]?[] PerceptronOutOfFold { get; init; } = [];

    /// <summary>The trees' own out-of-fold probabilities, before the blend.</summary>
    public double[]?[] TreesOutOfFold { get; init; } = [];
}
