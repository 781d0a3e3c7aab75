using NewsDigest.Extraction;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Jsonl;
using NewsDigest.Learning;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Scores what the pipeline extracts from the evaluation corpora against their gold, per data split, and lists the errors of the splits asked for.</summary>
/// <param name="reportsOnly">Score only the facts of articles the report detector accepts (what a digest votes with), not everything `extract` writes.</param>
/// <param name="heldOutCopies">Test-split ids whose text a train or dev record copies (<see cref="HeldOutCopies"/>); when given, the test
/// split's news reports and quotes are scored a second time without them, as the corpora <see cref="Uncopied"/>("news") and ("quotes").</param>
public sealed class ExtractionEvaluator(Pipeline pipeline, IReadOnlyList<IFactExtractor> extractors, bool reportsOnly = false, IReadOnlySet<string>? heldOutCopies = null)
{
    /// <summary>The name under which a corpus's test split is scored again without the reports copied outside it.</summary>
    public static string Uncopied(string corpus) => corpus + "*";

    /// <summary>Scores every case; errors are written only for cases in <paramref name="showErrorsFor"/> (never the test split while tuning).</summary>
    public Dictionary<(string Corpus, DataSplit.Part Part), ExtractionScores> Score(IEnumerable<GoldCase> cases, IReadOnlyList<GoldQuote> quotes,
        IReadOnlyDictionary<(string, string), string> quoteTexts, ISet<DataSplit.Part> showErrorsFor, TextWriter errors)
    {
        var results = new Dictionary<(string, DataSplit.Part), ExtractionScores>();
        ExtractionScores Bucket((string, DataSplit.Part) key)
        {
            if (!results.TryGetValue(key, out var s)) results[key] = s = new ExtractionScores();
            return s;
        }
        IEnumerable<ExtractionScores> For(string corpus, string id)
        {
            var part = PartOf(corpus, id);
            yield return Bucket((corpus, part));
            if (heldOutCopies is not null && part == DataSplit.Part.Test && corpus is NewsGoldReader.Corpus or "quotes" && !heldOutCopies.Contains(id))
                yield return Bucket((Uncopied(corpus), part));
        }
        var list = cases.ToList();
        var reports = new ArticleReport[list.Count];
        // Score what `extract` writes: a gold report the detector turned down still carries the facts read in it (Pipeline.ReadAllFacts),
        // unless the evaluation asks for the reports digests vote with only.
        Parallel.For(0, list.Count, i =>
        {
            var report = pipeline.Extract(list[i].Input ?? new Article(list[i].Id, list[i].Text));
            reports[i] = reportsOnly ? report : pipeline.ReadAllFacts(report);
        });
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            var log = showErrorsFor.Contains(PartOf(c.Corpus, c.Id)) ? errors : TextWriter.Null;
            foreach (var scores in For(c.Corpus, c.Id)) ScoreReport(scores, c, reports[i].Match, log);
            // A written report's quotes are scored in its own corpus's row (the quotes rows of the table label it).
            if (c.Quotes is { Count: > 0 } written) ScoreQuotes(Bucket((c.Corpus, PartOf(c.Corpus, c.Id))), c.Id, c.Input ?? new Article(c.Id, c.Text), written.ToList(), log);
        }
        foreach (var group in quotes.GroupBy(q => (q.Corpus, q.Id)))
        {
            if (!quoteTexts.TryGetValue(group.Key, out var text)) continue;
            var log = showErrorsFor.Contains(DataSplit.Of(group.Key.Id)) ? errors : TextWriter.Null;
            // The annotations' offsets are into the corpus text (one paragraph a line); `extract` reads these records through the JSONL
            // reader, which puts a blank line between paragraphs, so the quotes are scored on that text with their offsets moved to it.
            var (read, offsets) = ParagraphText.NormaliseWithOffsets(text);
            var moved = group.Select(q => q with { Start = offsets[Math.Min(q.Start, text.Length)], End = offsets[Math.Min(q.End, text.Length)] }).ToList();
            foreach (var scores in For("quotes", group.Key.Id)) ScoreQuotes(scores, group.Key.Id, new Article(group.Key.Id, read), moved, log);
        }
        return results;
    }

    /// <summary>The split a record is scored in; a written batch is fresh material outside the split scheme, scored whole under <see cref="WholeCorpus"/>.</summary>
    public static DataSplit.Part PartOf(string corpus, string id) => WrittenGoldReader.IsWritten(corpus) ? WholeCorpus : DataSplit.Of(id);

    /// <summary>The bucket a corpus scored whole is kept under (its rows print the split as "all").</summary>
    public const DataSplit.Part WholeCorpus = DataSplit.Part.Dev;

    private static void ScoreReport(ExtractionScores s, GoldCase c, MatchFacts? m, TextWriter log)
    {
        var g = c.Gold;
        s.Reports++;
        string home = GoldReaders.Canonical(g.Home), away = GoldReaders.Canonical(g.Away);
        bool teamsRight = m?.Teams is { } t && TeamNameMatch.SamePair(home, away, t.First, t.Second);
        if (ScoreStatedCeiling.IsPrinted(c.Text, g.HomeScore, g.AwayScore)) s.ScorePrinted++;
        if (teamsRight) s.TeamsRight++;
        else log.WriteLine($"{c.Id}\tteams\tgold {home} v {away}\tgot {m?.Teams?.First} v {m?.Teams?.Second}");
        bool scoreRight = false;
        if (teamsRight && m!.Result is { } r)
        {
            var expected = TeamNameMatch.Same(home, m.Teams!.First) && TeamNameMatch.Same(away, m.Teams.Second) ? (g.HomeScore, g.AwayScore) : (g.AwayScore, g.HomeScore);
            scoreRight = (r.Score.First, r.Score.Second) == expected;
            if (scoreRight) s.ScoreRight++;
            else log.WriteLine($"{c.Id}\tscore\tgold {expected}\tgot {r.Score}\t{Short(r.Evidence.Sentence)}");
        }
        else if (teamsRight) log.WriteLine($"{c.Id}\tscore\tgold {g.HomeScore}-{g.AwayScore}\tgot none");

        var reportGoals = default(PrecisionRecall);
        if (g.GoalsComplete)
        {
            s.GoalReportsScored++;
            var predicted = m?.Goals ?? [];
            var (tp, fp, fn, matched) = MatchGoals(predicted, g.Goals, 0, g.UnstatedMinutesMatch);
            s.Goals = s.Goals.Add(tp, fp, fn);
            reportGoals = new PrecisionRecall(tp, fp, fn);
            var near = MatchGoals(predicted, g.Goals, 2, g.UnstatedMinutesMatch);
            s.GoalsNearMinute = s.GoalsNearMinute.Add(near.Tp, near.Fp, near.Fn);
            var names = MatchNames(predicted.Select(x => x.Player).ToList(), g.Goals.Select(x => x.Player).ToList());
            s.GoalNames = s.GoalNames.Add(names.Tp, names.Fp, names.Fn);
            var stated = MinuteStatedCeiling.StatedMinutes(c.Text);
            foreach (var gold in g.Goals)
            {
                if (gold.Minute is not { } minute) continue;
                s.GoldTimedGoals++;
                if (stated.Any(m => m.Regular == minute && (m.Added is null || gold.AddedTime is null || m.Added == gold.AddedTime))) s.GoldMinuteStated++;
            }
            ScoreGoalSides(s, matched);
            foreach (var (p, gold) in matched)
            {
                s.MatchedGoals++;
                if (p.Penalty == gold.Penalty) s.PenaltyRight++;
                else log.WriteLine($"{c.Id}\tpenalty\t{gold.Player} {gold.Minute}\tgold {gold.Penalty} got {p.Penalty}");
                if (p.OwnGoal == gold.OwnGoal) s.OwnGoalRight++;
                else log.WriteLine($"{c.Id}\town-goal\t{gold.Player} {gold.Minute}\tgold {gold.OwnGoal} got {p.OwnGoal}");
            }
            if (fp + fn > 0)
                log.WriteLine($"{c.Id}\tgoals\ttp={tp} fp={fp} fn={fn}\tgold [{string.Join(", ", g.Goals.Select(x => $"{x.Player} {x.Minute}{(x.AddedTime is { } a ? "+" + a : "")}"))}]\tgot [{string.Join(", ", predicted.Select(x => $"{x.Player} {x.Minute}"))}]");
        }
        s.ReportOutcomes.Add(new ReportOutcome(teamsRight, scoreRight, g.GoalsComplete, reportGoals));
        if (g.RedCards is { } reds)
        {
            s.RedCardReports++;
            var got = (m?.Cards ?? []).Where(x => x.IsSendingOff).Select(x => x.Player).ToList();
            var (tp, fp, fn) = MatchNames(got, reds.Select(x => x.Player).ToList());
            s.RedCards = s.RedCards.Add(tp, fp, fn);
            if (fp + fn > 0) log.WriteLine($"{c.Id}\tred cards\tgold [{string.Join(", ", reds.Select(x => x.Player))}]\tgot [{string.Join(", ", got)}]");
        }
        if (g.MissedPenalties is { } missed)
        {
            s.MissedPenaltyReports++;
            var got = (m?.MissedPenalties ?? []).Select(x => x.Player).ToList();
            var (tp, fp, fn) = MatchNames(got, missed.Select(x => x.Player).ToList());
            s.MissedPenalties = s.MissedPenalties.Add(tp, fp, fn);
            if (fp + fn > 0) log.WriteLine($"{c.Id}\tmissed penalties\tgold [{string.Join(", ", missed.Select(x => x.Player))}]\tgot [{string.Join(", ", got)}]");
        }
        if (g.Venue is { Length: > 0 } venue)
        {
            s.VenueGold++;
            if (m?.Venue is { } v && SameVenue(v.Value, venue)) s.VenueRight++;
            else log.WriteLine($"{c.Id}\tvenue\tgold {venue}\tgot {m?.Venue?.Value}");
        }
    }

    private void ScoreQuotes(ExtractionScores s, string id, Article article, List<GoldQuote> gold, TextWriter log)
    {
        var text = article.Text;
        var context = new ExtractionContext(article);
        foreach (var extractor in extractors) extractor.Extract(context);
        int rightBefore = s.QuoteSpeakerRight;
        foreach (var q in gold)
        {
            s.QuotesGold++;
            var found = context.Quotes.FirstOrDefault(p => p.Evidence.Span.Start < q.End && q.Start < p.Evidence.Span.End);
            if (found is null)
            {
                log.WriteLine($"{id}\tquote missed\t{q.Start}-{q.End}\t{Short(text[q.Start..Math.Min(q.End, text.Length)])}");
                continue;
            }
            s.QuotesFound++;
            bool right = (found.Speaker, q.Speaker) switch
            {
                (null, null) => true,
                ({ } a, { } b) => SurnameMatch.Same(a, b),
                _ => false,
            };
            if (right) s.QuoteSpeakerRight++;
            else log.WriteLine($"{id}\tquote speaker\tgold {q.Speaker}\tgot {found.Speaker}\t{Short(found.Text)}");
        }
        s.QuoteOutcomes.Add(new QuoteArticleOutcome(gold.Count, s.QuoteSpeakerRight - rightBefore));
    }

    /// <summary>Counts the sides of matched goals whose gold names a team: the extracted team names the gold goal's side
    /// (<see cref="TeamNameMatch"/>), names another team, or is missing.</summary>
    internal static void ScoreGoalSides(ExtractionScores s, IEnumerable<(NewsDigest.Extraction.Goals.Goal Predicted, GoldGoal Gold)> matched)
    {
        foreach (var (p, gold) in matched)
        {
            if (gold.Team is not { Length: > 0 } team) continue;
            s.GoalSideGold++;
            if (p.Team is null) s.GoalSideNone++;
            else if (TeamNameMatch.Same(GoldReaders.Canonical(team), p.Team)) s.GoalSideRight++;
        }
    }

    /// <summary>Matches predicted goals to gold ones by scorer (<see cref="SurnameMatch"/>) and minute (within <paramref name="tolerance"/>).</summary>
    internal static (int Tp, int Fp, int Fn, List<(NewsDigest.Extraction.Goals.Goal, GoldGoal)> Matched) MatchGoals(IReadOnlyList<NewsDigest.Extraction.Goals.Goal> predicted, IReadOnlyList<GoldGoal> gold, int tolerance, bool unstatedMinutesMatch = false)
    {
        var used = new bool[gold.Count];
        var matched = new List<(NewsDigest.Extraction.Goals.Goal, GoldGoal)>();
        foreach (var p in predicted)
        {
            int best = -1, bestDistance = int.MaxValue;
            for (int i = 0; i < gold.Count; i++)
            {
                // Gold read from the text alone: no minute in the text and none extracted is the right reading.
                if (unstatedMinutesMatch && !used[i] && p.Minute is null && gold[i].Minute is null && SurnameMatch.Same(p.Player, gold[i].Player)) { best = i; break; }
                if (used[i] || p.Minute is not { } pm || gold[i].Minute is not { } gm || !SurnameMatch.Same(p.Player, gold[i].Player)) continue;
                int distance = Math.Abs(pm.Regular - gm);
                if (tolerance == 0 && pm.Added is { } pa && gold[i].AddedTime is { } ga && pa != ga) continue;
                if (distance <= tolerance && distance < bestDistance) { best = i; bestDistance = distance; }
            }
            if (best >= 0) { used[best] = true; matched.Add((p, gold[best])); }
        }
        return (matched.Count, predicted.Count - matched.Count, gold.Count - matched.Count, matched);
    }

    private static (int Tp, int Fp, int Fn) MatchNames(List<string> predicted, List<string> gold)
    {
        var remaining = new List<string>(gold);
        int tp = 0;
        foreach (var p in predicted)
        {
            int i = remaining.FindIndex(g => SurnameMatch.Same(p, g));
            if (i >= 0) { tp++; remaining.RemoveAt(i); }
        }
        return (tp, predicted.Count - tp, remaining.Count);
    }

    private static bool SameVenue(string predicted, string gold)
    {
        var venues = NewsDigest.Extraction.Gazetteers.Gazetteer.Default.Venues;
        string a = venues.TryGet(predicted, out var pa) ? pa.Name : predicted;
        string b = venues.TryGet(gold, out var gb) ? gb.Name : gold;
        return string.Equals(Text.TextFolding.Fold(a), Text.TextFolding.Fold(b), StringComparison.Ordinal);
    }

    private static string Short(string s) => s.Length <= 140 ? s.Replace('\n', ' ') : s[..140].Replace('\n', ' ') + "...";
}
