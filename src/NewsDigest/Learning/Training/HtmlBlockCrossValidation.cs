namespace NewsDigest.Learning.Training;

/// <summary>
/// What cross-validating the HTML block scorer gives: the temperature fit to the out-of-fold scores and, per page, each
/// block's out-of-fold probability of being content (null for pages whose text came from their scripts).
/// </summary>
internal sealed record HtmlBlockCrossValidation(double Temperature, double[]?[] OutOfFold);
