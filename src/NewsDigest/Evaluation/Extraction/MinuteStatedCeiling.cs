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
        Minute? previous = null;
        // "eight minutes later" counts from the minute told before it, as the goal reader resolves it.
        foreach (var expression in MinuteReader.Find(text, 0, text.Length))
            if (expression.Resolve(previous) is { } minute)
            {
                minutes.Add(minute);
                previous = minute;
            }
        return minutes;
    }
}
