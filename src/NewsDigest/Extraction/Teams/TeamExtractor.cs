using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>Finds the two teams in the order the report names them: the headline, else the first sentence naming two teams, else a headline-style scoreline, else the two most named teams.</summary>
public sealed partial class TeamExtractor(ISideReader? sides, bool recurringSides) : IFactExtractor
{
    /// <summary>Whether a report left with no pair gets the names it keeps writing as sides (<see cref="RecurringSides"/>): not for an
    /// opening of a piece that is no report (a preview or a round-up names clubs of many matches).</summary>
    private readonly bool _recurringSides = recurringSides;

    public TeamExtractor(ISideReader? sides) : this(sides, true) { }

    /// <summary>The learned side reader (<see cref="ExtractionModels.Sides"/>), which sees the rules' pair last; null runs the rules alone.</summary>
    private readonly ISideReader? _sides = sides;

    public TeamExtractor() : this(null, true) { }

    /// <summary>The same rules with a side reader that fills a missing pair but corrects none (<see cref="ISideReader.FillingOnly"/>).</summary>
    public TeamExtractor FillingOnly() => new(_sides?.FillingOnly(), false);

    /// <summary>How far into the report the opening that names the match may run.</summary>
    private const int OpeningSentences = 4;

    public void Extract(ExtractionContext context)
    {
        Read(context);
        // "ELSEWHERE: Barnsley drew 1-1 at home; Rotherham United were beaten at Tranmere" under a report whose own sides no reading names:
        // the clubs of the other matches are read as before, since a pair, even a passing one, still places the report's goals.
        if (context.Facts.Teams is null && OtherMatchesTold.Any(context))
        {
            OtherMatchesTold.Disregard(context);
            Read(context);
        }
    }

    private void Read(ExtractionContext context)
    {
        // The readings are tried in order of trust and each later one only when the earlier ones find nothing: most archive
        // articles are no report, and reading every result shape and count of each of them cost a third of extraction.
        var title = HeadlineSides.FromTitleResult(context);
        // The opening's result is weighed against the headline in three places below; it is read once, and only when one asks for it.
        TeamPair? openingResult = null;
        bool openingRead = false;
        TeamPair? OpeningResult()
        {
            if (!openingRead) (openingResult, openingRead) = (FromOpeningResult(context, TeamMentionFilter.PlayerFree(context)), true);
            return openingResult;
        }
        // "Galeno stuns Arsenal" over "FC Porto defeated Arsenal 1-0": with one side shared, the opening's known team beats the headline's unknown name.
        if (title is not null && !(Known(context, title.First) && Known(context, title.Second))
            && OpeningResult() is { } opening
            && !PairChoice.SamePair(title, opening) && PairChoice.Shared(title, opening) is { } shared
            && !Known(context, PairChoice.Other(title, shared)) && Known(context, PairChoice.Other(opening, shared)) && HeadlineSides.NamedOutright(context, PairChoice.Other(opening, shared))) title = null;
        // "Masandawana thrash Stellies" over "Mamelodi Sundowns thrashed Stellenbosch FC 4-0": a headline of two names the gazetteer does not
        // know gives way to an opening result of two clubs it knows, which shares no side with it (the headline wrote nicknames).
        if (title is not null && !Known(context, title.First) && !Known(context, title.Second)
            && OpeningResult() is { } knownResult && PairChoice.Shared(title, knownResult) is null
            && Known(context, knownResult.First) && Known(context, knownResult.Second)) title = null;
        if (title is not null) title = WithKnownTail(context, title);
        if (title is not null && WithNicknameNamed(context, title) is { } named) title = named;
        // The headline's sides are read once: they make a pair of their own, or keep one side in the pair read later.
        List<string> headlineTeams = [], rivals = [];
        if (title is null) headlineTeams = HeadlineSides.HeadlineTeams(context, out rivals);
        var headline = title is null ? HeadlineSides.FromTitle(context, headlineTeams) : null;
        // "Caicedo strikes late for Chelsea as Kane fires Bayern into the last 16": a headline whose clauses each name one club tells two
        // matches; the opening's result ("Chelsea 1-0 Pafos") says which one the report is about.
        if (headline is not null && HeadlineSides.Headline(context) is { } headlineText && HeadlineSides.ClausesApart(context, headlineText, headline)
            && OpeningResult() is { } opened && !PairChoice.SamePair(headline, opened) && PairChoice.Shared(headline, opened) is not null) headline = opened;
        // "Hoops keep the heat on as Lilywhites' slide continues" atop a report of Shamrock Rovers and Dundalk, "Derby day delight for Tangerines"
        // atop a Dundee derby: a side the headline writes only by a nickname, which the body never names outright, may be another club that
        // shares the nickname; the body's reading is weighed against the headline's (see BodyOverNickname).
        TeamPair? doubted = null;
        if (headline is not null && (HeadlineSides.WrittenOnlyAsNickname(context, headline.First) || HeadlineSides.WrittenOnlyAsNickname(context, headline.Second)))
            (doubted, headline) = (headline, null);
        var pair = title ?? headline ?? FromReportLinks(context) ?? FromScoreBox(context) ?? FromSideGoals(context, scorerBoxes: false) ?? FromBody(context)
            // A box listing scorers under names the gazetteer does not know is trusted when the prose names no match: the prose's order stays first.
            ?? FromSideGoals(context, scorerBoxes: true) ?? FromScorerSentence(context);
        if (doubted is not null) pair = BodyOverNickname(context, doubted, pair);
        if (title is null && headline is null) pair = HeadlineSides.WithHeadlineSide(context, pair, headlineTeams, rivals);
        pair = FromClubSite(context, pair);
        // A pair with a side that is a word of English opening a sentence ("All v Bayside", "Olímpico v Guarani", "Five v Hollins Vale"), or a
        // person the report tells of ("Lester Fernandes v Salgaocar"), names
        // no match: whichever reading gave it (the side reader fills an empty pair from such words too), the side reader and the recurring
        // sides read the report as if no pair was found. It is kept only when neither names another pair, for its other side still places the goals.
        var plain = pair is not null && NamesNoMatch(context, pair) ? pair : null;
        if (plain is not null) pair = null;
        if (_sides is not null) pair = _sides.Read(context, pair);
        if (pair is not null && NamesNoMatch(context, pair)) (plain, pair) = (plain ?? pair, null);
        // No reading named the match: the two teams printed at the foot name it (see LineUps); else a result sentence further into the
        // report, whose two sides the report writes again (see BodyResult); else the two names the report keeps writing as sides are the
        // pair (see RecurringSides).
        // The line-ups are read once: they may name the pair, and they correct the other side of a pair that holds one of them.
        var printed = _recurringSides ? LineUps.Find(context) : null;
        if (_recurringSides) pair ??= printed ?? BodyResult(context) ?? RecurringSides.Find(context);
        pair ??= plain;
        if (pair is not null && printed is not null) pair = WithLineUpSide(pair, printed);
        if (pair is not null) pair = WithSiteClub(context, pair);
        if (pair is not null) context.Facts = context.Facts with { Teams = WithoutSquadTag(ForeignNickname.WithHomeClub(context, SameCountry(context, WithClubWord(context, WithPlaceBefore(context, BracketedShortForm.WithFullNames(context, pair)))))) };
    }

