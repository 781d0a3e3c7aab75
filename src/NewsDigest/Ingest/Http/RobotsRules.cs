namespace NewsDigest.Ingest.Http;

/// <summary>The Allow/Disallow rules of a robots.txt (RFC 9309) for one user agent: the longest matching rule wins, Allow on a tie.</summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsRules(IReadOnlyList<(string, bool)> rules) => _rules = rules;

    public static readonly RobotsRules AllowAll = new([]);
    public static readonly RobotsRules DisallowAll = new([("/", false)]);

    /// <summary>Reads the groups for <paramref name="agent"/> (case-insensitive product token), or the * groups when none names it.</summary>
    public static RobotsRules Parse(string robotsTxt, string agent)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        foreach (var raw in robotsTxt.Split('\n'))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            string key = line[..colon].Trim().ToLowerInvariant();
            string value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive User-agent lines share one group; a User-agent after rules starts a new one.
                if (current is null || current.Value.Rules.Count > 0 || current.Value.Agents.Count == 0)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(value.ToLowerInvariant());
                continue;
            }
            if (key is not ("allow" or "disallow") || current is null) continue;
            // "Disallow:" with nothing allows everything; it is kept as a rule-less marker so the group is not empty.
            current.Value.Rules.Add(key == "disallow" && value.Length == 0 ? ("", true) : (value, key == "allow"));
        }
        string token = agent.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(mine.SelectMany(g => g.Rules).Where(r => r.Item1.Length > 0).ToList());
    }

    /// <summary>Whether the path (with query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        if (pathAndQuery == "/robots.txt") return true;
        int bestLength = -1;
        bool allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, pathAndQuery)) continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>Robots patterns: a prefix, where * matches any run and a final $ anchors the end. Iterative, so long patterns cannot blow the stack.</summary>
    internal static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var parts = pattern.Split('*');
        int at = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (i == 0)
            {
                if (!path.StartsWith(part, StringComparison.Ordinal)) return false;
                at = part.Length;
                continue;
            }
            bool last = i == parts.Length - 1;
            int found = last && anchored ? (path.EndsWith(part, StringComparison.Ordinal) && path.Length - part.Length >= at ? path.Length - part.Length : -1) : path.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + part.Length;
        }
        return !anchored || at == path.Length || (parts.Length > 1 && at == path.Length);
    }
}
