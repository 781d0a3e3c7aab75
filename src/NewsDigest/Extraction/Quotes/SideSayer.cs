using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A side written as the one who says something: "Palace said on Sunday that the forward had needed “25 stitches ...”", "Barca have
/// admitted to hiring an “external consultant”", "Leipzig sacked their director, saying he had shown a “lack of commitment”". A club's
/// statement is nobody's in particular, so no person the sentence names (often the one the statement is about) is its speaker.</summary>
internal static class SideSayer
{
    /// <summary>True when the words at <paramref name="start"/> (a sentence's subject) name a side: a team the gazetteer knows, one of the
    /// match's two sides as the report writes them or by the words its name opens on, or a name with a club's initials; and no person the report gives a first name is
    /// written there ("David Villa said" is a person, "Villa said" a side).</summary>
    public static bool IsSide(ExtractionContext context, int start, int length)
    {
        var span = new TextSpan(start, length);
        var words = context.Text.Substring(start, length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        foreach (var mention in context.People.Within(span))
            if (context.People.FullName(context.People.NameOf(mention)).Contains(' ') && !NonPersonNames.ClubInitials.Contains(words[0]) && !NonPersonNames.ClubInitials.Contains(words[^1])) return false;
        if (words.Length > 1 && (NonPersonNames.ClubInitials.Contains(words[0]) || NonPersonNames.ClubInitials.Contains(words[^1]))) return true;
        foreach (var team in context.TeamMentions)
            if (team.Span.Start <= start && team.Span.End >= start + length) return true;
        foreach (var side in context.Teams.Mentions)
            if (side.Span.Start <= start && side.Span.End >= start + length) return true;
        // "Harbour said" for Harbour Rovers: the words a side's name opens on, as reports shorten it.
        var written = string.Join(' ', words);
        return context.Facts.Teams is { } pair && (pair.First.StartsWith(written + " ", StringComparison.Ordinal) || pair.Second.StartsWith(written + " ", StringComparison.Ordinal));
    }
}
