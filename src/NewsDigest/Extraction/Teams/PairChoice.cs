using NewsDigest.Extraction.Gazetteers;

namespace NewsDigest.Extraction.Teams;

/// <summary>Chooses between the pair the report's result tells and the pair it names most often: a new side, clubs over nations,
/// the other side held, counts of each name.</summary>
internal static class PairChoice
{
    internal static TeamPair? FromFrequency(ExtractionContext context, List<Gazetteers.PhraseMatch<TeamEntry>> all, Dictionary<string, int> counts)
    {
        var outsideQuotes = all.Where(m => !context.IsQuoted(m.Span.Start)).ToList();
        var clubs = Ranked(outsideQuotes.Where(m => !m.Value.National), counts);
        var nations = Ranked(outsideQuotes.Where(m => m.Value.National), counts);
        var ranked = clubs.Count >= 2 && (nations.Count < 2 || clubs[0].Count + clubs[1].Count >= nations[0].Count + nations[1].Count) ? clubs : nations;
        if (ranked.Count < 2 || ranked[0].Count + ranked[1].Count < 3) return null;
        var pair = ranked.Take(2).OrderBy(t => t.First).ToList();
        return new TeamPair(pair[0].Team, pair[1].Team, context.EvidenceAt(pair[0].First));
    }

    private static List<(string Team, int Count, int First)> Ranked(IEnumerable<Gazetteers.PhraseMatch<TeamEntry>> mentions, Dictionary<string, int> counts) =>
        mentions.GroupBy(m => m.Value.Name).Select(g => (Team: g.Key, Count: counts.GetValueOrDefault(g.Key), First: g.Min(m => m.Span.Start)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.First).ToList();

    /// <summary>Whether a result pair keeps one of the frequent pair's teams and names, for the other, a club the gazetteer does not know
    /// that reads as no person's name ("Gwalia United", not "Romelu Lukaku"; a lone word may be a sentence's first word).</summary>
    internal static bool NewSide(ExtractionContext context, TeamPair result, TeamPair frequent)
    {
        if (Shared(result, frequent) is not { } shared) return false;
        if (LeadsWithResult(context, result)) return true;
        var other = Other(result, shared);
        return other.Contains(' ') && !TeamExtractor.Known(context, other) && !ResultSentenceReader.LooksLikePerson(other);
    }

    /// <summary>Clubs play clubs: an opening result between two clubs ("Remo Stars ... victory over Comoros side US Zilimadjou") is the match
    /// however often two nations come up later (a "Nigeria vs South Africa rivalry" section).</summary>
    internal static bool ClubsOverNations(ExtractionContext context, TeamPair result, TeamPair frequent) =>
        !National(context, result.First) && !National(context, result.Second) && National(context, frequent.First) && National(context, frequent.Second);

    private static bool National(ExtractionContext context, string team) => context.Gazetteer.Teams.TryGet(team, out var entry) && entry.National;

    /// <summary>Whether a result pair sharing a side with the frequent pair keeps its other side: the frequent pair's other team is not named
    /// at least twice and more often than the result's ("Reading or replaying the story" is no side against a result's "win over Racing Louisville").</summary>
    internal static bool OtherSideHeld(ExtractionContext context, Dictionary<string, int> counts, TeamPair result, TeamPair frequent)
    {
        if (Shared(result, frequent) is not { } shared) return false;
        if (LeadsWithResult(context, result)) return true;
        int theirs = Count(context, counts, Other(frequent, shared)), ours = Count(context, counts, Other(result, shared));
        return theirs < 2 || theirs <= ours;
    }

    /// <summary>Whether the story opens on a result between two known teams: the opening up to the result's sentence names no third club, so the
    /// result is the match however often another team comes up later ("Chelsea leapfrogged Arsenal with a victory over Fulham" names three, and
    /// the winner read may be wrong). A headline repeated as the first line or a byline ("By Carl Markham, PA") may stand before the result.</summary>
    private static bool LeadsWithResult(ExtractionContext context, TeamPair result)
    {
        if (!TeamExtractor.Known(context, result.First) || !TeamExtractor.Known(context, result.Second)) return false;
        var mentions = TeamMentionFilter.PlayerFree(context);
        foreach (var sentence in TeamExtractor.Opening(context))
        {
            if (mentions.Any(m => sentence.Contains(m.Span.Start) && !m.Value.National && !result.Contains(m.Value.Name))) return false;
            if (sentence.Contains(result.Evidence.Span.Start)) return true;
        }
        return false;
    }

    internal static string? Shared(TeamPair a, TeamPair b) => b.Contains(a.First) ? a.First : b.Contains(a.Second) ? a.Second : null;

    internal static string Other(TeamPair pair, string team) => string.Equals(pair.First, team, StringComparison.OrdinalIgnoreCase) ? pair.Second : pair.First;

    internal static bool SamePair(TeamPair a, TeamPair b) => a.Contains(b.First) && a.Contains(b.Second);

    internal static int Count(ExtractionContext context, Dictionary<string, int> counts, TeamPair pair) =>
        Math.Min(Count(context, counts, pair.First), Count(context, counts, pair.Second));

    /// <summary>How often the report names a team: the gazetteer's count, or for a name it does not know, the times it is written.</summary>
    internal static int Count(ExtractionContext context, Dictionary<string, int> counts, string team)
    {
        if (counts.TryGetValue(team, out int known) || context.Gazetteer.Teams.TryGet(team, out _)) return known;
        // "Gwalia United" is mostly "Gwalia" after the opening: the name's first word counts too.
        int space = team.IndexOf(' ');
        return Math.Max(Occurrences(context.Text, team), space >= 4 ? Occurrences(context.Text, team[..space]) : 0);
    }

    private static int Occurrences(string text, string name)
    {
        // An empty name would be found at every place, for ever.
        if (name.Length == 0) return 0;
        int n = 0;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
