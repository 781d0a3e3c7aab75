using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Quotes;

/// <summary>The person a narrative paragraph says thinks, says or sees something ("Mnakaniso attributed the success to ...", "the Catalan coach saw signs ..."), who speaks the quote paragraph under it.</summary>
internal static partial class NarrativeSpeaker
{
    /// <summary>In a paragraph with no quote marks, going back from its last sentence over up to three sentences, the first whose subject is
    /// a person (named, or described as "the Catalan coach") and which says what that person thinks, says or sees; else null.</summary>
    internal static string? NarrativeSubject(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (end <= start || text.AsSpan(start, end - start).IndexOfAny("\"“”‘") >= 0) return null;
        int sentenceEnd = end;
        for (int step = 0; step < 3 && sentenceEnd > start; step++)
        {
            int sentenceStart = Math.Max(start, SpeakerSalience.SentenceStart(text, sentenceEnd - 1));
            while (sentenceStart < sentenceEnd && text[sentenceStart] == ' ') sentenceStart++;
            var sentence = text.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
            if (ViewCue().IsMatch(sentence))
            {
                // "Carpenter and Foord spent the afternoon tracking each other, a situation the latter said was unusual.": the one of the two
                // names before "the latter" (the second) or "the former" (the first).
                if (FormerOrLatterSays().Match(text, sentenceStart, sentenceEnd - sentenceStart) is { Success: true } pointer
                    && SpeakerDescriptions.FormerOrLatter(context, sentenceStart, pointer.Index, pointer.Groups["which"].Value) is { } pointed) return pointed;
                if (SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart) is { } named) return named;
                if (DescribedOpener().Match(text, sentenceStart, sentenceEnd - sentenceStart) is { Success: true } described
                    && SpeakerSalience.Described(context, described.Groups["who"].Value, sentenceStart) is { } who) return who;
            }
            sentenceEnd = sentenceStart - 1;
        }
        return null;
    }

    /// <summary>"the latter said", "the former admitted": a pointer to one of two people just named, saying or thinking something.</summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?<which>latter|former)\s+(?:[a-z]+\s+){0,2}?(?:said|says|admitted|admits|insisted|insists|believes|believed|felt|feels|thinks|thought|explained|described|called|added|agreed)\b")]
    private static partial Regex FormerOrLatterSays();

    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tells|spoke|speaks|speaking|stress\w*|explain\w*|insist\w*|admit\w*|reflect\w*|believ\w*|feels?|felt|thinks?|thought|keen|added|agreed?|echo\w*|views?|opinion|press conference|interview|asked|react\w*|responded|described|hailed|praised|criticised|criticized|admired|wanted|hoped|delighted|disappointed|frustrated|proud|happy|pleased|upset|angry|furious|confident|optimistic|aware|reflect\w*|question\w*|attribut\w*|credit\w*|blam\w*|saw|sees|insist\w*|remain\w* cautious|wary)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ViewCue();

    /// <summary>The last words of a description standing for one person: a nationality noun, an age, a role ("the Spaniard", "the 26-year-old", "the head coach").</summary>
    internal const string DescriptionHeads = @"Frenchman|Frenchwoman|Englishman|Englishwoman|Dutchman|Dutchwoman|Scotsman|Scotswoman|Irishman|Irishwoman|Welshman|Welshwoman|Spaniard|Dane|Swede|Norwegian|Argentine|Argentinian|Brazilian|Portuguese|Italian|German|Belgian|Croatian|Uruguayan|Colombian|American|Australian|Nigerian|Ghanaian|Senegalese|Moroccan|Egyptian|Japanese|Korean|Austrian|\d+-year-old|manager|boss|gaffer|coach|head coach|captain|skipper|veteran|youngster|teenager";

    /// <summary>A sentence whose subject is a description, after an opening clause or none: "Despite the issues, the Spaniard will".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:But|And|Yet|Still|So)\s+)?(?:[^,.!?\n]{1,60},\s+)?(?<who>[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:" + DescriptionHeads + @"))\s+(?!said|says|told|added)[a-z]")]
    internal static partial Regex DescribedOpener();
}
