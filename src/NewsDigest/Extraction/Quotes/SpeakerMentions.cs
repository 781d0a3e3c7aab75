using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>The people the person index finds in a stretch of text who can speak: the first, the last (not a possessive), or the one whose mention ends at a point.</summary>
internal static partial class SpeakerMentions
{
    /// <summary>The person a mention ending right at <paramref name="end"/> names ("Erik ten Hag" for the words "Hag"), or null.</summary>
    internal static string? PersonEndingAt(ExtractionContext context, int end)
    {
        var mention = context.People.LastBefore(end);
        if (mention is not { } m || m.End != end || context.IsQuoted(m.Start)) return null;
        var name = context.People.NameOf(m);
        return SpeakerNames.CanSpeak(context, name) ? name : null;
    }

    internal static string? FirstPersonIn(ExtractionContext context, int start, int length)
    {
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (!context.IsQuoted(m.Start) && SpeakerNames.CanSpeak(context, context.People.NameOf(m))) return context.People.NameOf(m);
        return null;
    }

    internal static string? LastPersonIn(ExtractionContext context, int start, int length)
    {
        string? last = null;
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (!context.IsQuoted(m.Start) && (!m.Possessive || PossessiveSlip(context.Text, m)) && SpeakerNames.CanSpeak(context, context.People.NameOf(m))) last = context.People.NameOf(m);
        return last;
    }

    /// <summary>The person a possessive in the stretch names ("Hale's" of "That was Hale's verdict"), or null.</summary>
    internal static string? PossessorIn(ExtractionContext context, int start, int length)
    {
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (m.Possessive && !context.IsQuoted(m.Start) && SpeakerNames.CanSpeak(context, context.People.NameOf(m))) return context.People.NameOf(m);
        return null;
    }

    /// <summary>"..., Sleger’s said after her side’s triumph": a possessive ending right before a verb of speech owns no noun; it is the copy's
    /// slip (or "has") on the speaker's name.</summary>
    private static bool PossessiveSlip(string text, PersonMention mention)
    {
        int after = mention.After(text);
        return SpeechVerbAfterPossessive().IsMatch(text.AsSpan(after, Math.Min(16, text.Length - after)));
    }

    [GeneratedRegex(@"^ (?:said|says|added|adds|told|tells|explained|admitted|insisted|continued|stated|commented|remarked|revealed)\b")]
    private static partial Regex SpeechVerbAfterPossessive();
}
