using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Dates;

/// <summary>Finds the match date: a full date in the text, or a weekday ("on Saturday") resolved against the publication date as the most recent such day on or before it. Never guessed without an anchor.</summary>
public sealed partial class MatchDateExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        DateOnly? published = context.Article.Published is { } p ? DateOnly.FromDateTime(p.Date) : null;
        foreach (var sentence in context.Sentences)
        {
            if (context.IsQuoted(sentence.Start)) continue;
            var s = sentence.Substring(text);
            if (Future().IsMatch(s)) continue;
            var full = FullDate().Match(s);
            // A full date more than a day after the article was published is a fixture still to come (or a misread), not this match's.
            if (full.Success && TryParse(full, out var date) && !(published is { } day && date > day.AddDays(1)))
            {
                context.Facts = context.Facts with { Date = new Sourced<DateOnly>(date, context.EvidenceFor(sentence)) };
                return;
            }
            if (published is not { } anchor) continue;
            var relative = Relative().Match(s);
            if (!relative.Success || context.IsQuoted(sentence.Start + relative.Index)) continue;
            DateOnly? resolved = relative.Groups["day"].Success ? MostRecent(anchor, Enum.Parse<DayOfWeek>(relative.Groups["day"].Value, ignoreCase: true))
                : relative.Value.Contains("yesterday", StringComparison.OrdinalIgnoreCase) || relative.Value.Contains("last night", StringComparison.OrdinalIgnoreCase) ? anchor.AddDays(-1)
                : anchor;
            context.Facts = context.Facts with { Date = new Sourced<DateOnly>(resolved.Value, context.EvidenceFor(sentence)) };
            return;
        }
    }

    /// <summary>The latest date on or before <paramref name="anchor"/> that falls on <paramref name="day"/>.</summary>
    public static DateOnly MostRecent(DateOnly anchor, DayOfWeek day)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return anchor.AddDays(-back);
    }

    /// <summary>The first date strictly after <paramref name="anchor"/> that falls on <paramref name="day"/>.</summary>
    public static DateOnly Next(DateOnly anchor, DayOfWeek day)
    {
        int ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return anchor.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static bool TryParse(Match m, out DateOnly date)
    {
        var value = Regex.Replace(m.Value, @"([0-9])(st|nd|rd|th)\b", "$1").Replace(",", "");
        string[] formats = ["d MMMM yyyy", "MMMM d yyyy", "dddd d MMMM yyyy", "dddd MMMM d yyyy", "d MMM yyyy", "MMM d yyyy"];
        return DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    [GeneratedRegex(@"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+[0-9]{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4})\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:on|this|last)\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|afternoon))?\b|\b(?:yesterday|last night|tonight|this evening|this afternoon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:will|next|face|faces|host|hosts|travel to|travels to|look forward|looks forward|ahead of|upcoming|preview)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();
}
