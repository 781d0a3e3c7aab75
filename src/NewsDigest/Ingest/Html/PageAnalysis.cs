namespace NewsDigest.Ingest.Html;

/// <summary>What the hand rules made of a page: their text, and the page's blocks with their decisions when a scorer asked for them.</summary>
internal sealed record PageAnalysis(IReadOnlyList<string> RulesText, PageBlocks? Blocks);
