using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>A result written as each side's name followed by its goals, standing apart from running prose: a headline part or a line of
/// its own ("Brighton and Hove Albion 4 Durham 1", "Liverpool FC Women 1, Everton 4: ...", "Yesterday's visit – Southampton 1 Newcastle 3"),
/// two lines at the top or foot of a report ("Shamrock Rovers 0 / Breidablik 1", "Henderson Eels FC: 0 / Hekari United FC: 3 (Kaipu 20’)"),
/// or the words after a final-score label ("Final scoreline: Stourbridge Women 0 Newcastle United Women 3", "the final score read
/// Newcastle 1 Sunderland 0"). Names come back as written; <see cref="Labelled"/> tells a result the text calls the final one, <see cref="TwoLined"/>
/// one written over two lines (a shape lists of places and counts share: "Asia: 8 (+4) / Africa: 9 (+4)"), <see cref="WithScorers"/> one whose
/// goals are followed by who scored them and when ("(Ileen PEGI 27, Madeline ARUKAU 36, 40)"), which no list of counts has.</summary>
public sealed partial record SideGoals(string First, int FirstGoals, string Second, int SecondGoals, int Position, bool Labelled, bool TwoLined = false, bool WithScorers = false)
{
    /// <summary>How far into the text a result line may stand and still be the report's own (headline repeated, standfirst).</summary>
    private const int TopLines = 3;

    /// <summary>More goals than this for one side is a list number or a year, not a football score.</summary>
    private const int MaxGoals = 20;

    /// <summary>The results a headline writes side by side, in headline order.</summary>
    public static IEnumerable<SideGoals> InTitle(string title)
    {
        for (var m = OnOneLine().Match(title); m.Success; m = m.NextMatch())
            if (Read(m, labelled: false) is { } found) yield return found;
    }

    /// <summary>The results the text sets apart: labelled final scores first (anywhere), then result lines among its first lines, then
    /// two-line result boxes anywhere.</summary>
    public static IEnumerable<SideGoals> InText(string text)
    {
        for (var label = FinalLabel().Match(text); label.Success; label = label.NextMatch())
        {
            int at = label.Index + label.Length;
            var m = OnOneLine().Match(text, at);
            if (m.Success && m.Index == at && Read(m, labelled: true) is { } found) yield return found;
        }
        int top = LineStart(text, TopLines);
        for (var m = OnOneLine().Match(text, 0, top); m.Success; m = m.NextMatch())
            if (AtLineOrPartStart(text, m.Index) && Read(m, labelled: false) is { } found) yield return found;
        for (var m = TwoLines().Match(text); m.Success; m = m.NextMatch())
        {
            // Two name-and-goals lines in prose are rare, but a plain one ("Round 2") is only trusted at the top; the colon form anywhere.
            if (m.Index >= top && !m.Groups["colon"].Success) continue;
            if (Read(m, labelled: false) is { } found) yield return found with { TwoLined = true, WithScorers = ScorerList(m.Groups["sa"].Value) || ScorerList(m.Groups["sb"].Value) };
        }
    }

    /// <summary>Results written as a whole sentence of prose, anywhere after the first lines: "Let's get the facts out of the way. Wycombe
    /// Wanderers 1, Peterborough United 2.", "SCORERS: Brora Rangers 3 (Mackay 12, 55, 71) Buckie Thistle 1 (Geddes 84).", a closing
    /// "Result: Harbour Town 2 Millbrook 1." or an agency's "RESULT:" line over "Harbour Town 4 (Lowe 21, 81) Millbrook 0". Names come back
    /// as written; only the score reader asks, once it knows the pair, since a sentence in the body may be another match's.</summary>
    public static IEnumerable<SideGoals> InSentences(string text)
    {
        for (var m = WholeSentence().Match(text); m.Success; m = m.NextMatch())
            if (Read(m, labelled: false) is { } found) yield return found with { WithScorers = m.Groups["sa"].Success };
    }

    /// <summary>Whether a bracket after a side's goals names scorers with minutes: a name of letters and a minute of digits, a penalty's
    /// "(P)" between them ("Jane ALATOA (P) 37’").</summary>
    private static bool ScorerList(string bracket) =>
        bracket.Length > 0 && ScorerWithMinute().IsMatch(bracket);

    [GeneratedRegex(@"\p{L}{2,}(?: \(\p{L}{1,3}\))? [0-9]{1,3}(?![0-9])")]
    private static partial Regex ScorerWithMinute();

    private static SideGoals? Read(Match m, bool labelled)
    {
        int x = int.Parse(m.Groups["x"].Value), y = int.Parse(m.Groups["y"].Value);
        if (x > MaxGoals || y > MaxGoals) return null;
        string a = m.Groups["a"].Value.Trim(), b = m.Groups["b"].Value.Trim();
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return null;
        return new SideGoals(a, x, b, y, m.Index, labelled);
    }

