namespace NewsDigest.Extraction.Teams;

/// <summary>The two sides of a match, in the order the report names them (headline or first mention).</summary>
public sealed record TeamPair(string First, string Second, Evidence Evidence)
{
    public bool Contains(string team) =>
        string.Equals(First, team, StringComparison.OrdinalIgnoreCase) || string.Equals(Second, team, StringComparison.OrdinalIgnoreCase);
}
