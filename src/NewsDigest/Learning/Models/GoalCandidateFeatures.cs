using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.People;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Features of one goal candidate (a person the goal readers credit with a goal): the words beside the name in its evidence sentence,
/// cue words (a keeper beaten, a cross, a save, a role) and on which side of the name and of the nearest goal word they stand, the
/// sentence's words, the name's shape, how often the text names the person and how many candidates credit them, where the candidate came
/// from (a list, a minute, penalty, own goal, again, a count), where it stands (sentence, share of the text), in a quote or an other-match
/// passage, the pair's sides and other teams in the sentence, and how many people the sentence names. No names, no ids.</summary>
public static class GoalCandidateFeatures
{
    public const string Name = "goal-candidate-features/1";

    private static readonly uint Bias = FeatureHasher.Namespace(501);
    private static readonly uint Left = FeatureHasher.Namespace(502);
    private static readonly uint Right = FeatureHasher.Namespace(503);
    private static readonly uint SentenceWord = FeatureHasher.Namespace(504);
    private static readonly uint Flag = FeatureHasher.Namespace(505);
    private static readonly uint Cue = FeatureHasher.Namespace(506);
    private static readonly uint Between = FeatureHasher.Namespace(507);
    private static readonly uint Pair = FeatureHasher.Namespace(508);

    private const int NearWords = 3;
    private const int SentenceWords = 40;

    /// <summary>Words that tell what a person named beside a goal did: beaten or saving in goal, providing, fouled, in another role or time.</summary>
    private static readonly Dictionary<string, string> CueKinds = Kinds(
        ("keeper", "past beyond beat beating beat beats keeper goalkeeper goalie stopper custodian gloves net-minder netminder"),
        ("save", "saved save saves denied denies stopped parried tipped blocked kept clean sheet"),
        ("provide", "cross crossed crosses assist assisted assists set setting provided provider supplied pass passed delivery corner free-kick cut-back cutback through-ball ball from after"),
        ("foul", "fouled foul brought tripped handball booked yellow red sent dismissed"),
        ("role", "coach manager boss head said says told admitted insisted captain substitute sub replaced referee"),
        ("time", "last season week weeks earlier previous former ex ago career record tally league campaign"),
        ("goal", "scored scores score netted nets net goal goals strike struck header headed equaliser equalizer winner opener finish finished fired drilled curled slotted tapped volleyed nodded converted brace hat-trick twice double doubled added"),
        ("other", "against elsewhere also meanwhile while whereas"));

