using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>The sides a headline names: a result in its first clause, the teams it mentions (rivals in the table left out), a
/// scoreline, and whether a name is written outright or only as a nickname.</summary>
internal static partial class HeadlineSides
{
    /// <summary>The headline without a closing outlet's name ("... grand final | Newcastle Herald", "... | The Advocate"): a last part after " | "
    /// of a few words with no digit names the site, not a side.</summary>
    internal static string? Headline(ExtractionContext context)
    {
        if (context.Article.Title is not { Length: > 0 } title) return null;
        title = WithoutLabel(context, title);
        int bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0) return title;
        var tail = title.AsSpan(bar + 3).Trim();
        return tail.IndexOfAnyInRange('0', '9') < 0 && tail.Count(' ') <= 3 && title.AsSpan(0, bar).Count(' ') >= 3 ? title[..bar] : title;
    }

    /// <summary>The headline without a label that files it ("Varsity: ", "Santosh Trophy: ", "MATCH REPORT | ", "NPFL: "): a first part of a few
    /// words with no digit before a colon or a bar, naming no team the gazetteer knows ("Arsenal: Arteta hails ..." keeps its side,
    /// "Malawi : ..." its country tag), when a headline of some length follows.</summary>
    private static string WithoutLabel(ExtractionContext context, string title)
    {
        var m = Label().Match(title);
        if (!m.Success || title.Length - m.Length < 12) return title;
        var label = m.Groups["label"].Value;
        var tokens = Tokenizer.Tokenize(label);
        return context.Gazetteer.Teams.FindAll(label, tokens, 0, tokens.Count).Count == 0 ? title[m.Length..] : title;
    }

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}'’.&]*(?: [\p{L}][\p{L}'’.&]*){0,3}) ?(?::|\|) ")]
    private static partial Regex Label();

    /// <summary>A result shape in the headline ("Inter beat Empoli to keep pressure on Napoli"): its two sides, whoever else it names.</summary>
    internal static TeamPair? FromTitleResult(ExtractionContext context)
    {
        if (Headline(context) is not { } title || FirstClauseResult(context, title) is not { } sides) return null;
        var tokens = Tokenizer.Tokenize(title);
        var known = context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count);
        var evidence = context.OpeningEvidence();
        // "Glory down lowly Reds": a headline's one-word nickname may be another league's club; the opening's full names decide then.
        if (Nickname(context, sides.First) || Nickname(context, sides.Second)) return null;
        // A title-case headline's capitalised words are no guide to a subject ("Town Women Move to the Brink"): only a known team can be
        // the winner there; in a sentence-case headline the name opening it is its subject ("LAFC holds on to defeat rival Galaxy").
        // "CAF WCL : Edo Queens suffer ... loss to TP Mazembe": a tag opening the headline stands before its subject.
        int lead = CountryTag().Match(title) is { Success: true } tagged ? tagged.Length : 0;
        Func<int, int, bool>? notSide = SentenceCase(title) ? (at, _) => at != 0 && at != lead : null;
        return ResultSideNames.Resolved(context, title, 0, known, sides, notSide, evidence);
    }

    /// <summary>The first result a headline tells, clause by clause: "Madrid ease to win over Celta, Real Sociedad beat Rayo" leads with Madrid's match.</summary>
    private static ResultSides? FirstClauseResult(ExtractionContext context, string title)
    {
        bool Known(string name) => context.Gazetteer.Teams.TryGet(name, out _);
        // The whole headline is read first, so that a shape spanning a comma ("Broadmeadow Magic, Newcastle Olympic draw") stays whole.
        if (ResultSentenceReader.Read(title, 0, title.Length, (_, _) => false, Known) is not { } whole) return null;
        int from = 0;
        foreach (Match clause in ClauseBreak().Matches(title))
        {
            if (clause.Index > whole.At) break;
            if (from > 0 || clause.Index < whole.At)
                if (ResultSentenceReader.Read(title, from, clause.Index - from, (_, _) => false, Known) is { } early && early.At < whole.At) return early;
            from = clause.Index + clause.Length;
        }
        return whole;
    }

    /// <summary>The line of <paramref name="text"/> holding the span from <paramref name="start"/> to <paramref name="end"/> (a name's
    /// letters), without its line breaks.</summary>
    internal static string LineHolding(string text, int start, int end)
    {
        int lineStart = text.LastIndexOf('\n', start) + 1, lineEnd = text.IndexOf('\n', end);
        return text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
    }

    /// <summary>A headline repeated as the body's first line ("Wsoc Pulls Away for 4-1 Victory at St. Thomas"): its capitals are no guide to a subject.</summary>
    internal static bool TitleCaseLine(string sentence)
    {
        var words = LetterWords(sentence);
        // Every word but short function words ("for", "at") is capitalised; running prose always has longer lower-case words.
        return words.Count >= 4 && words.All(w => char.IsUpper(w[0]) || w.Length <= 3);
    }

    internal static bool SentenceCase(string title)
    {
        var words = LetterWords(title);
        return words.Count >= 4 && words.Count(w => char.IsUpper(w[0])) * 2 <= words.Count;
    }

    /// <summary>The words of a line that start with a letter: what its capitals are counted over.</summary>
    private static List<string> LetterWords(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();

    private static bool Nickname(ExtractionContext context, string? written) =>
        written is not null && !written.Contains(' ') && context.Gazetteer.Teams.TryGet(written, out var entry) && !entry.Name.Contains(written, StringComparison.Ordinal);

    /// <summary>Whether the report names a known team by more than a lone nickname ("The Magpies" of a Maitland report is no Newcastle United)
    /// or a place opening another club's name ("Newcastle Olympic"): a mention by the team's name or a fuller alias, not followed by a
    /// capitalised word that would continue another name.</summary>
    internal static bool NamedOutright(ExtractionContext context, string team)
    {
        var text = context.Text;
        foreach (var m in context.TeamMentions)
        {
            if (m.Value.Name != team) continue;
            var surface = m.Span.Substring(text);
            if (Nickname(context, surface)) continue;
            var next = NextWord().Match(text, m.Span.End);
            if (next.Success && !WomenWord().IsMatch(next.Groups["w"].Value)) continue;
            return true;
        }
        return false;
    }

    /// <summary>Whether the headline writes a team only by a one-word nickname ("Hoops", "Tangerines") that the body never backs with the
    /// team's name: then the nickname may be another club's.</summary>
    internal static bool WrittenOnlyAsNickname(ExtractionContext context, string team)
    {
        if (NamedOutright(context, team)) return false;
        var written = HeadlineSurfaces(context, team);
        // "LAFC", "QPR": the name's letters, which no other club bears.
        return written.Count > 0 && written.All(surface => surface.Any(char.IsLower) && Nickname(context, surface));
    }

    /// <summary>How the headline writes a team: each of its mentions there, as written.</summary>
    internal static List<string> HeadlineSurfaces(ExtractionContext context, string team)
    {
        if (Headline(context) is not { } title) return [];
        var tokens = Tokenizer.Tokenize(title);
        return context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count).Where(m => m.Value.Name == team).Select(m => m.Span.Substring(title)).ToList();
    }

    [GeneratedRegex(@"\G (?<w>[\p{Lu}][\p{L}'’]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^(?:Women|Women's|Women’s|Ladies|FC|AFC|SC)$")]
    private static partial Regex WomenWord();

    /// <summary>Whether the headline's two teams stand in different clauses ("... for Chelsea as Kane fires Bayern ...", "Madrid comeback to
    /// stay perfect, Ramos enjoys Sevilla return"): a comma, "as", "while" or a semicolon between their first mentions.</summary>
    internal static bool ClausesApart(ExtractionContext context, string title, TeamPair pair)
    {
        var tokens = Tokenizer.Tokenize(title);
        var found = context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count);
        int a = found.FindIndex(m => m.Value.Name == pair.First), b = found.FindIndex(m => m.Value.Name == pair.Second);
        if (a < 0 || b < 0) return false;
        int from = Math.Min(found[a].Span.End, found[b].Span.End), to = Math.Max(found[a].Span.Start, found[b].Span.Start);
        return to > from && ClauseBreak().IsMatch(title.AsSpan(from, to - from));
    }

    [GeneratedRegex(@",|;| as | while | whilst ")]
    private static partial Regex ClauseBreak();

    internal static TeamPair? FromTitle(ExtractionContext context, List<string> teams)
    {
        if (teams.Count < 2) return null;
        var first = context.TeamMentions.FirstOrDefault(m => m.Value.Name == teams[0]);
        var evidence = first.Value is null ? context.OpeningEvidence() : context.EvidenceAt(first.Span.Start);
        return new TeamPair(teams[0], teams[1], evidence);
    }

    /// <summary>"Man City keep pressure on Arsenal" over a report opening "City eased to a 4-1 win at Bournemouth" that goes on about Arsenal:
    /// the one side a headline names (its rival left out) is in the match, so the opening's result that holds it beats a pair without it.</summary>
    internal static TeamPair? WithHeadlineSide(ExtractionContext context, TeamPair? pair, List<string> headlineTeams, List<string> rivals)
    {
        if (pair is null || headlineTeams is not [var side] || rivals.Count == 0) return pair;
        if (pair.Contains(side) && !rivals.Any(pair.Contains)) return pair;
        return TeamExtractor.FromOpeningResult(context, TeamMentionFilter.PlayerFree(context)) is { } opening && opening.Contains(side) && !rivals.Any(opening.Contains) ? opening : pair;
    }

    /// <summary>The sides a headline names, in its order: one kind (clubs or nations), no team of a person named there, no rival in the table
    /// (those are <paramref name="rivals"/>).</summary>
    internal static List<string> HeadlineTeams(ExtractionContext context, out List<string> rivals)
    {
        rivals = [];
        if (Headline(context) is not { } title) return [];
        var tokens = Tokenizer.Tokenize(title);
        var found = context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count);
        // "Malawi : Scorchers Ace Earns Montpellier Women Draw", "Mozambique / Nigeria : Rivers Utd Slip": a headline opening on its
        // story's countries tags it; the nations there are no sides.
        var tag = CountryTag().Match(title);
        if (tag.Success) found = found.Where(m => !(m.Value.National && m.Span.End <= tag.Length)).ToList();
        // "Utah native ... 2 - 0 Royals home loss": "Royals" closes Utah Royals' name, so it is that side again, not Reading.
        var owned = TeamMentionFilter.OwnedLastWords(found);
        found = found.Where(m => !TeamMentionFilter.OwnedByOther(owned, title.Substring(m.Span.Start, m.Span.Length), m.Value.Name)).ToList();
        // "Derby delight at the Millerntor", "Ferrante wins the Derby della Lanterna": a one-word name the body writes only in lower case
        // ("the city derby") and never as the team is the headline's common noun, capitalised by the headline, not Derby County.
        found = found.Where(m => !CommonNoun(context, title.Substring(m.Span.Start, m.Span.Length), m.Value.Name)).ToList();
        // Clubs play clubs and nations play nations: of a club and a nation the headline names, the first two of one kind are the pair.
        if (found.Select(m => m.Value.National).Distinct().Count() > 1)
        {
            var clubs = found.Where(m => !m.Value.National).ToList();
            var nations = found.Where(m => m.Value.National).ToList();
            bool twoClubs = TeamExtractor.Distinct(clubs.Select(m => m.Value.Name)).Count >= 2, twoNations = TeamExtractor.Distinct(nations.Select(m => m.Value.Name)).Count >= 2;
            found = twoClubs && (!twoNations || clubs[0].Span.Start < nations[0].Span.Start) ? clubs : twoNations ? nations : [];
        }
        // "Matildas star Sam Kerr scores ... with Chelsea", "Gunners ace Russo fires England to final": a team named for a person's
        // club or country is no side, unless the headline also names it on its own.
        // "Man City keep pressure on Arsenal", "Spurs hold City to help rival Arsenal": a team the result presses, helps or chases is a rival
        // in the table, not the opponent.
        rivals = found.Where(m => Bystander().IsMatch(title.AsSpan(0, m.Span.Start))).Select(m => m.Value.Name).ToList();
        var sides = found.Where(m => !PersonsTeam().IsMatch(title, m.Span.End) && !Bystander().IsMatch(title.AsSpan(0, m.Span.Start))).Select(m => m.Value.Name).ToHashSet(StringComparer.Ordinal);
        return TeamExtractor.Distinct(found.Select(m => m.Value.Name).Where(sides.Contains).Select(name => Fuller(context, name)));
    }

    /// <summary>Whether a headline's one-word team name is a common noun there: the body writes the word in lower case and names the team nowhere.</summary>
    internal static bool CommonNoun(ExtractionContext context, string surface, string team)
    {
        if (surface.Length < 3 || surface.Contains(' ') || !char.IsUpper(surface[0]) || surface.Skip(1).Any(char.IsUpper)) return false;
        if (context.TeamMentions.Any(m => m.Value.Name == team)) return false;
        var lower = char.ToLowerInvariant(surface[0]) + surface[1..];
        var text = context.Text;
        for (int at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + lower.Length == text.Length || !char.IsLetter(text[at + lower.Length]))) return true;
        return false;
    }

    /// <summary>"Malawi stun south Sudan" over a report of "South Sudan": a team whose name closes a longer known team's name that the
    /// report names more often is that longer team, read short where a headline's case hid its first word.</summary>
    internal static string Fuller(ExtractionContext context, string team)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in context.TeamMentions) counts[m.Value.Name] = counts.GetValueOrDefault(m.Value.Name) + 1;
        int own = counts.GetValueOrDefault(team);
        foreach (var (name, count) in counts)
            if (count > own && name.EndsWith(" " + team, StringComparison.Ordinal)) return name;
        return team;
    }

    internal static TeamPair? FromHeadlineScore(ExtractionContext context)
    {
        foreach (var sentence in TeamExtractor.Opening(context))
        {
            var match = HeadlineScore().Match(context.Text, sentence.Start, sentence.Length);
            if (!match.Success) continue;
            return new TeamPair(match.Groups["a"].Value.Trim(), match.Groups["b"].Value.Trim(), context.EvidenceFor(sentence));
        }
        return null;
    }

    /// <summary>Words before a headline's team that make it a rival in the table: "pressure on", "help rival", "boost for", "gap to", "clear of".</summary>
    [GeneratedRegex(@"\b(?:(?:pressure|heat)\s+on|help(?:s|ed|ing)?\s+(?:title\s+)?rivals?|(?:boost|favou?r)\s+for|gap\s+(?:to|on)|(?:points\s+)?clear\s+of|ahead\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bystander();

    /// <summary>"star Sam Kerr", "ace Russo", "coach Jimmy Dane" after a team: the team is that person's, not a side of the headline.</summary>
    [GeneratedRegex(@"\G(?:['’]s?)? (?:star|ace|striker|forward|defender|midfielder|goalkeeper|keeper|winger|captain|skipper|coach|manager|boss|teenager|youngster|hero|legend|talisman|starlet) [\p{Lu}]")]
    private static partial Regex PersonsTeam();

    /// <summary>"Malawi : ", "Mozambique / Nigeria : ", "Southern Africa : " opening a headline: the countries its story is filed under.</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+)?(?: / [\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+)?)* ?: ")]
    private static partial Regex CountryTag();

    [GeneratedRegex(@"(?<a>(?:[A-Z][\w'.&]+ ){1,3})[0-9]{1,2} ?[-–] ?[0-9]{1,2} (?<b>[A-Z][\w'.&]+(?: [A-Z][\w'.&]+){0,2})")]
    private static partial Regex HeadlineScore();
}
