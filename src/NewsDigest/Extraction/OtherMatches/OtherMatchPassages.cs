using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.OtherMatches;

/// <summary>
/// Which sentences of a report tell another match than its own: a round-up's other games, opened by "In the other game ...",
/// "Meanwhile, ..." or a scoreline heading naming other sides, and running until a sentence names one of this match's sides
/// again. Goals, red cards and missed penalties told there are not this match's.
/// </summary>
public static partial class OtherMatchPassages
{
    /// <summary>One flag per sentence of <see cref="ExtractionContext.Sentences"/>, for the teams known now.</summary>
    public static bool[] Find(ExtractionContext context)
    {
        var text = context.Text;
        var flags = new bool[context.Sentences.Count];
        bool otherMatch = false, roundUp = false;
        for (int i = 0; i < flags.Length; i++)
        {
            var sentence = context.Sentences[i];
            var span = text.AsSpan(sentence.Start, sentence.Length);
            // "In the other game on Saturday, Charlestown beat Warners Bay 10-2." opens a look at another match.
            if (OtherMatchOpener().IsMatch(span)) otherMatch = true;
            // "2. ELSEWHERE" or "📰 Other results" on a line of its own: a newsletter's or round-up's section of the round's other games,
            // which names no side of its own and runs on until a sentence names this match again.
            else if (OtherGamesSectionHeading().IsMatch(LineFrom(text, sentence))) otherMatch = true;
            // "Meanwhile, Victor Osimhen made a special return for Napoli ...": a loose opener turns to another match only when the
            // sentence names a side that is not one of this match's and none that is.
            else if (LooseOtherMatchOpener().IsMatch(span) && NamesOnlyOtherSides(context, sentence)) otherMatch = true;
            // "Belgium 0-1 Italy" on a line of its own heads the story of another match of the round.
            else if (ScorelineHeading().IsMatch(span) && NamesOnlyOtherSides(context, sentence)) otherMatch = true;
            // "WSL: Everton 2-1 Chelsea. A stunner at ..." or "Hanley Cross 1-1 Bramford Town: Denner's header rescued a point": a results
            // list's line, the scoreline of other sides first and its story after a colon or stop on the same line. The scoreline itself
            // says its two names are sides, so they need not be clubs the gazetteer knows; it only must not name one of this match's.
            else if (i > 0 && OpensLine(text, sentence) && ResultsListLine().IsMatch(span) && context.Facts.Teams is not null && !NamesThisMatch(context, sentence)) otherMatch = true;
            // "Nuno celebrates first win as West Ham boss" on a line of its own, past the opening: the headline of a second story
            // that a page runs on after the report (agency round-ups), about a match of other sides.
            else if (i > 0 && OpensLine(text, sentence) && ShortFirstLine(span) && HeadlineLine().IsMatch(span) && NamesOnlyOtherSides(context, sentence)) otherMatch = true;
            // "Elsewhere, Freiburg won 1-0 at Cologne. The win took Freiburg behind Union on goal difference. Stuttgart leapfrogged Bochum
            // with a 2-1 home win over Borussia Moenchengladbach.": once the report has turned to the round's other games, a scoreline
            // told in a sentence that names two other sides and neither of this match's is the next of them, and its story follows.
            else if (roundUp && TellsAScore().IsMatch(span) && NamesTwoOtherSides(context, sentence)) otherMatch = true;
            else if (otherMatch && NamesThisMatch(context, sentence)) otherMatch = false;
            flags[i] = otherMatch;
            roundUp |= otherMatch;
        }
        return flags;
    }

    private static bool NamesOnlyOtherSides(ExtractionContext context, TextSpan sentence) => OtherSidesNamed(context, sentence) >= 1;

    private static bool NamesTwoOtherSides(ExtractionContext context, TextSpan sentence) => OtherSidesNamed(context, sentence) >= 2;

    /// <summary>How many sides other than this match's the sentence names; none when there is no pair or the sentence names a side of it.</summary>
    private static int OtherSidesNamed(ExtractionContext context, TextSpan sentence)
    {
        if (context.Facts.Teams is not { } pair || NamesThisMatch(context, sentence)) return 0;
        return context.TeamMentions.Where(m => m.Span.Start >= sentence.Start && m.Span.End <= sentence.End && !pair.Contains(m.Value.Name))
            .Select(m => m.Value.Name).Distinct().Count();
    }

