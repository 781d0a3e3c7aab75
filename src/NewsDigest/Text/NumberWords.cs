namespace NewsDigest.Text;

/// <summary>Reads small numbers written as digits or words ("12", "twelve", "twenty-five", "a"), and ordinals ("84th", "sixth").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
        ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
        ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    /// <summary>Words that multiply a count of goals ("scored twice").</summary>
    public static int? Times(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant() switch
    {
        "once" => 1,
        "twice" => 2,
        "thrice" => 3,
        _ => null,
    };

    /// <summary>A cardinal: digits, a number word, or a hyphenated compound ("twenty-five").</summary>
    public static int? Cardinal(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        if (int.TryParse(text, out int n)) return n;
        int dash = text.IndexOfAny('-', ' ');
        if (dash > 0)
        {
            int? tens = Cardinal(text[..dash]);
            int? units = Cardinal(text[(dash + 1)..]);
            if (tens is >= 20 and <= 90 && tens % 10 == 0 && units is >= 1 and <= 9) return tens + units;
            return null;
        }
        return Cardinals.TryGetValue(text.ToString(), out n) ? n : null;
    }

    /// <summary>An ordinal: "84th", "1st", "sixth", "twenty-fifth".</summary>
    public static int? Ordinal(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > 2 && char.IsDigit(text[0]))
        {
            var suffix = text[^2..];
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                return int.TryParse(text[..^2], out int n) ? n : null;
            return null;
        }
        int dash = text.IndexOfAny('-', ' ');
        if (dash > 0)
        {
            int? tens = Cardinal(text[..dash]);
            int? units = Ordinal(text[(dash + 1)..]);
            if (tens is >= 20 and <= 90 && tens % 10 == 0 && units is >= 1 and <= 9) return tens + units;
            return null;
        }
        return Ordinals.TryGetValue(text.ToString(), out int o) ? o : null;
    }

    /// <summary>The regex alternation for cardinals up to ninety-nine, for patterns that take a number in words or digits.</summary>
    public const string CardinalPattern =
        @"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)";

    /// <summary>The regex alternation for ordinals ("84th", "sixth", "twenty-first").</summary>
    public const string OrdinalPattern =
        @"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)";
}
