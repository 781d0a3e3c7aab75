using NewsDigest.Extraction.Quotes;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Features of a (quote, candidate) pair: side and distance, words between them, the words right before and after the mention, speech verbs and colons nearby, role, pronoun, rank by distance, and how often the name recurs.</summary>
public static class SpeakerFeatures
{
    public const string Name = "speaker-features/1";

    private static readonly uint Bias = FeatureHasher.Namespace(301);
    private static readonly uint Side = FeatureHasher.Namespace(302);
    private static readonly uint Between = FeatureHasher.Namespace(303);
    private static readonly uint Left = FeatureHasher.Namespace(304);
    private static readonly uint Right = FeatureHasher.Namespace(305);
    private static readonly uint Flag = FeatureHasher.Namespace(306);

    public static void Featurize(string text, TextSpan quote, SpeakerCandidate candidate, IReadOnlyList<SpeakerCandidate> all, FeatureBuffer features)
    {
        var mention = candidate.Mention;
        bool after = mention.Start >= quote.End;
        int distance = after ? mention.Start - quote.End : quote.Start - mention.End;
        uint side = after ? 1u : 0u;
        features.Add(Bias);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Side, side), Bucket(distance)));
        var gap = after ? text.AsSpan(quote.End, Math.Max(0, mention.Start - quote.End)) : text.AsSpan(mention.End, Math.Max(0, quote.Start - mention.End));
        int words = 0;
        foreach (var word in new WordEnumerator(gap))
        {
            if (++words > 6) break;
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Between, side), FeatureHasher.Add(FeatureHasher.Namespace(0), word)));
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "gapWords"), side * 16 + (uint)Math.Min(words, 7)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "colon"), side * 2 + (gap.Contains(':') ? 1u : 0u)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "newline"), side * 2 + (gap.Contains('\n') ? 1u : 0u)));
        Neighbour(text, mention.Start, -1, Left, features);
        Neighbour(text, mention.End, +1, Right, features);
        if (candidate.Role is not null) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "role"), candidate.Role));
        if (candidate.IsPronoun) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "pronoun"), side));
        int words2 = 0;
        foreach (var _ in new WordEnumerator(mention.Slice(text))) words2++;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "nameWords"), (uint)Math.Min(words2, 4)));
        int rank = 0, sameSide = 0, mentions = 0;
        foreach (var other in all)
        {
            bool otherAfter = other.Mention.Start >= quote.End;
            if (otherAfter != after) continue;
            sameSide++;
            int d = otherAfter ? other.Mention.Start - quote.End : quote.Start - other.Mention.End;
            if (d < distance) rank++;
            if (!other.IsPronoun && !candidate.IsPronoun && Surname(other.Name) == Surname(candidate.Name)) mentions++;
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "rank"), side * 8 + (uint)Math.Min(rank, 5)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "mentions"), (uint)Math.Min(mentions, 4)));
    }

    private static string Surname(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    private static void Neighbour(string text, int position, int direction, uint ns, FeatureBuffer features)
    {
        int i = position + (direction < 0 ? -1 : 0);
        while (i >= 0 && i < text.Length && text[i] == ' ') i += direction;
        if (i < 0 || i >= text.Length) { features.Add(ns, "<edge>"); return; }
        if (!char.IsLetter(text[i])) { features.Add(ns, text.AsSpan(i, 1)); return; }
        int start = i, end = i;
        if (direction < 0) { while (start > 0 && char.IsLetter(text[start - 1])) start--; end = i + 1; }
        else { while (end < text.Length && char.IsLetter(text[end])) end++; }
        features.Add(ns, text.AsSpan(start, end - start));
    }

    private static uint Bucket(int distance) => distance switch { <= 2 => 0, <= 10 => 1, <= 30 => 2, <= 80 => 3, <= 200 => 4, _ => 5 };
}