    [GeneratedRegex(@"(?<![\w.,-])[0-9]{1,2} ?[-–] ?[0-9]{1,2}(?![\w.,-]|[-–][0-9])")]
    private static partial Regex TellsAScore();

    private static bool NamesThisMatch(ExtractionContext context, TextSpan sentence)
    {
        if (context.Facts.Teams is not { } pair)
            return sentence.Start > 0 && context.Text.AsSpan(0, sentence.Start).TrimEnd(' ').EndsWith("\n");
        var said = sentence.Substring(context.Text);
        return context.TeamMentions.Any(m => m.Span.Start >= sentence.Start && m.Span.End <= sentence.End && pair.Contains(m.Value.Name))
            || said.Contains(pair.First, StringComparison.OrdinalIgnoreCase) || said.Contains(pair.Second, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A first line of at most 14 words and 92 characters with no sentence stop: what a headline may be (tested before the regex, which most sentences fail).</summary>
    private static bool ShortFirstLine(ReadOnlySpan<char> span)
    {
        int end = span.IndexOf('\n');
        var line = end < 0 ? span : span[..end];
        if (line.Length > 92 || line.IndexOfAny('.', '!', '?') >= 0) return false;
        int words = 0;
        foreach (var _ in line.Split(' ')) words++;
        return words <= 14;
    }

    /// <summary>The sentence with what stands before it on its line: a numbered heading ("2. ELSEWHERE") may be split at its number's stop.</summary>
    private static ReadOnlySpan<char> LineFrom(string text, TextSpan sentence)
    {
        int lineStart = sentence.Start == 0 ? 0 : text.LastIndexOf('\n', sentence.Start - 1) + 1;
        return text.AsSpan(lineStart, sentence.End - lineStart);
    }

    private static bool OpensLine(string text, TextSpan sentence) =>
        sentence.Start > 0 && text.AsSpan(0, sentence.Start).TrimEnd(' ').EndsWith("\n");

    /// <summary>A line with no closing stop: a headline or subheading ("Nuno celebrates first win as West Ham boss", "– Guirassy scores, Dortmund wins –").</summary>
    [GeneratedRegex(@"^(?:[–—-][ \t]*)?(?:\p{Lu}[^\n.!?:;]{2,90}?[^\n.!?:;,\s""”’'])[ \t]*(?:\n|$)")]
    private static partial Regex HeadlineLine();

    [GeneratedRegex(@"^[^\n.]{2,40}? [0-9]{1,2} ?[-–] ?[0-9]{1,2} [^\n.]{2,40}(?:\n|$)")]
    private static partial Regex ScorelineHeading();

    [GeneratedRegex(@"^[^\p{L}\n]*(?:elsewhere|other (?:results|games|matches|scores|fixtures)|around the (?:grounds|leagues?|divisions?)|(?:the )?rest of the (?:round|weekend|action))[ \t]*[:.!]?[ \t]*(?:\n|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherGamesSectionHeading();

    /// <summary>"Liga F: Barcelona 6-0 Alavés." or "St Aldhelm's 0-2 Kemble Park: Two from Marcus Ivey": an optional competition label, a
    /// scoreline between two names, then a colon or stop that ends the scoreline and the line's story after it.</summary>
    [GeneratedRegex(@"^(?:[^\n.:]{2,30}: )?\p{Lu}[^\n.:0-9]{1,40}? [0-9]{1,2} ?[-–] ?[0-9]{1,2} \p{Lu}[^\n.:0-9]{1,40}?[:.](?: |\n|$)")]
    private static partial Regex ResultsListLine();

    [GeneratedRegex(@"^\W*(?:meanwhile|elsewhere|earlier(?: in the day| on \w+day)?|in the day's other (?:game|match|fixture)|in the (?:early|late|later|earlier) (?:game|kick-off|kickoff|match)|in (?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+)?(?=,))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooseOtherMatchOpener();

    [GeneratedRegex(@"^\W*(?:in the other (?:game|match|fixture|tie|semi-final|semi)|in other (?:games|matches|results|fixtures|action)|elsewhere(?: on| in)?\b[^.]{0,40}?\b(?:beat|drew|won|lost|thrashed|edged|defeated))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMatchOpener();
}