    /// <summary>"Pars 2-2 Partick Thistle" over "Dunfermline Athletic twice came from behind ... against Partick Thistle ... the Pars were looking",
    /// "Cavs grind out win over Forge" over a closing "FINAL: Cavalry FC 2, Forge FC 1": a headline side of one word the gazetteer does not
    /// know, which the report calls "the X", is the club's nickname; the report's final-score line, opening result or opening pair that holds
    /// the headline's other side names the club.</summary>
    private static TeamPair? WithNicknameNamed(ExtractionContext context, TeamPair title)
    {
        bool NicknameOnly(string side) => TeamExtractor.NicknameOnly(context, side);
        bool firstNick = NicknameOnly(title.First), secondNick = NicknameOnly(title.Second);
        if (firstNick == secondNick) return null;
        string kept = firstNick ? title.Second : title.First, nick = firstNick ? title.First : title.Second;
        var mentions = TeamMentionFilter.PlayerFree(context);
        var sources = new[] { FromSideGoals(context, scorerBoxes: false), FromOpeningResult(context, mentions), FromOpening(context, mentions, TeamCounts.Of(context.Text, mentions)) };
        // "Brighton and Hove Albion 4 Durham 1" over "... the Durham keeper": a source that reads the headline's own pair shows the one word
        // is a side's name, not a nickname; then only the word's own longer form ("Republic" -> "Republic of Ireland") may replace it.
        bool confirmed = sources.Any(other => other is not null && PairChoice.SamePair(other, title));
        foreach (var other in sources)
        {
            if (other is null || !other.Contains(kept) || PairChoice.SamePair(other, title)) continue;
            var club = PairChoice.Other(other, kept);
            if (string.Equals(club, nick, StringComparison.OrdinalIgnoreCase) || NicknameOnly(club)) continue;
            if (confirmed && !club.Split(' ').Contains(nick, StringComparer.OrdinalIgnoreCase)) continue;
            return firstNick ? title with { First = club } : title with { Second = club };
        }
        return null;
    }

    /// <summary>"Glimt - Rosenborg 4-2" over "Bodø/Glimt beat Rosenborg": a headline side the gazetteer does not know, which is the last word of
    /// one known team as the report writes it ("Bodø/Glimt", "Sporting Kansas City"), is that team, written short by the headline.</summary>
    private static TeamPair WithKnownTail(ExtractionContext context, TeamPair title)
    {
        string? Fuller(string side, string other)
        {
            if (side.Contains(' ') || Known(context, side)) return null;
            var teams = context.TeamMentions.Where(m => m.Value.Name != other && m.Span.Length > side.Length + 1)
                .Where(m => m.Span.Substring(context.Text) is var surface && surface.EndsWith(side, StringComparison.Ordinal) && surface[^(side.Length + 1)] is '/' or ' ' or '-')
                .Select(m => m.Value.Name).Distinct(StringComparer.Ordinal).ToList();
            return teams is [var team] ? team : null;
        }
        string? first = Fuller(title.First, title.Second), second = Fuller(title.Second, title.First);
        if (first is null && second is null) return title;
        return title with { First = first ?? title.First, Second = second ?? title.Second };
    }

