using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;

namespace NewsDigest.Extraction.Teams;

/// <summary>A result box printed at a report's top or foot: each side in capitals on its own line with its goals, the scorers between
/// ("ĦAMRUN SPARTANS 2 / Mashike 2 / Camenzuli 11 / GUDJA UNITED 0"). Newspapers print such boxes for clubs no gazetteer holds, so the
/// sides are read from the box alone.</summary>
public sealed partial record ScoreBox(string First, int FirstGoals, string Second, int SecondGoals, int Position)
{
    /// <summary>How many lines (the first side's scorers) may stand between the two sides' lines.</summary>
    private const int MaxLinesBetween = 12;

    /// <summary>The first box of the text, with each side under its gazetteer name when known, else its name in title case; null when there is none.</summary>
    public static ScoreBox? Find(string text, Gazetteer gazetteer)
    {
        // Boxes stand on lines of their own, so a cheap check for a capital-letter line ending in a number rules most texts out.
        var first = SideLine().Match(text);
        while (first.Success)
        {
            var second = first.NextMatch();
            if (!second.Success) return null;
            if (LinesBetween(text, first.Index + first.Length, second.Index) <= MaxLinesBetween)
            {
                string a = Name(first.Groups["name"].Value, gazetteer), b = Name(second.Groups["name"].Value, gazetteer);
                if (a != b) return new ScoreBox(a, int.Parse(first.Groups["goals"].Value), b, int.Parse(second.Groups["goals"].Value), first.Index);
            }
            first = second;
        }
        return null;
    }

    private static int LinesBetween(string text, int from, int to)
    {
        int lines = 0;
        for (int i = from; i < to; i++) if (text[i] == '\n') lines++;
        return lines - 1;
    }

    /// <summary>"GUDJA UNITED" is "Gudja United"; short letter groups without a vowel stay capitals ("FC", "SK").</summary>
    private static string Name(string capitals, Gazetteer gazetteer)
    {
        var name = TitleCased(capitals);
        return gazetteer.Teams.TryGet(name, out var entry) ? entry.Name : name;
    }

    /// <summary>A name printed in capitals in title case ("GUDJA UNITED" is "Gudja United", "FC" stays); a name with a lower-case letter as written.</summary>
    internal static string TitleCased(string name)
    {
        if (name.Any(char.IsLower)) return name;
        // "ST WILFRID'S": a saint's "ST" before a name is "St", no letter group.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((w, i) => w.Length <= 3 && !w.Any(c => "AEIOUY".Contains(c)) && !(w is "ST" or "ST." && i == 0 && name.Contains(' ')) ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        return string.Join(' ', words);
    }

    /// <summary>A line that is only a name in capitals (three characters at least, no lower-case letter) and a goal count.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Lu}'’.&\- ]+\p{Lu}\.?) (?<goals>[0-9]{1,2})\r?$", RegexOptions.Multiline)]
    private static partial Regex SideLine();
}
