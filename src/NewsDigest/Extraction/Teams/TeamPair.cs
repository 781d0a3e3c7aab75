namespace NewsDigest.Extraction.Teams;

/// <summary>The two sides of a match, in the order the report names them (headline or first mention).</summary>
public sealed record TeamPair(string First, string Second, Evidence Evidence)
{
    public bool Contains(string team) =>
        string.Equals(First, team, StringComparison.OrdinalIgnoreCase) || string.Equals(Second, team, StringComparison.OrdinalIgnoreCase);

    /// <summary>The one side whose name holds every word of <paramref name="written"/> as a whole word, whatever the case ("Barasat" and
    /// "ATHLETIC" for Barasat Youth Club and Cwmderwen Athletic), or null when neither side or both do: how a result line may write a side
    /// by the part of its name it goes by.</summary>
    public string? SideWrittenAs(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        bool Holds(string side)
        {
            var own = side.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.All(word => own.Contains(word, StringComparer.OrdinalIgnoreCase));
        }
        bool first = Holds(First), second = Holds(Second);
        return first == second ? null : first ? First : Second;
    }
}
