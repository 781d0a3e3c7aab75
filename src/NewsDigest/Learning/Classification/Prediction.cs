namespace NewsDigest.Learning.Classification;

/// <summary>A classifier's answer: the label index and its calibrated probability.</summary>
public readonly record struct Prediction(int Label, double Confidence);
