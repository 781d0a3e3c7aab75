using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Features of one side candidate (a name the report could give as a side of its match): where it is named (headline, first
/// sentence, opening, later, share of the text), how often and how its count ranks, the words right beside its first mentions, whether a
/// scoreline or a result word stands next to it, its shape (words, a club word, capitals), gazetteer kind (club, nation, unknown), mentions
/// the player filter left out, mentions after "former", "joined from", "on loan from", in quotes or another match's passage. The
/// rules' pair is no feature: the reader learns to read sides from the text alone, for the reports the rules read no pair of. No names,
/// no ids: the words beside a name are hashed, the name's own words are not.</summary>
public static class SideFeatures
{
    public const string Name = "side-candidate-features/1";

    private static readonly uint Bias = FeatureHasher.Namespace(601);
    private static readonly uint Flag = FeatureHasher.Namespace(602);
    private static readonly uint Left = FeatureHasher.Namespace(603);
    private static readonly uint Right = FeatureHasher.Namespace(604);
    private static readonly uint TitleWord = FeatureHasher.Namespace(605);

    /// <summary>How many of the candidate's first mentions lend their neighbouring words.</summary>
    private const int NearMentions = 4;

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex", "from", "loan", "joined", "signed", "formerly", "previously", "old", "boyhood", "academy", "youth",
    };

    private static readonly HashSet<string> ResultWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "win", "wins", "won", "victory", "defeat", "defeated", "lost", "lose", "loses", "draw", "drew", "drawn", "held", "edged",
        "thrashed", "hammered", "stunned", "downed", "routed", "overcame", "saw", "earned", "claimed", "secured", "triumph", "hosted", "visited",
    };

    internal static void Featurize(ExtractionContext context, IReadOnlyList<SideCandidate> all, int index, FeatureBuffer features)
    {
        var c = all[index];
        string text = context.Text;
        features.Add(Bias);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "kind"), c.Known ? (c.National ? 2u : 1u) : 0u));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "candidates"), (uint)Math.Min(all.Count, 8)));

        // Where it is named.
        int titleRank = -1;
        if (c.TitleAt >= 0)
        {
            titleRank = all.Count(o => o.TitleAt >= 0 && o.TitleAt < c.TitleAt);
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "titleRank"), (uint)Math.Min(titleRank, 2)));
            if (HeadlineSides.Headline(context) is { } title)
            {
                features.Add(FeatureHasher.Add(TitleWord, 0u), SideCandidates.WordBefore(title, c.TitleAt) is { Length: > 0 } b ? b : "<edge>");
                int end = Math.Min(title.Length, c.TitleAt + c.Name.Length);
                if (title.AsSpan(c.TitleAt).StartsWith(c.Name, StringComparison.Ordinal))
                    features.Add(FeatureHasher.Add(TitleWord, 1u), SideCandidates.WordAfter(title, end) is { Length: > 0 } a ? a : "<edge>");
            }
        }
        else features.Add(FeatureHasher.Add(Flag, "notInTitle"));
        int firstSentence = c.Mentions.Count > 0 ? context.SentenceIndexAt(c.Mentions[0].Start) : -1;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "firstSentence"), firstSentence switch { < 0 => 7u, <= 2 => (uint)firstSentence, <= 4 => 3u, <= 8 => 4u, <= 16 => 5u, _ => 6u }));
        if (c.Mentions.Count > 0)
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "share"), (uint)(10L * c.Mentions[0].Start / Math.Max(1, text.Length))));
        int firstRank = all.Count(o => o.FirstAt < c.FirstAt);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "firstRank"), (uint)Math.Min(firstRank, 4)));
        if (titleRank >= 0) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "titleAndFirst"), (uint)Math.Min(titleRank, 2) * 8 + Bucket(firstSentence)));

        // How often.
        int count = c.Mentions.Count;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "mentions"), Count(count)));
        int countRank = all.Count(o => o.Mentions.Count > count);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "countRank"), (uint)Math.Min(countRank, 4)));
        int top = all.Max(o => o.Mentions.Count);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "countShare"), top == 0 ? 0u : (uint)(4 * count / top)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sidePlaces"), Count(c.SidePlaces)));
        if (c.PersonRuns > 0) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "personRuns"), c.PersonRuns >= count ? 1u : 0u));
        if (c.Filtered > 0) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "filtered"), c.Filtered >= count ? 1u : 0u));

        // The name's shape.
        var words = c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "words"), (uint)Math.Min(words.Length, 5)));
        if (words.Length > 0 && SideCandidates.ClubWords.Contains(words[^1])) features.Add(FeatureHasher.Add(Flag, "clubWordLast"));
        if (words.Length > 1 && SideCandidates.ClubWords.Contains(words[0])) features.Add(FeatureHasher.Add(Flag, "clubWordFirst"));
        if (c.Name.All(ch => !char.IsLetter(ch) || char.IsUpper(ch))) features.Add(FeatureHasher.Add(Flag, "allCaps"));
        if (!c.Known && words.Length == 2 && !words.Any(SideCandidates.ClubWords.Contains)) features.Add(FeatureHasher.Add(Flag, "twoPlainWords"));
        if (ResultSentenceReader.LooksLikePerson(c.Name)) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "personShape"), c.Known ? 1u : 0u));
        // A person is named again by the surname alone ("Finch rose"), a club by its first words ("Harwick Dale"): how often the last word
        // stands without the word before it, and the first without the word after it.
        if (words.Length >= 2)
        {
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "lastAlone"), Count(Math.Min(3, Alone(text, words[^1], words[^2], before: true)))));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "firstAlone"), Count(Math.Min(3, Alone(text, words[0], words[1], before: false)))));
        }
        int personOverlap = c.Mentions.Count(m => context.People.Within(m).Any());
        if (personOverlap > 0) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "personOverlap"), personOverlap >= count ? 1u : 0u));

        // The words beside its first mentions, and what stands next to it.
        int scoreNear = 0, resultNear = 0, past = 0, quoted = 0, other = 0, opensSentence = 0;
        var otherMatch = context.OtherMatchSentences;
        for (int i = 0; i < c.Mentions.Count; i++)
        {
            var span = c.Mentions[i];
            var left = WordsBefore(text, span.Start, 3);
            var right = WordsAfter(text, span.End, 3);
            if (i < NearMentions)
            {
                features.Add(FeatureHasher.Add(Left, 0u), left.Count > 0 ? left[0] : "<edge>");
                features.Add(FeatureHasher.Add(Right, 0u), right.Count > 0 ? right[0] : "<edge>");
                if (left.Count > 1) features.Add(FeatureHasher.Add(FeatureHasher.Add(Left, 1u), left[1]), left[0]);
                if (right.Count > 1) features.Add(FeatureHasher.Add(FeatureHasher.Add(Right, 1u), right[0]), right[1]);
                if (i == 0)
                {
                    features.Add(FeatureHasher.Add(Left, 2u), left.Count > 0 ? left[0] : "<edge>");
                    features.Add(FeatureHasher.Add(Right, 2u), right.Count > 0 ? right[0] : "<edge>");
                }
            }
            if (left.Any(w => w == "<num>") && NearScore(text, span.Start - 8, span.Start)) scoreNear |= 1;
            if (right.Any(w => w == "<num>") && NearScore(text, span.End, span.End + 8)) scoreNear |= 2;
            if (left.Concat(right).Any(ResultWords.Contains)) resultNear++;
            if (left.Any(PastWords.Contains)) past++;
            if (context.IsQuoted(span.Start)) quoted++;
            int s = context.SentenceIndexAt(span.Start);
            if (s >= 0 && s < otherMatch.Count && otherMatch[s]) other++;
            if (TeamMentionFilter.OpensSentence(text, span.Start)) opensSentence++;
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "scoreNear"), (uint)scoreNear));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "resultNear"), Count(resultNear)));
        if (count > 0)
        {
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "past"), past == 0 ? 0u : past == count ? 2u : 1u));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "quoted"), quoted == 0 ? 0u : quoted == count ? 2u : 1u));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "otherMatch"), other == 0 ? 0u : other == count ? 2u : 1u));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "opensSentence"), opensSentence == 0 ? 0u : opensSentence == count ? 2u : 1u));
        }

        // Clubs play clubs and nations nations: the kind of the other strongest names.
        int nations = all.Count(o => o.National && o.Mentions.Count >= 2), clubs = all.Count(o => !o.National && o.Mentions.Count >= 2);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "kindMix"), (c.National ? 16u : 0u) + (uint)Math.Min(nations, 3) * 4 + (uint)Math.Min(clubs, 3)));
    }

    /// <summary>Whether the rules' pair names the candidate (either side, by the evaluator's alias-tolerant match).</summary>
    internal static bool Holds(ExtractionContext context, TeamPair pair, SideCandidate c) => Names(context, pair.First, c) || Names(context, pair.Second, c);

    internal static bool Names(ExtractionContext context, string side, SideCandidate c)
    {
        if (string.Equals(side, c.Name, StringComparison.OrdinalIgnoreCase)) return true;
        bool known = context.Gazetteer.Teams.TryGet(side, out var entry);
        if (known && c.Known) return entry!.Name == c.Name;
        return SideCandidates.SameWords(SideCandidates.KeyWords(side), c.Words);
    }

    /// <summary>How often <paramref name="word"/> stands in the text as a word without <paramref name="partner"/> right before (or after) it.</summary>
    private static int Alone(string text, string word, string partner, bool before)
    {
        if (word.Length < 3) return 0;
        int n = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && n < 3; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
            bool paired = before
                ? at >= partner.Length + 1 && text[at - 1] == ' ' && string.CompareOrdinal(text, at - 1 - partner.Length, partner, 0, partner.Length) == 0
                : end + 1 + partner.Length <= text.Length && text[end] == ' ' && string.CompareOrdinal(text, end + 1, partner, 0, partner.Length) == 0;
            if (!paired) n++;
        }
        return n;
    }

    private static bool NearScore(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        for (int i = from; i + 2 < to + 3 && i + 2 < text.Length; i++)
            if (char.IsDigit(text[i]) && (text[i + 1] == '-' || text[i + 1] == '–' || (text[i + 1] == ' ' && i + 2 < text.Length && (text[i + 2] == '-' || text[i + 2] == '–')))) return true;
        return false;
    }

    private static uint Count(int n) => n switch { <= 3 => (uint)n, <= 5 => 4, <= 9 => 5, _ => 6 };

    private static uint Bucket(int sentence) => sentence switch { < 0 => 5, 0 => 0, <= 2 => 1, <= 5 => 2, <= 12 => 3, _ => 4 };

    private static string Normal(ReadOnlySpan<char> word) => word.Length > 0 && char.IsDigit(word[0]) ? "<num>" : word.ToString().ToLowerInvariant();

    /// <summary>Up to <paramref name="count"/> lower-cased words before <paramref name="at"/> in its line, nearest first.</summary>
    private static List<string> WordsBefore(string text, int at, int count)
    {
        int from = Math.Max(0, at - 60);
        int line = text.LastIndexOf('\n', Math.Max(0, at - 1), at - from);
        if (line >= 0 && line < at) from = line + 1;
        var words = new List<string>();
        foreach (var w in new WordEnumerator(text.AsSpan(from, at - from))) words.Add(Normal(w));
        words.Reverse();
        if (words.Count > count) words.RemoveRange(count, words.Count - count);
        return words;
    }

    private static List<string> WordsAfter(string text, int at, int count)
    {
        int to = Math.Min(text.Length, at + 60);
        int line = text.IndexOf('\n', at, to - at);
        if (line >= 0) to = line;
        var words = new List<string>();
        foreach (var w in new WordEnumerator(text.AsSpan(at, to - at)))
        {
            words.Add(Normal(w));
            if (words.Count >= count) break;
        }
        return words;
    }

    internal static int BiasSlot(int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        buffer.Add(Bias);
        return buffer.Slots[0];
    }
}
