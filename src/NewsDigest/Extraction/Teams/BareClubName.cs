using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>"United" or "City" standing alone in a report on English clubs that names no club ending so: English football writing means
/// Manchester United or Manchester City ("United are slowly quietening the naysayers ... a 3-1 defeat of Fulham").</summary>
public static class BareClubName
{
    private static readonly (string Word, string Club)[] Defaults = [("United", "Manchester United"), ("City", "Manchester City")];

    /// <summary>Words after "United" or "City" that make it part of another name ("United States", "City Ground").</summary>
    private static readonly HashSet<string> NameWordsAfter = new(StringComparer.Ordinal) { "States", "Nations", "Kingdom", "Arab", "Ground", "Hall", "Council", "Football", "Stadium" };

    /// <summary>Mentions of the default club for each bare word, when the report names at least one English club, no team it names ends with the
    /// word, and the bare word stands alone at least twice.</summary>
    public static List<PhraseMatch<TeamEntry>> Find(ExtractionContext context)
    {
        var found = new List<PhraseMatch<TeamEntry>>();
        var mentions = context.TeamMentions;
        if (!mentions.Any(m => m.Value.Country == "ENG")) return found;
        var text = context.Text;
        foreach (var (word, club) in Defaults)
        {
            if (!context.Gazetteer.Teams.TryGet(club, out var entry) || mentions.Any(m => m.Value.Name.EndsWith(" " + word, StringComparison.Ordinal))) continue;
            if (ClosesOtherName(context, word)) continue;
            var bare = new List<PhraseMatch<TeamEntry>>();
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                if (StandsAlone(text, at, word.Length)) bare.Add(new PhraseMatch<TeamEntry>(new TextSpan(at, word.Length), entry, 0, 1));
            if (bare.Count >= 2) found.AddRange(bare);
        }
        return found;
    }

    /// <summary>"Ballarat City Men 3 d Western Suburbs 2 ... City's men were impressive", "Spring Gully United was aiming": a report that writes
    /// the word closing a longer name the gazetteer does not know (a capitalised word before it, in running prose) means that club by the bare
    /// word, not the English default.</summary>
    private static bool ClosesOtherName(ExtractionContext context, string word)
    {
        var text = context.Text;
        for (int at = text.IndexOf(" " + word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(" " + word, at + 1, StringComparison.Ordinal))
        {
            int end = at + 1 + word.Length;
            if (end < text.Length && char.IsLetter(text[end]) || at == 0 || !char.IsLetter(text[at - 1])) continue;
            int start = at - 1;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            var before = text[start..at];
            if (!char.IsUpper(before[0]) || before.Skip(1).Any(char.IsUpper) || TeamMentionFilter.LeadingCapitals.Contains(before) || ResultSentenceReader.LeadingWord(before)) continue;
            if (end + 1 < text.Length && text[end] == ' ' && NameWordsAfter.Contains(NextWord(text, end + 1))) continue;
            var span = new TextSpan(start, end - start);
            if (context.TeamMentions.Any(m => m.Span.Overlaps(span)) || context.VenueMentions.Any(m => m.Span.Overlaps(span))) continue;
            if (HeadlineSides.TitleCaseLine(HeadlineSides.LineHolding(text, start, end))) continue;
            return true;
        }
        return false;
    }

    private static string NextWord(string text, int from)
    {
        int stop = from;
        while (stop < text.Length && char.IsLetter(text[stop])) stop++;
        return text[from..stop];
    }

    /// <summary>Not inside a word, not after a capitalised word ("Leeds United", "Mexico City"), not before a word that makes it another name.</summary>
    private static bool StandsAlone(string text, int at, int length)
    {
        int end = at + length;
        if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) return false;
        if (at >= 2 && text[at - 1] == ' ' && char.IsLetter(text[at - 2]))
        {
            int start = at - 2;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (char.IsUpper(text[start]) && !OpensSentence(text, start)) return false;
        }
        if (end + 1 < text.Length && text[end] == ' ')
        {
            int next = end + 1, stop = next;
            while (stop < text.Length && char.IsLetter(text[stop])) stop++;
            if (NameWordsAfter.Contains(text[next..stop])) return false;
        }
        return true;
    }

    /// <summary>A capitalised word that opens a sentence ("But United ...", "When City ...") is no part of a club's name.</summary>
    private static bool OpensSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '"' or '“' or '‘';
    }
}