    /// <summary>The index where the text's line number <paramref name="lines"/> (counted from 0, blank lines not counted) starts, or the text's end.</summary>
    private static int LineStart(string text, int lines)
    {
        int at = 0;
        for (int i = 0; i < lines && at < text.Length; i++)
        {
            int next = text.IndexOf('\n', at);
            if (next < 0) return text.Length;
            // Paragraphs are parted by a blank line: the run of line breaks is one break.
            for (at = next + 1; at < text.Length && text[at] is '\n' or '\r'; at++) { }
        }
        return at;
    }

    /// <summary>Whether a result starts a line or a headline part ("Yesterday's visit was special – Southampton 1 Newcastle 3").</summary>
    private static bool AtLineOrPartStart(string text, int at)
    {
        if (at == 0 || text[at - 1] == '\n') return true;
        return at >= 2 && text[at - 1] == ' ' && text[at - 2] is '–' or '—' or '-' or '|' or ':';
    }

    /// <summary>A side's name: capitalised words, with "and", "&amp;" or "of" inside ("Brighton and Hove Albion", "Queen of the South").</summary>
    private const string Side = @"[\p{Lu}][\p{L}\p{M}'’.&\-]*(?: (?:and |& |of (?:the )?|de |del |la )?[\p{Lu}][\p{L}\p{M}'’.&\-]*){0,5}";

    /// <summary>"A 4 B 1" on one line, its end at the line's end (after a closing full stop: "FINAL SCORE: A 1 B 3.") or a headline's separator; "A 6 d B 1" (Australian "defeated").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?<a>" + Side + @") (?<x>[0-9]{1,2}) ?,?(?: d\.?| def\.?| v| vs\.?)? (?<b>" + Side + @") (?<y>[0-9]{1,2})(?=\.?[ \t]*(?:\r?\n|$)|[ \t]*(?: [–—\-|:] | ?[,:(]))")]
    private static partial Regex OnOneLine();

    /// <summary>A whole sentence of two names and goals: after a sentence's end or a scorers label, closing on a full stop ("... way. Wycombe
    /// Wanderers 1, Peterborough United 2. Another ...") or, after a bracket of scorers or a label, on the line's end; a bracket of scorers may follow each side's goals.
    /// A sentence's end may be a paragraph's, with a blank line before the result (the archive's records put one between paragraphs).</summary>
    [GeneratedRegex(@"(?:(?<=[.!?]\s{1,4})|(?<=\b(?<label>(?i:scorers|goals|goalscorers|scoring|result))\s?:\s*))(?<a>" + Side + @") (?<x>[0-9]{1,2})(?: \((?<sa>[^()\n]*)\))?,? (?<b>" + Side + @") (?<y>[0-9]{1,2})(?: \((?<sb>[^()\n]*)\))?(?:\.(?=\s|$)|(?<=\))[ \t]*(?=\r?\n|$)|(?(label)[ \t]*(?=\r?\n|$)|(?!)))")]
    private static partial Regex WholeSentence();

    /// <summary>"Shamrock Rovers 0 / Breidablik 1", "Henderson Eels FC: 0 / Hekari United FC: 3 (Marie KAIPU 20’, ...)": each side on a line of its own.</summary>
    [GeneratedRegex(@"(?<=^|\n)(?<a>" + Side + @")(?<colon>:)? (?<x>[0-9]{1,2})(?: \((?<sa>[^\n]*)\))?[ \t]*(?:\r?\n)+(?<b>" + Side + @")(?(colon):|) (?<y>[0-9]{1,2})(?: \((?<sb>[^\n]*)\))?[ \t]*(?=\r?\n|$)")]
    private static partial Regex TwoLines();

    /// <summary>"Final scoreline:\n", "FULL TIME: ", "the final score read ", "Final result: ", and a line's own "FINAL: " or "Final: " (a US
    /// box's label), or a line that closes on "FINAL" over the result ("CLASS 3A FINAL"), or a local paper's closing "Result: " after a
    /// sentence or at a line's start: words that call what follows the final result.</summary>
    [GeneratedRegex(@"\b(?i:final (?:score(?:line)?|result)|full[- ]time(?: (?:score|result))?|FT)(?:\s*:\s*|\s+(?:read|was|reads|is)\s+)|(?<=^|\n)(?:FINAL|Final)[ \t]*:[ \t]*|(?<=^|\n)[\p{Lu}0-9 ]*FINAL[ \t]*\r?\n|(?<=^|\n|[.!?] )(?:Result|RESULT)[ \t]*:[ \t]*")]
    private static partial Regex FinalLabel();
}