    private static Dictionary<string, string> Kinds(params (string Kind, string Words)[] kinds)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, words) in kinds)
            foreach (var w in words.Split(' ')) map.TryAdd(w, kind);
        return map;
    }

    internal static void Featurize(ExtractionContext context, IReadOnlyList<GoalCandidate> all, int index, FeatureBuffer features)
    {
        var candidate = all[index];
        string text = context.Text;
        features.Add(Bias);

        // Where it came from.
        if (candidate.FromList) features.Add(FeatureHasher.Add(Flag, "list"));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "minute"), candidate.Minute is null ? 0u : 1u + (candidate.FromList ? 1u : 0u)));
        if (candidate.Penalty) features.Add(FeatureHasher.Add(Flag, "penalty"));
        if (candidate.OwnGoal) features.Add(FeatureHasher.Add(Flag, "ownGoal"));
        if (candidate.Again) features.Add(FeatureHasher.Add(Flag, "again"));
        if (candidate.Count > 1) features.Add(FeatureHasher.Add(Flag, "count"));
        if (candidate.Assist is not null) features.Add(FeatureHasher.Add(Flag, "assist"));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "method"), (uint)candidate.Method));
        var pair = context.Facts.Teams;
        uint team = candidate.Team is null ? 0u : pair is null ? 1u : candidate.Team == pair.First || candidate.Team == pair.Second ? 2u : 3u;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "team"), team));

        // The name's shape.
        var player = candidate.Player.Trim();
        var parts = player.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "tokens"), (uint)Math.Min(parts.Length, 4)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "shape"), Shape(parts)));
        if (player.Length <= 4) features.Add(FeatureHasher.Add(Flag, "short"));
        if (player.AsSpan().IndexOfAny("0123456789-–—".AsSpan()) >= 0) features.Add(FeatureHasher.Add(Flag, "digitOrDash"));
        var key = PersonIndex.SurnameKey(player);
        var full = context.People.FullName(player);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "fullTokens"), (uint)Math.Min(full.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 4)));
        if (context.NonPlayers.Contains(key)) features.Add(FeatureHasher.Add(Flag, "nonPlayer"));
        string last = parts.Length > 0 ? parts[^1] : player;
        if (last.Length > 2 && context.TeamMentions.Any(m => m.Span.Substring(text).Contains(last, StringComparison.OrdinalIgnoreCase)))
            features.Add(FeatureHasher.Add(Flag, "inTeamName"));
        if (last.Length > 2 && context.VenueMentions.Any(m => m.Span.Substring(text).Contains(last, StringComparison.OrdinalIgnoreCase)))
            features.Add(FeatureHasher.Add(Flag, "inVenueName"));

        // How the text and the other candidates treat the person.
        int mentions = 0;
        foreach (var m in context.People.Mentions)
            if (PersonIndex.SurnameKey(context.People.NameOf(m)) == key) mentions++;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "mentions"), (uint)Math.Min(mentions, 5)));
        int same = 0, sameListed = 0, sameTimed = 0, players = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            var k = PersonIndex.SurnameKey(c.Player);
            if (seen.Add(k)) players++;
            if (k != key) continue;
            same++;
            if (c.FromList) sameListed++;
            if (c.Minute is not null) sameTimed++;
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sameCandidates"), (uint)Math.Min(same, 4)));
        if (sameListed > 0 && !candidate.FromList) features.Add(FeatureHasher.Add(Flag, "listedElsewhere"));
        if (sameTimed > 0 && candidate.Minute is null) features.Add(FeatureHasher.Add(Flag, "timedElsewhere"));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "players"), (uint)Math.Min(players, 8)));

        // Where it stands.
        var sentence = candidate.Evidence.Span;
        if (sentence.Start < 0 || sentence.End > text.Length || sentence.Length == 0) sentence = context.SentenceAt(Math.Clamp(candidate.Position, 0, Math.Max(0, text.Length - 1)));
        var name = Locate(text, sentence, parts, candidate.Position);
        int sentenceIndex = context.SentenceIndexAt(name.Start);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sentence"), sentenceIndex switch { < 0 => 7u, <= 2 => (uint)sentenceIndex, <= 5 => 3u, <= 10 => 4u, <= 20 => 5u, _ => 6u }));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "share"), (uint)(10L * name.Start / Math.Max(1, text.Length))));
        if (context.IsQuoted(name.Start)) features.Add(FeatureHasher.Add(Flag, "quoted"));
        var other = context.OtherMatchSentences;
        if (sentenceIndex >= 0 && sentenceIndex < other.Count && other[sentenceIndex]) features.Add(FeatureHasher.Add(Flag, "otherMatchPassage"));
        if (sentence.Length > 300) features.Add(FeatureHasher.Add(Flag, "longSentence"));

        // The words beside the name, and the punctuation right at it.
        var leftWords = Words(text, sentence.Start, name.Start, fromEnd: true, NearWords);
        var rightWords = Words(text, name.End, sentence.End, fromEnd: false, NearWords);
        for (int i = 0; i < NearWords; i++)
        {
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Left, (uint)i), i < leftWords.Count ? leftWords[i] : "<edge>"));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Right, (uint)i), i < rightWords.Count ? rightWords[i] : "<edge>"));
        }
        if (leftWords.Count >= 2) features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Left, 9u), leftWords[1]), leftWords[0]));
        if (rightWords.Count >= 2) features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Right, 9u), rightWords[0]), rightWords[1]));
        char before = name.Start > 0 ? text[name.Start - 1] : '^';
        char after = name.End < text.Length ? text[name.End] : '$';
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "charBefore"), Punctuation(before)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "charAfter"), Punctuation(after)));

        // Cue words on each side of the name, and the nearest goal word: which side, how far, and which cues lie between.
        var sentenceWords = new List<(string Word, int Start)>();
        var words = new WordEnumerator(sentence.Slice(text));
        while (words.MoveNext())
        {
            sentenceWords.Add((Normal(words.Current), sentence.Start + words.Start));
            if (sentenceWords.Count >= 2 * SentenceWords) break;
        }
        int goalWord = -1, goalDistance = int.MaxValue;
        for (int i = 0; i < sentenceWords.Count; i++)
        {
            int at = sentenceWords[i].Start;
            if (at >= name.Start && at < name.End) continue;
            if (!CueKinds.TryGetValue(sentenceWords[i].Word, out var kind)) continue;
            bool onLeft = at < name.Start;
            int distance = onLeft ? name.Start - at : at - name.End;
            features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Cue, onLeft ? 0u : 1u), kind), distance <= 25 ? 0u : 1u));
            if (kind != "goal") features.Add(FeatureHasher.Add(FeatureHasher.Add(Cue, onLeft ? 2u : 3u), sentenceWords[i].Word));
            if (kind == "goal" && distance < goalDistance) { goalDistance = distance; goalWord = i; }
        }
        if (goalWord < 0) features.Add(FeatureHasher.Add(Flag, "noGoalWord"));
        else
        {
            int at = sentenceWords[goalWord].Start;
            bool goalLeft = at < name.Start;
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "goalSide"), (goalLeft ? 0u : 1u) * 8 + Bucket(goalDistance)));
            int from = goalLeft ? at : name.End, to = goalLeft ? name.Start : at;
            int between = 0;
            foreach (var (word, start) in sentenceWords)
            {
                if (start <= from || start >= to) continue;
                between++;
                if (CueKinds.TryGetValue(word, out var kind) && kind != "goal") features.Add(FeatureHasher.Add(FeatureHasher.Add(Between, goalLeft ? 0u : 1u), kind));
                if (word is "by" or "to" or "of" or "for" or "from" or "past" or "beyond" or "after" or "with" or "against")
                    features.Add(FeatureHasher.Add(FeatureHasher.Add(Between, 2u + (goalLeft ? 0u : 1u)), word));
            }
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "betweenWords"), (goalLeft ? 0u : 1u) * 8 + (uint)Math.Min(between, 7)));
        }
        int bag = 0;
        foreach (var (word, _) in sentenceWords)
        {
            if (++bag > SentenceWords) break;
            if (word.Length > 2 && !char.IsDigit(word[0])) features.Add(SentenceWord, word);
        }

        // The people and teams of the sentence.
        int people = 0, rank = 0;
        foreach (var m in context.People.Within(sentence))
        {
            people++;
            if (m.Start < name.Start) rank++;
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "people"), (uint)Math.Min(people, 5)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "personRank"), (uint)Math.Min(rank, 3)));
        Teams(context, sentence, name, features);
    }

    private static void Teams(ExtractionContext context, TextSpan sentence, TextSpan name, FeatureBuffer features)
    {
        var mentions = context.Facts.Teams is null ? [] : context.Teams.Within(sentence).ToList();
        var pair = context.Facts.Teams;
        bool first = pair is not null && mentions.Any(m => m.Team == pair.First), second = pair is not null && mentions.Any(m => m.Team == pair.Second);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Pair, "sides"), (first ? 1u : 0u) + (second ? 1u : 0u)));
        int others = 0, otherNear = int.MaxValue, sideNear = int.MaxValue;
        foreach (var m in mentions) sideNear = Math.Min(sideNear, Distance(m.Span, name));
        foreach (var t in context.TeamMentions)
        {
            if (t.Span.Start < sentence.Start || t.Span.Start >= sentence.End) continue;
            if (t.Span.Start < name.End && name.Start < t.Span.End) continue;
            if (mentions.Any(m => m.Span.Start < t.Span.End && t.Span.Start < m.Span.End)) continue;
            others++;
            otherNear = Math.Min(otherNear, Distance(t.Span, name));
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Pair, "sideDistance"), Bucket(sideNear)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Pair, "otherTeams"), (uint)Math.Min(others, 3)));
        if (others > 0) features.Add(FeatureHasher.Add(FeatureHasher.Add(Pair, "otherDistance"), Bucket(otherNear)));
        if (others > 0 && otherNear < sideNear) features.Add(FeatureHasher.Add(Pair, "otherNearer"));
    }

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    /// <summary>The name's span in its evidence line: the written occurrence of its last word nearest the candidate's position, widened
    /// over the name's other words written right before it; the candidate's position itself when the line does not hold it.</summary>
    private static TextSpan Locate(string text, TextSpan sentence, string[] parts, int position)
    {
        if (parts.Length == 0) return new TextSpan(Math.Clamp(position, 0, text.Length), 0);
        string last = parts[^1];
        int best = -1;
        for (int at = text.IndexOf(last, sentence.Start, sentence.Length, StringComparison.Ordinal); at >= 0;
             at = at + 1 < sentence.End ? text.IndexOf(last, at + 1, sentence.End - at - 1, StringComparison.Ordinal) : -1)
            if (best < 0 || Math.Abs(at - position) < Math.Abs(best - position)) best = at;
        if (best < 0)
        {
            int start = Math.Clamp(position, 0, text.Length);
            return new TextSpan(start, 0);
        }
        int begin = best;
        for (int i = parts.Length - 2; i >= 0; i--)
        {
            int expect = begin - 1 - parts[i].Length;
            if (expect < sentence.Start || string.CompareOrdinal(text, expect, parts[i], 0, parts[i].Length) != 0 || text[begin - 1] != ' ') break;
            begin = expect;
        }
        return new TextSpan(begin, best + last.Length - begin);
    }

    /// <summary>The capitals' pattern of the name's words: "Xx Xx", "X. Xx", "XX".</summary>
    private static string Shape(string[] parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts.Take(4))
        {
            if (sb.Length > 0) sb.Append(' ');
            char a = p.Length > 0 ? p[0] : ' ';
            sb.Append(char.IsUpper(a) ? 'X' : char.IsLower(a) ? 'x' : char.IsDigit(a) ? 'd' : '.');
            bool allUpper = p.Length > 1 && p.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
            if (p.Length > 1) sb.Append(allUpper ? 'X' : p.EndsWith('.') ? '.' : p.Contains('\'') || p.Contains('’') ? '\'' : p.Contains('-') ? '-' : 'x');
        }
        return sb.ToString();
    }

    private static uint Punctuation(char c) => c switch
    {
        '(' or '[' => 1, ')' or ']' => 2, ',' => 3, '.' => 4, '\'' or '’' => 5, '"' or '“' or '”' => 6, ':' or ';' => 7, '-' or '–' or '—' => 8,
        ' ' => 9, '\n' or '\r' => 10, '^' or '$' => 11, _ => char.IsDigit(c) ? 12u : char.IsLetter(c) ? 13u : 14u,
    };

    private static uint Bucket(int distance) => distance switch { <= 2 => 0, <= 10 => 1, <= 30 => 2, <= 80 => 3, <= 200 => 4, int.MaxValue => 6, _ => 5 };

    private static string Normal(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && char.IsDigit(word[0])) return "<num>";
        return word.ToString().ToLowerInvariant();
    }

    /// <summary>Up to <paramref name="count"/> lower-cased words of text[from..to], nearest the name first.</summary>
    private static List<string> Words(string text, int from, int to, bool fromEnd, int count)
    {
        var words = new List<string>();
        if (to <= from) return words;
        foreach (var w in new WordEnumerator(text.AsSpan(from, to - from))) words.Add(Normal(w));
        if (fromEnd) words.Reverse();
        if (words.Count > count) words.RemoveRange(count, words.Count - count);
        return words;
    }

    internal static int BiasSlot(int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        buffer.Add(Bias);
        return buffer.Slots[0];
    }
}
