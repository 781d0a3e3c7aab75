using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>"Sydney FC ... with Emma Calloway at the heart of almost everything good the Sky Blues did" in an A-League report: a side the
/// report writes only by a nickname (no word of the club's own name) that the gazetteer gives a club of another country than the other
/// side's is that country's club the nickname stands for there, not the foreign one ("the Sky Blues" are Sydney FC, not Coventry City).
/// Nicknames are shared across leagues ("the Reds", "the Saints", "the Magpies"), a club's name is not: the club of the other side's country
/// that the report names outright most, at least twice and more than any other, takes the nickname's place.</summary>
internal static class ForeignNickname
{
    internal static TeamPair WithHomeClub(ExtractionContext context, TeamPair pair)
    {
        var teams = context.Gazetteer.Teams;
        if (!teams.TryGet(pair.First, out var first) || !teams.TryGet(pair.Second, out var second) || first.National || second.National
            || first.Country is null || second.Country is null || first.Country == second.Country) return pair;
        var mentions = Mentions(context);
        bool firstNick = OnlyNicknamed(mentions, first.Name), secondNick = OnlyNicknamed(mentions, second.Name);
        if (firstNick == secondNick) return pair;
        var (nicknamed, kept) = firstNick ? (first, second) : (second, first);
        var named = mentions.Where(m => m.Team.Country == kept.Country && !m.Team.National && m.Team.Name != kept.Name && m.Team.Name != nicknamed.Name && !Nickname(m.Surface, m.Team.Name))
            .GroupBy(m => m.Team.Name).Select(g => (Name: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        if (named.Count == 0 || named[0].Count < 2 || (named.Count > 1 && named[1].Count == named[0].Count)) return pair;
        return firstNick ? pair with { First = named[0].Name } : pair with { Second = named[0].Name };
    }

    /// <summary>The known teams the headline and the report's prose (quotes left out) name, each with its surface as written.</summary>
    private static List<(TeamEntry Team, string Surface)> Mentions(ExtractionContext context)
    {
        var found = context.TeamMentions.Where(m => !context.IsQuoted(m.Span.Start)).Select(m => (m.Value, m.Span.Substring(context.Text))).ToList();
        if (HeadlineSides.Headline(context) is { } title)
        {
            var tokens = Tokenizer.Tokenize(title);
            found.AddRange(context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count).Select(m => (m.Value, m.Span.Substring(title))));
        }
        return found;
    }

    /// <summary>Whether the report names the team, and only ever by a nickname.</summary>
    private static bool OnlyNicknamed(List<(TeamEntry Team, string Surface)> mentions, string team)
    {
        var surfaces = mentions.Where(m => m.Team.Name == team).Select(m => m.Surface).ToList();
        return surfaces.Count > 0 && surfaces.All(surface => Nickname(surface, team));
    }

    /// <summary>Whether a surface shares no word with the club's name, nor the start of one ("Man" of "Manchester", "Atleti" of "Atletico"):
    /// "Sky Blues" for Coventry City, "Reds" for Liverpool.</summary>
    private static bool Nickname(string surface, string name)
    {
        // "WSW", "QPR", "AZ": letters standing for the name are the name, written short.
        if (surface.Length <= 5 && !surface.Any(char.IsLower) && TextFolding.Fold(surface[0]) == TextFolding.Fold(name[0])) return false;
        var own = Words(name);
        var written = Words(surface);
        return written.Length > 0 && !written.Any(word => own.Any(part => part.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(part, StringComparison.Ordinal)));
    }

    private static string[] Words(string name) =>
        TextFolding.Fold(name).Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Where(word => word.Length >= 3).ToArray();
}