    /// <summary>The body's reading beats a headline pair with a nickname-only side when it shares no side with the headline (a report of two
    /// other clubs: "Hoops ... Lilywhites" over Shamrock Rovers and Dundalk), or when it keeps the headline's other side and its new side holds
    /// the nickname as a word ("Kotoko edge Hearts" over Asante Kotoko and Hearts of Oak: the new side takes the nickname's place). A body
    /// that reads another match of one headline side ("Chelsea v Wolves" previewed beside Chelsea's last result) leaves the headline's pair.</summary>
    private static TeamPair BodyOverNickname(ExtractionContext context, TeamPair headline, TeamPair? body)
    {
        if (body is null || PairChoice.SamePair(body, headline)) return headline;
        if (PairChoice.Shared(headline, body) is not { } kept) return body;
        string nicknamed = PairChoice.Other(headline, kept), named = PairChoice.Other(body, kept);
        var words = named.Split(' ');
        bool takesPlace = HeadlineSides.WrittenOnlyAsNickname(context, nicknamed)
            && HeadlineSides.HeadlineSurfaces(context, nicknamed).Any(surface => words.Contains(surface, StringComparer.OrdinalIgnoreCase));
        return !takesPlace ? headline : string.Equals(headline.First, kept, StringComparison.OrdinalIgnoreCase) ? headline with { Second = named } : headline with { First = named };
    }

    /// <summary>A one-word name the gazetteer does not know that the report writes as "the X" ("the Pars", "The Cavs"): a nickname, not a club's name.
    /// A possessive counts: "The Blues' frustration boiled over" writes the nickname as surely as "the Blues were level".</summary>
    internal static bool NicknameOnly(ExtractionContext context, string side) => side.Length > 1 && !side.Contains(' ') && !Known(context, side)
        && new[] { " ", "' ", "’ ", "'s ", "’s " }.Any(after => context.Text.Contains("the " + side + after, StringComparison.Ordinal) || context.Text.Contains("The " + side + after, StringComparison.Ordinal));

    /// <summary>"Everton U23s", "Hednesford Town Youth", "Celtic B", "PSIM Yogyakarta U-17", "Kazakhstan WU19": a side named with the squad
    /// that played (an age group, the youth, reserve or B team) is the club or nation, as the gold writes youth and reserve sides; the tag says
    /// which of its teams played, not which club. A name that is the tag alone ("Under-21s") is kept.</summary>
    internal static TeamPair WithoutSquadTag(TeamPair pair)
    {
        static string Bare(string side) => SquadTag().Replace(MediaTag().Replace(side, ""), "") is { Length: > 0 } bare && bare != side ? bare : side;
        string first = Bare(pair.First), second = Bare(pair.Second);
        return first == pair.First && second == pair.Second || first == second ? pair : pair with { First = first, Second = second };
    }

    /// <summary>A side's name without its closing squad tag ("Everton U23s" is Everton); the name itself when it has none or is the tag alone.</summary>
    internal static string WithoutSquadTag(string side) => SquadTag().Replace(side, "") is { Length: > 0 } bare && bare != side ? bare : side;

    /// <summary>A closing squad tag: an age group ("U18s", "U-17", "Under-23s", "WU19"), "Youth" or "Reserves", with a "Women's" before it
    /// ("Cymru Women's Under-19s", read as far as "Under"). Not "B" or "II": a second team in a senior league (Barcelona B, Dortmund II)
    /// is a side in its own right, named so by the reports and results of that league (it cost an unread judge a pair in session 27).</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{M}.’'])(?: (?:Women['’]s|Women|Ladies|Girls|Boys|Men['’]s))? (?:W?U-?[0-9]{1,2}s?|Under(?:[- ][0-9]{1,2}s?)?|Youth|Reserves)$")]
    private static partial Regex SquadTag();

    /// <summary>A closing channel word: "Swifts TV" ("Swifts boss Gary Mawhinney told Swifts TV"), "Hull City LIVE" (a local paper's live
    /// page signing its report): the club's own or a paper's media name the club's name, and the side is that club.</summary>
    [GeneratedRegex(@"(?<=\p{L}) (?:TV|LIVE|Live|Radio|Player)$")]
    private static partial Regex MediaTag();

