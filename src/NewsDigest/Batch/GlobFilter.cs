using System.Text;
using System.Text.RegularExpressions;

namespace NewsDigest.Batch;

/// <summary>
/// Include/exclude globs for files found under a directory: '*' and '?' stay within a path segment, '**' crosses them,
/// '{a,b}' chooses. A pattern without '/' is matched against the file name alone, others against the path relative to the directory.
/// </summary>
public sealed class GlobFilter
{
    private readonly IReadOnlyList<(Regex Pattern, bool NameOnly)> _include;
    private readonly IReadOnlyList<(Regex Pattern, bool NameOnly)> _exclude;

    public GlobFilter(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        _include = include.Select(Compile).ToArray();
        _exclude = exclude.Select(Compile).ToArray();
    }

    public static readonly GlobFilter All = new([], []);

    /// <summary>Whether a file at this path (relative to the directory given as input) is taken.</summary>
    public bool Includes(string relativePath)
    {
        relativePath = relativePath.Replace('\\', '/');
        string name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        bool Matches((Regex Pattern, bool NameOnly) glob) => glob.Pattern.IsMatch(glob.NameOnly ? name : relativePath);
        if (_include.Count > 0 && !_include.Any(Matches)) return false;
        return !_exclude.Any(Matches);
    }

    private static (Regex, bool) Compile(string glob)
    {
        glob = glob.Replace('\\', '/').TrimStart('/');
        if (glob.StartsWith("./", StringComparison.Ordinal)) glob = glob[2..];
        var regex = new StringBuilder("^");
        int braces = 0;
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more whole directories; a bare "**" matches anything.
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else if (c == '{')
            {
                braces++;
                regex.Append("(?:");
            }
            else if (c == '}' && braces > 0)
            {
                braces--;
                regex.Append(')');
            }
            else if (c == ',' && braces > 0) regex.Append('|');
            else regex.Append(Regex.Escape(c.ToString()));
        }
        regex.Append('$');
        return (new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), !glob.Contains('/'));
    }
}
