using System.Collections.Frozen;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Tells capitalised words that cannot say a quote from names that can: the platform or outlet a quote was given on
/// ("told Instagram", "wrote on X"), a capitalised contraction at a sentence start ("I’ve", "I'm"), and a nationality standing alone ("as the
/// Frenchwoman put it", "said the Dutchman"), which describes a person the report names elsewhere.</summary>
public static class SpeakerNames
{
    private static readonly FrozenSet<string> Channels = new[]
    {
        "Instagram", "Twitter", "Facebook", "TikTok", "YouTube", "Snapchat", "Threads", "Bluesky", "WhatsApp", "Reddit", "LinkedIn", "Twitch",
        "BBC", "ITV", "Sky", "TNT", "ESPN", "Amazon", "Prime", "Metro", "Mirror", "Sun", "Times", "Telegraph", "Guardian", "Independent",
        "Express", "Mail", "Standard", "Athletic", "Reuters", "AFP", "AP", "PA", "Trending", "Getty", "Podcast", "Radio",
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

    private static readonly FrozenSet<string> ChannelSuffixes = new[] { "Sport", "Sports", "News", "Live", "Online", "TV" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChannelWords = Channels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NationalityWords = Nationalities.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixWords = ChannelSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the name may be a person's in this article: not a channel, and not a group the article writes as "the Lionesses".</summary>
    public static bool CanSpeak(ExtractionContext context, string name) => CanSpeak(name) && !CollectiveNames.IsCollective(context, name);

    /// <summary>True when the name may be a person's. Allocation-free: the speaker ranker asks this for every candidate.</summary>
    public static bool CanSpeak(string name)
    {
        var trimmed = name.AsSpan().Trim();
        if (trimmed.IsEmpty) return false;
        if (trimmed.StartsWith("I’", StringComparison.Ordinal) || trimmed.StartsWith("I'", StringComparison.Ordinal)) return false;
        if (NationalityWords.Contains(trimmed)) return false;
        // A name made only of channel words ("Instagram", "Sky Sports", "BBC Radio") is where the words appeared, not who said them.
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (!word.IsEmpty && !ChannelWords.Contains(word) && !SuffixWords.Contains(word)) return true;
        }
        return false;
    }
}
