using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Whether a quote's own words name a person: "Bob Paisley, David's manager at Liverpool, was very similar. / “Bob was a very quiet
/// gentleman ...”" and "... who had Norman Hunter in their side. / “... so I clashed into Norman Hunter.”" speak about the person the
/// sentence above sets up, in the third person, so that person is not the one speaking. Used only where no words attribute the quote.</summary>
internal static partial class QuoteNamesSpeaker
{
    /// <summary>True when a mention inside <paramref name="quote"/> names <paramref name="person"/> (by the surname, or by a first name the
    /// report uses in that person's one fuller name).</summary>
    public static bool Names(ExtractionContext context, TextSpan quote, string person)
    {
        var key = PersonIndex.SurnameKey(context.People.FullName(person));
        if (key.Length == 0) return false;
        foreach (var mention in context.People.Within(quote))
            if (!AttributionSwallowed(context.Text, quote.Start, mention.Start) && PersonIndex.SurnameKey(context.People.FullName(context.People.NameOf(mention))) == key) return true;
        return false;
    }

    /// <summary>True when the mention follows a verb of speech inside the quote ("“I don't think he will change, said Schmetzer. “He's had
    /// a good start.”"): a closing mark the writer left out swallowed the attribution, which names the speaker, not someone spoken of. Also
    /// after "a": a name used as a kind of team or play speaks of no third person.</summary>
    private static bool AttributionSwallowed(string text, int quoteStart, int mentionStart)
    {
        int from = Math.Max(quoteStart, mentionStart - 12);
        return SaidBefore().IsMatch(text.AsSpan(from, mentionStart - from));
    }

    /// <summary>A verb of speech right before a name, or "a"/"an" before a name used as a kind ("You cannot say a Carla Ward team is
    /// not exciting": the speaker may name their own way of playing).</summary>
    [GeneratedRegex(@"\b(?:said|says|added|adds|told|tells|[Aa]n?)\s+$")]
    private static partial Regex SaidBefore();
}
