using NewsDigest.Ingest;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Features of an article for the report classifier: title words and pairs, words of the opening paragraph (in
/// their own namespace, since a report says what happened first), words and pairs of the first
/// <see cref="BodyChars"/> characters of the body, counts of match-report signals (scorelines, minutes, quotes)
/// and counts of cue words by kind (<see cref="ReportCues"/>) in the title, opening and body, and length-free
/// narration measures (<see cref="ReportNarration"/>: a lead sentence stating a result between two sides, rates of
/// minute marks, scoring, past-tense and future words). Reading only the opening keeps the classifier cheap enough
/// to run on every archive article.
/// </summary>
public static class ReportFeatures
{
    public const string Name = "report-features/9";
    public const int BodyChars = 3000;
    public const int TailChars = 800;
    public const int OpeningChars = 400;
    /// <summary>How much of the text the narration measures read (<see cref="ReportNarration"/>): enough for a whole short report and the account part of a long one.</summary>
    public const int NarrationChars = 6000;

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
    private static readonly uint Shape = FeatureHasher.Namespace(11);
    private static readonly uint Narration = FeatureHasher.Namespace(12);

    public static void Featurize(Article article, FeatureBuffer features, bool includeTitle = true) => Featurize(article, features, includeTitle, null);

    /// <summary>
    /// The features, and in <paramref name="readings"/> (when given) the counts and measures behind them that the trees'
    /// dense numbers read too (<see cref="ReportDenseFeatures.Fill(ReportReadings, Span{float})"/>), so that no span is read twice.
    /// </summary>
    public static void Featurize(Article article, FeatureBuffer features, bool includeTitle, ReportReadings? readings)
    {
        readings?.Clear();
        Split(article, out var title, out var text);
        var body = text[..Math.Min(text.Length, BodyChars)];

        features.Add(Bias);
        Span<int> titleCues = readings is null ? stackalloc int[ReportCues.KindCount] : readings.TitleCues;
        Span<int> openingCues = readings is null ? stackalloc int[ReportCues.KindCount] : readings.OpeningCues;
        Span<int> cues = readings is null ? stackalloc int[ReportCues.KindCount] : readings.BodyCues;
        titleCues.Clear();
        openingCues.Clear();
        cues.Clear();
        if (includeTitle && !title.IsEmpty)
        {
            int titleWords = Words(title, features, TitleWord, TitlePair, titleCues);
            var titleSignals = Signals(title, features, 't');
            EmitCues(titleCues, features, 't');
            var (scorelines, clauses, opensOnCount) = TitleShape(title, titleCues, features);
            if (readings is not null)
            {
                readings.HasTitle = true;
                readings.TitleWords = titleWords;
                readings.TitleSignals = titleSignals;
                readings.TitleScorelines = scorelines;
                readings.TitleClauses = clauses;
                readings.TitleOpensOnCount = opensOnCount;
            }
        }
        // One pass over the body's words gives the body's features and, for words inside the opening, the opening's.
        var opening = Opening(body);
        var bodyRead = BodyWords(body, opening.Length, features, cues, openingCues);
        var openingSignals = Signals(opening, features, 'o');
        EmitCues(openingCues, features, 'o');
        var bodySignals = Signals(body, features, 'b');
        EmitCues(cues, features, 'b');
        var (quotePercent, bodyScorelines, openingScorelines) = BodyShape(body, opening, openingCues, features);
        var (narration, lead, minuteMarks) = NarrationShape(text[..Math.Min(text.Length, NarrationChars)], bodyRead.BeforeLastWord, bodyRead.LastWordStart, features);
        // The end of a long article: reports close on line-ups, referees and attendances; other pieces do not.
        SignalCounts tailSignals = default;
        if (text.Length > BodyChars)
        {
            var tail = text[Math.Max(BodyChars, text.Length - TailChars)..];
            Words(tail, features, TailWord, pair: 0);
            tailSignals = Signals(tail, features, 'e');
        }
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "length"), (uint)Math.Min(16, Math.ILogB(Math.Max(1, article.Text.Length)))));
        if (readings is null) return;
        readings.OpeningWords = bodyRead.OpeningWords;
        readings.OpeningSignals = openingSignals;
        readings.OpeningScorelines = openingScorelines;
        // Only the dense numbers read this one; the linear models have the opening's words.
        readings.OpeningStatesResult = ReportNarration.StatesResultBetweenSides(opening);
        readings.BodyWords = bodyRead.Words;
        readings.BodySignals = bodySignals;
        readings.BodyScorelines = bodyScorelines;
        readings.BodyQuotePercent = quotePercent;
        readings.LeadResult = lead;
        readings.MinuteMarks = minuteMarks;
        readings.Narration = narration;
        readings.LongPage = text.Length > BodyChars;
        readings.TailSignals = tailSignals;
        readings.TextLength = text.Length;
    }

    /// <summary>
    /// The article's title and the text after it. Titles arrive as metadata or, in plain dumps, as the first line; both are
    /// read the same way, and a title repeated as the text's first line is cut from the text.
    /// </summary>
    internal static void Split(Article article, out ReadOnlySpan<char> title, out ReadOnlySpan<char> text)
    {
        text = article.Text.AsSpan();
        title = article.Title;
        int firstBreak = text.IndexOf('\n');
        var firstLine = firstBreak < 0 ? text : text[..firstBreak];
        // A first line that ends like a sentence is the opening of a title-less text, not a headline: read as a title it
        // lost the opening's result and match words to title features learnt from real headlines.
        if (title.IsEmpty && firstLine.Length <= 200 && !EndsLikeSentence(firstLine)) title = firstLine;
        if (!title.IsEmpty && firstLine.Trim().SequenceEqual(title.Trim()) && firstBreak >= 0) text = text[(firstBreak + 1)..];
    }

    /// <summary>
    /// Keeps each slot once (sorted) and returns how many remain: a word counts by presence, not by how often it
    /// occurs. With counts, a long archive page piled up evidence that a short, plain report of the same match never
    /// could, so the decision leaned on length; the counts that matter (scorelines, minutes, quotes, cue words) are
    /// bucketed features of their own.
    /// </summary>
    public static int Distinct(Span<int> slots)
    {
        slots.Sort();
        int kept = 0;
        for (int i = 0; i < slots.Length; i++)
            if (kept == 0 || slots[i] != slots[kept - 1]) slots[kept++] = slots[i];
        return kept;
    }

    /// <summary>True when a line ends on sentence punctuation (a full stop, question or exclamation mark, or a closing quote), as headlines seldom do.</summary>
    private static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '"' or '”';
    }

    /// <summary>The first paragraph, or the first <see cref="OpeningChars"/> characters when paragraphs are long or absent.</summary>
    internal static ReadOnlySpan<char> Opening(ReadOnlySpan<char> body)
    {
        var head = body[..Math.Min(body.Length, OpeningChars)];
        // Skip a short first line (a byline or dateline) before looking for the paragraph's end.
        int end = head.Length > 80 ? head[80..].IndexOf('\n') : -1;
        return end < 0 ? head : head[..(80 + end)];
    }

    /// <summary>A title that opens on a count is a list piece; several clauses with several result words are several matches.</summary>
    /// <returns>The title's distinct scorelines, its clauses and whether it opens on a count.</returns>
    private static (int Scorelines, int Clauses, bool OpensOnCount) TitleShape(ReadOnlySpan<char> title, ReadOnlySpan<int> cues, FeatureBuffer features)
    {
        bool opensOnCount = ReportShape.OpensOnCount(title);
        int clauses = ReportShape.TitleClauses(title);
        int scorelines = ReportShape.DistinctScorelines(title);
        if (opensOnCount) features.Add(FeatureHasher.Add(Shape, "count-led title"));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Shape, "title clauses x results"), (uint)clauses), Bucket(cues[(int)ReportCues.Kind.Result])));
        // A scoreline-led title followed by "player ratings" or "talking points" is a piece around the match, not its account.
        uint scoreAndAftermath = (scorelines > 0 ? 1u : 0u) | (cues[(int)ReportCues.Kind.Aftermath] > 0 ? 2u : 0u);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Shape, "title score x aftermath"), scoreAndAftermath));
        return (scorelines, clauses, opensOnCount);
    }

    /// <summary>
    /// The body's quote share and number of different scorelines, and whether the opening states a result the way a
    /// report does (a scoreline, a result word and match action together).
    /// </summary>
    /// <returns>The body's quote percent and distinct scorelines, and the opening's distinct scorelines.</returns>
    private static (int QuotePercent, int BodyScorelines, int OpeningScorelines) BodyShape(ReadOnlySpan<char> body, ReadOnlySpan<char> opening, ReadOnlySpan<int> openingCues, FeatureBuffer features)
    {
        int quotePercent = ReportShape.QuotePercent(body);
        uint quoteBucket = quotePercent switch { 0 => 0, < 5 => 1, < 15 => 2, < 30 => 3, _ => 4 };
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Shape, "quote share"), quoteBucket));
        int bodyScorelines = ReportShape.DistinctScorelines(body);
        int openingScorelines = ReportShape.DistinctScorelines(opening);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Shape, "distinct scorelines"), Bucket(bodyScorelines)));
        uint account = (openingScorelines > 0 ? 1u : 0u)
            | (openingCues[(int)ReportCues.Kind.Result] > 0 ? 2u : 0u)
            | (openingCues[(int)ReportCues.Kind.MatchAction] > 0 ? 4u : 0u);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Shape, "opening account"), account));
        // Short pages (video pages, briefs) carry few words; whether their opening states a result must decide for them.
        uint length = (uint)Math.Min(16, Math.ILogB(Math.Max(1, body.Length)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Shape, "length x opening account"), length), account));
        return (quotePercent, bodyScorelines, openingScorelines);
    }

    /// <summary>
    /// Length-free measures of how the text tells a match (<see cref="ReportNarration"/>): which lead sentence states a
    /// result between two sides, and the rates of minute marks, scoring words, past-tense and future words per thousand
    /// words, alone and paired with the stated result, so a short report and a long one read alike.
    /// </summary>
    /// <param name="bodyCounts">The narration counts of the body's words before its last one (the body is a prefix of <paramref name="text"/>, so they need not be read again).</param>
    /// <param name="lastBodyWord">Where the body's last word starts: the count goes on from there, since the body's end may have cut that word.</param>
    /// <returns>The text's narration counts, its lead result sentence and its minute marks.</returns>
    private static (WordRates Counts, int Lead, int MinuteMarks) NarrationShape(ReadOnlySpan<char> text, WordRates bodyCounts, int lastBodyWord, FeatureBuffer features)
    {
        var counts = ReportNarration.CountWords(text[lastBodyWord..], bodyCounts);
        int leadSentence = ReportNarration.LeadResultSentence(text);
        int minuteMarks = ReportNarration.MinuteMarks(text);
        uint lead = (uint)leadSentence;
        uint minutes = ReportNarration.RateBucket(minuteMarks, counts.Words);
        uint scoring = ReportNarration.RateBucket(counts.Scoring, counts.Words);
        uint past = ReportNarration.RateBucket(counts.PastTense, counts.Words);
        uint future = ReportNarration.RateBucket(counts.Future, counts.Words);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "lead result"), lead));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "minute rate"), minutes));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "scoring rate"), scoring));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "past rate"), past));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "future rate"), future));
        uint stated = lead > 0 ? 1u : 0u;
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "lead x scoring"), stated), scoring));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "lead x minutes"), stated), minutes));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(Narration, "past x future"), past), future));
        return (counts, leadSentence, minuteMarks);
    }

    /// <summary>How many words of each cue kind a span holds (bucketed), and the pair of match-action and speech buckets: many goal words with few speech words is a report, the reverse a reaction piece.</summary>
    private static void EmitCues(ReadOnlySpan<int> counts, FeatureBuffer features, char where)
    {
        uint ns = FeatureHasher.Add(Cue, (uint)where);
        for (int k = 0; k < counts.Length; k++)
            features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, (uint)k), Bucket(counts[k])));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(ns, 99u), Bucket(counts[(int)ReportCues.Kind.MatchAction])), Bucket(counts[(int)ReportCues.Kind.Speech])));
    }

    /// <summary>Body words and pairs, plus opening words for the words that start inside the first <paramref name="openingLength"/> characters (a word cut by the opening's end counts as its part inside); also the narration counts of every word but the last, where the last starts, and how many words the body and the opening hold.</summary>
    private static BodyReading BodyWords(ReadOnlySpan<char> body, int openingLength, FeatureBuffer features, Span<int> cues, Span<int> openingCues)
    {
        uint previous = 0;
        bool hasPrevious = false;
        WordRates counts = default, beforeLast = default;
        int lastStart = 0, openingWords = 0;
        var words = new WordEnumerator(body);
        while (words.MoveNext())
        {
            uint h = FeatureHasher.Add(WordSeed, words.Current);
            beforeLast = counts;
            lastStart = words.Start;
            counts = ReportNarration.Count(counts, words.Current, h);
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
            openingWords++;
        }
        return new BodyReading(beforeLast, lastStart, counts.Words, openingWords);
    }

    /// <summary>What the body's word pass leaves for the narration counts and the dense numbers.</summary>
    private readonly record struct BodyReading(WordRates BeforeLastWord, int LastWordStart, int Words, int OpeningWords);

    private static void Count(uint wordHash, Span<int> cues)
    {
        int kind = ReportCues.KindOf(wordHash);
        if (kind >= 0) cues[kind]++;
    }

    private static void Words(ReadOnlySpan<char> text, FeatureBuffer features, uint single, uint pair) => Words(text, features, single, pair, []);

    /// <returns>How many words the text holds.</returns>
    private static int Words(ReadOnlySpan<char> text, FeatureBuffer features, uint single, uint pair, Span<int> cues)
    {
        bool pairs = pair != 0;
        int count = 0;
        uint previous = 0;
        bool hasPrevious = false;
        foreach (var word in new WordEnumerator(text))
        {
            uint h = FeatureHasher.Add(WordSeed, word);
            features.Add(FeatureHasher.Add(single, h));
            if (pairs && hasPrevious) features.Add(FeatureHasher.Add(FeatureHasher.Add(pair, previous), h));
            previous = h;
            hasPrevious = true;
            count++;
            if (!cues.IsEmpty) Count(h, cues);
        }
        return count;
    }

    private static SignalCounts Signals(ReadOnlySpan<char> text, FeatureBuffer features, char where)
    {
        var counts = SignalCounter.Count(text);
        uint ns = FeatureHasher.Add(Signal, (uint)where);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "scorelines"), Bucket(counts.Scorelines)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "minutes"), Bucket(counts.Minutes)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "quotes"), Bucket(counts.QuoteMarks)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "numbers"), Bucket(counts.Numbers)));
        return counts;
    }

    private static uint Bucket(int count) => count switch { 0 => 0, 1 => 1, 2 => 2, <= 4 => 3, <= 8 => 4, _ => 5 };
}
