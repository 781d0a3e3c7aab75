using System.Collections.Frozen;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Tells capitalised words that cannot say a quote from names that can: the platform or outlet a quote was given on
/// ("told Instagram", "wrote on X"), a capitalised contraction at a sentence start ("I’ve", "I'm"), and a nationality standing alone ("as the
/// Frenchwoman put it", "said the Dutchman"), which describes a person the report names elsewhere, or a job title alone ("Vice President").</summary>
public static class SpeakerNames
{
    private static readonly FrozenSet<string> Channels = new[]
    {
        "Instagram", "Twitter", "Facebook", "TikTok", "YouTube", "Snapchat", "Threads", "Bluesky", "WhatsApp", "Reddit", "LinkedIn", "Twitch",
        "BBC", "ITV", "Sky", "TNT", "ESPN", "Amazon", "Prime", "Metro", "Mirror", "Sun", "Times", "Telegraph", "Guardian", "Independent",
        "Express", "Mail", "Standard", "Athletic", "Observer", "Reuters", "AFP", "AP", "PA", "Trending", "Getty", "Podcast", "Radio",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nationality nouns a report uses as a second reference to someone it has named; alone, they are never the name itself.</summary>
    private static readonly FrozenSet<string> Nationalities = new[]
    {
        "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Dutchman", "Dutchwoman", "Scotsman", "Scotswoman", "Irishman", "Irishwoman",
        "Welshman", "Welshwoman", "Spaniard", "Dane", "Swede", "Finn", "Pole", "Norwegian", "Argentine", "Argentinian", "Brazilian", "Portuguese",
        "Italian", "German", "Belgian", "Croatian", "Croat", "Serb", "Serbian", "Uruguayan", "Colombian", "Chilean", "Mexican", "American",
        "Australian", "Canadian", "Nigerian", "Ghanaian", "Senegalese", "Cameroonian", "Ivorian", "Moroccan", "Algerian", "Egyptian", "Tunisian",
        "Japanese", "Korean", "Chinese", "Swiss", "Austrian", "Czech", "Slovenian", "Slovakian", "Hungarian", "Romanian", "Bulgarian", "Greek",
        "Turk", "Ukrainian", "Russian", "Georgian", "Icelander", "Catalan", "Basque", "Jamaican", "Zambian", "Kiwi", "Aussie", "Scandinavian",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised job titles ("said Vice President of Communications Dani Welniak", "Chief Executive"): a name made only of
    /// these is the title before a person's name, not the person.</summary>
    private static readonly FrozenSet<string> Titles = new[]
    {
        "Vice", "President", "Chief", "Executive", "Director", "Chairman", "Chairwoman", "Chair", "Officer", "Communications", "General",
        "Secretary", "Minister", "Prime", "CEO", "Head", "Coach", "Manager", "Technical", "Sporting", "Operating", "Commercial", "Deputy",
        "Assistant", "Senior", "Marketing", "Media", "Spokesperson", "Spokesman", "Spokeswoman", "Owner", "Founder", "Governor", "Mayor",
        "Analyst", "Pundit", "Commentator", "Broadcaster", "Presenter", "Sportscaster", "Journalist", "Reporter", "Interim", "Caretaker",
        "Adviser", "Advisor", "Correspondent", "Editor", "Treasurer", "Consultant", "Administrator", "Coordinator",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised job nouns that end a title and never a person's name ("Our Association Football Correspondent", "Development
    /// Manager", "Works Manager"): a name of two words or more ending in one is a post, not the person holding it.</summary>
    private static readonly FrozenSet<string> JobTitleEnds = new[]
    {
        "Correspondent", "Manager", "Adviser", "Advisor", "Secretary", "Director", "Officer", "Editor", "Reporter", "Chairman", "Chairwoman",
        "Treasurer", "Consultant", "Spokesman", "Spokeswoman", "Spokesperson", "Coordinator", "Administrator",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JobTitleEndWords = JobTitleEnds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a capitalised job noun that ends a title ("Manager", "Correspondent", "Adviser").</summary>
    public static bool IsJobTitleEnd(ReadOnlySpan<char> word) => JobTitleEndWords.Contains(word);

    /// <summary>Words that end the name of a body, an event or a prize ("Trades Union Congress", "Bank Holiday", "Ballon d'Or"): a name
    /// ending in one is not a person's.</summary>
    private static readonly FrozenSet<string> Bodies = new[]
    {
        "Congress", "Union", "Federation", "Association", "Council", "Committee", "Party", "Government", "Ministry", "Department", "Authority",
        "Commission", "Confederation", "Foundation", "Trust", "Society", "Institute", "University", "College", "Agency", "Holiday", "Cup",
        "League", "Leagues", "Stadium", "Arena", "Championship", "Olympics", "Awards", "Ballon", "Football", "Soccer", "Stories", "Club", "Board",
        "Police", "Network", "Office", "Centre", "Center",
        // Grounds a report names in capitals ("the clash at Ballymena Showgrounds", "Lisle Carr Oval").
        "Showgrounds", "Showground", "Sportsground", "Oval", "Ground", "Grounds",
        // Events and tours a report names in capitals ("the FA Cup's Asia-Pacific Trophy Tour", "the Commonwealth Games").
        "Tour", "Trophy", "Games", "Series", "Festival",
        // Governing bodies as the BBC and others write them, in title case ("Uefa said it ...", "Fifa confirmed").
        "Uefa", "Fifa", "Concacaf", "Conmebol",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ChannelSuffixes = new[] { "Sport", "Sports", "News", "Live", "Online", "TV" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end a newspaper's name ("The London Evening Standard rated him 7 out of 10 and wrote:", "the Daily Mail"): a name
    /// of two words or more ending in one is a masthead, not a person.</summary>
    private static readonly FrozenSet<string> Mastheads = new[]
    {
        "Standard", "Times", "Mail", "Post", "Herald", "Gazette", "Chronicle", "Telegraph", "Journal", "Tribune", "Echo", "Express", "Mirror",
        "Examiner", "Courier", "Advertiser", "Argus", "Observer", "Independent", "Guardian", "Inquirer", "Record", "Bulletin",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MastheadWords = Mastheads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChannelWords = Channels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NationalityWords = Nationalities.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixWords = ChannelSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyWords = Bodies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name without a leading epithet the name finder ran into it: "Dutch-born Sarina" is "Sarina", "London-based Okafor" is "Okafor".</summary>
    public static string WithoutEpithet(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0) return name;
        int hyphen = name.LastIndexOf('-', space - 1);
        return hyphen > 0 && hyphen + 1 < space && char.IsLower(name[hyphen + 1]) ? name[(space + 1)..] : name;
    }

    /// <summary>Verbs a title-case headline writes capitalised after its subject ("Tinubu Mentions 1 “Courageous” Moment").</summary>
    private static readonly FrozenSet<string> HeadlineVerbs = new[]
    {
        "Says", "Mentions", "Hails", "Admits", "Reveals", "Insists", "Praises", "Slams", "Blasts", "Claims", "Warns", "Urges", "Backs",
        "Explains", "Reacts", "Responds", "Thanks", "Tells", "Vows", "Laments", "Lauds", "Celebrates", "Congratulates", "Speaks", "Describes",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlineVerbWords = HeadlineVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name without a headline's capitalised verb the name finder ran into it: "Tinubu Mentions" is "Tinubu".</summary>
    public static string WithoutHeadlineVerb(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && HeadlineVerbWords.Contains(name.AsSpan(space + 1)) ? name[..space] : name;
    }

    /// <summary>The name without the job title the name finder ran into it ("Communications Dani Welniak" is "Dani Welniak").</summary>
    public static string WithoutTitle(string name)
    {
        int start = 0;
        while (start < name.Length)
        {
            int space = name.IndexOf(' ', start);
            if (space < 0 || !TitleWords.Contains(name.AsSpan(start, space - start))) break;
            start = space + 1;
        }
        return start == 0 ? name : name[start..];
    }

    /// <summary>The people named in <paramref name="span"/> outside quotes who may speak (<see cref="CanSpeak(ExtractionContext, string)"/>),
    /// in text order, each with the fullest name the article gives them.</summary>
    public static IEnumerable<(NewsDigest.Extraction.People.PersonMention Mention, string FullName)> SpeakersWithin(ExtractionContext context, NewsDigest.Text.TextSpan span)
    {
        foreach (var mention in context.People.Within(span))
        {
            if (context.IsQuoted(mention.Start)) continue;
            var name = context.People.NameOf(mention);
            if (CanSpeak(context, name)) yield return (mention, context.People.FullName(name));
        }
    }

    /// <summary>True when the name may be a person's in this article: not a channel, not a group the article writes as "the Lionesses", and
    /// not a place, a building, a brand or a club the article shows as one (<see cref="NonPersonNames"/>).</summary>
    public static bool CanSpeak(ExtractionContext context, string name) => CanSpeak(name) && !CollectiveNames.IsCollective(context, name) && !IsAbbreviatedBody(context.Text, name) && !IsWebsite(context.Text, name)
        && !NonPersonNames.IsNonPerson(context, name);

    /// <summary>True when the report writes the name as a web address ("She told Legit.ng:", "told ESPN.com"): an outlet, never a person.</summary>
    private static bool IsWebsite(string text, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return false;
        for (int at = text.IndexOf(trimmed, StringComparison.Ordinal); at >= 0; at = text.IndexOf(trimmed, at + 1, StringComparison.Ordinal))
        {
            int end = at + trimmed.Length;
            if (end + 2 < text.Length && text[end] == '.' && char.IsLower(text[end + 1]) && char.IsLower(text[end + 2])
                && (end + 3 >= text.Length || !char.IsLetter(text[end + 3]) || (end + 4 >= text.Length || !char.IsLetter(text[end + 4]))))
                return true;
        }
        return false;
    }

    /// <summary>True when the words naming who speaks are a body, not a person: its abbreviation ("APL said in October" after "Australian
    /// Professional Leagues (APL)") or a name ending in a body word ("the Football Association said").</summary>
    public static bool IsBody(ExtractionContext context, string who)
    {
        var trimmed = who.Trim();
        if (trimmed.Length < 2 || !char.IsUpper(trimmed[0])) return false;
        int lastSpace = trimmed.LastIndexOf(' ');
        return IsAbbreviatedBody(context.Text, trimmed) || IsAcronym(trimmed.StartsWith("The ", StringComparison.Ordinal) ? trimmed.AsSpan(4) : trimmed) || BodyWords.Contains(lastSpace < 0 ? trimmed : trimmed[(lastSpace + 1)..])
            || (lastSpace > 0 && (SuffixWords.Contains(trimmed.AsSpan(lastSpace + 1)) || MastheadWords.Contains(trimmed.AsSpan(lastSpace + 1))));
    }

    /// <summary>One word of two to eight capitals ("UEFA said in a statement", "the NSC", "FIFA confirmed"): a body's initials. A person
    /// written in capitals, as tabloids open, comes with a given name ("JOHANNA RYTTING KANERYD").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> who)
    {
        if (who.Length is < 2 or > 8) return false;
        foreach (var c in who)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>True for a name in capitals that the report introduces in brackets after a body's full name ("Australian Professional Leagues
    /// (APL) announced ...", then "APL said"): the body's abbreviation, never a person.</summary>
    private static bool IsAbbreviatedBody(string text, string name)
    {
        var trimmed = name.AsSpan().Trim();
        if (trimmed.Length is < 2 or > 6) return false;
        foreach (var c in trimmed)
            if (!char.IsUpper(c)) return false;
        return text.Contains("(" + trimmed.ToString() + ")", StringComparison.Ordinal);
    }

    /// <summary>True when the name may be a person's. Allocation-free: the speaker ranker asks this for every candidate.</summary>
    public static bool CanSpeak(string name)
    {
        var trimmed = name.AsSpan().Trim();
        if (trimmed.IsEmpty) return false;
        if (trimmed.StartsWith("I’", StringComparison.Ordinal) || trimmed.StartsWith("I'", StringComparison.Ordinal)) return false;
        if (NationalityWords.Contains(trimmed)) return false;
        int lastSpace = trimmed.LastIndexOf(' ');
        if (BodyWords.Contains(lastSpace < 0 ? trimmed : trimmed[(lastSpace + 1)..])) return false;
        // "Fox Sports", "beIN Sports", "NBC News", "the Daily Mail": a broadcaster's or a paper's name, whatever the words before its last.
        if (lastSpace > 0 && (SuffixWords.Contains(trimmed[(lastSpace + 1)..]) || MastheadWords.Contains(trimmed[(lastSpace + 1)..]))) return false;
        // "From Our Association Football Correspondent", "the Works Manager": a post, not its holder.
        if (lastSpace > 0 && JobTitleEndWords.Contains(trimmed[(lastSpace + 1)..])) return false;
        // A name made only of channel words ("Instagram", "Sky Sports", "BBC Radio") is where the words appeared, not who said them.
        bool onlyChannels = true, onlyTitles = true;
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.IsEmpty) continue;
            if (!ChannelWords.Contains(word) && !SuffixWords.Contains(word)) onlyChannels = false;
            if (!TitleWords.Contains(word)) onlyTitles = false;
        }
        return !onlyChannels && !onlyTitles;
    }
}
