using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>The size and the marks of a quoted span: short phrases, and phrases in single marks where speech is printed in double marks, are often terms rather than anyone's words.</summary>
internal static partial class QuotePhrase
{
    /// <summary>Shorter quoted phrases are often scare quotes, chants or nicknames: they count as quotes only when the report says who said them.</summary>
    internal const int MinimumWords = 4;

    internal static bool InSingleMarks(string text, TextSpan span) => span.Start > 0 && text[span.Start - 1] is '‘' or '\'' && !(span.Start > 1 && text[span.Start - 2] == '\'');

    internal static int WordCount(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    /// <summary>True when the words right around a short phrase in single marks say who said it: ", says boss Marc Skinner" after it, a
    /// headline's colon and a name after it ("'It's insane': Pep Guardiola hails"), a verb of speech a few words before it, or a headline
    /// line opening on the speaker's name and a colon.</summary>
    public static bool OwnWordsAttribute(string text, TextSpan span) =>
        AttributionAfter.SaysAtSentenceEnd().IsMatch(text.AsSpan(span.End, Math.Min(120, text.Length - span.End)))
        || AttributionAfter.HeadlineSpeakerAfter().IsMatch(text.AsSpan(span.End, Math.Min(80, text.Length - span.End)))
        || TermSpeechBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 61), Math.Min(60, Math.Max(0, span.Start - 1))))
        || HeadlineNamesSpeaker(text, span);

    /// <summary>True when the phrase, in lower case, sits in a line that opens on a name and a colon, as headlines quoting someone do:
    /// "Carragher: Milan win was ‘turning point’ in Liverpool’s season".</summary>
    private static bool HeadlineNamesSpeaker(string text, TextSpan span)
    {
        int lineStart = span.Start > 1 ? text.LastIndexOf('\n', span.Start - 2) + 1 : 0;
        // A phrase opening on a capital there is a title or a name ("Charli XCX: ‘Brat’ phenomenon"), not words someone said.
        return span.Start - 1 >= lineStart && span.Start < text.Length && !char.IsUpper(text[span.Start]) && QuoteCues.SpeakerColonLine().IsMatch(text.AsSpan(lineStart, span.Start - lineStart));
    }

    /// <summary>A verb of speech, or a headline's feeling about something said, a few words before a phrase in single marks: "admitted to having
    /// ‘mixed feelings’", "she did admit her ‘orange heart hurts’", "says United ‘have to learn’", "Mikel Arteta proud of Arsenal’s ‘hunger’";
    /// not "praised his team for their fine performance against a ‘top team’".</summary>
    [GeneratedRegex(@"\b(?:proud of|delighted with|delighted by|happy with|pleased with|apologises for|apologizes for|pays tribute to|paid tribute to|fears|feared|says|said|admit|admits|admitted|insists|insisted|claims|claimed|bemoans|bemoaned|laments|lamented|reveals|revealed|warns|warned|believes|feels|slams|slammed|blasts|blasted|hails|hailed|praises|praised|thinks|thought|names|labels|labelled|labeled|calls|called|describes|described)\b[^.!?\n]{0,45}$")]
    private static partial Regex TermSpeechBefore();
}
