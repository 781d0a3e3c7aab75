using System.Collections.Frozen;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>
/// Tells a capitalised name that is a place, a building, a brand or a club from a person's: a speaker must be a person, yet the name finder
/// reads "Windsor Castle", "sportswear manufacturer Nike", "Tahiti's AS Pirae" and "St James' Park" as names, and a "she said" or a
/// sentence's subject then goes to them. A name is refused when the report shows it as one of these somewhere and never writes it as a
/// person speaking ("Nike said", "said Nike"): a name of a ground or a competition the gazetteers know; a name ending in a place word
/// ("Castle", "Palace", "Street"); a name opening on "St" that no first name carries; or a name without a first name written after a
/// company's or a body's noun ("manufacturer Nike", "players' union Fifpro"), after a club's initials ("AS Pirae") or before them ("Pirae FC");
/// or a name without a first name written between "the" and a role or a trade ("The Gossip Girl actress"); or one written only after "a" or
/// "an" ("a High Court case").
/// </summary>
public static class NonPersonNames
{
    private static readonly ArticleMemo<bool> Known = new();

    /// <summary>Last words of a building's or a place's name ("Windsor Castle", "Buckingham Palace", "Downing Street"); a person's name of two
    /// words or more never ends in one. Surnames that are also place words ("Park", "Bridge", "Hall", "Church", "Lane") are left out.</summary>
    private static readonly FrozenSet<string> PlaceTails = new[]
    {
        "Castle", "Palace", "Abbey", "Cathedral", "Chapel", "Street", "Avenue", "Square", "Airport", "Hotel", "Hospital", "Museum", "Theatre",
        "Theater", "Gardens", "Inc", "Ltd", "Plc", "LLC", "FC", "AFC",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case nouns for a company or a body written straight before its name ("sportswear manufacturer Nike", "kit supplier
    /// Adidas", "players' union Fifpro", "Saudi outfit Al-Hilal"); a person's job written there ("broadcaster", "film-maker") is not one.</summary>
    private static readonly FrozenSet<string> BodyNouns = new[]
    {
        "manufacturer", "manufacturers", "company", "firm", "brand", "giant", "giants", "supplier", "sponsor", "sponsors", "retailer",
        "airline", "chain", "label", "platform", "app", "website", "charity", "organisation", "organization", "union", "outfit", "franchise",
        "conglomerate", "corporation", "club", "bookmaker", "bookmakers", "carmaker", "automaker", "startup", "start-up", "station", "newspaper",
        "magazine", "tabloid", "channel", "party", "school", "academy", "university", "college", "council", "ministry", "hospital",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A club's initials written before or after its name ("AS Pirae", "AC Milan", "Ifira Blackbird FC").</summary>
    internal static readonly FrozenSet<string> ClubInitials = new[]
    {
        "AS", "AC", "SC", "FC", "AFC", "CF", "CD", "FK", "NK", "SK", "BK", "SV", "RC", "SS", "US", "CA", "AJ", "KV", "KRC", "RCD", "VfB", "VfL",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceTailWords = PlaceTails.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyNounWords = BodyNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubInitialWords = ClubInitials.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the report shows <paramref name="name"/> as a place, a building, a brand or a club and never as a person speaking.</summary>
    public static bool IsNonPerson(ExtractionContext context, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length < 2 || !char.IsUpper(trimmed[0])) return false;
        return Known.Get(context, trimmed, Decide);
    }

    private static bool Decide(ExtractionContext context, string name)
    {
        var text = context.Text;
        var full = context.People.FullName(name);
        bool withFirstName = full.Contains(' ') && !full.Equals(name, StringComparison.Ordinal);
        bool shown = false;
        int lastSpace = name.LastIndexOf(' ');
        // "Windsor Castle", "Downing Street": two words or more ending in a place word.
        if (lastSpace > 0 && PlaceTailWords.Contains(name.AsSpan(lastSpace + 1))) shown = true;
        // "St James" (of "St James' Park"), unless the report gives it a first name ("Ian St John").
        if (!shown && !withFirstName && (name.StartsWith("St ", StringComparison.Ordinal) || name.StartsWith("St. ", StringComparison.Ordinal))) shown = true;
        // "Harbour 2-1 Kestrel": a name made of the match's own teams' words, unless a first name makes it a person's.
        if (!shown && !withFirstName && context.Facts.Teams is { } pair && (SameWords(name, pair.First) || SameWords(name, pair.Second))) shown = true;
        // "Dean Primary School", "Radiožurnál", "the High Court": the name's own words say it is an organisation or a place.
        if (!shown && !withFirstName && HeadsABody(text, name)) shown = true;
        // "the current Labour government", "Birkenhead MP", "from Llandudno": a bare name the report writes only as a place or a party.
        if (!shown && !withFirstName && !name.Contains(' ') && WrittenOnlyAsAPlaceOrAParty(context, name)) shown = true;
        // "Article 17.2 states:", "Rule 12 says": a document's numbered part, not a person.
        if (!shown && !withFirstName && NumberedDocumentPart(text, name)) shown = true;
        var key = PersonIndex.SurnameKey(name);
        int seen = 0, afterArticle = 0;
        foreach (var mention in context.People.Mentions)
        {
            var written = context.People.NameOf(mention);
            if (!written.Equals(name, StringComparison.Ordinal) && (key.Length == 0 || PersonIndex.SurnameKey(written) != key)) continue;
            // "Nike said", "said Nike": the report writes it as a person speaking.
            // "said Kestrel FC, ..." is a club's statement: a name written with a club's initials stays a club's even where it speaks.
            if (!context.IsQuoted(mention.Start) && Speaking(text, mention)
                && (withFirstName || name.Contains(' ') || !ClubInitialsAround(text, mention))) return false;
            seen++;
            if (written.Contains(' ') && IndefiniteArticleBefore(text, mention.Start)) afterArticle++;
            if (shown) continue;
            if (WithinGazetteerPlace(context, mention)) shown = true;
            else if (!withFirstName && WithinGazetteerTeam(context, mention)) shown = true;
            else if (!withFirstName && !name.Contains(' ') && (BodyNounBefore(text, mention.Start) || ClubInitialsAround(text, mention))) shown = true;
            else if (!withFirstName && QualifiesARole(text, mention)) shown = true;
            else if (!withFirstName && BeforeARoleAndAName(text, mention)) shown = true;
            else if (!withFirstName && WithinAJobTitle(text, mention)) shown = true;
        }
        // "a Bonfire Night of chaos", "a High Court case": a name of two words or more the report writes only in full and only after "a" or
        // "an" is a kind of thing, not a person (a player named once as "a Carmona strike" and elsewhere alone is not refused).
        return shown || (((seen > 0 && afterArticle == seen) || (full.Contains(' ') && OnlyAfterArticle(text, full) && (full == name || NeverAlone(text, name, full)))));
    }

    /// <summary>Nouns for a numbered part of a rulebook, a law or a contract ("Article 17.2", "Rule 12", "Clause 4", "Law 11").</summary>
    private static readonly FrozenSet<string> DocumentParts = new[]
    {
        "Article", "Articles", "Rule", "Rules", "Section", "Clause", "Regulation", "Regulations", "Law", "Paragraph", "Chapter", "Annex",
        "Appendix", "Schedule", "Statute", "Bylaw",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the one-word name is a document part's noun the report writes before a number ("Article 17.2 states: ..."): a
    /// rulebook's words are quoted as the rule's, never a person's.</summary>
    private static bool NumberedDocumentPart(string text, string name)
    {
        if (!DocumentParts.Contains(name)) return false;
        foreach (int at in WholeWordsAt(text, name))
        {
            int end = at + name.Length;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsDigit(text[end + 1])) return true;
        }
        return false;
    }

    /// <summary>Words that make a name an organisation's or a place's wherever they stand in it, in English and a few other languages ("Dean
    /// Primary School", "Kestrel Academy", "Radio Harbour", "Harbour FM", "Tribunal Superior"); no person's name carries one.</summary>
    private static readonly FrozenSet<string> OrganisationWords = new[]
    {
        "School", "Schools", "Primary", "Academy", "Tribunal", "Hospital", "Radio", "FM", "TV", "Ministry", "Parliament", "Senate", "Municipality",
        "Schule", "Gymnasium", "Universität", "Partei", "Ministerium", "Escuela", "Colegio", "Liceo", "Universidad", "Universidade", "Partido",
        "Ministerio", "Ayuntamiento", "École", "Ecole", "Lycée", "Université", "Parti", "Ministère", "Mairie", "Scuola", "Università", "Rádio",
        "Szkoła", "Škola", "Fakulta", "Stadion", "Stadio", "Estadio",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of an organisation's name that are also surnames ("the High Court" and "Margaret Court", "the Co-op Group",
    /// "the Church"): they make a name of two words or more a body only when the report writes it after "the".</summary>
    private static readonly FrozenSet<string> SurnameLikeBodyTails = new[]
    {
        "Court", "Church", "Group", "Union", "Trust", "Bank", "Council", "Police", "Assembly", "Board", "Press",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWordSet = OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnameLikeBodyTailSet = SurnameLikeBodyTails.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a word of the name is an organisation's ("School", "Academy", "Radio"), a single word opens on "Radio"/"Rádio"
    /// (a station's name, "Radiojournal"), or a name of two words or more ends in a body word that is also a surname and the report writes
    /// it after "the" ("the High Court").</summary>
    public static bool NamesABody(string text, string name) => HeadsABody(text, name.Trim());

    private static bool HeadsABody(string text, string name)
    {
        var span = name.AsSpan();
        foreach (var range in span.Split(' '))
        {
            var word = span[range];
            if (OrganisationWordSet.Contains(word)) return true;
        }
        if (!name.Contains(' ') && name.Length > 6 && (name.StartsWith("Radio", StringComparison.Ordinal) || name.StartsWith("Rádio", StringComparison.Ordinal))
            && char.IsLower(name[5])) return true;
        int lastSpace = name.LastIndexOf(' ');
        if (lastSpace < 0 || !SurnameLikeBodyTailSet.Contains(span[(lastSpace + 1)..])) return false;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            if (WordBefore(text, at) is "the" or "The") return true;
        return false;
    }

    /// <summary>Prepositions that put a bare name as a place ("from Llandudno", "in Birkenhead", "the north end of Birkenhead").</summary>
    private static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "at", "from", "to", "near", "of", "across", "around", "outside", "inside", "throughout",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case nouns a place's or a party's name stands before ("the Labour government", "Birkenhead MP", "a Llandudno
    /// referee", "Harbour council"); a person's surname stands before a shot or a goal ("a Kane header"), never before one of these.</summary>
    private static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "government", "governments", "party", "council", "councillor", "councillors", "MP", "MPs", "MSP", "MEP", "MEPs", "AM", "TD", "mayor",
        "minister", "ministers", "leader", "leadership", "politician", "politicians", "candidate", "voters", "administration", "constituency",
        "resident", "residents", "native", "town", "city", "village", "area", "region", "suburb", "county", "borough", "district", "referee",
        "school", "schools", "station", "newspaper", "authorities", "police", "hospital",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionWords = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNounWords = PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when every whole-word writing of a one-word name outside quotes is a place's or a party's: after a preposition of place
    /// ("from Llandudno", "of Birkenhead") or before a lower-case noun of government, office or place ("Labour government", "Birkenhead
    /// MP"), at least once the latter, or at least twice in all and once after "at" or "in" ("from Cheddon", "at Cheddon"). Whether the report writes it as someone speaking is checked apart.</summary>
    private static bool WrittenOnlyAsAPlaceOrAParty(ExtractionContext context, string name)
    {
        var text = context.Text;
        int seen = 0, before = 0, atOrIn = 0;
        foreach (int at in WholeWordsAt(text, name))
        {
            int end = at + name.Length;
            if (context.IsQuoted(at)) continue;
            seen++;
            var previous = WordBefore(text, at);
            if (!previous.IsEmpty && PlacePrepositionWords.Contains(previous))
            {
                if (previous is "at" or "in") atOrIn++;
                // "Sandra from Seaham", "a season-ticket holder from Hendon": "from" after a person says where the person comes from.
                if (previous is "from" && PersonBeforeFrom(context, at - 5)) before++;
                continue;
            }
            if (PlaceNounWords.Contains(WordAfter(text, end, hyphens: false))) { before++; continue; }
            return false;
        }
        // "news from Cheddon ... The winner at Cheddon": written twice or more and only after a preposition of place, once "at" or "in",
        // which nobody writes before a person, it is a place too.
        return seen > 0 && (before > 0 || (seen >= 2 && atOrIn > 0));
    }

    /// <summary>True when the word ending one space before <paramref name="fromStart"/> (where a "from" starts) is a person: a noun for someone
    /// ("fan", "holder", "friend", "caller") or a name the report indexes as a person's, not a possessive ("Sandra from Seaham").</summary>
    private static bool PersonBeforeFrom(ExtractionContext context, int fromStart)
    {
        var text = context.Text;
        if (fromStart < 2) return false;
        var word = WordBefore(text, fromStart);
        if (word.IsEmpty) return false;
        if (PersonNounWords.Contains(word)) return true;
        if (!char.IsUpper(word[0])) return false;
        foreach (var mention in context.People.Within(new TextSpan(fromStart - 1 - word.Length, word.Length)))
            if (!mention.Possessive && mention.End == fromStart - 1) return true;
        return false;
    }

    /// <summary>Nouns for a person whom "from" and a place may follow ("a fan from Leeds", "his friend from Brno").</summary>
    private static readonly FrozenSet<string> PersonNouns = new[]
    {
        "fan", "fans", "supporter", "supporters", "holder", "holders", "friend", "friends", "caller", "callers", "listener", "listeners",
        "reader", "readers", "resident", "residents", "native", "man", "woman", "men", "women", "lad", "lads", "girl", "boy", "dad", "mum",
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "couple", "family", "student", "teacher", "worker",
        "pensioner", "grandfather", "grandmother", "grandad", "fella", "bloke", "guy",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNounWords = PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the report writes the name, as a whole word, at least once and each time straight after "a" or "an" (a name the
    /// name finder did not index as a mention).</summary>
    private static bool OnlyAfterArticle(string text, string name)
    {
        bool seen = false;
        foreach (int at in WholeWordsAt(text, name))
        {
            if (!IndefiniteArticleBefore(text, at)) return false;
            seen = true;
        }
        return seen;
    }

    /// <summary>True when every whole-word occurrence of <paramref name="name"/> lies inside an occurrence of <paramref name="full"/>.</summary>
    private static bool NeverAlone(string text, string name, string full)
    {
        int offset = full.IndexOf(name, StringComparison.Ordinal);
        if (offset < 0) return false;
        foreach (int at in WholeWordsAt(text, name))
        {
            if (at < offset || string.CompareOrdinal(text, at - offset, full, 0, full.Length) != 0) return false;
        }
        return true;
    }

    /// <summary>Where <paramref name="name"/> stands in the text as a whole word (no letter touching either end), in order.</summary>
    private static IEnumerable<int> WholeWordsAt(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
            yield return at;
        }
    }

    /// <summary>"a" or "an" straight before the mention ("a High Court hearing", "An FA Cup tie").</summary>
    private static bool IndefiniteArticleBefore(string text, int start)
    {
        var word = WordBefore(text, start);
        return word is "a" or "A" or "an" or "An";
    }

    private static bool SameWords(string name, string team) =>
        TextFolding.Fold(name).Equals(TextFolding.Fold(team), StringComparison.Ordinal);

    /// <summary>True when a venue or a competition the gazetteers know covers the whole mention.</summary>
    private static bool WithinGazetteerPlace(ExtractionContext context, PersonMention mention)
    {
        foreach (var venue in context.VenueMentions)
            if (venue.Span.Start <= mention.Start && venue.Span.End >= mention.End) return true;
        foreach (var competition in context.CompetitionMentions)
            if (competition.Span.Start <= mention.Start && competition.Span.End >= mention.End) return true;
        return false;
    }

    /// <summary>True when a team the gazetteer knows covers the whole mention ("Harbour Rovers" read as a name): a side, never a person.</summary>
    private static bool WithinGazetteerTeam(ExtractionContext context, PersonMention mention)
    {
        foreach (var team in context.TeamMentions)
            if (team.Span.Start <= mention.Start && team.Span.End >= mention.End) return true;
        return false;
    }

    /// <summary>The word straight before <paramref name="start"/> is a company's or a body's noun: "manufacturer Nike", "players' union Fifpro".</summary>
    private static bool BodyNounBefore(string text, int start)
    {
        var word = WordBefore(text, start);
        return !word.IsEmpty && BodyNounWords.Contains(word);
    }

    /// <summary>Club initials straight before the mention ("AS Pirae") or straight after it ("Pirae FC").</summary>
    private static bool ClubInitialsAround(string text, PersonMention mention)
    {
        var before = WordBefore(text, mention.Start);
        if (!before.IsEmpty && ClubInitialWords.Contains(before)) return true;
        return ClubInitialWords.Contains(WordAfter(text, mention.After(text), hyphens: false));
    }

    /// <summary>"The Gossip Girl actress", "the Harbour boss": a name between "the" and a person's role or trade names the show, the side or
    /// the country that qualifies the person, never the person.</summary>
    private static bool QualifiesARole(string text, PersonMention mention)
    {
        if (mention.Possessive || mention.Start < 4 || !text.AsSpan(mention.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            || (mention.Start > 4 && char.IsLetter(text[mention.Start - 5]))) return false;
        return RoleNounWords.Contains(WordAfter(text, mention.End, hyphens: true));
    }

    /// <summary>"Kestrel Rovers Head Coach, Paul Brandt, said", "Harbour coach Ivo Marsh": the mention, with at most two more capitalised
    /// words of its side's name, stands before a role and then a person's name (set off by a comma or not), so it names the side.</summary>
    private static bool BeforeARoleAndAName(string text, PersonMention mention)
    {
        if (mention.Possessive) return false;
        int at = mention.End;
        bool role = false;
        for (int words = 0; words < 5; words++)
        {
            if (role && at < text.Length && text[at] == ',') at++;
            var word = WordAfter(text, at, hyphens: true);
            if (word.IsEmpty) return false;
            int end = at + 1 + word.Length;
            if (TitleRoleWords.Contains(word))
            {
                role |= !RolePrefixWords.Contains(word);
                at = end;
                continue;
            }
            if (role) return char.IsUpper(word[0]);
            if (!char.IsUpper(word[0]) || words >= 2) return false;
            at = end;
        }
        return false;
    }

    /// <summary>"Mr H. G. Rowley, Works Manager", "Football NSW's Development Manager for Regional Football", "Senior Manager of Refereeing
    /// Pathway, Progression and Development": a name without a first name written straight before a capitalised job noun, or among the capitalised
    /// words naming the field after "Manager of", "Head of", "Director of", is part of a post's title, not a person.</summary>
    private static bool WithinAJobTitle(string text, PersonMention mention)
    {
        if (mention.Possessive) return false;
        var next = WordAfter(text, mention.End, hyphens: false);
        if (!next.IsEmpty && SpeakerNames.IsJobTitleEnd(next)) return true;
        int at = mention.Start;
        for (int words = 0; words < 8; words++)
        {
            // Back over one space, or a comma and a space, to the word before ("Pathway, Progression and Development").
            if (at < 2 || text[at - 1] != ' ') return false;
            int end = text[at - 2] == ',' ? at - 2 : at - 1;
            int from = end;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
            var previous = text.AsSpan(from, end - from);
            if (previous.IsEmpty) return false;
            at = from;
            if (previous is "of")
            {
                var title = WordBefore(text, at);
                return !title.IsEmpty && (SpeakerNames.IsJobTitleEnd(title) || title is "Head" or "Chief");
            }
            if (previous is not ("and" or "&") && !char.IsUpper(previous[0])) return false;
        }
        return false;
    }

    /// <summary>Role words, in either case, that a side's name may stand before ("Kagera Sugar Head Coach", "Harbour captain"); the prefixes
    /// ("Head", "Assistant") need a role word after them.</summary>
    private static readonly FrozenSet<string> TitleRoleWordSet = new[]
    {
        "Head", "head", "Assistant", "assistant", "Technical", "technical", "Coach", "coach", "Manager", "manager", "Boss", "boss", "Captain",
        "captain", "Skipper", "skipper", "Chairman", "chairman", "Chairwoman", "chairwoman", "President", "president", "Director", "director",
        "CEO", "Owner", "owner", "Secretary", "secretary", "co-coach", "Co-coach", "Spokesman", "spokesman", "Spokeswoman", "spokeswoman",
        "Treasurer", "treasurer", "Adviser", "adviser",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RolePrefixSet = new[] { "Head", "head", "Assistant", "assistant", "Technical", "technical" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleRoleWords = TitleRoleWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RolePrefixWords = RolePrefixSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Roles and trades a show, a side or a country qualifies after "the" ("the Gossip Girl actress", "the Harbour captain").</summary>
    private static readonly FrozenSet<string> RoleNouns = new[]
    {
        "actress", "actor", "singer", "rapper", "star", "presenter", "host", "comedian", "model", "musician", "writer", "author", "director",
        "boss", "manager", "coach", "captain", "skipper", "international", "striker", "forward", "midfielder", "defender", "goalkeeper",
        "keeper", "winger", "owner", "co-owner", "chairman", "president",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNounWords = RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word ending one space before <paramref name="start"/>, or empty.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ') return [];
        int from = end;
        while (from > 0 && char.IsLetter(text[from - 1])) from--;
        return text.AsSpan(from, end - from);
    }

    /// <summary>The word starting one space after <paramref name="end"/> (letters, and hyphens when <paramref name="hyphens"/>), or empty.</summary>
    private static ReadOnlySpan<char> WordAfter(string text, int end, bool hyphens)
    {
        if (end >= text.Length || text[end] != ' ') return [];
        int stop = end + 1;
        while (stop < text.Length && (char.IsLetter(text[stop]) || (hyphens && text[stop] == '-'))) stop++;
        return text.AsSpan(end + 1, stop - end - 1);
    }

    /// <summary>"Nike said", "Nike, ..., told", "said Nike": a verb of speech straight after or before the mention.</summary>
    private static bool Speaking(string text, PersonMention mention)
    {
        int after = mention.After(text);
        var next = text.AsSpan(after, Math.Min(24, text.Length - after)).TrimStart();
        foreach (var verb in SpeechVerbs)
            if (next.StartsWith(verb, StringComparison.Ordinal) && (next.Length == verb.Length || !char.IsLetter(next[verb.Length]))) return !mention.Possessive;
        // "said Nike" speaks; "told Radio Harbour", "tells Harbour FM" name who listened.
        var previous = WordBefore(text, mention.Start);
        foreach (var verb in SpeechVerbs)
            if (previous.Equals(verb, StringComparison.Ordinal)) return verb is not ("told" or "tells");
        return false;
    }

    private static readonly string[] SpeechVerbs = ["said", "says", "told", "tells", "added", "explained", "admitted", "insisted", "reflected", "wrote"];
}
