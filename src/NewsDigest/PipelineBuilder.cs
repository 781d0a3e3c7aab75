using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Merging;

namespace NewsDigest;

/// <summary>Chooses the pipeline's stages; <see cref="Build"/> checks them and returns an immutable <see cref="Pipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private IReportDetector? _detector;
    private readonly List<IFactExtractor> _extractors = [];
    private IMatchMerger? _merger;

    public PipelineBuilder UseReportDetector(IReportDetector detector)
    {
        _detector = detector;
        return this;
    }

    /// <summary>Adds an extractor; extractors run in the order added, so add teams before the facts that need them.</summary>
    public PipelineBuilder AddExtractor(IFactExtractor extractor)
    {
        _extractors.Add(extractor);
        return this;
    }

    public PipelineBuilder UseMerger(IMatchMerger merger)
    {
        _merger = merger;
        return this;
    }

    public Pipeline Build()
    {
        if (_detector is null) throw new InvalidOperationException("The pipeline needs a report detector: call UseReportDetector.");
        if (_extractors.Count == 0) throw new InvalidOperationException("The pipeline needs at least one fact extractor: call AddExtractor.");
        if (_merger is null) throw new InvalidOperationException("The pipeline needs a merger: call UseMerger.");
        return new Pipeline(_detector, _extractors.ToArray(), _merger);
    }
}
