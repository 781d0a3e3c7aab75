using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>Which of the gazetteer's team mentions can be a side of the match: not a player's club ("Chelsea's Cole Palmer"), not a
/// dateline's place, not a nation qualifying a competition or a club, not a club inside a longer club's name.</summary>
internal static partial class TeamMentionFilter
{
    /// <summary>Team mentions that are not players: "Antonio Valencia" is a player, and so is every later bare "Valencia" of that report;
    /// "a move from Sunderland" is a transfer, not a side in the match.</summary>
    internal static List<Gazetteers.PhraseMatch<TeamEntry>> PlayerFree(ExtractionContext context)
    {
        var text = context.Text;
        HashSet<string>? players = null;
        foreach (var m in context.TeamMentions)
            if (PersonName.Precedes(text, m.Span) && !OpensSentence(text, m.Span.Start)) (players ??= new(StringComparer.Ordinal)).Add(m.Span.Substring(text));
        var kept = new List<Gazetteers.PhraseMatch<TeamEntry>>(context.TeamMentions.Count);
        var ownedWords = OwnedLastWords(context.TeamMentions);
        foreach (var m in context.TeamMentions)
        {
            if (PersonName.Precedes(text, m.Span) || (players is not null && players.Contains(m.Span.Substring(text)))) continue;
            if (OwnedByOther(ownedWords, m.Span.Substring(text), m.Value.Name)) continue;
            if (OpensLongerName(text, m)) continue;
            if ((m.Value.National && QualifiesOther(text, m.Span)) || DatelinePlace(text, m.Span)) continue;
            if (m.Value.National && InClubName(context, m)) continue;
            if (TransferFrom().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 40), Math.Min(40, m.Span.Start)))) continue;
            if (OtherMatchesTold.Within(context, m.Span.Start)) continue;
            if (NextOpponent(text, m.Span.Start)) continue;
            kept.Add(m);
        }
        var bare = BareClubName.Find(context);
        if (bare.Count > 0)
        {
            kept.AddRange(bare);
            kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
        return kept;
    }

    /// <summary>"Royals" in a report that names Utah Royals: a lone word closing the name of a team the text names (by any of its names) is
    /// that team shortened, not the other club the word is a nickname of (Reading). Null when no named team's name has two words or more.</summary>
    internal static Dictionary<string, string>? OwnedLastWords(IEnumerable<Gazetteers.PhraseMatch<TeamEntry>> mentions)
    {
        Dictionary<string, string>? owned = null;
        foreach (var m in mentions)
        {
            var name = m.Value.Name;
            int space = name.LastIndexOf(' ');
            if (space < 0) continue;
            var last = name[(space + 1)..];
            if (last.Length < 4 || !char.IsUpper(last[0])) continue;
            owned ??= new(StringComparer.Ordinal);
            // A word two named teams both close on ("City") belongs to neither.
            owned[last] = owned.TryGetValue(last, out var other) && other != name ? "" : name;
        }
        return owned;
    }

    /// <summary>Whether a mention is a lone word that closes another named team's name (see <see cref="OwnedLastWords"/>).</summary>
    internal static bool OwnedByOther(Dictionary<string, string>? owned, string surface, string team) =>
        owned is not null && owned.TryGetValue(surface, out var owner) && owner.Length > 0 && owner != team;

    /// <summary>"Newcastle Olympic came from behind to beat New Lambton": a known team's one-word short form ("Newcastle" for Newcastle United)
    /// that a capitalised word follows in running prose opens a longer name the gazetteer does not know, another club of the place; it is not
    /// the known team. A word that says which of the club's teams or what of the club it is ("Women", "Femenil", "Academy", "Stadium"; "U21s"
    /// is no such word) or a day ("beat Newcastle Tuesday") keeps the mention; so do a possessive ("Morecambe's Under-18s") and a title-case
    /// line, whose capitals run on past any name.</summary>
    internal static bool OpensLongerName(string text, Gazetteers.PhraseMatch<TeamEntry> mention)
    {
        var span = mention.Span;
        // "Morecambe's Under-18s", "Guingamp's Aissata": a possessive owns what follows; it does not run on into another name.
        if (span.Length == mention.Value.Name.Length || text.AsSpan(span.Start, span.Length).ContainsAny(" '’")) return false;
        var next = NameRunsOn().Match(text, span.End);
        if (!next.Success || KeepsTeam().IsMatch(next.Groups["w"].Value)) return false;
        var line = HeadlineSides.LineHolding(text, span.Start, span.End);
        return !HeadlineSides.TitleCaseLine(line) && line.Any(char.IsLower);
    }

    /// <summary>A capitalised word of letters right after a name (not an initialism's "U21s", not across a stop or a comma).</summary>
    [GeneratedRegex(@"\G (?<w>[\p{Lu}][\p{Ll}][\p{L}'’\-]*)")]
    private static partial Regex NameRunsOn();

    /// <summary>Words after a club's name that name one of its teams or part of it, a day or a month: the club is still meant.</summary>
    [GeneratedRegex(@"^(?:Women|Women's|Women’s|Womens|Ladies|Men|Men's|Men’s|Girls|Boys|Femeni|Femenil|Femenino|Feminine|Féminine|Football|Soccer|Academy|Reserves|Youth|Under|Juniors|Development|Supporters|Stadium|Park|Arena|Ground|Oval|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$")]
    private static partial Regex KeepsTeam();

    /// <summary>Whether a nation's name qualifies something else rather than naming a side: a club's or player's country ("Yokohama F. Marinos
    /// of Japan", "Togo's ASKO", "Japan international"), a dateline ("YOKOHAMA, Japan (AP)") or a competition ("Nigeria Women Football League").</summary>
    private static bool QualifiesOther(string text, TextSpan span)
    {
        if (!ResultSentenceReader.MayBeSide(text, span.Start, span.Length) || ResultSentenceReader.OwnsNext(text, span.Start, span.Length)) return true;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        return Dateline().IsMatch(text.AsSpan(lineStart, span.Start - lineStart)) || NationalCompetition().IsMatch(text, span.End);
    }

    /// <summary>"Charlestown Azzurri", "Riverside Socceroos": a nation's one-word nickname after a capitalised word that is no team and no
    /// common opening word closes a club's name; it is not the nation.</summary>
    private static bool InClubName(ExtractionContext context, Gazetteers.PhraseMatch<TeamEntry> mention)
    {
        var text = context.Text;
        var surface = mention.Span.Substring(text);
        if (surface.Contains(' ') || surface == mention.Value.Name || mention.Span.Start < 2 || text[mention.Span.Start - 1] != ' ') return false;
        int end = mention.Span.Start - 1, start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '.')) start--;
        if (start == end || !char.IsUpper(text[start])) return false;
        var word = text[start..end];
        return !context.Gazetteer.Teams.TryGet(word, out _) && !LeadingCapitals.Contains(word);
    }

    /// <summary>Capitalised words before a nickname that are no club's name ("The Azzurri", "Sunday's").</summary>
    internal static readonly HashSet<string> LeadingCapitals = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "As", "But", "And", "When", "After", "For", "With", "Against", "Over", "Tonight", "Today", "Yesterday", "Again", "Now", "Then",
        "So", "Yet", "Still", "Even", "Meanwhile", "Elsewhere", "While", "Although", "Though", "Despite", "Before", "Since", "Once", "If", "Where", "How", "Why",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Brave", "Young", "Mighty", "Injury-hit", "Watch", "Report",
    };

    /// <summary>The team mentions of a sentence that may be its subject: a dateline's place ("GUADALAJARA, Mexico —", "LIVERPOOL, England
    /// --") is where the report was filed, not a side.</summary>
    internal static List<TeamMention> WithinOutsideDateline(ExtractionContext context, TextSpan sentence) =>
        context.Teams.Within(sentence).Where(m => !DatelinePlace(context.Text, m.Span)).ToList();

    /// <summary>"NEWCASTLE, England (AP) —": a place written in capitals at a line's start before a comma or a dash is where the report was filed.</summary>
    internal static bool DatelinePlace(string text, TextSpan span)
    {
        if (span.Start > 0 && text[span.Start - 1] != '\n') return false;
        for (int i = span.Start; i < span.End; i++) if (char.IsLower(text[i])) return false;
        return span.End < text.Length && (text[span.End] == ',' || text.AsSpan(span.End).StartsWith(" —") || text.AsSpan(span.End).StartsWith(" –") || text.AsSpan(span.End).StartsWith(" -"));
    }

    /// <summary>Whether the word before a mention opens its sentence: "Again Swansea pressed" or "Every Bournemouth attack" is no given name, so only that mention is dropped.</summary>
    internal static bool OpensSentence(string text, int mentionStart)
    {
        int i = mentionStart - 2;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        while (i >= 0 && text[i] == ' ') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '"' or '“' or '‘' or '|';
    }

    /// <summary>"YOKOHAMA, " or "SANDY, Utah" at a line's start: the place a report was filed from.</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .'’\-]+, $")]
    private static partial Regex Dateline();

    /// <summary>"Nigeria Women Football League", "Scotland Women's Premier League": a nation's name opening a competition's.</summary>
    [GeneratedRegex(@"\G(?: Women['’]?s?| Men['’]?s?)?(?: [\p{Lu}][\p{L}]+){0,3} (?:League|Cup|Championship|Federation|FA)\b")]
    private static partial Regex NationalCompetition();

    /// <summary>"and will face Spain in Madrid on Sunday", "they next meet Chelsea", "will now play": a club written as the next match's
    /// opponent is no side of the match told.</summary>
    internal static bool NextOpponent(string text, int at) =>
        NextOpponentBefore().IsMatch(text.AsSpan(Math.Max(0, at - 40), Math.Min(40, at)));

    /// <summary>"will face", "'ll meet again", "will now play", "next face", "will take on": the words before the next match's opponent.</summary>
    [GeneratedRegex(@"\b(?:(?:will|shall|['’]ll)\s+(?:now\s+|next\s+|then\s+)?|next\s+)(?:face|meet|play|take on)\s+(?:again\s+)?(?:the\s+)?$")]
    private static partial Regex NextOpponentBefore();

    [GeneratedRegex(@"\b(?:move|moved|signing|signed|joined|arrived|arrival|loan|transfer|switch|recruited)\s+(?:\w+\s+){0,3}from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TransferFrom();
}
