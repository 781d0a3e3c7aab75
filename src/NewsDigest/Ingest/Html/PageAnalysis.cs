namespace NewsDigest.Ingest.Html;

/// <summary>
/// What the hand rules made of a page: their text, and the page's blocks with their decisions when a scorer asked for them.
/// <paramref name="Standfirst"/> is the summary from the page's metadata that the rules put before the blocks' text (it is in
/// <paramref name="RulesText"/>, not in the blocks, so a scorer's choice of blocks keeps it).
/// </summary>
internal sealed record PageAnalysis(IReadOnlyList<string> RulesText, PageBlocks? Blocks, string? Standfirst = null)
{
    /// <summary>The text of the chosen blocks with the standfirst before it.</summary>
    public IReadOnlyList<string> WithStandfirst(IReadOnlyList<string> blocks) => Standfirst is null ? blocks : [Standfirst, .. blocks];

    /// <summary>The page's declared language (`&lt;html lang&gt;` as written), for reporting figures by language.</summary>
    public string? Language { get; init; }
}