    /// <summary>"Triangle FC 0-0 Simba Bhora" atop a report that writes "Triangle United held Simba Bhora": a side read as "Name FC", which the
    /// gazetteer does not know, is the one "Name United" (City, Town, Rovers ...) the report writes, since "FC" is any club's suffix.</summary>
    private static TeamPair WithClubWord(ExtractionContext context, TeamPair pair)
    {
        string? Fuller(string side)
        {
            if (!side.EndsWith(" FC", StringComparison.Ordinal) || side.Length < 6 || Known(context, side)) return null;
            string stem = side[..^3];
            var words = ClubWordAfter().Matches(context.Text).Where(m => m.Index >= stem.Length + 1 && context.Text.AsSpan(m.Index - stem.Length - 1, stem.Length).SequenceEqual(stem)
                && (m.Index - stem.Length - 1 == 0 || !char.IsLetter(context.Text[m.Index - stem.Length - 2]))).Select(m => m.Groups["word"].Value).Distinct().ToList();
            return words is [var word] ? stem + " " + word : null;
        }
        string? first = Fuller(pair.First), second = Fuller(pair.Second);
        if (first is null && second is null) return pair;
        return pair with { First = first ?? pair.First, Second = second ?? pair.Second };
    }

    /// <summary>"Fog halts Rangers clash" over "Derwent Valley Rangers leading Launceston Athletic", "Mariners send Haverkamp out a winner"
    /// over "the Lakeshore Mariners": a side read from one word that the report writes, wherever it writes more, as one longer name closing
    /// on the word is that name; the word alone is how the report shortens its club, not the better-known club the gazetteer gives it.</summary>
    private static TeamPair WithPlaceBefore(ExtractionContext context, TeamPair pair)
    {
        string? Fuller(string side, string other)
        {
            // "Bohemians v Rangers" told as "Glasgow Rangers": against a club the gazetteer knows, the known club read is the one meant.
            if (Known(context, side) && Known(context, other)) return null;
            var surfaces = context.TeamMentions.Where(m => m.Value.Name == side).Select(m => m.Span.Substring(context.Text)).Append(side)
                .Where(surface => TeamResolver.ShortWords.Contains(surface)).Distinct(StringComparer.Ordinal).ToList();
            // "Central Coast Mariners ... the Mariners": a report that writes the club's full name means that club.
            if (surfaces.Count == 0 || (side.Contains(' ') && context.Text.Contains(side, StringComparison.Ordinal))) return null;
            var longer = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in surfaces)
                for (int at = context.Text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = context.Text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    int end = at + word.Length;
                    if (end < context.Text.Length && char.IsLetterOrDigit(context.Text[end])) continue;
                    if (WordsBefore().Match(context.Text[Math.Max(0, at - 60)..at]) is not { Success: true } before) continue;
                    if (ResultSentenceReader.Clean(before.Value + word) is { } name && name.Length > word.Length && name.EndsWith(" " + word, StringComparison.Ordinal)) longer.Add(name);
                }
            if (longer.Count != 1) return null;
            var fuller = longer.Single();
            // "Berwick Rangers" in a report of Rangers is another club the gazetteer knows, "Man United" the same one: neither is a fuller name.
            return context.Gazetteer.Teams.TryGet(fuller, out _) ? null : fuller;
        }
        string? first = Fuller(pair.First, pair.Second), second = Fuller(pair.Second, pair.First);
        if (first is null && second is null) return pair;
        return pair with { First = first ?? pair.First, Second = second ?? pair.Second };
    }

    /// <summary>One to three capitalised words right before a name, in its sentence.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}'’.\-])(?:[\p{Lu}][\p{L}\p{M}'’\-]* ){1,3}$")]
    private static partial Regex WordsBefore();

    [GeneratedRegex(@"(?<= )(?<word>United|City|Town|Rovers|Athletic|Wanderers|County|Albion)\b")]
    private static partial Regex ClubWordAfter();

    /// <summary>A report on a club's own site that speaks as "we" is about that club's match: when the pair read leaves the club out, the club
    /// plays the first other team its opening names ("Our first ... match ended in a 0-0 draw at home to Manchester United").</summary>
    private static TeamPair? FromClubSite(ExtractionContext context, TeamPair? pair)
    {
        if (ClubSite.Of(context) is not { } club || (pair is not null && pair.Contains(club)) || !ClubSite.SpeaksAsClub(context, Opening(context))) return pair;
        // "Gabriel made his full Brazil debut ... our defender": a club's site telling its player's international keeps the nations' match.
        if (pair is not null && Known(context, pair.First) && Known(context, pair.Second) && context.Gazetteer.Teams.TryGet(pair.First, out var a) && a.National
            && context.Gazetteer.Teams.TryGet(pair.Second, out var b) && b.National) return pair;
        foreach (var sentence in Opening(context))
            foreach (var m in TeamMentionFilter.PlayerFree(context))
                if (sentence.Contains(m.Span.Start) && !m.Value.National && m.Value.Name != club && !context.IsQuoted(m.Span.Start))
                    return new TeamPair(club, m.Value.Name, context.EvidenceFor(sentence));
        return pair;
    }

    /// <summary>A report on a club's own site, which writes the club out (<see cref="ClubSite.Written"/>), is about the club's match: the
    /// club speaks of itself as "Town", "Thistle", "we" or its nickname and names other matches beside its own ("the draw at Gillingham last
    /// weekend", "the next home game ... against the First Vienna FC"). A pair that leaves the club out gets it: in place of a side whose
    /// words are the club's written short ("Thistle" for Dalmore Thistle, "Vitória" for Vitória SC), else in place of the side the report
    /// writes fewer times (another match's opponent, named once), else of a side it writes as "the X" that the gazetteer does not know
    /// (its nickname, "the Navy Blues"). A pair of two nations (a club's player on international duty) is left.</summary>
    private static TeamPair WithSiteClub(ExtractionContext context, TeamPair pair)
    {
        if (ClubSite.Written(context, Opening(context)) is not { } club) return pair;
        var teams = context.Gazetteer.Teams;
        string Canonical(string name) => teams.TryGet(name, out var entry) ? entry.Name : name;
        string[] Words(string name) => TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word is not ("fc" or "afc" or "sc")).ToArray();
        bool Same(string side) => string.Equals(Canonical(side), Canonical(club), StringComparison.OrdinalIgnoreCase) || Words(side).SequenceEqual(Words(club));
        var clubWords = Words(club);
        static bool RunOf(string[] shorter, string[] longer) => shorter.Length > 0 && shorter.Length < longer.Length
            && Enumerable.Range(0, longer.Length - shorter.Length + 1).Any(at => longer.AsSpan(at, shorter.Length).SequenceEqual(shorter));
        bool Fuller(string side) => RunOf(clubWords, Words(side));
        bool Short(string side) => RunOf(Words(side), clubWords);
        // "Portland Thorns v Kansas City Current" on kansascity.com: a side holding the site's name names more than the site does.
        if (Same(pair.First) || Same(pair.Second) || Fuller(pair.First) || Fuller(pair.Second)) return pair;
        if (teams.TryGet(pair.First, out var a) && a.National && teams.TryGet(pair.Second, out var b) && b.National) return pair;
        if (Short(pair.First)) return pair with { First = club };
        if (Short(pair.Second)) return pair with { Second = club };
        var text = (context.Article.Title ?? "") + "\n" + context.Text;
        int Written(string side) => Math.Max(CountOf(text, side), context.TeamMentions.Count(m => m.Value.Name == side));
        int first = Written(pair.First), second = Written(pair.Second);
        if (first != second) return first < second ? pair with { First = club } : pair with { Second = club };
        bool Nickname(string side) => !Known(context, side) && (text.Contains("the " + side, StringComparison.Ordinal) || text.Contains("The " + side, StringComparison.Ordinal));
        bool firstNick = Nickname(pair.First), secondNick = Nickname(pair.Second);
        if (firstNick == secondNick) return pair;
        return firstNick ? pair with { First = club } : pair with { Second = club };
    }

    /// <summary>A club read from a city's name ("Newcastle") against a club of another country is that country's club of the city
    /// (Melbourne Victory plays Newcastle Jets, not Newcastle United), unless the report writes the first club's full name.</summary>
    private static TeamPair SameCountry(ExtractionContext context, TeamPair pair)
    {
        var teams = context.Gazetteer.Teams;
        if (!teams.TryGet(pair.First, out var first) || !teams.TryGet(pair.Second, out var second)
            || first.Country is null || second.Country is null || first.Country == second.Country) return pair;
        if (Namesake(context, first, second.Country) is { } firstNamesake && firstNamesake != pair.Second) return pair with { First = firstNamesake };
        if (Namesake(context, second, first.Country) is { } secondNamesake && secondNamesake != pair.First) return pair with { Second = secondNamesake };
        return pair;
    }

    /// <summary>The one club of <paramref name="country"/> whose name starts with the same city as <paramref name="club"/>, when the text never writes the club's full name.</summary>
    private static string? Namesake(ExtractionContext context, TeamEntry club, string country)
    {
        int space = club.Name.IndexOf(' ');
        var written = context.TeamMentions.Where(m => m.Value.Name == club.Name).Select(m => m.Span.Substring(context.Text))
            .Concat(HeadlineSides.HeadlineSurfaces(context, club.Name)).Distinct(StringComparer.Ordinal).ToList();
        // "Enyimba edge Rangers" over "Rangers International of Enugu": a club of one word is, against a club of another country, that
        // country's club whose name holds the word ("Enugu Rangers"), when the report names the club only by the word. So is a club the
        // report names only by a one-word alias ("Kotoko 1-1 Hearts" over "Hearts of Oak striker ...": not Heart of Midlothian).
        string? word = space < 0 ? club.Name : written is [var alias] && !alias.Contains(' ') && alias != club.Name ? alias : null;
        if (space < 0 && !written.All(surface => surface == club.Name)) return null;
        if (word is not null)
        {
            var holding = context.Gazetteer.Teams.Values.Where(t => t.Country == country && t.Name.Split(' ').Contains(word)).Select(t => t.Name).Distinct().ToList();
            if (holding.Count == 1 || space < 0) return holding.Count == 1 ? holding[0] : null;
        }
        if (context.Text.Contains(club.Name, StringComparison.Ordinal)) return null;
        var city = club.Name[..(space + 1)];
        var found = context.Gazetteer.Teams.Values.Where(t => t.Country == country && t.Name.StartsWith(city, StringComparison.Ordinal)).Select(t => t.Name).Distinct().ToList();
        // Newcastle Jets and Newcastle Olympic are both Australian: of several such clubs, the one the report names ("the Jets") is meant.
        if (found.Count > 1) found = found.Where(name => context.TeamMentions.Any(m => m.Value.Name == name)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The pair the report's body names when its headline and links do not: the opening, else a headline score, else the two teams named most.</summary>
    private static TeamPair? FromBody(ExtractionContext context)
    {
        var mentions = TeamMentionFilter.PlayerFree(context);
        var counts = TeamCounts.Of(context.Text, mentions);
        var frequent = PairChoice.FromFrequency(context, mentions, counts);
        // A result sentence in the opening names the match even when the gazetteer knows neither side; when both read the same two
        // teams, the order the opening names them in stays.
        var named = FromOpening(context, mentions, counts);
        var result = FromOpeningResult(context, mentions);
        var opening = result is not null && (named is null || !PairChoice.SamePair(result, named)) ? result : named;
        // An opening whose pair the report hardly names again, when two others fill the report, is talking about someone else's match;
        // a result sentence naming a side the gazetteer does not know is about this match however rarely the report repeats the name.
        if (opening is not null && frequent is not null && !PairChoice.SamePair(opening, frequent) && PairChoice.Count(context, counts, frequent) >= 2 && !(opening == result && PairChoice.NewSide(context, result, frequent))
            && !(opening == result && PairChoice.OtherSideHeld(context, counts, result, frequent))
            && !(opening == result && PairChoice.ClubsOverNations(context, result, frequent))
            && (PairChoice.Count(context, counts, opening) < 2 || PairChoice.Count(context, counts, opening) * 3 <= PairChoice.Count(context, counts, frequent))) opening = frequent;
        return opening ?? HeadlineSides.FromHeadlineScore(context) ?? frequent;
    }

    /// <summary>A closing line of links to the two clubs' own reports, "Man Utd report | Arsenal report": the two sides, home first.</summary>
    private static TeamPair? FromReportLinks(ExtractionContext context)
    {
        var text = context.Text;
        // The links close the page: only the last few hundred characters are searched.
        int from = Math.Max(0, text.Length - 400);
        var m = ReportLinks().Match(text, from);
        if (!m.Success) return null;
        string? a = ClubNamed(context, m.Groups["a"].Value), b = ClubNamed(context, m.Groups["b"].Value);
        if (a is null || b is null || a == b) return null;
        return new TeamPair(a, b, context.EvidenceAt(m.Index));
    }

    /// <summary>The two sides of a result box ("ĦAMRUN SPARTANS 2 / Mashike 2 / GUDJA UNITED 0"), first side first.</summary>
    private static TeamPair? FromScoreBox(ExtractionContext context) =>
        ScoreBox.Find(context.Text, context.Gazetteer) is { } box ? new TeamPair(box.First, box.Second, context.EvidenceAt(box.Position)) : null;

    /// <summary>A result the text sets apart with each side's goals after its name, labelled the final score ("Final scoreline: Stourbridge
    /// Women 0 Newcastle United Women 3") or standing atop the text ("Shamrock Rovers 0 / Breidablik 1"): its two sides, when both read as sides
    /// (over two lines, when the gazetteer knows one of them).</summary>
    private static TeamPair? FromSideGoals(ExtractionContext context, bool scorerBoxes)
    {
        foreach (var found in SideGoals.InText(context.Text))
        {
            if (OtherMatchesTold.Within(context, found.Position)) continue;
            // "Final score: Harbour View 2, Portmore Heights 1.": a result the text labels the final one names the two sides by their place
            // there, whatever they look like.
            bool byPlace = (scorerBoxes && found.WithScorers) || found.Labelled;
            if (SideNamed(context, found.First, byPlace) is not { } a || SideNamed(context, found.Second, byPlace) is not { } b || string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) continue;
            // "Asia: 8 (+4) / Africa: 9 (+4)": a list of places and counts has the two-line shape too; one side at least must be a team the gazetteer
            // knows, unless the box names who scored and when ("Hekari United FC: 2 (Nenny ELIPAS 100, Christie MANEU 114’)").
            if (found.TwoLined && !(scorerBoxes && found.WithScorers) && !Known(context, a) && !Known(context, b)) continue;
            return new TeamPair(a, b, context.EvidenceAt(found.Position));
        }
        return null;
    }

    /// <summary>"Important v Basel" read from "Important victory in Basel for our team" over line-ups "FC Basel: ...; BSC Young Boys: ...":
    /// a pair that keeps one side of the two teams printed at the foot and names another for the other has taken a word, a ground or a third
    /// club for that side; the printed team is the side. A pair that shares no side with the line-ups is left (a piece may print another match's).</summary>
    private static TeamPair WithLineUpSide(TeamPair pair, TeamPair printed)
    {
        static bool Same(string a, string b)
        {
            if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
            // "CAN" over Canada's eleven: a short code a box prints for a side opens its name.
            if (!a.Contains(' ') && a.Length <= 4 && b.StartsWith(a, StringComparison.OrdinalIgnoreCase)
                || !b.Contains(' ') && b.Length <= 4 && a.StartsWith(b, StringComparison.OrdinalIgnoreCase)) return true;
            var wa = a.Split(' ').Where(w => w.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var wb = b.Split(' ').Where(w => w.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return wa.Count > 0 && wb.Count > 0 && (wa.IsSubsetOf(wb) || wb.IsSubsetOf(wa));
        }
        bool firstKept = Same(pair.First, printed.First) || Same(pair.First, printed.Second);
        bool secondKept = Same(pair.Second, printed.First) || Same(pair.Second, printed.Second);
        if (firstKept == secondKept) return pair;
        string kept = firstKept ? pair.First : pair.Second;
        string other = Same(kept, printed.First) ? printed.Second : printed.First;
        if (Same(other, kept)) return pair;
        return firstKept ? pair with { Second = other } : pair with { First = other };
    }

    /// <summary>"MORETON HARBOUR 3 (Kovač 12, 55, Nguyen 87) TOOWOOMBA THUNDER 1 (Fletcher 70 pen).": a result written as a sentence of
    /// its own at the foot, each side's goals followed by who scored them and when, is the box of the match told, whatever the sides look like;
    /// read only when nothing else names the match, since a round-up may print other results so too.</summary>
    private static TeamPair? FromScorerSentence(ExtractionContext context)
    {
        foreach (var found in SideGoals.InSentences(context.Text))
        {
            if (!found.WithScorers || context.IsQuoted(found.Position) || OtherMatchesTold.Within(context, found.Position)) continue;
            if (SideNamed(context, ScoreBox.TitleCased(found.First), sideByPlace: true) is not { } a
                || SideNamed(context, ScoreBox.TitleCased(found.Second), sideByPlace: true) is not { } b || string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) continue;
            return new TeamPair(a, b, context.EvidenceAt(found.Position));
        }
        return null;
    }

    /// <summary>A result line's name as a side: a known team, or a cleaned name that reads as no person's; in a box that lists each side's
    /// scorers after its goals, the line's name is a side by its place there, whatever it looks like ("Labasa Women FC: 0").</summary>
    private static string? SideNamed(ExtractionContext context, string written, bool sideByPlace = false)
    {
        if (ResultSentenceReader.Clean(written) is not { } clean) return null;
        var name = ResultSideNames.Named(context, clean);
        return sideByPlace || Known(context, name) || !ResultSentenceReader.LooksLikePerson(clean) ? name : null;
    }

    /// <summary>A club as a link names it, when the gazetteer knows the name; a bare "United" could be any of several clubs.</summary>
    private static string? ClubNamed(ExtractionContext context, string name) =>
        context.Gazetteer.Teams.TryGet(name.Trim(), out var entry) ? entry.Name : null;

    /// <summary>A result shape in the opening sentences ("City thrashed Perth Glory 5-1"): the match the report is about.</summary>
    internal static TeamPair? FromOpeningResult(ExtractionContext context, List<Gazetteers.PhraseMatch<TeamEntry>> known)
    {
        bool NotSide(int at, int length) => NamesOther(context, at, length);
        foreach (var sentence in Opening(context))
        {
            if (ResultSentenceReader.Read(context.Text, sentence.Start, sentence.Length, NotSide, name => context.Gazetteer.Teams.TryGet(name, out _)) is { } sides
                && ResultSideNames.Resolved(context, context.Text, sentence.Start, known, sides, HeadlineSides.TitleCaseLine(sentence.Substring(context.Text)) ? null : NotSide, context.EvidenceFor(sentence)) is { } pair) return pair;
        }
        return null;
    }

    /// <summary>"What they find is the night the Carolina Courage beat the Boston Breakers 3-2 at Fetzer Field": a piece that opens on a person,
    /// a place or an anniversary tells its match further in. When no reading names a pair, the first result sentence of the whole report
    /// outside quotes, with a score, whose two sides the report each writes at least twice, is the match.</summary>
    private static TeamPair? BodyResult(ExtractionContext context)
    {
        var known = TeamMentionFilter.PlayerFree(context);
        bool NotSide(int at, int length) => NamesOther(context, at, length);
        int Written(string side) => side.Split(' ').Where(word => word.Length > 2 && char.IsUpper(word[0])).Select(word => CountOf(context.Text, word)).DefaultIfEmpty(0).Max();
        foreach (var sentence in context.Sentences)
        {
            if (context.IsQuoted(sentence.Start) || OtherMatchesTold.Within(context, sentence.Start) || !BodyScore().IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length))) continue;
            if (ResultSentenceReader.Read(context.Text, sentence.Start, sentence.Length, NotSide, name => context.Gazetteer.Teams.TryGet(name, out _)) is { } sides
                && ResultSideNames.Resolved(context, context.Text, sentence.Start, known, sides, NotSide, context.EvidenceFor(sentence)) is { } pair
                && !HasPlainWord(context, pair) && Written(pair.First) >= 2 && Written(pair.Second) >= 2) return pair;
        }
        return null;
    }

    private static int CountOf(string text, string word)
    {
        int n = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]))) n++;
        return n;
    }

    [GeneratedRegex(@"\b[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\b")]
    private static partial Regex BodyScore();

    /// <summary>The opening sentences of the report: from a wire dateline ("SANDY — ", "YOKOHAMA, Japan (AP) — ") when one of the first
    /// sentences starts with it, since what comes before it is page furniture ("Reading or replaying the story..."), else from the start.</summary>
    internal static IEnumerable<TextSpan> Opening(ExtractionContext context)
    {
        var sentences = context.Sentences;
        int first = 0;
        for (int i = 1; i < Math.Min(sentences.Count, 2 * OpeningSentences); i++)
            if (WireDateline().IsMatch(context.Text, sentences[i].Start)) { first = i; break; }
        for (int i = first; i < Math.Min(sentences.Count, first + OpeningSentences); i++)
            // "Elsewhere in the west zone, Sharjah ... with a 3-1 victory": a sentence that says it turns to other matches tells none of this one.
            if (!OtherMatchesLead().IsMatch(context.Text, sentences[i].Start)) yield return sentences[i];
    }

    [GeneratedRegex(@"\G(?:Elsewhere|In other (?:games|matches|fixtures|results)|Meanwhile,? elsewhere)\b")]
    private static partial Regex OtherMatchesLead();

    /// <summary>Whether a span of the text names a ground or a competition rather than a side (a known team's name is always a side).</summary>
    private static bool NamesOther(ExtractionContext context, int at, int length)
    {
        var span = new TextSpan(at, length);
        if (context.TeamMentions.Any(m => m.Span.Overlaps(span))) return false;
        return context.VenueMentions.Any(v => v.Span.Overlaps(span)) || context.CompetitionMentions.Any(c => c.Span.Overlaps(span));
    }

    private static TeamPair? FromOpening(ExtractionContext context, List<Gazetteers.PhraseMatch<TeamEntry>> all, Dictionary<string, int> counts)
    {
        foreach (var sentence in Opening(context))
        {
            var mentions = all.Where(m => sentence.Contains(m.Span.Start)).ToList();
            // Clubs play clubs and nations play nations: "the Serbia defender" in a club report is not a team of the match.
            var clubs = Distinct(mentions.Where(m => !m.Value.National).Select(m => m.Value.Name));
            var nations = Distinct(mentions.Where(m => m.Value.National).Select(m => m.Value.Name));
            var inSentence = clubs.Count >= 2 && (nations.Count < 2 || clubs.Sum(c => counts[c]) >= nations.Sum(c => counts[c])) ? clubs : nations;
            if (inSentence.Count < 2) continue;
            // With three teams named, the two the whole report keeps naming are the match; the third is a passing reference.
            var chosen = inSentence.Select((team, index) => (team, index)).OrderByDescending(t => counts[t.team]).ThenBy(t => t.index).Take(2).OrderBy(t => t.index).ToList();
            return new TeamPair(chosen[0].team, chosen[1].team, context.EvidenceFor(sentence));
        }
        return null;
    }

    /// <summary>Whether a side of the pair is a plain word of English (<see cref="ResultSentenceReader.PlainWord"/>).</summary>
    private static bool HasPlainWord(ExtractionContext context, TeamPair pair) =>
        ResultSentenceReader.PlainWord(context.Text, pair.First, side => Known(context, side)) || ResultSentenceReader.PlainWord(context.Text, pair.Second, side => Known(context, side));

    /// <summary>A pair with a side that is a plain word of English ("All v Bayside") or a person the report tells of ("Lester Fernandes v
    /// Salgaocar", see <see cref="PersonName.WrittenAsPerson"/>) names no match.</summary>
    private static bool NamesNoMatch(ExtractionContext context, TeamPair pair) =>
        HasPlainWord(context, pair) || PersonName.WrittenAsPerson(context.Text, pair.First, side => Known(context, side))
        || PersonName.WrittenAsPerson(context.Text, pair.Second, side => Known(context, side));

    internal static bool Known(ExtractionContext context, string team) => context.Gazetteer.Teams.TryGet(team, out _);

    internal static List<string> Distinct(IEnumerable<string> names)
    {
        var list = new List<string>(2);
        foreach (var name in names) if (!list.Contains(name)) list.Add(name);
        return list;
    }

    /// <summary>A name closing on a club word, the fuller form of its first words ("Gwalia" → "Gwalia United").</summary>
    /// <summary>"SANDY — ", "JINHUA, China, Sept. 19 (Yonhap) -- ", "HANOI, March 12 (Vietnam News/ANN): " opening a sentence.</summary>
    [GeneratedRegex(@"\G[\p{Lu}][\p{Lu} .'’\-]{2,}(?:,[^\n—–]{0,60}?)?(?: \([^)\n]{1,30}\))? (?:—|–|--|-) |\G[\p{Lu}][\p{Lu} .'’\-]{2,},[^\n—–]{0,60}?\): ")]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^(?<a>[^\n|]{2,40}?) report \| (?<b>[^\n|]{2,40}?) report[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ReportLinks();
}
