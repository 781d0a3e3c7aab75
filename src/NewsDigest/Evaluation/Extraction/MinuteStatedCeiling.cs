using NewsDigest.Extraction;
using NewsDigest.Extraction.Minutes;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Every match minute a text states in a form <see cref="MinuteReader"/> knows, whatever it is attached to: a gold goal whose
/// minute is not among them cannot be found on (surname, minute) by reading the text, so their share bounds the recall any reader can reach.</summary>
public static class MinuteStatedCeiling
{
    public static List<Minute> StatedMinutes(string text)
    {
        var minutes = new List<Minute>();
        // Every reading of the last expression: "within four minutes" may count from kick-off or from the event before, and
        // "eight minutes later" then counts from either.
        var previous = new List<Minute>();
        foreach (var expression in MinuteReader.Find(text, 0, text.Length))
        {
            var readings = new List<Minute>();
            if (expression.Kind == MinuteKind.Within || previous.Count == 0) readings.AddRange(expression.Resolve(null) is { } alone ? [alone] : []);
            foreach (var p in previous)
                if (expression.Resolve(p) is { } minute && !readings.Contains(minute)) readings.Add(minute);
            // "a 93rd-minute winner" is the goal the results table times 90+3.
            foreach (var late in readings.Where(m => m is { Regular: > 90 and < 100, Added: null }).ToList()) readings.Add(new Minute(90, late.Regular - 90));
            if (readings.Count == 0) continue;
            minutes.AddRange(readings);
            previous = readings;
        }
        return minutes;
    }
}
