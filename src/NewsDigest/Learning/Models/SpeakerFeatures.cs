using NewsDigest.Extraction.Quotes;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Features of a (quote, candidate) pair: side and distance, words between them, the words right before and after the mention, speech verbs and colons nearby, role, pronoun, rank by distance, and how often the name recurs.</summary>
public static class SpeakerFeatures
{
    public const string Name = "speaker-features/6";

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
        // Speech cues around the mention itself, whichever quote they belong to: a speaker tends to be introduced as one.
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "speechCue"), SpeechCue(text, mention)));
        bool lineStart = mention.Start == 0 || text[mention.Start - 1] == '\n';
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "lineStart"), lineStart ? 1u : 0u));
        bool possessive = mention.End < text.Length && text[mention.End] is '\'' or '’';
        // A name alone on its line is a heading ("Reaction"), not a speaker.
        bool lineAlone = lineStart && (mention.End >= text.Length || text[mention.End] == '\n');
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "lineAlone"), lineAlone ? 1u : 0u));
        // The first name of the quote's own sentence, before the quote, is usually its subject: "Mourinho insists ... "a beautiful project"".
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sentenceSubject"), SentenceSubject(text, quote, mention, all) ? 1u : 0u));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "possessive"), possessive ? 1u : 0u));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "mentions"), (uint)Math.Min(mentions, 4)));
        // A paragraph that is only a quote, after a paragraph that opens a sentence on the candidate ("Mnakaniso attributed the success to
        // match fitness. ... / “The girls are so happy ...”): the person the narrative just turned to.
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "openerAbove"), OpensSentenceInParagraphAbove(text, quote, mention) ? 1u : 0u));
        Article(text, candidate, features);
    }

    /// <summary>The slot every example carries (the bias feature) under <paramref name="hashBits"/>, where a model fitted with a separate bias keeps it.</summary>
    internal static int BiasSlot(int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        buffer.Add(Bias);
        return buffer.Slots[0];
    }

    /// <summary>How the whole article treats the candidate: named in the headline line, how often named, how often just before or after a
    /// speech verb ("Mead said", "said Mead"): the person a story follows and quotes elsewhere is the likely speaker. A platform or outlet
    /// ("Instagram") is flagged, since it looks like a name but never speaks.</summary>
    private static void Article(string text, SpeakerCandidate candidate, FeatureBuffer features)
    {
        if (candidate.IsPronoun) return;
        if (!SpeakerNames.CanSpeak(candidate.Name)) features.Add(FeatureHasher.Add(Flag, "channel"));
        var surname = SurnameSpan(candidate.Name).TrimEnd("'’s");
        if (surname.Length < 3) return;
        int firstLine = text.IndexOf('\n');
        if (firstLine > 0 && text.AsSpan(0, firstLine).Contains(surname, StringComparison.Ordinal)) features.Add(FeatureHasher.Add(Flag, "inTitle"));
        // Bounded: long pages need no more than the first few mentions to tell a protagonist from a passer-by.
        int count = 0, speech = 0, from = 0, limit = Math.Min(text.Length, ArticleWindow);
        while (count < 8 && from < limit)
        {
            int at = text.AsSpan(from, limit - from).IndexOf(surname, StringComparison.Ordinal);
            if (at < 0) break;
            at += from;
            count++;
            var mention = new TextSpan(at, surname.Length);
            if (SpeechCue(text, mention) is 1 or 2) speech++;
            from = at + surname.Length;
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "articleMentions"), (uint)count));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "articleSpeech"), (uint)Math.Min(speech, 3)));
    }

    private const int ArticleWindow = 20000;

    /// <summary>0 none; 1 a speech verb just before ("said Name"); 2 just after ("Name said", "Name, the coach, said"); 3 a colon closes the mention's clause ("Name, Roma coach: ").</summary>
    private static uint SpeechCue(string text, TextSpan mention)
    {
        int from = Math.Max(0, mention.Start - 12);
        var before = text.AsSpan(from, mention.Start - from);
        if (before.Contains("said ", StringComparison.Ordinal) || before.Contains("says ", StringComparison.Ordinal) || before.Contains("added ", StringComparison.Ordinal)
            || before.Contains("told ", StringComparison.Ordinal)) return 1;
        int to = Math.Min(text.Length, mention.End + 60);
        var after = text.AsSpan(mention.End, to - mention.End);
        int line = after.IndexOf('\n');
        if (line >= 0) after = after[..line];
        int quote = after.IndexOfAny('"', '“');
        var clause = quote >= 0 ? after[..quote] : after;
        if (clause.TrimEnd().EndsWith(':')) return 3;
        var head = after[..Math.Min(after.Length, 40)];
        foreach (var verb in SpeechVerbs)
            if (head.StartsWith(verb, StringComparison.Ordinal) || head.Contains(", " + verb.TrimStart(), StringComparison.Ordinal)) return 2;
        return 0;
    }

    private static readonly string[] SpeechVerbs =
    [
        " said", " says", " added", " told", " admitted", " admits", " explained", " insisted", " insists", " claimed", " claims",
        " revealed", " reveals", " labelled", " described", " called", " believes", " feels", " felt", " warned", " urged", " joked",
        " stated", " declared", " wrote", " posted", " tweeted", " hailed", " praised", " has", " had", " was", " is",
    ];

    private static bool SentenceSubject(string text, TextSpan quote, TextSpan mention, IReadOnlyList<SpeakerCandidate> all)
    {
        if (mention.Start >= quote.Start) return false;
        int sentenceStart = quote.Start - 1;
        while (sentenceStart > 0 && text[sentenceStart] is not ('\n' or '.' or '!' or '?')) sentenceStart--;
        if (mention.Start < sentenceStart) return false;
        foreach (var other in all)
            if (!other.IsPronoun && other.Mention.Start >= sentenceStart && other.Mention.Start < mention.Start) return false;
        return true;
    }

    private static bool OpensSentenceInParagraphAbove(string text, TextSpan quote, TextSpan mention)
    {
        if (mention.End > quote.Start) return false;
        int paragraph = quote.Start - 1;
        while (paragraph > 0 && text[paragraph - 1] is '"' or '“' or '‘' or '\'' or ' ') paragraph--;
        if (paragraph <= 0 || text[paragraph - 1] != '\n') return false;
        int above = text.LastIndexOf('\n', Math.Max(0, paragraph - 2)) + 1;
        if (mention.Start < above) return false;
        int k = mention.Start - 1;
        while (k >= above && text[k] == ' ') k--;
        return k < above || text[k] is '.' or '!' or '?';
    }

    private static ReadOnlySpan<char> SurnameSpan(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name.AsSpan(space + 1);
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
