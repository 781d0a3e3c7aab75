using NewsDigest.Ingest;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Features of an article for the report classifier: title words and pairs, words of the opening paragraph (in
/// their own namespace, since a report says what happened first), words and pairs of the first
/// <see cref="BodyChars"/> characters of the body, counts of match-report signals (scorelines, minutes, quotes)
/// and counts of cue words by kind (<see cref="ReportCues"/>) in the title, opening and body. Reading only the
/// opening keeps the classifier cheap enough to run on every archive article.
/// </summary>
public static class ReportFeatures
{
    public const string Name = "report-features/7";
    public const int BodyChars = 3000;
    public const int TailChars = 800;
    public const int OpeningChars = 400;

    private static readonly uint Bias = FeatureHasher.Namespace(1);
    private static readonly uint TitleWord = FeatureHasher.Namespace(2);
    private static readonly uint TitlePair = FeatureHasher.Namespace(3);
    private static readonly uint BodyWord = FeatureHasher.Namespace(4);
    private static readonly uint BodyPair = FeatureHasher.Namespace(5);
    private static readonly uint Signal = FeatureHasher.Namespace(6);
    private static readonly uint WordSeed = FeatureHasher.Namespace(7);
    private static readonly uint TailWord = FeatureHasher.Namespace(8);
    private static readonly uint OpeningWord = FeatureHasher.Namespace(9);
    private static readonly uint Cue = FeatureHasher.Namespace(10);

    public static void Featurize(Article article, FeatureBuffer features, bool includeTitle = true)
    {
        var text = article.Text.AsSpan();
        // Titles arrive as metadata or, in plain dumps, as the first line; read both the same way.
        ReadOnlySpan<char> title = article.Title;
        int firstBreak = text.IndexOf('\n');
        var firstLine = firstBreak < 0 ? text : text[..firstBreak];
        if (title.IsEmpty && firstLine.Length <= 200) title = firstLine;
        if (!title.IsEmpty && firstLine.Trim().SequenceEqual(title.Trim()) && firstBreak >= 0) text = text[(firstBreak + 1)..];
        var body = text[..Math.Min(text.Length, BodyChars)];

        features.Add(Bias);
        Span<int> cues = stackalloc int[ReportCues.KindCount];
        if (includeTitle && !title.IsEmpty)
        {
            Words(title, features, TitleWord, TitlePair, cues);
            Signals(title, features, 't');
            EmitCues(cues, features, 't');
        }
        // One pass over the body's words gives the body's features and, for words inside the opening, the opening's.
        var opening = Opening(body);
        Span<int> openingCues = stackalloc int[ReportCues.KindCount];
        cues.Clear();
        BodyWords(body, opening.Length, features, cues, openingCues);
        Signals(opening, features, 'o');
        EmitCues(openingCues, features, 'o');
        Signals(body, features, 'b');
        EmitCues(cues, features, 'b');
        // The end of a long article: reports close on line-ups, referees and attendances; other pieces do not.
        if (text.Length > BodyChars)
        {
            var tail = text[Math.Max(BodyChars, text.Length - TailChars)..];
            Words(tail, features, TailWord, pair: 0);
            Signals(tail, features, 'e');
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "length"), (uint)Math.Min(16, Math.ILogB(Math.Max(1, article.Text.Length)))));
        Shape(includeTitle ? title : [], opening, body, features);
    }

    /// <summary>
    /// The article's shape: a title led by a scoreline ("Arsenal 2-1 Spurs: ...") and what the title says after it, how much of the body
    /// is inside quotes (a reaction piece is mostly quotes), how dense minutes and scorelines are (a report tells goals by the minute), and
    /// how many different scorelines the body gives (a round-up gives one per match).
    /// </summary>
    private static void Shape(ReadOnlySpan<char> title, ReadOnlySpan<char> opening, ReadOnlySpan<char> body, FeatureBuffer features)
    {
        uint ns = FeatureHasher.Add(Signal, "shape");
        var titleSignals = SignalCounter.Count(title);
        int titleLead = TitleScorelineLead(title);
        Span<int> titleCues = stackalloc int[ReportCues.KindCount];
        if (titleLead >= 0)
        {
            // What follows "Arsenal 2-1 Spurs:": a match account ("Saka seals win") or reaction ("three things we learned", "says Arteta").
            foreach (var word in new WordEnumerator(title[titleLead..])) Count(FeatureHasher.Add(WordSeed, word), titleCues);
            features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "titleLead"), Bucket(titleCues[(int)ReportCues.Kind.Speech]) * 8 + Bucket(titleCues[(int)ReportCues.Kind.MatchAction])));
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "titleScorelines"), Bucket(titleSignals.Scorelines)));
        // A title that opens on a count is a list ("3 winners and 3 losers", "Five talking points"); one that strings results together
        // with ";" or "," is a round-up ("Manipur beat Bengal; Railways, Haryana win").
        var firstWord = new WordEnumerator(title);
        if (firstWord.MoveNext() && ((firstWord.Current.Length <= 2 && char.IsAsciiDigit(firstWord.Current[0])) || NumberWord(firstWord.Current)) && firstWord.Start == 0)
            features.Add(FeatureHasher.Add(ns, "titleCount"));
        Span<int> allTitleCues = stackalloc int[ReportCues.KindCount];
        foreach (var word in new WordEnumerator(title)) Count(FeatureHasher.Add(WordSeed, word), allTitleCues);
        int separators = title.Count(';') + title.Count(',');
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "titleResultsAndSeparators"), (uint)Math.Min(allTitleCues[(int)ReportCues.Kind.Result], 3) * 4 + (uint)Math.Min(separators, 3)));
        var openingSignals = SignalCounter.Count(opening);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "titleAndOpeningScore"), (titleSignals.Scorelines > 0 ? 2u : 0u) + (openingSignals.Scorelines > 0 ? 1u : 0u)));
        if (body.IsEmpty) return;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "quoteShare"), QuoteShareBucket(body)));
        var counts = SignalCounter.Count(body);
        int perThousand = counts.Minutes * 1000 / Math.Max(500, body.Length);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "minuteDensity"), Bucket(perThousand)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "distinctScorelines"), Bucket(DistinctScorelines(body))));
    }

    private static bool NumberWord(ReadOnlySpan<char> word) =>
        word.Equals("three", StringComparison.OrdinalIgnoreCase) || word.Equals("four", StringComparison.OrdinalIgnoreCase) || word.Equals("five", StringComparison.OrdinalIgnoreCase)
        || word.Equals("six", StringComparison.OrdinalIgnoreCase) || word.Equals("seven", StringComparison.OrdinalIgnoreCase) || word.Equals("ten", StringComparison.OrdinalIgnoreCase);

    /// <summary>The index just after a scoreline that comes within the title's first 60 characters after a word ("Arsenal 2-1 Spurs"), or -1.</summary>
    private static int TitleScorelineLead(ReadOnlySpan<char> title)
    {
        int limit = Math.Min(title.Length, 60);
        for (int i = 1; i + 2 < limit; i++)
        {
            if (!char.IsAsciiDigit(title[i]) || char.IsLetterOrDigit(title[i - 1])) continue;
            int j = i;
            while (j < title.Length && char.IsAsciiDigit(title[j])) j++;
            if (j - i > 2) continue;
            while (j < title.Length && title[j] == ' ') j++;
            if (j >= title.Length || title[j] is not ('-' or '–')) continue;
            j++;
            while (j < title.Length && title[j] == ' ') j++;
            int k = j;
            while (k < title.Length && char.IsAsciiDigit(title[k])) k++;
            if (k == j || k - j > 2 || (k < title.Length && char.IsLetterOrDigit(title[k]))) continue;
            bool wordBefore = false;
            for (int b = i - 1; b >= 0 && !wordBefore; b--) wordBefore = char.IsLetter(title[b]);
            if (wordBefore) return k;
        }
        return -1;
    }

    /// <summary>The share of the body's characters between double quote marks: 0 none, then under 10%, 25%, 45%, 65% and more.</summary>
    private static uint QuoteShareBucket(ReadOnlySpan<char> body)
    {
        int inside = 0, open = -1;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\n') { if (open >= 0) inside += i - open; open = -1; continue; }
            if (c is not ('"' or '“' or '”')) continue;
            if (open < 0) { if (c != '”') open = i; }
            else { inside += i - open; open = -1; }
        }
        if (open >= 0) inside += body.Length - open;
        if (inside == 0) return 0;
        int percent = inside * 100 / body.Length;
        return percent switch { < 10 => 1, < 25 => 2, < 45 => 3, < 65 => 4, _ => 5 };
    }

    /// <summary>How many different scorelines ("2-1", "0-0") the body gives, up to nine.</summary>
    private static int DistinctScorelines(ReadOnlySpan<char> body)
    {
        Span<int> seen = stackalloc int[9];
        int distinct = 0;
        for (int i = 1; i + 2 < body.Length && distinct < seen.Length; i++)
        {
            if (!char.IsAsciiDigit(body[i]) || char.IsLetterOrDigit(body[i - 1])) continue;
            int j = i, a = 0;
            while (j < body.Length && char.IsAsciiDigit(body[j]) && j - i < 3) a = a * 10 + (body[j++] - '0');
            // Longer numbers are years or counts ("2023-24"), not scores.
            if (j - i > 2 || j >= body.Length || char.IsAsciiDigit(body[j])) { i = j; continue; }
            int k = j;
            while (k < body.Length && body[k] == ' ') k++;
            if (k >= body.Length || body[k] is not ('-' or '–')) { i = j; continue; }
            k++;
            while (k < body.Length && body[k] == ' ') k++;
            int m = k, b = 0;
            while (m < body.Length && char.IsAsciiDigit(body[m]) && m - k < 3) b = b * 10 + (body[m++] - '0');
            if (m == k || m - k > 2 || (m < body.Length && char.IsLetterOrDigit(body[m]))) { i = j; continue; }
            int key = a * 100 + b;
            bool known = false;
            for (int s = 0; s < distinct; s++) known |= seen[s] == key;
            if (!known) seen[distinct++] = key;
            i = m;
        }
        return distinct;
    }

    /// <summary>The first paragraph, or the first <see cref="OpeningChars"/> characters when paragraphs are long or absent.</summary>
    private static ReadOnlySpan<char> Opening(ReadOnlySpan<char> body)
    {
        var head = body[..Math.Min(body.Length, OpeningChars)];
        // Skip a short first line (a byline or dateline) before looking for the paragraph's end.
        int end = head.Length > 80 ? head[80..].IndexOf('\n') : -1;
        return end < 0 ? head : head[..(80 + end)];
    }

    /// <summary>How many words of each cue kind a span holds (bucketed), and the pair of match-action and speech buckets: many goal words with few speech words is a report, the reverse a reaction piece.</summary>
    private static void EmitCues(ReadOnlySpan<int> counts, FeatureBuffer features, char where)
    {
        uint ns = FeatureHasher.Add(Cue, (uint)where);
        for (int k = 0; k < counts.Length; k++)
            features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, (uint)k), Bucket(counts[k])));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(ns, 99u), Bucket(counts[(int)ReportCues.Kind.MatchAction])), Bucket(counts[(int)ReportCues.Kind.Speech])));
    }

    /// <summary>Body words and pairs, plus opening words for the words that start inside the first <paramref name="openingLength"/> characters (a word cut by the opening's end counts as its part inside).</summary>
    private static void BodyWords(ReadOnlySpan<char> body, int openingLength, FeatureBuffer features, Span<int> cues, Span<int> openingCues)
    {
        uint previous = 0;
        bool hasPrevious = false;
        var words = new WordEnumerator(body);
        while (words.MoveNext())
        {
            uint h = FeatureHasher.Add(WordSeed, words.Current);
            features.Add(FeatureHasher.Add(BodyWord, h));
            if (hasPrevious) features.Add(FeatureHasher.Add(FeatureHasher.Add(BodyPair, previous), h));
            previous = h;
            hasPrevious = true;
            Count(h, cues);
            if (words.Start >= openingLength) continue;
            uint opening = h;
            if (words.Start + words.Length > openingLength)
            {
                var cut = new WordEnumerator(body[words.Start..openingLength]);
                if (!cut.MoveNext()) continue;
                opening = FeatureHasher.Add(WordSeed, cut.Current);
            }
            features.Add(FeatureHasher.Add(OpeningWord, opening));
            Count(opening, openingCues);
        }
    }

    private static void Count(uint wordHash, Span<int> cues)
    {
        int kind = ReportCues.KindOf(wordHash);
        if (kind >= 0) cues[kind]++;
    }

    private static void Words(ReadOnlySpan<char> text, FeatureBuffer features, uint single, uint pair) => Words(text, features, single, pair, []);

    private static void Words(ReadOnlySpan<char> text, FeatureBuffer features, uint single, uint pair, Span<int> cues)
    {
        bool pairs = pair != 0;
        uint previous = 0;
        bool hasPrevious = false;
        foreach (var word in new WordEnumerator(text))
        {
            uint h = FeatureHasher.Add(WordSeed, word);
            features.Add(FeatureHasher.Add(single, h));
            if (pairs && hasPrevious) features.Add(FeatureHasher.Add(FeatureHasher.Add(pair, previous), h));
            previous = h;
            hasPrevious = true;
            if (!cues.IsEmpty) Count(h, cues);
        }
    }

    private static void Signals(ReadOnlySpan<char> text, FeatureBuffer features, char where)
    {
        var counts = SignalCounter.Count(text);
        uint ns = FeatureHasher.Add(Signal, (uint)where);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "scorelines"), Bucket(counts.Scorelines)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "minutes"), Bucket(counts.Minutes)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "quotes"), Bucket(counts.QuoteMarks)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "numbers"), Bucket(counts.Numbers)));
    }

    private static uint Bucket(int count) => count switch { 0 => 0, 1 => 1, 2 => 2, <= 4 => 3, <= 8 => 4, _ => 5 };
}
