using System.Text.RegularExpressions;

namespace NewsDigest.Text;

/// <summary>
/// Finds a pattern's matches, left to right and without overlap, trying it only at positions a cheap test allows: a generated
/// regex narrows its starts to a set of characters, mid-word ones included, and each attempt there tries every form. Given a
/// pattern anchored with <c>\G</c> and a test that is false only where no match can start, the result equals <c>Matches</c> of
/// the unanchored pattern.
/// </summary>
public static class GatedRegexScan
{
    public static List<Match> Matches(Regex anchoredAtStart, string text, Func<string, int, bool> mayOpenAt)
    {
        var found = new List<Match>();
        int pos = 0;
        while (pos < text.Length)
        {
            if (!mayOpenAt(text, pos))
            {
                pos++;
                continue;
            }
            var match = anchoredAtStart.Match(text, pos);
            if (match.Success)
            {
                found.Add(match);
                pos = match.Index + match.Length;
            }
            else pos++;
        }
        return found;
    }
}
