using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>Finds the two teams in the order the report names them: the headline, else the first sentence naming two teams, else a headline-style scoreline, else the two most named teams.</summary>
public sealed partial class TeamExtractor : IFactExtractor
{
    /// <summary>How far into the report the opening that names the match may run.</summary>
    private const int OpeningSentences = 4;

    public void Extract(ExtractionContext context)
    {
        // The readings are tried in order of trust and each later one only when the earlier ones find nothing: most archive
        // articles are no report, and reading every result shape and count of each of them cost a third of extraction.
        var title = FromTitleResult(context);
        // "Galeno stuns Arsenal" over "FC Porto defeated Arsenal 1-0": with one side shared, the opening's known team beats the headline's unknown name.
        if (title is not null && !(Known(context, title.First) && Known(context, title.Second))
            && FromOpeningResult(context, PlayerFree(context)) is { } openingResult
            && !SamePair(title, openingResult) && Shared(title, openingResult) is { } shared
            && !Known(context, Other(title, shared)) && Known(context, Other(openingResult, shared)) && NamedOutright(context, Other(openingResult, shared))) title = null;
        // The headline's sides are read once: they make a pair of their own, or keep one side in the pair read later.
        List<string> headlineTeams = [], rivals = [];
        if (title is null) headlineTeams = HeadlineTeams(context, out rivals);
        var headline = title is null ? FromTitle(context, headlineTeams) : null;
        // "Caicedo strikes late for Chelsea as Kane fires Bayern into the last 16": a headline whose clauses each name one club tells two
        // matches; the opening's result ("Chelsea 1-0 Pafos") says which one the report is about.
        if (headline is not null && Headline(context) is { } headlineText && ClausesApart(context, headlineText, headline)
            && FromOpeningResult(context, PlayerFree(context)) is { } opened && !SamePair(headline, opened) && Shared(headline, opened) is not null) headline = opened;
        var pair = title ?? headline ?? FromReportLinks(context) ?? FromScoreBox(context) ?? FromSideGoals(context, scorerBoxes: false) ?? FromBody(context)
            // A box listing scorers under names the gazetteer does not know is trusted when the prose names no match: the prose's order stays first.
            ?? FromSideGoals(context, scorerBoxes: true);
        if (title is null && headline is null) pair = WithHeadlineSide(context, pair, headlineTeams, rivals);
        pair = FromClubSite(context, pair);
        if (pair is not null) context.Facts = context.Facts with { Teams = SameCountry(context, WithClubWord(context, pair)) };
    }

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
            foreach (var m in PlayerFree(context))
                if (sentence.Contains(m.Span.Start) && !m.Value.National && m.Value.Name != club && !context.IsQuoted(m.Span.Start))
                    return new TeamPair(club, m.Value.Name, context.EvidenceFor(sentence));
        return pair;
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
        if (space < 0 || context.Text.Contains(club.Name, StringComparison.Ordinal)) return null;
        var city = club.Name[..(space + 1)];
        var found = context.Gazetteer.Teams.Values.Where(t => t.Country == country && t.Name.StartsWith(city, StringComparison.Ordinal)).Select(t => t.Name).Distinct().ToList();
        // Newcastle Jets and Newcastle Olympic are both Australian: of several such clubs, the one the report names ("the Jets") is meant.
        if (found.Count > 1) found = found.Where(name => context.TeamMentions.Any(m => m.Value.Name == name)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The pair the report's body names when its headline and links do not: the opening, else a headline score, else the two teams named most.</summary>
    private static TeamPair? FromBody(ExtractionContext context)
    {
        var mentions = PlayerFree(context);
        var counts = TeamCounts.Of(context.Text, mentions);
        var frequent = FromFrequency(context, mentions, counts);
        // A result sentence in the opening names the match even when the gazetteer knows neither side; when both read the same two
        // teams, the order the opening names them in stays.
        var named = FromOpening(context, mentions, counts);
        var result = FromOpeningResult(context, mentions);
        var opening = result is not null && (named is null || !SamePair(result, named)) ? result : named;
        // An opening whose pair the report hardly names again, when two others fill the report, is talking about someone else's match;
        // a result sentence naming a side the gazetteer does not know is about this match however rarely the report repeats the name.
        if (opening is not null && frequent is not null && !SamePair(opening, frequent) && Count(context, counts, frequent) >= 2 && !(opening == result && NewSide(context, result, frequent))
            && !(opening == result && OtherSideHeld(context, counts, result, frequent))
            && !(opening == result && ClubsOverNations(context, result, frequent))
            && (Count(context, counts, opening) < 2 || Count(context, counts, opening) * 3 <= Count(context, counts, frequent))) opening = frequent;
        return opening ?? FromHeadlineScore(context) ?? frequent;
    }

    /// <summary>Team mentions that are not players: "Antonio Valencia" is a player, and so is every later bare "Valencia" of that report;
    /// "a move from Sunderland" is a transfer, not a side in the match.</summary>
    private static List<Gazetteers.PhraseMatch<TeamEntry>> PlayerFree(ExtractionContext context)
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
            if ((m.Value.National && QualifiesOther(text, m.Span)) || DatelinePlace(text, m.Span)) continue;
            if (m.Value.National && InClubName(context, m)) continue;
            if (TransferFrom().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 40), Math.Min(40, m.Span.Start)))) continue;
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
    private static Dictionary<string, string>? OwnedLastWords(IEnumerable<Gazetteers.PhraseMatch<TeamEntry>> mentions)
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
    private static bool OwnedByOther(Dictionary<string, string>? owned, string surface, string team) =>
        owned is not null && owned.TryGetValue(surface, out var owner) && owner.Length > 0 && owner != team;

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
    private static readonly HashSet<string> LeadingCapitals = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "As", "But", "And", "When", "After", "For", "With", "Against", "Over", "Tonight", "Today", "Yesterday", "Again", "Now", "Then",
        "So", "Yet", "Still", "Even", "Meanwhile", "Elsewhere", "While", "Although", "Though", "Despite", "Before", "Since", "Once", "If", "Where", "How", "Why",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Brave", "Young", "Mighty", "Injury-hit", "Watch", "Report",
    };

    /// <summary>"NEWCASTLE, England (AP) —": a place written in capitals at a line's start before a comma or a dash is where the report was filed.</summary>
    internal static bool DatelinePlace(string text, TextSpan span)
    {
        if (span.Start > 0 && text[span.Start - 1] != '\n') return false;
        for (int i = span.Start; i < span.End; i++) if (char.IsLower(text[i])) return false;
        return span.End < text.Length && (text[span.End] == ',' || text.AsSpan(span.End).StartsWith(" —") || text.AsSpan(span.End).StartsWith(" –") || text.AsSpan(span.End).StartsWith(" -"));
    }

    /// <summary>Whether the word before a mention opens its sentence: "Again Swansea pressed" or "Every Bournemouth attack" is no given name, so only that mention is dropped.</summary>
    private static bool OpensSentence(string text, int mentionStart)
    {
        int i = mentionStart - 2;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        while (i >= 0 && text[i] == ' ') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '"' or '“' or '‘' or '|';
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
            if (SideNamed(context, found.First, scorerBoxes && found.WithScorers) is not { } a || SideNamed(context, found.Second, scorerBoxes && found.WithScorers) is not { } b || string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) continue;
            // "Asia: 8 (+4) / Africa: 9 (+4)": a list of places and counts has the two-line shape too; one side at least must be a team the gazetteer
            // knows, unless the box names who scored and when ("Hekari United FC: 2 (Nenny ELIPAS 100, Christie MANEU 114’)").
            if (found.TwoLined && !(scorerBoxes && found.WithScorers) && !Known(context, a) && !Known(context, b)) continue;
            return new TeamPair(a, b, context.EvidenceAt(found.Position));
        }
        return null;
    }

    /// <summary>A result line's name as a side: a known team, or a cleaned name that reads as no person's; in a box that lists each side's
    /// scorers after its goals, the line's name is a side by its place there, whatever it looks like ("Labasa Women FC: 0").</summary>
    private static string? SideNamed(ExtractionContext context, string written, bool sideByPlace = false)
    {
        if (ResultSentenceReader.Clean(written) is not { } clean) return null;
        var name = Named(context, clean);
        return sideByPlace || Known(context, name) || !ResultSentenceReader.LooksLikePerson(clean) ? name : null;
    }

    /// <summary>A club as a link names it, when the gazetteer knows the name; a bare "United" could be any of several clubs.</summary>
    private static string? ClubNamed(ExtractionContext context, string name) =>
        context.Gazetteer.Teams.TryGet(name.Trim(), out var entry) ? entry.Name : null;

    /// <summary>The headline without a closing outlet's name ("... grand final | Newcastle Herald", "... | The Advocate"): a last part after " | "
    /// of a few words with no digit names the site, not a side.</summary>
    private static string? Headline(ExtractionContext context)
    {
        if (context.Article.Title is not { Length: > 0 } title) return null;
        int bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0) return title;
        var tail = title.AsSpan(bar + 3).Trim();
        return tail.IndexOfAnyInRange('0', '9') < 0 && tail.Count(' ') <= 3 && title.AsSpan(0, bar).Count(' ') >= 3 ? title[..bar] : title;
    }

    /// <summary>A result shape in the headline ("Inter beat Empoli to keep pressure on Napoli"): its two sides, whoever else it names.</summary>
    private static TeamPair? FromTitleResult(ExtractionContext context)
    {
        if (Headline(context) is not { } title || FirstClauseResult(context, title) is not { } sides) return null;
        var tokens = Tokenizer.Tokenize(title);
        var known = context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count);
        var evidence = context.EvidenceFor(context.Sentences.Count > 0 ? context.Sentences[0] : new TextSpan(0, 0));
        // "Glory down lowly Reds": a headline's one-word nickname may be another league's club; the opening's full names decide then.
        if (Nickname(context, sides.First) || Nickname(context, sides.Second)) return null;
        // A title-case headline's capitalised words are no guide to a subject ("Town Women Move to the Brink"): only a known team can be
        // the winner there; in a sentence-case headline the name opening it is its subject ("LAFC holds on to defeat rival Galaxy").
        // "CAF WCL : Edo Queens suffer ... loss to TP Mazembe": a tag opening the headline stands before its subject.
        int lead = CountryTag().Match(title) is { Success: true } tagged ? tagged.Length : 0;
        Func<int, int, bool>? notSide = SentenceCase(title) ? (at, _) => at != 0 && at != lead : null;
        return Resolved(context, title, 0, known, sides, notSide, evidence);
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

    /// <summary>A headline repeated as the body's first line ("Wsoc Pulls Away for 4-1 Victory at St. Thomas"): its capitals are no guide to a subject.</summary>
    private static bool TitleCaseLine(string sentence)
    {
        var words = LetterWords(sentence);
        // Every word but short function words ("for", "at") is capitalised; running prose always has longer lower-case words.
        return words.Count >= 4 && words.All(w => char.IsUpper(w[0]) || w.Length <= 3);
    }

    private static bool SentenceCase(string title)
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
    private static bool NamedOutright(ExtractionContext context, string team)
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

    [GeneratedRegex(@"\G (?<w>[\p{Lu}][\p{L}'’]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^(?:Women|Women's|Women’s|Ladies|FC|AFC|SC)$")]
    private static partial Regex WomenWord();

    /// <summary>A result shape in the opening sentences ("City thrashed Perth Glory 5-1"): the match the report is about.</summary>
    private static TeamPair? FromOpeningResult(ExtractionContext context, List<Gazetteers.PhraseMatch<TeamEntry>> known)
    {
        bool NotSide(int at, int length) => NamesOther(context, at, length);
        foreach (var sentence in Opening(context))
        {
            if (ResultSentenceReader.Read(context.Text, sentence.Start, sentence.Length, NotSide, name => context.Gazetteer.Teams.TryGet(name, out _)) is { } sides
                && Resolved(context, context.Text, sentence.Start, known, sides, TitleCaseLine(sentence.Substring(context.Text)) ? null : NotSide, context.EvidenceFor(sentence)) is { } pair) return pair;
        }
        return null;
    }

    /// <summary>The opening sentences of the report: from a wire dateline ("SANDY — ", "YOKOHAMA, Japan (AP) — ") when one of the first
    /// sentences starts with it, since what comes before it is page furniture ("Reading or replaying the story..."), else from the start.</summary>
    private static IEnumerable<TextSpan> Opening(ExtractionContext context)
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

    /// <summary>The two sides as the gazetteer names them when it knows them, else as the report writes them at their fullest; a shape
    /// naming only the beaten side gets its winner from the sentence: the last known team before the shape, else the last name that may be a side.</summary>
    private static TeamPair? Resolved(ExtractionContext context, string text, int sentenceStart, IReadOnlyList<Gazetteers.PhraseMatch<TeamEntry>> known,
        ResultSides sides, Func<int, int, bool>? notSide, Evidence evidence)
    {
        // "secures Blues win at The Cottage": a ground the gazetteer knows after "at" is where the result was won, not the side beaten.
        if (!Known(context, sides.Second) && context.Gazetteer.Venues.TryGet(sides.Second, out _)) return null;
        string b = Covering(text, sentenceStart, known, sides.Second) ?? Named(context, sides.Second);
        string? a = sides.First is { } first ? Covering(text, sentenceStart, known, first) ?? Named(context, first) : null;
        if (a is null)
        {
            // Clubs play clubs: a country before a beaten club ("YOKOHAMA, Japan (AP)") is a dateline or a club's country, not its opponent.
            bool clubs = !(context.Gazetteer.Teams.TryGet(b, out var beaten) && beaten.National);
            var winner = known.LastOrDefault(m => m.Span.Start >= sentenceStart && m.Span.End <= sides.At && m.Value.Name != b && !(clubs && m.Value.National)
                && ResultSentenceReader.MayBeSide(text, m.Span.Start, m.Span.Length));
            // "Sam Ode scored the only goal to down old club Fulham": a person before the shape is the scorer, not the winning side.
            // "The Marquette University women's soccer team (4-2-0, ...) continued ... with a 4-1 victory at St. Thomas": a squad phrase names the subject side.
            bool personSubject = false;
            a = winner.Value?.Name ?? (notSide is not null ? Squad(context, SquadPhrase.LastClub(text, sentenceStart, sides.At), b) : null)
                ?? (notSide is not null && ResultSentenceReader.Subject(text, sentenceStart, sides.At, sides.Second, notSide) is { } subject
                && !(personSubject = ScorerBefore(context, text, sentenceStart, sides.At, subject) || SurnameOfPerson(context, subject) || PersonWithRole(context, subject)) ? Named(context, subject) : null);
            // "Fort Hare's women are the toast ... The coastal stream champions swept aside Executive Ladies": an earlier opening sentence's squad.
            if (a is null && text == context.Text && context.Sentences.Count > 0)
                a = Squad(context, SquadPhrase.LastClub(text, Opening(context).First().Start, sentenceStart), b);
            // "Edo Queens have qualified ... The NWFL champions achieved the feat after trashing Ainonvi FC": a result whose subject is only a
            // description is told of the side the report opens on.
            if (a is null && text == context.Text) a = LeadSide(context, b);
            // "Erling Haaland and Manchester City might be turning a corner. Haaland scored twice in a 4-1 win over West Ham": a person's result
            // is told of the one known team the sentences just before name.
            if (a is null && personSubject && text == context.Text) a = JustNamed(context, known, sentenceStart, b);
        }
        return a is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? null : new TeamPair(a, b, evidence);
    }

    /// <summary>The one known team, other than <paramref name="other"/>, that the nearest of the (up to three) sentences before
    /// <paramref name="sentenceStart"/> naming any team names; null when that sentence names two or more.</summary>
    private static string? JustNamed(ExtractionContext context, IReadOnlyList<Gazetteers.PhraseMatch<TeamEntry>> known, int sentenceStart, string other)
    {
        var before = context.Sentences.Where(s => s.End <= sentenceStart).TakeLast(3).Reverse();
        foreach (var sentence in before)
        {
            var named = known.Where(m => sentence.Contains(m.Span.Start) && !string.Equals(m.Value.Name, other, StringComparison.OrdinalIgnoreCase))
                .Select(m => m.Value.Name).Distinct().ToList();
            if (named.Count == 1) return named[0];
            if (named.Count > 1) return null;
        }
        return null;
    }

    /// <summary>A squad phrase's club as the side's name, unless it is the beaten side itself.</summary>
    private static string? Squad(ExtractionContext context, string? club, string other) =>
        club is null ? null : Named(context, club) is var side && !string.Equals(side, other, StringComparison.OrdinalIgnoreCase) ? side : null;

    /// <summary>Whether the name read as a shape's subject is a player who scored before it ("Sam Ode scored the only goal to down old club Fulham"):
    /// a name that reads as a person's and that a scoring verb follows before the shape.</summary>
    private static bool ScorerBefore(ExtractionContext context, string text, int sentenceStart, int shapeAt, string subject)
    {
        if (!ResultSentenceReader.LooksLikePerson(subject) || Known(context, subject)) return false;
        int at = text.LastIndexOf(subject, Math.Max(sentenceStart, shapeAt - 1), Math.Max(0, shapeAt - sentenceStart), StringComparison.Ordinal);
        return at >= 0 && ScoringVerb().IsMatch(text.AsSpan(at + subject.Length, shapeAt - at - subject.Length));
    }

    [GeneratedRegex(@"\b(?:scored|scores|netted|nets|struck|strikes|fired|fires|headed|heads|curled|slotted|converted)\b")]
    private static partial Regex ScoringVerb();

    /// <summary>"Harbour City manager Lia Kell admitted his team's 2-1 defeat against B": a name that reads as a person's and that the report writes
    /// right after a role ("manager", "coach", "captain", "striker") is that person, not a side.</summary>
    private static bool PersonWithRole(ExtractionContext context, string name)
    {
        if (!ResultSentenceReader.LooksLikePerson(name) || Known(context, name)) return false;
        for (int at = context.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = context.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            if (RoleBefore().IsMatch(context.Text.AsSpan(Math.Max(0, at - 25), Math.Min(25, at)))) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:manager|coach|boss|captain|skipper|chairman|president|striker|forward|winger|midfielder|defender|goalkeeper|keeper|full-back|centre-back|substitute|referee)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    /// <summary>"Haaland scored twice in a 4-1 win over West Ham" after "Erling Haaland and Manchester City", "Varna was disappointed with a 1-0
    /// loss" after "coach Joe Varna": a lone word the gazetteer does not know, which the report also writes after a given name (a capitalised
    /// word that is no team, no place the gazetteer knows and no opening word), is that person's surname, not a side.</summary>
    internal static bool SurnameOfPerson(ExtractionContext context, string word)
    {
        if (word.Contains(' ') || word.Length < 3 || Known(context, word)) return false;
        var text = context.Text;
        for (int at = text.IndexOf(" " + word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(" " + word, at + 1, StringComparison.Ordinal))
        {
            int end = at + 1 + word.Length;
            if (end < text.Length && (char.IsLetter(text[end]) || text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1]))) continue;
            int start = at;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == at || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“' or '\''))) continue;
            var given = text[start..at];
            if (!PersonName.Precedes(text, new TextSpan(at + 1, word.Length)) || LeadingCapitals.Contains(given) || Known(context, given)
                || Known(context, given + " " + word) || !ResultSentenceReader.LooksLikePerson(given + " " + word)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The side whose name opens the headline or the report's first sentence ("Edo Queens qualify for ..."), when it reads as a club or a
    /// known team and is not <paramref name="other"/>; null otherwise.</summary>
    private static string? LeadSide(ExtractionContext context, string other)
    {
        var first = Opening(context).FirstOrDefault();
        // A title-case headline's capitals run past the name ("Man United Wins Again"): only a sentence-case headline is read.
        var title = context.Article.Title is { } t && SentenceCase(t) ? t : null;
        foreach (var line in new[] { title, first.Length > 0 ? first.Substring(context.Text) : null })
        {
            if (line is null || LeadName().Match(line) is not { Success: true } m || ResultSentenceReader.Clean(m.Value) is not { } name) continue;
            if (ResultSentenceReader.LooksLikePerson(name) && !Known(context, name)) continue;
            if (!Known(context, name) && !name.Contains(' ')) continue;
            var side = Named(context, name);
            if (!string.Equals(side, other, StringComparison.OrdinalIgnoreCase) && !(context.Gazetteer.Teams.TryGet(side, out var entry) && entry.National)) return side;
        }
        return null;
    }

    /// <summary>The capitalised words opening a line, up to its first lower-case word: "Edo Queens" in "Edo Queens have qualified".</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,3}(?= [\p{Ll}])")]
    private static partial Regex LeadName();

    /// <summary>The known team whose name, as the sentence writes it, ends with the side a shape read: "N. Korea shut down" reads "Korea",
    /// which is North Korea there, not the South Korea a bare "Korea" names.</summary>
    private static string? Covering(string text, int sentenceStart, IReadOnlyList<Gazetteers.PhraseMatch<TeamEntry>> known, string written)
    {
        foreach (var m in known)
        {
            if (m.Span.Start < sentenceStart || m.Span.Length <= written.Length) continue;
            var surface = text.AsSpan(m.Span.Start, m.Span.Length);
            if (surface.EndsWith(written, StringComparison.Ordinal) && !char.IsLetter(surface[surface.Length - written.Length - 1])) return m.Value.Name;
        }
        return null;
    }

    private static string Named(ExtractionContext context, string written)
    {
        var words = written.Split(' ');
        if (context.Gazetteer.Teams.TryGet(written, out var entry)) return entry.Name;
        // "the Algerian women national team": a nation's adjective names the nation's side.
        if (words.Length == 1 && NationAdjective.Nation(context.Gazetteer.Teams, written) is { } adjectiveNation) return adjectiveNation;
        // A closing "FC" is cut from a read name ("Los Angeles FC" reads "Los Angeles"); the gazetteer may know the name with it, when the
        // report writes it so: "North Carolina beat Pitt" in a basketball report is a state, not North Carolina FC.
        if (words.Length >= 2 && context.Gazetteer.Teams.TryGet(written + " FC", out var withFc) && WritesWithFc(context, written)) return withFc.Name;
        // "Ghana Police Ladies": a nation's name before a club's name the gazetteer does not know is the club's country.
        if (words.Length >= 3 && context.Gazetteer.Teams.TryGet(words[0], out var country) && country.National && !context.Gazetteer.Teams.TryGet(string.Join(' ', words[..2]), out _))
            return context.Gazetteer.Teams.TryGet(string.Join(' ', words[1..]), out var club) ? club.Name : string.Join(' ', words[1..]);
        // "Loss to Morocco Wydad": a nation's name before a club the gazetteer knows is the club's country.
        if (words.Length == 2 && context.Gazetteer.Teams.TryGet(words[0], out var nation) && nation.National
            && context.Gazetteer.Teams.TryGet(words[1], out var ownClub) && !ownClub.National) return ownClub.Name;
        // "Depleted Milan hold Juve": a participle opening the headline before a known team, joined to it nowhere in the report's prose, is
        // an epithet, not part of the side's name ("Maitland Magpies", "Riverside Azzurri" are names).
        if (words.Length == 2 && Participle().IsMatch(words[0]) && !context.Gazetteer.Teams.TryGet(words[0], out _) && context.Gazetteer.Teams.TryGet(words[1], out var headed)
            && context.Article.Title is { } title && title.StartsWith(written, StringComparison.Ordinal) && !WrittenInProse(context.Text, written)) return headed.Name;
        // "Emma Hayes United States": the longest tail of two words or more the gazetteer knows is the side ("Lakeside Rangers" is not "Rangers").
        for (int skip = 1; skip <= words.Length - 2; skip++)
            if (context.Gazetteer.Teams.TryGet(string.Join(' ', words[skip..]), out var tail)) return tail.Name;
        // "City thrashed Perth Glory": a short name the report writes in full elsewhere ("Melbourne City's", "Gwalia United") is that full name.
        // The club word is looked for in the name as written: cleaning drops a closing "FC" ("the Ottawa Rapid FC" -> "Ottawa Rapid").
        var full = FullerName().Matches(context.Text).Where(m => !AcrossSentences(m.Value) && !OpeningParticiple(context.Text, m)).Select(m => (Raw: m.Value.TrimEnd('.'), Name: ResultSentenceReader.Clean(m.Value.TrimEnd('.'))))
            .Where(v => v.Name is not null && (v.Name.EndsWith(" " + written, StringComparison.Ordinal)
                || (ClubSuffix().IsMatch(v.Name) || ClubSuffix().IsMatch(v.Raw) || context.Gazetteer.Teams.TryGet(v.Name, out _)) && v.Name.StartsWith(written + " ", StringComparison.Ordinal)))
            .Select(v => v.Name).OrderByDescending(v => v!.Length).FirstOrDefault();
        if (full is not null && context.Gazetteer.Teams.TryGet(full, out var fullEntry)) return fullEntry.Name;
        // "Rivers Utd" in a headline, "Rivers United" in the report: the name the report spells out.
        if (full is null && written.EndsWith(" Utd", StringComparison.Ordinal) && context.Text.Contains(written[..^3] + "United", StringComparison.Ordinal))
            return written[..^3] + "United";
        return CasedAsElsewhere(context, full ?? written);
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:ed|ing)$")]
    private static partial Regex Participle();

    /// <summary>Whether the headline or the text writes <paramref name="name"/> followed by "FC".</summary>
    private static bool WritesWithFc(ExtractionContext context, string name) =>
        context.Text.Contains(name + " FC", StringComparison.Ordinal) || context.Article.Title?.Contains(name + " FC", StringComparison.Ordinal) == true;

    /// <summary>"... through Melinda Ngadiete. Edo Queens squandered": capitalised words run across a full stop belong to two sentences; a
    /// stop after an initial or a short abbreviation ("Yokohama F. Marinos", "St. Pauli") stays inside a name.</summary>
    private static bool AcrossSentences(string run)
    {
        for (int dot = run.IndexOf(". ", StringComparison.Ordinal); dot >= 0; dot = run.IndexOf(". ", dot + 2, StringComparison.Ordinal))
        {
            int start = run.LastIndexOf(' ', dot) + 1;
            if (dot - start > 3) return true;
        }
        return false;
    }

    /// <summary>"Causing Linkoping's players trouble": a participle opening a sentence before a name is the sentence's verb, not the name's first word.</summary>
    private static bool OpeningParticiple(string text, Match run)
    {
        int space = run.Value.IndexOf(' ');
        return space > 0 && Participle().IsMatch(run.Value[..space]) && OpensSentence(text, run.Index + space + 1);
    }

    /// <summary>Whether the text writes a name other than at a line's start (where a repeated headline stands).</summary>
    private static bool WrittenInProse(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            if (at > 0 && text[at - 1] != '\n') return true;
        return false;
    }

    /// <summary>"PRO Series’ under-20 girls" beside a headline's "Pro Series girls win": a name with a word in capitals is written as the
    /// report writes it elsewhere in ordinary case, since capitals there are emphasis, not the name (an acronym the report never writes otherwise stays).</summary>
    private static string CasedAsElsewhere(ExtractionContext context, string name)
    {
        if (!name.Split(' ').Any(w => w.Length >= 3 && w.All(char.IsUpper))) return name;
        foreach (var source in new[] { context.Article.Title, context.Text })
        {
            if (source is null) continue;
            for (int at = source.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = source.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var written = source.Substring(at, name.Length);
                bool wholeWords = (at == 0 || !char.IsLetter(source[at - 1])) && (at + name.Length == source.Length || !char.IsLetter(source[at + name.Length]));
                if (wholeWords && written != name && written.Split(' ').All(w => w.Length == 0 || (char.IsUpper(w[0]) && !w.Skip(1).All(char.IsUpper))))
                    return written;
            }
        }
        return name;
    }

    /// <summary>Whether the headline's two teams stand in different clauses ("... for Chelsea as Kane fires Bayern ...", "Madrid comeback to
    /// stay perfect, Ramos enjoys Sevilla return"): a comma, "as", "while" or a semicolon between their first mentions.</summary>
    private static bool ClausesApart(ExtractionContext context, string title, TeamPair pair)
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

    private static TeamPair? FromTitle(ExtractionContext context, List<string> teams)
    {
        if (teams.Count < 2) return null;
        var first = context.TeamMentions.FirstOrDefault(m => m.Value.Name == teams[0]);
        var evidence = first.Value is null ? context.EvidenceFor(context.Sentences.Count > 0 ? context.Sentences[0] : new TextSpan(0, 0)) : context.EvidenceAt(first.Span.Start);
        return new TeamPair(teams[0], teams[1], evidence);
    }

    /// <summary>"Man City keep pressure on Arsenal" over a report opening "City eased to a 4-1 win at Bournemouth" that goes on about Arsenal:
    /// the one side a headline names (its rival left out) is in the match, so the opening's result that holds it beats a pair without it.</summary>
    private static TeamPair? WithHeadlineSide(ExtractionContext context, TeamPair? pair, List<string> headlineTeams, List<string> rivals)
    {
        if (pair is null || headlineTeams is not [var side] || rivals.Count == 0) return pair;
        if (pair.Contains(side) && !rivals.Any(pair.Contains)) return pair;
        return FromOpeningResult(context, PlayerFree(context)) is { } opening && opening.Contains(side) && !rivals.Any(opening.Contains) ? opening : pair;
    }

    /// <summary>The sides a headline names, in its order: one kind (clubs or nations), no team of a person named there, no rival in the table
    /// (those are <paramref name="rivals"/>).</summary>
    private static List<string> HeadlineTeams(ExtractionContext context, out List<string> rivals)
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
        var owned = OwnedLastWords(found);
        found = found.Where(m => !OwnedByOther(owned, title.Substring(m.Span.Start, m.Span.Length), m.Value.Name)).ToList();
        // Clubs play clubs and nations play nations: of a club and a nation the headline names, the first two of one kind are the pair.
        if (found.Select(m => m.Value.National).Distinct().Count() > 1)
        {
            var clubs = found.Where(m => !m.Value.National).ToList();
            var nations = found.Where(m => m.Value.National).ToList();
            bool twoClubs = Distinct(clubs.Select(m => m.Value.Name)).Count >= 2, twoNations = Distinct(nations.Select(m => m.Value.Name)).Count >= 2;
            found = twoClubs && (!twoNations || clubs[0].Span.Start < nations[0].Span.Start) ? clubs : twoNations ? nations : [];
        }
        // "Matildas star Sam Kerr scores ... with Chelsea", "Gunners ace Russo fires England to final": a team named for a person's
        // club or country is no side, unless the headline also names it on its own.
        // "Man City keep pressure on Arsenal", "Spurs hold City to help rival Arsenal": a team the result presses, helps or chases is a rival
        // in the table, not the opponent.
        rivals = found.Where(m => Bystander().IsMatch(title.AsSpan(0, m.Span.Start))).Select(m => m.Value.Name).ToList();
        var sides = found.Where(m => !PersonsTeam().IsMatch(title, m.Span.End) && !Bystander().IsMatch(title.AsSpan(0, m.Span.Start))).Select(m => m.Value.Name).ToHashSet(StringComparer.Ordinal);
        return Distinct(found.Select(m => m.Value.Name).Where(sides.Contains).Select(name => Fuller(context, name)));
    }

    /// <summary>"Malawi stun south Sudan" over a report of "South Sudan": a team whose name closes a longer known team's name that the
    /// report names more often is that longer team, read short where a headline's case hid its first word.</summary>
    private static string Fuller(ExtractionContext context, string team)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in context.TeamMentions) counts[m.Value.Name] = counts.GetValueOrDefault(m.Value.Name) + 1;
        int own = counts.GetValueOrDefault(team);
        foreach (var (name, count) in counts)
            if (count > own && name.EndsWith(" " + team, StringComparison.Ordinal)) return name;
        return team;
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

    private static TeamPair? FromHeadlineScore(ExtractionContext context)
    {
        foreach (var sentence in Opening(context))
        {
            var match = HeadlineScore().Match(context.Text, sentence.Start, sentence.Length);
            if (!match.Success) continue;
            return new TeamPair(match.Groups["a"].Value.Trim(), match.Groups["b"].Value.Trim(), context.EvidenceFor(sentence));
        }
        return null;
    }

    private static TeamPair? FromFrequency(ExtractionContext context, List<Gazetteers.PhraseMatch<TeamEntry>> all, Dictionary<string, int> counts)
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

    private static bool Known(ExtractionContext context, string team) => context.Gazetteer.Teams.TryGet(team, out _);

    /// <summary>Whether a result pair keeps one of the frequent pair's teams and names, for the other, a club the gazetteer does not know
    /// that reads as no person's name ("Gwalia United", not "Romelu Lukaku"; a lone word may be a sentence's first word).</summary>
    private static bool NewSide(ExtractionContext context, TeamPair result, TeamPair frequent)
    {
        if (Shared(result, frequent) is not { } shared) return false;
        if (LeadsWithResult(context, result)) return true;
        var other = Other(result, shared);
        return other.Contains(' ') && !Known(context, other) && !ResultSentenceReader.LooksLikePerson(other);
    }

    /// <summary>Clubs play clubs: an opening result between two clubs ("Remo Stars ... victory over Comoros side US Zilimadjou") is the match
    /// however often two nations come up later (a "Nigeria vs South Africa rivalry" section).</summary>
    private static bool ClubsOverNations(ExtractionContext context, TeamPair result, TeamPair frequent) =>
        !National(context, result.First) && !National(context, result.Second) && National(context, frequent.First) && National(context, frequent.Second);

    private static bool National(ExtractionContext context, string team) => context.Gazetteer.Teams.TryGet(team, out var entry) && entry.National;

    /// <summary>Whether a result pair sharing a side with the frequent pair keeps its other side: the frequent pair's other team is not named
    /// at least twice and more often than the result's ("Reading or replaying the story" is no side against a result's "win over Racing Louisville").</summary>
    private static bool OtherSideHeld(ExtractionContext context, Dictionary<string, int> counts, TeamPair result, TeamPair frequent)
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
        if (!Known(context, result.First) || !Known(context, result.Second)) return false;
        var mentions = PlayerFree(context);
        foreach (var sentence in Opening(context))
        {
            if (mentions.Any(m => sentence.Contains(m.Span.Start) && !m.Value.National && !result.Contains(m.Value.Name))) return false;
            if (sentence.Contains(result.Evidence.Span.Start)) return true;
        }
        return false;
    }

    private static string? Shared(TeamPair a, TeamPair b) => b.Contains(a.First) ? a.First : b.Contains(a.Second) ? a.Second : null;

    private static string Other(TeamPair pair, string team) => string.Equals(pair.First, team, StringComparison.OrdinalIgnoreCase) ? pair.Second : pair.First;

    private static bool SamePair(TeamPair a, TeamPair b) => a.Contains(b.First) && a.Contains(b.Second);

    private static int Count(ExtractionContext context, Dictionary<string, int> counts, TeamPair pair) =>
        Math.Min(Count(context, counts, pair.First), Count(context, counts, pair.Second));

    /// <summary>How often the report names a team: the gazetteer's count, or for a name it does not know, the times it is written.</summary>
    private static int Count(ExtractionContext context, Dictionary<string, int> counts, string team)
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

    private static List<string> Distinct(IEnumerable<string> names)
    {
        var list = new List<string>(2);
        foreach (var name in names) if (!list.Contains(name)) list.Add(name);
        return list;
    }

    /// <summary>Up to three capitalised words run together, the longest form a report gives a side ("the Seattle Sounders").</summary>
    [GeneratedRegex(@"(?<![\p{L}])[\p{Lu}][\p{L}\p{M}\-]*(?: [\p{Lu}][\p{L}\p{M}.\-]*){1,3}")]
    private static partial Regex FullerName();

    /// <summary>A name closing on a club word, the fuller form of its first words ("Gwalia" → "Gwalia United").</summary>
    /// <summary>"SANDY — ", "JINHUA, China, Sept. 19 (Yonhap) -- ", "HANOI, March 12 (Vietnam News/ANN): " opening a sentence.</summary>
    [GeneratedRegex(@"\G[\p{Lu}][\p{Lu} .'’\-]{2,}(?:,[^\n—–]{0,60}?)?(?: \([^)\n]{1,30}\))? (?:—|–|--|-) |\G[\p{Lu}][\p{Lu} .'’\-]{2,},[^\n—–]{0,60}?\): ")]
    private static partial Regex WireDateline();

    /// <summary>"YOKOHAMA, " or "SANDY, Utah" at a line's start: the place a report was filed from.</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .'’\-]+, $")]
    private static partial Regex Dateline();

    /// <summary>"Nigeria Women Football League", "Scotland Women's Premier League": a nation's name opening a competition's.</summary>
    [GeneratedRegex(@"\G(?: Women['’]?s?| Men['’]?s?)?(?: [\p{Lu}][\p{L}]+){0,3} (?:League|Cup|Championship|Federation|FA)\b")]
    private static partial Regex NationalCompetition();

    /// <summary>Words before a headline's team that make it a rival in the table: "pressure on", "help rival", "boost for", "gap to", "clear of".</summary>
    [GeneratedRegex(@"\b(?:(?:pressure|heat)\s+on|help(?:s|ed|ing)?\s+(?:title\s+)?rivals?|(?:boost|favou?r)\s+for|gap\s+(?:to|on)|(?:points\s+)?clear\s+of|ahead\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bystander();

    /// <summary>"star Sam Kerr", "ace Russo", "coach Jimmy Dane" after a team: the team is that person's, not a side of the headline.</summary>
    [GeneratedRegex(@"\G(?:['’]s?)? (?:star|ace|striker|forward|defender|midfielder|goalkeeper|keeper|winger|captain|skipper|coach|manager|boss|teenager|youngster|hero|legend|talisman|starlet) [\p{Lu}]")]
    private static partial Regex PersonsTeam();

    [GeneratedRegex(@" (?:United|City|Town|FC|Rovers|Athletic|Wanderers|County|Albion)$")]
    private static partial Regex ClubSuffix();

    /// <summary>"Malawi : ", "Mozambique / Nigeria : ", "Southern Africa : " opening a headline: the countries its story is filed under.</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+)?(?: / [\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+)?)* ?: ")]
    private static partial Regex CountryTag();

    [GeneratedRegex(@"^(?<a>[^\n|]{2,40}?) report \| (?<b>[^\n|]{2,40}?) report[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ReportLinks();

    [GeneratedRegex(@"\b(?:move|moved|signing|signed|joined|arrived|arrival|loan|transfer|switch|recruited)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TransferFrom();

    [GeneratedRegex(@"(?<a>(?:[A-Z][\w'.&]+ ){1,3})[0-9]{1,2} ?[-–] ?[0-9]{1,2} (?<b>[A-Z][\w'.&]+(?: [A-Z][\w'.&]+){0,2})")]
    private static partial Regex HeadlineScore();
}
