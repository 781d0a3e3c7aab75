using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Features of one written scoreline of a report: the words beside it and in its sentence, where it stands (headline, first sentence,
/// paragraph, share of the text), quotes and brackets, a third number after it ("19-2-1"), the pair's sides in its sentence and how far,
/// another team beside it, cue words around it (penalties, aggregate, half-time, last season, shots), how often the same numbers recur,
/// and whether they are the rules' own choice.</summary>
public static class ScoreFeatures
{
    public const string Name = "score-features/1";

    private static readonly uint Bias = FeatureHasher.Namespace(401);
    private static readonly uint Left = FeatureHasher.Namespace(402);
    private static readonly uint Right = FeatureHasher.Namespace(403);
    private static readonly uint SentenceWord = FeatureHasher.Namespace(404);
    private static readonly uint Flag = FeatureHasher.Namespace(405);
    private static readonly uint Cue = FeatureHasher.Namespace(406);
    private static readonly uint LeftBag = FeatureHasher.Namespace(407);
    private static readonly uint RightBag = FeatureHasher.Namespace(408);

    /// <summary>Words the sentence holds at most this far either side of the scoreline count as its near context.</summary>
    private const int NearWords = 3;
    private const int CueWords = 8;
    private const int SentenceWords = 40;

    /// <summary>Words that say what a scoreline counts: the result, a shoot-out, an aggregate, a part of the game, another meeting, a statistic, a record.</summary>
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "penalties", "penalty", "pens", "shoot-out", "shootout", "spot", "kicks", "aggregate", "agg", "leg", "half-time", "halftime", "half",
        "break", "interval", "last", "season", "previous", "meeting", "meetings", "reverse", "fixture", "earlier", "ago", "week", "outshot",
        "shots", "corners", "record", "possession", "lead", "led", "leading", "trailing", "trailed", "up", "down", "win", "won", "wins",
        "beat", "beating", "victory", "defeat", "defeated", "draw", "drew", "lost", "loss", "losing", "final", "finished", "ended", "full-time",
        "score", "scoreline", "result", "thrashing", "rout", "edged", "saw", "made", "it", "level", "overall", "series", "conference",
        "league", "standings", "points", "target", "saves", "attempts", "fouls", "minutes", "when", "after", "before", "since",
    };

    /// <summary>Kinds of cue, so that a word the training reports never used beside a scoreline ("PKs", "outshot") still counts as its kind:
    /// a shoot-out, an aggregate or leg, a part of the game, another meeting or time, a statistic or record, the result itself.</summary>
    private static readonly Dictionary<string, string> CueKinds = Kinds(
        ("shootout", "penalties penalty pens pks pk shoot-out shootout shoot-outs shootouts spot-kicks spot kicks"),
        ("aggregate", "aggregate agg overall leg legs two-legged tie series"),
        ("partial", "half-time halftime half break interval lead led leading ahead up trailing trailed behind down made make making at"),
        ("past", "last season previous meeting meetings met reverse fixture earlier ago week weekend month april march may june july august september october november december january february when since time"),
        ("statistic", "outshot outshoot shots shot corners corner saves attempts possession fouls record standings points unbeaten streak"),
        ("result", "win won wins beat beats beating victory defeat defeated draw drew drawn lost loss losing tied tie finished ended final full-time scoreline result triumph thrashing rout edged downed"));

    private static Dictionary<string, string> Kinds(params (string Kind, string Words)[] kinds)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, words) in kinds)
            foreach (var w in words.Split(' ')) map.TryAdd(w, kind);
        return map;
    }

    public static void Featurize(ExtractionContext context, TeamPair pair, IReadOnlyList<ScoreCandidate> all, int index, Scoreline? rules, FeatureBuffer features)
    {
        var candidate = all[index];
        string text = candidate.InTitle ? context.Article.Title ?? "" : context.Text;
        var sentence = candidate.InTitle ? new TextSpan(0, text.Length) : context.Sentences[candidate.Sentence];
        var span = candidate.Span;
        features.Add(Bias);

        // Where it stands.
        if (candidate.InTitle) features.Add(FeatureHasher.Add(Flag, "title"));
        else
        {
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sentence"), (uint)Math.Min(candidate.Sentence, 5) + (candidate.Sentence >= 10 ? 1u : 0u)));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "share"), (uint)(10L * span.Start / Math.Max(1, text.Length))));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "paragraph"), (uint)Math.Min(Paragraph(text, span.Start), 6)));
            if (context.IsQuoted(span.Start)) features.Add(FeatureHasher.Add(Flag, "quoted"));
        }

        // What it looks like: brackets, a third number ("19-2-1"), a colon, level, margin, goals.
        var written = span.Slice(text);
        char sep = written.IndexOfAny('-', '–', '—') >= 0 ? '-' : ':';
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sep"), sep));
        if (written.Contains(' ')) features.Add(FeatureHasher.Add(Flag, "spaced"));
        int before = span.Start - 1, after = span.End;
        while (before >= 0 && text[before] == ' ') before--;
        while (after < text.Length && text[after] == ' ') after++;
        bool open = before >= 0 && text[before] is '(' or '[';
        bool close = after < text.Length && text[after] is ')' or ']';
        if (open) features.Add(FeatureHasher.Add(Flag, "openBracket"));
        if (close) features.Add(FeatureHasher.Add(Flag, "closeBracket"));
        if (span.End + 1 < text.Length && text[span.End] is '-' or '–' && char.IsDigit(text[span.End + 1])) features.Add(FeatureHasher.Add(Flag, "thirdNumber"));
        var s = candidate.Written;
        int high = Math.Max(s.First, s.Second), low = Math.Min(s.First, s.Second);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "margin"), (uint)Math.Min(high - low, 5)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "goals"), (uint)Math.Min(high + low, 9)));
        if (high > 9) features.Add(FeatureHasher.Add(Flag, "highNumber"));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "winnerFirst"), s.First > s.Second ? 1u : s.First == s.Second ? 2u : 0u));

        // The words beside it and in its sentence.
        var leftWords = Words(text, sentence.Start, span.Start, fromEnd: true, NearWords);
        var rightWords = Words(text, span.End, sentence.End, fromEnd: false, NearWords);
        for (int i = 0; i < NearWords; i++)
        {
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Left, (uint)i), i < leftWords.Count ? leftWords[i] : "<edge>"));
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Right, (uint)i), i < rightWords.Count ? rightWords[i] : "<edge>"));
        }
        if (leftWords.Count >= 2) features.Add(FeatureHasher.Add(FeatureHasher.Add(LeftBag, leftWords[1]), leftWords[0]));
        if (rightWords.Count >= 2) features.Add(FeatureHasher.Add(FeatureHasher.Add(RightBag, rightWords[0]), rightWords[1]));
        var cueBefore = Words(text, Math.Max(sentence.Start, span.Start - 80), span.Start, fromEnd: true, CueWords);
        var cueAfter = Words(text, span.End, Math.Min(sentence.End, span.End + 80), fromEnd: false, CueWords);
        for (int side = 0; side < 2; side++)
        {
            var list = side == 0 ? cueBefore : cueAfter;
            for (int i = 0; i < list.Count; i++)
            {
                if (Cues.Contains(list[i])) features.Add(FeatureHasher.Add(FeatureHasher.Add(Cue, (uint)side), list[i]));
                if (CueKinds.TryGetValue(list[i], out var kind))
                    features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Cue, 10u + (uint)side), kind), i < NearWords ? 0u : 1u));
            }
        }
        int words = 0;
        foreach (var w in new WordEnumerator(sentence.Slice(text)))
        {
            if (++words > SentenceWords) break;
            if (w.Length > 2 && !char.IsDigit(w[0])) features.Add(SentenceWord, w);
        }

        // The pair's sides in its sentence, how far, and another team beside it.
        if (!candidate.InTitle) Sides(context, pair, sentence, span, features);
        else
        {
            int named = (Named(text, pair.First) ? 1 : 0) + (Named(text, pair.Second) ? 1 : 0);
            features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "titleSides"), (uint)named));
        }

        // How the text treats the same numbers: how often written, the first written, the rules' own choice.
        int same = 0, firstIndex = -1;
        for (int i = 0; i < all.Count; i++)
            if (all[i].SameNumbers(s)) { same++; if (firstIndex < 0) firstIndex = i; }
        // How many other scorelines the text wrote before it first wrote these numbers.
        var seen = new List<Scoreline>();
        for (int i = 0; i < firstIndex; i++)
            if (!seen.Any(x => all[i].SameNumbers(x))) seen.Add(all[i].Written);
        int order = seen.Count;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "recurs"), (uint)Math.Min(same, 4)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "distinctOrder"), (uint)Math.Min(order, 4)));
        if (firstIndex == index) features.Add(FeatureHasher.Add(Flag, "firstOfItsNumbers"));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "candidates"), (uint)Math.Min(all.Count, 6)));
        uint rule = rules is not { } r ? 2u : candidate.SameNumbers(r) ? 1u : 0u;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "rules"), rule));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "rulesWhere"), rule), candidate.InTitle ? 0u : candidate.Sentence == 0 ? 1u : 2u));
    }

    private static void Sides(ExtractionContext context, TeamPair pair, TextSpan sentence, TextSpan span, FeatureBuffer features)
    {
        var mentions = context.Teams.Within(sentence).ToList();
        bool first = mentions.Any(m => m.Team == pair.First), second = mentions.Any(m => m.Team == pair.Second);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sides"), (first ? 1u : 0u) + (second ? 1u : 0u)));
        int nearest = int.MaxValue;
        foreach (var m in mentions)
        {
            int d = m.Span.End <= span.Start ? span.Start - m.Span.End : m.Span.Start >= span.End ? m.Span.Start - span.End : 0;
            nearest = Math.Min(nearest, d);
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "sideDistance"), Bucket(nearest)));
        bool leftSide = mentions.Any(m => m.Span.End <= span.Start && ScoreExtractor.IsGap(context.Text, m.Span.End, span.Start));
        bool rightSide = mentions.Any(m => m.Span.Start >= span.End && ScoreExtractor.IsGap(context.Text, span.End, m.Span.Start));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "besideSides"), (leftSide ? 1u : 0u) + (rightSide ? 2u : 0u)));
        // A team the gazetteer knows that is neither of the pair: another match's result ("Leeds 2-0 Hull elsewhere").
        int others = 0, otherNear = int.MaxValue;
        foreach (var t in context.TeamMentions)
        {
            if (t.Span.Start < sentence.Start || t.Span.Start >= sentence.End) continue;
            if (mentions.Any(m => m.Span.Start < t.Span.End && t.Span.Start < m.Span.End)) continue;
            others++;
            int d = t.Span.End <= span.Start ? span.Start - t.Span.End : t.Span.Start >= span.End ? t.Span.Start - span.End : 0;
            otherNear = Math.Min(otherNear, d);
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "otherTeams"), (uint)Math.Min(others, 3)));
        if (others > 0) features.Add(FeatureHasher.Add(FeatureHasher.Add(Flag, "otherDistance"), Bucket(otherNear)));
        if (others > 0 && otherNear < nearest) features.Add(FeatureHasher.Add(Flag, "otherNearer"));
    }

    private static bool Named(string title, string team)
    {
        foreach (var word in team.Split(' '))
            if (word.Length > 3 && title.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Up to <paramref name="count"/> lower-cased words of text[from..to], nearest the scoreline first.</summary>
    private static List<string> Words(string text, int from, int to, bool fromEnd, int count)
    {
        var words = new List<string>();
        if (to <= from) return words;
        foreach (var w in new WordEnumerator(text.AsSpan(from, to - from))) words.Add(w.ToString().ToLowerInvariant());
        if (fromEnd) words.Reverse();
        if (words.Count > count) words.RemoveRange(count, words.Count - count);
        return words;
    }

    private static int Paragraph(string text, int position)
    {
        int n = 0;
        for (int i = text.IndexOf('\n'); i >= 0 && i < position; i = text.IndexOf('\n', i + 1))
            if (i + 1 < text.Length && text[i + 1] == '\n') n++;
        return n;
    }

    /// <summary>The slot every example carries (the bias feature) under <paramref name="hashBits"/>.</summary>
    internal static int BiasSlot(int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        buffer.Add(Bias);
        return buffer.Slots[0];
    }

    private static uint Bucket(int distance) => distance switch { <= 2 => 0, <= 10 => 1, <= 30 => 2, <= 80 => 3, <= 200 => 4, int.MaxValue => 6, _ => 5 };
}
