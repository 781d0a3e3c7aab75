using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>The two sides a result sentence names ("A 2-1 B", "A beat B", "a 4-1 victory at St. Thomas"), known to the gazetteer or
/// not: a name as written, its fuller form elsewhere in the report, and the checks that keep a person or a squad out.</summary>
internal static partial class ResultSideNames
{
    /// <summary>The two sides as the gazetteer names them when it knows them, else as the report writes them at their fullest; a shape
    /// naming only the beaten side gets its winner from the sentence: the last known team before the shape, else the last name that may be a side.</summary>
    internal static TeamPair? Resolved(ExtractionContext context, string text, int sentenceStart, IReadOnlyList<Gazetteers.PhraseMatch<TeamEntry>> known,
        ResultSides sides, Func<int, int, bool>? notSide, Evidence evidence)
    {
        // "secures Blues win at The Cottage": a ground the gazetteer knows after "at" is where the result was won, not the side beaten.
        if (!TeamExtractor.Known(context, sides.Second) && context.Gazetteer.Venues.TryGet(sides.Second, out _)) return null;
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
                a = Squad(context, SquadPhrase.LastClub(text, TeamExtractor.Opening(context).First().Start, sentenceStart), b);
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
        if (!ResultSentenceReader.LooksLikePerson(subject) || TeamExtractor.Known(context, subject)) return false;
        int at = text.LastIndexOf(subject, Math.Max(sentenceStart, shapeAt - 1), Math.Max(0, shapeAt - sentenceStart), StringComparison.Ordinal);
        return at >= 0 && ScoringVerb().IsMatch(text.AsSpan(at + subject.Length, shapeAt - at - subject.Length));
    }

    [GeneratedRegex(@"\b(?:scored|scores|netted|nets|struck|strikes|fired|fires|headed|heads|curled|slotted|converted)\b")]
    private static partial Regex ScoringVerb();

    /// <summary>"Harbour City manager Lia Kell admitted his team's 2-1 defeat against B": a name that reads as a person's and that the report writes
    /// right after a role ("manager", "coach", "captain", "striker") is that person, not a side.</summary>
    private static bool PersonWithRole(ExtractionContext context, string name)
    {
        if (!ResultSentenceReader.LooksLikePerson(name) || TeamExtractor.Known(context, name)) return false;
        // "Coach Horvat after the victory against Celje": a name whose first word is the role is that person, wherever the report writes it.
        if (RoleTitle().IsMatch(name)) return true;
        for (int at = context.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = context.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            if (RoleBefore().IsMatch(context.Text.AsSpan(Math.Max(0, at - 25), Math.Min(25, at)))) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:manager|coach|boss|captain|skipper|chairman|president|striker|forward|winger|midfielder|defender|goalkeeper|keeper|full-back|centre-back|substitute|referee)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    /// <summary>A role written as a title before a name: "Coach Horvat", "Manager Ivo Marsh", "Captain Lane".</summary>
    [GeneratedRegex(@"^(?:Coach|Manager|Boss|Captain|Skipper|Chairman|President|Referee|Gaffer) \p{Lu}")]
    private static partial Regex RoleTitle();

    /// <summary>"Haaland scored twice in a 4-1 win over West Ham" after "Erling Haaland and Manchester City", "Varna was disappointed with a 1-0
    /// loss" after "coach Joe Varna": a lone word the gazetteer does not know, which the report also writes after a given name (a capitalised
    /// word that is no team, no place the gazetteer knows and no opening word), is that person's surname, not a side.</summary>
    internal static bool SurnameOfPerson(ExtractionContext context, string word)
    {
        if (word.Contains(' ') || word.Length < 3 || TeamExtractor.Known(context, word)) return false;
        var text = context.Text;
        for (int at = text.IndexOf(" " + word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(" " + word, at + 1, StringComparison.Ordinal))
        {
            int end = at + 1 + word.Length;
            if (end < text.Length && (char.IsLetter(text[end]) || text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1]))) continue;
            int start = at;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            if (start == at || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“' or '\''))) continue;
            var given = text[start..at];
            if (!PersonName.Precedes(text, new TextSpan(at + 1, word.Length)) || TeamMentionFilter.LeadingCapitals.Contains(given) || TeamExtractor.Known(context, given)
                || TeamExtractor.Known(context, given + " " + word) || !ResultSentenceReader.LooksLikePerson(given + " " + word)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The side whose name opens the headline or the report's first sentence ("Edo Queens qualify for ..."), when it reads as a club or a
    /// known team and is not <paramref name="other"/>; null otherwise.</summary>
    private static string? LeadSide(ExtractionContext context, string other)
    {
        var first = TeamExtractor.Opening(context).FirstOrDefault();
        // A title-case headline's capitals run past the name ("Man United Wins Again"): only a sentence-case headline is read.
        var title = context.Article.Title is { } t && HeadlineSides.SentenceCase(t) ? t : null;
        foreach (var line in new[] { title, first.Length > 0 ? first.Substring(context.Text) : null })
        {
            if (line is null || LeadName().Match(line) is not { Success: true } m || ResultSentenceReader.Clean(m.Value) is not { } name) continue;
            if (ResultSentenceReader.LooksLikePerson(name) && !TeamExtractor.Known(context, name)) continue;
            if (!TeamExtractor.Known(context, name) && !name.Contains(' ')) continue;
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

    internal static string Named(ExtractionContext context, string written)
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
        return space > 0 && Participle().IsMatch(run.Value[..space]) && TeamMentionFilter.OpensSentence(text, run.Index + space + 1);
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

    /// <summary>Up to three capitalised words run together, the longest form a report gives a side ("the Seattle Sounders").</summary>
    [GeneratedRegex(@"(?<![\p{L}])[\p{Lu}][\p{L}\p{M}\-]*(?: [\p{Lu}][\p{L}\p{M}.\-]*){1,3}")]
    private static partial Regex FullerName();

    [GeneratedRegex(@" (?:United|City|Town|FC|Rovers|Athletic|Wanderers|County|Albion)$")]
    private static partial Regex ClubSuffix();
}
