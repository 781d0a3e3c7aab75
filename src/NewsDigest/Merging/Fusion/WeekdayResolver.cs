namespace NewsDigest.Merging.Fusion;

/// <summary>Resolves "on Wednesday" in a sentence to a date: the first such weekday after an anchor date.</summary>
public static class WeekdayResolver
{
    private static readonly (string Word, DayOfWeek Day)[] Days =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday),
        ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
    ];

    /// <summary>The weekday a sentence names, when it names exactly one.</summary>
    public static DayOfWeek? WeekdayIn(string sentence)
    {
        var words = FoldedText.Words(sentence);
        var found = Days.Where(d => words.Contains(d.Word)).Select(d => d.Day).Distinct().ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="anchor"/>.</summary>
    public static DateOnly Next(DateOnly anchor, DayOfWeek day)
    {
        int ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return anchor.AddDays(ahead == 0 ? 7 : ahead);
    }
}
