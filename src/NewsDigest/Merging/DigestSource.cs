namespace NewsDigest.Merging;

/// <summary>What a source contributes to a match: the full report, or a reaction piece, preview or other related piece attached to the match.</summary>
public enum SourceRole
{
    Report,
    Reaction,
    Preview,

    /// <summary>A piece the report detector gave another kind (a round-up, a transfer story, a report it missed) whose teams and date place it at the match.</summary>
    Related,
}

/// <summary>One article behind a digest, with a short id ("S1") that facts cite, and the independent story it belongs to (near-copies of one wire story share it).</summary>
public sealed record DigestSource(string Id, string Source, SourceRole Role, int Story)
{
    public string? Title { get; init; }
    public string? SiteName { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>What the report detector made of the article ("reaction", "roundUp"...): the kind behind <see cref="SourceRole"/>.</summary>
    public Extraction.Reports.ReportKind Kind { get; init; }

    /// <summary>The detector's kind when the article was read as a report anyway (`--as-reports`, or its headline tells the result), else null.</summary>
    public Extraction.Reports.ReportKind? DetectedKind { get; init; }

    /// <summary>Why an article the detector turned down was read as a report without `--as-reports` (its headline tells the result), else null.</summary>
    public string? ReadAsReportBecause { get; init; }

    /// <summary>The share of its story's single vote this source carries: 1 over the number of near-copies in the story.</summary>
    public double VoteWeight { get; init; } = 1;
}

/// <summary>Sources of one digest that are near-copies of one wire story, with the similarity of each pair (every pair, or in a large group each source against the first: <see cref="Listing"/>).</summary>
public sealed record NearCopyGroup(int Story, IReadOnlyList<string> Sources, IReadOnlyList<(string First, string Second, double Similarity)> Pairs)
{
    public Dedup.PairListing Listing { get; init; } = Dedup.PairListing.AllPairs;
}
