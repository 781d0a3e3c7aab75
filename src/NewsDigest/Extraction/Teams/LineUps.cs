using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>The two teams printed at a report's foot, each side's name and a colon before its eleven ("Cowdenbeath: Bryce; Hill, Rankin,
/// Laidlaw, Stewart; ...", "TOOL ROOM: B. Cope; D. Ashby, ...", "Laferrere Sur (2): Gustavo Pardo; ..."): newspapers print the line-ups of
/// the match told, for clubs no gazetteer holds as much as for known ones, so the two names before them are the pair.</summary>
internal static partial class LineUps
{
    /// <summary>Fewer names than this after a colon is a list of scorers, bookings or substitutes, not a team.</summary>
    private const int MinPlayers = 10;

    /// <summary>How many lines (substitutes, a manager) may stand between the two teams.</summary>
    private const int MaxLinesBetween = 2;

    /// <summary>The sides of the first two team lines of the text that follow each other, in the order printed; null when there are none.</summary>
    public static TeamPair? Find(ExtractionContext context)
    {
        var text = context.Text;
        Match? previous = null;
        for (var m = TeamLine().Match(text); m.Success; m = m.NextMatch())
        {
            if (Players(m.Groups["players"].Value) < MinPlayers || context.IsQuoted(m.Index)) continue;
            if (previous is not null && LinesBetween(text, previous.Index + previous.Length, m.Index) <= MaxLinesBetween
                && Side(context, previous) is { } a && Side(context, m) is { } b && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                return new TeamPair(a, b, context.EvidenceAt(previous.Index));
            previous = m;
        }
        return null;
    }

    private static string? Side(ExtractionContext context, Match line) =>
        ResultSentenceReader.Clean(ScoreBox.TitleCased(line.Groups["name"].Value)) is { Length: > 1 } clean ? ResultSideNames.Named(context, clean) : null;

    /// <summary>The names a line lists: its parts between commas and semicolons outside brackets ("Kerr (Aitken 75)" is one).</summary>
    private static int Players(string list)
    {
        int parts = 1, depth = 0;
        foreach (char c in list)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ',' or ';') parts++;
        }
        return parts;
    }

    private static int LinesBetween(string text, int from, int to)
    {
        // Paragraphs are parted by a blank line: a run of line breaks counts as one.
        int lines = 0;
        for (int i = from; i < to; i++) if (text[i] == '\n' && (i == from || text[i - 1] != '\n')) lines++;
        return Math.Max(0, lines - 1);
    }

    /// <summary>A line opening on a name of capitalised words (with "of", "de" ... between), its goals in brackets at most, a colon, and a list
    /// whose first part (the goalkeeper) closes on a semicolon, as line-ups print the keeper apart from the outfield players.</summary>
    [GeneratedRegex(@"(?<=^|\n)(?<name>[\p{Lu}][\p{L}\p{M}'’.&\-]*(?: (?:(?:of|de|del|di|da|do)(?: the)? )?[\p{Lu}][\p{L}\p{M}'’.&\-]*){0,4})(?: \([0-9]{1,2}\))?:[ \t]+(?<players>[^;\n]{1,40};[^\n]+)")]
    private static partial Regex TeamLine();
}
