using System.Diagnostics;
using NewsDigest.Extraction;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Merging.Dedup;
using NewsDigest.Merging.Fusion;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Evaluation.Dedup;

/// <summary>One line of the evaluation: what was measured, on which split, and the score.</summary>
public sealed record DedupEvaluationLine(string Measure, string Split, int Items, PairScore? Pairs, double? Accuracy, string Note)
{
    /// <summary>Below these a split's figure is a handful of cases: it is printed, with a warning, never hidden or padded by moving items between splits.</summary>
    public const int FewItems = 20, FewPairs = 10;

    /// <summary>A warning when the split holds too few items or labelled pairs for its figure to say much; null otherwise.</summary>
    public string? Caution
    {
        get
        {
            int labelledPairs = Pairs is { } p ? p.TruePositives + p.FalseNegatives : int.MaxValue;
            if (Items >= FewItems && labelledPairs >= FewPairs) return null;
            var pairs = Pairs is null ? "" : $", {labelledPairs} labelled pair{(labelledPairs == 1 ? "" : "s")}";
            return $"caution: only {Items} item{(Items == 1 ? "" : "s")}{pairs} in the {Split} split (splits are made by id or match name, never by hand); this figure says little";
        }
    }

    /// <summary>For grouping lines of the dev+train split only, each labelled match that grouping split or merged, with what was read from its articles: the cases to study (the test split's are never listed).</summary>
    public IReadOnlyList<string> Misses { get; init; } = [];
}

/// <summary>Runs the near-duplicate, match-grouping and fusion evaluations of issue 7 on the labelled archive sets and on seeded synthetic data.</summary>
/// <remarks>
/// Labelled pairs and groups are split by <see cref="DataSplit"/> on their ids; figures are given per split, and the test split was
/// never used to choose thresholds. Synthetic data is drawn from test-split archive articles and test-split historic matches only.
/// </remarks>
public sealed class DedupEvaluation
{
    private readonly string _shared;
    private readonly string _annotations;
    private readonly DedupOptions _options;
    private readonly Action<string> _log;

    public DedupEvaluation(string sharedRoot, string annotationsDirectory, DedupOptions options, Action<string> log)
    {
        _shared = sharedRoot;
        _annotations = annotationsDirectory;
        _options = options;
        _log = log;
    }

    public string ArchivePath => Path.Combine(_shared, "corpus", "football-news-2023-2026.jsonl.gz");
    public string FactsPath => Path.Combine(_shared, "facts", "premier-league-2002-2013.csv");

    /// <summary>Runs every measure; articles the detector turns down are read for facts too, as `digest` reads them, so they can join their match.</summary>
    public IReadOnlyList<DedupEvaluationLine> Run(Pipeline pipeline, int syntheticOriginals = 300, int syntheticMatches = 300)
    {
        var pairs = DedupAnnotations.ReadPairs(Path.Combine(_annotations, "near-copy-pairs.tsv"), _log);
        var groups = DedupAnnotations.ReadGroups(Path.Combine(_annotations, "match-groups.tsv"), _log);
        var storiesPath = Path.Combine(_annotations, "..", "match-groups.tsv");
        var stories = File.Exists(storiesPath) ? ReadStories(storiesPath) : [];
        var wanted = pairs.SelectMany(p => new[] { p.First, p.Second }).Concat(groups.Select(g => g.Id)).Concat(stories.Select(s => s.Id)).ToHashSet(StringComparer.Ordinal);

        // One pass over the archive: the labelled articles, and test-split originals for synthetic wire copies.
        var labelled = new Dictionary<string, ArchiveRecord>(StringComparer.Ordinal);
        var originals = new List<ArchiveRecord>();
        var seenText = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in ArchiveCorpus.Read(ArchivePath, _log))
        {
            if (wanted.Contains(record.Id)) labelled.TryAdd(record.Id, record);
            if (originals.Count < syntheticOriginals && !wanted.Contains(record.Id) && DataSplit.IsTest(record.Id) && record.Language == "English"
                && record.Text.Length > 1500 && seenText.Add(record.Title)) originals.Add(record);
        }
        foreach (var id in wanted.Where(id => !labelled.ContainsKey(id))) _log($"labelled article {id} is not in the archive");

        var lines = new List<DedupEvaluationLine>();
        lines.AddRange(LabelledPairs(pairs, labelled));
        lines.Add(SyntheticCopies(originals));
        lines.AddRange(LabelledGroups(groups, labelled, pipeline));
        lines.AddRange(StoryAnnotations(stories, labelled, pipeline));
        var matches = HistoricMatch.ReadAll(FactsPath, _log);
        lines.Add(SyntheticGrouping(matches, syntheticMatches, "dev+train"));
        lines.Add(SyntheticGrouping(matches, syntheticMatches));
        lines.AddRange(Fusion(matches, syntheticMatches / 2));
        return lines;
    }

    private IEnumerable<DedupEvaluationLine> LabelledPairs(IReadOnlyList<LabelledPair> pairs, IReadOnlyDictionary<string, ArchiveRecord> records)
    {
        var usable = pairs.Where(p => records.ContainsKey(p.First) && records.ContainsKey(p.Second)).ToArray();
        var index = new NearDuplicateIndex(_options);
        foreach (var id in usable.SelectMany(p => new[] { p.First, p.Second }).Distinct()) index.Add(id, records[id].Text, records[id].Domain);
        var groupOf = index.FindGroups().GroupIndexById();
        bool Predicted(LabelledPair p) => groupOf.TryGetValue(p.First, out int a) && groupOf.TryGetValue(p.Second, out int b) && a == b;
        foreach (var split in new[] { "dev+train", "test" })
        {
            var part = usable.Where(p => DataSplit.IsTest(p.First + "|" + p.Second) == (split == "test")).ToArray();
            var score = PairScore.Of(part.Where(Predicted).Select(p => (p.First, p.Second)), part.Where(p => p.IsCopy).Select(p => (p.First, p.Second)));
            yield return new DedupEvaluationLine("near-copy pairs, labelled archive pairs", split, part.Length, score, null,
                $"{part.Count(p => p.IsCopy)} copies, {part.Count(p => !p.IsCopy)} distinct")
            {
                Misses = split == "test" ? [] : part.Where(p => Predicted(p) != p.IsCopy)
                    .Select(p => $"{(p.IsCopy ? "missed copy" : "false copy")}: {p.First} ({records[p.First].Domain}, {records[p.First].Text.Length} chars) ~ {p.Second} ({records[p.Second].Domain}, {records[p.Second].Text.Length} chars): {p.Note}").ToArray(),
            };
        }
    }

    private DedupEvaluationLine SyntheticCopies(IReadOnlyList<ArchiveRecord> candidates)
    {
        // The archive holds real wire copies of its own; originals that are already near-copies of one another would make the truth wrong, so they are left out.
        var screen = new NearDuplicateIndex(_options);
        foreach (var record in candidates) screen.Add(record.Id, record.Text);
        var alreadyCopied = screen.FindGroups().GroupIndexById();
        var originals = candidates.Where(r => !alreadyCopied.ContainsKey(r.Id)).ToArray();
        var index = new NearDuplicateIndex(_options);
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < originals.Length; i++)
        {
            var original = originals[i];
            index.Add(original.Id, original.Text);
            family[original.Id] = original.Id;
            int copies = 1 + i % 3;
            for (int c = 0; c < copies; c++)
            {
                string id = $"{original.Id}~copy{c + 1}";
                index.Add(id, WireCopyMaker.Copy(original.Text, HashCode.Combine(i, c) & int.MaxValue));
                family[id] = original.Id;
            }
        }
        var result = index.FindGroups();
        var truth = PairScore.PairsWithin(family.GroupBy(kv => kv.Value).Select(g => (IReadOnlyList<string>)g.Select(kv => kv.Key).ToArray()));
        var score = PairScore.Of(PairScore.PairsWithin(result.Groups.Select(g => g.Members)), truth);
        return new DedupEvaluationLine("near-copy pairs, synthetic wire copies of archive articles", "test", family.Count, score, null,
            $"{originals.Length} test-split originals ({candidates.Count - originals.Length} set aside as copies of one another) with 1-3 seeded copies each (headline, trimmed paragraphs, inserted quote, regional spelling)");
    }

    private IEnumerable<DedupEvaluationLine> LabelledGroups(IReadOnlyList<LabelledGroupMember> members, IReadOnlyDictionary<string, ArchiveRecord> records, Pipeline pipeline)
    {
        var usable = members.Where(m => records.ContainsKey(m.Id)).ToArray();
        var reports = usable.Select(m => ReadAll(pipeline, ToArticle(records[m.Id]))).ToArray();
        var predicted = new MatchGrouper().Group(reports).Select(g => (IReadOnlyList<string>)g.Select(m => m.Report.Article.Source).ToArray()).ToArray();
        int readAsReports = reports.Count(r => r.IsMatchReport);
        foreach (var split in new[] { "dev+train", "test" })
        {
            // A group belongs wholly to one split, by its name, so no match is seen on both sides.
            var inSplit = usable.Where(m => DataSplit.IsTest(m.Group) == (split == "test")).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var truth = PairScore.PairsWithin(usable.Where(m => inSplit.Contains(m.Id)).GroupBy(m => m.Group).Select(g => (IReadOnlyList<string>)g.Select(m => m.Id).ToArray()));
            var guessed = PairScore.PairsWithin(predicted.Select(g => (IReadOnlyList<string>)g.Where(inSplit.Contains).ToArray()));
            yield return new DedupEvaluationLine("match grouping, labelled archive groups (end to end: extraction, then grouping)", split, inSplit.Count, PairScore.Of(guessed, truth), null,
                $"{readAsReports} of {reports.Length} labelled articles read as match reports by the current extraction")
            {
                Misses = split == "test" ? [] : GroupingMisses(usable.Where(m => inSplit.Contains(m.Id)).Select(m => (m.Id, m.Group, m.Role)), predicted, reports),
            };
        }
    }

    /// <summary>An article of the annotators' match-groups.tsv: its match, kind, and the story (wire text) it copies.</summary>
    private sealed record StoryMember(string Id, string Match, string Kind, string Story);

    private IReadOnlyList<StoryMember> ReadStories(string path)
    {
        var members = new List<StoryMember>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 4) _log($"{path}: a line without id, match, kind and story");
            else members.Add(new StoryMember(f[0], f[1], f[2], f[3]));
        }
        return members;
    }

    /// <summary>The project annotators' set (data/annotations/match-groups.tsv): near-copy stories and matches whose teams meet several times.</summary>
    private IEnumerable<DedupEvaluationLine> StoryAnnotations(IReadOnlyList<StoryMember> members, IReadOnlyDictionary<string, ArchiveRecord> records, Pipeline pipeline)
    {
        var usable = members.Where(m => records.ContainsKey(m.Id)).ToArray();
        if (usable.Length == 0) yield break;
        var index = new NearDuplicateIndex(_options);
        foreach (var m in usable) index.Add(m.Id, records[m.Id].Text, records[m.Id].Domain);
        var dedupGroups = index.FindGroups().Groups.Select(g => g.Members).ToArray();
        var reports = usable.Select(m => ReadAll(pipeline, ToArticle(records[m.Id]))).ToArray();
        var matchGroups = new MatchGrouper().Group(reports).Select(g => (IReadOnlyList<string>)g.Select(x => x.Report.Article.Source).ToArray()).ToArray();
        foreach (var split in new[] { "dev+train", "test" })
        {
            var inSplit = usable.Where(m => DataSplit.IsTest(m.Match) == (split == "test")).ToArray();
            var ids = inSplit.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.Count == 0) continue;
            IEnumerable<(string, string)> Within(IEnumerable<IReadOnlyList<string>> groups) => PairScore.PairsWithin(groups.Select(g => (IReadOnlyList<string>)g.Where(ids.Contains).ToArray()));
            var storyTruth = Within(inSplit.GroupBy(m => m.Story).Select(g => (IReadOnlyList<string>)g.Select(m => m.Id).ToArray()));
            yield return new DedupEvaluationLine("near-copy pairs, annotators' stories (match-groups.tsv)", split, ids.Count, PairScore.Of(Within(dedupGroups), storyTruth), null,
                $"{inSplit.Select(m => m.Match).Distinct().Count()} matches, {inSplit.Select(m => m.Story).Distinct().Count()} stories");
            var matchTruth = Within(inSplit.GroupBy(m => m.Match).Select(g => (IReadOnlyList<string>)g.Select(m => m.Id).ToArray()));
            yield return new DedupEvaluationLine("match grouping, annotators' matches (end to end: extraction, then grouping)", split, ids.Count, PairScore.Of(Within(matchGroups), matchTruth), null,
                $"{reports.Count(r => r.IsMatchReport && ids.Contains(r.Article.Source))} of {ids.Count} read as match reports by the current extraction; previews and reactions count as members of their match")
            {
                Misses = split == "test" ? [] : GroupingMisses(inSplit.Select(m => (m.Id, m.Match, m.Kind)), matchGroups, reports),
            };
        }
    }

    /// <summary>Each labelled match whose articles grouping did not put together alone: per article, the predicted group it landed in and what was read from it.</summary>
    private static IReadOnlyList<string> GroupingMisses(IEnumerable<(string Id, string Match, string Label)> labelled, IReadOnlyList<IReadOnlyList<string>> predicted, IReadOnlyList<ArticleReport> reports)
    {
        var items = labelled.ToArray();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < predicted.Count; g++) foreach (var id in predicted[g]) groupOf[id] = g;
        var matchOf = items.ToDictionary(i => i.Id, i => i.Match, StringComparer.Ordinal);
        var reportOf = reports.GroupBy(r => r.Article.Source).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var match in items.GroupBy(i => i.Match))
        {
            var groupsHere = match.Select(i => groupOf.TryGetValue(i.Id, out int g) ? g : -1).ToArray();
            bool split = groupsHere.Distinct().Count() > 1 || groupsHere.Contains(-1) && match.Count() > 1;
            bool merged = groupsHere.Where(g => g >= 0).Any(g => predicted[g].Any(id => matchOf.TryGetValue(id, out var m) && m != match.Key));
            if (!split && !merged) continue;
            lines.Add($"{match.Key}: {(split ? "split" : "")}{(split && merged ? ", " : "")}{(merged ? "merged with another match" : "")}");
            foreach (var (item, group) in match.Zip(groupsHere).OrderBy(x => x.Second))
            {
                var r = reportOf[item.Id];
                var f = r.Match;
                var read = f?.Teams is null ? "no teams" : $"{f.Teams.First} v {f.Teams.Second}, score {f.Result?.Score.ToString() ?? "-"}, date {f.Date?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
                lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  group {(group < 0 ? "none" : group.ToString(System.Globalization.CultureInfo.InvariantCulture))}  {item.Id} {item.Label}/{r.Kind}{(r.Note is null ? "" : " (" + r.Note + ")")}  published {r.Article.Published:yyyy-MM-dd}  read: {read}  | {r.Article.Title}"));
            }
        }
        return lines;
    }

    /// <summary>Synthetic reports of one split's historic matches, each with its reverse fixture; the dev+train line is the one to study misses on.</summary>
    private DedupEvaluationLine SyntheticGrouping(IReadOnlyList<HistoricMatch> matches, int count, string split = "test")
    {
        var chosen = ChooseWithReverseFixtures(matches, count, test: split == "test");
        var reports = SyntheticReports.ForGrouping(chosen, seed: 2026);
        var truthOf = reports.ToDictionary(r => r.Report.Article.Source, r => r.MatchId, StringComparer.Ordinal);
        var predicted = new MatchGrouper().Group(reports.Select(r => r.Report).ToArray()).Select(g => (IReadOnlyList<string>)g.Select(m => m.Report.Article.Source).ToArray());
        var truth = PairScore.PairsWithin(truthOf.GroupBy(kv => kv.Value).Select(g => (IReadOnlyList<string>)g.Select(kv => kv.Key).ToArray()));
        return new DedupEvaluationLine("match grouping, synthetic reports of historic matches", split, reports.Count, PairScore.Of(PairScore.PairsWithin(predicted), truth), null,
            $"{chosen.Count} {split}-split matches with their reverse fixtures; outlet team names, swapped order, dates or only publication dates, one-goal slips");
    }

    private IEnumerable<DedupEvaluationLine> Fusion(IReadOnlyList<HistoricMatch> matches, int count)
    {
        var chosen = matches.Where(m => DataSplit.IsTest(m.Id) && m.HomeScorers.Count + m.AwayScorers.Count >= 2).Take(count).ToArray();
        var fuser = new DigestFuser(dedup: _options);
        int facts = 0, right = 0, planted = 0, flagged = 0, goalCountsRight = 0, wireCopiesFound = 0;
        for (int i = 0; i < chosen.Length; i++)
        {
            var @case = SyntheticReports.ForFusion(chosen[i], seed: 7000 + i);
            var digest = fuser.Fuse(@case.Reports.Select(r => new GroupMember(r, NewsDigest.Merging.SourceRole.Report)).ToArray());
            if (digest.NearCopies.Any(g => g.Sources.SequenceEqual(["S1", "S2"]))) wireCopiesFound++;
            var truthGoals = chosen[i].HomeScorers.Select(g => (g, chosen[i].Home)).Concat(chosen[i].AwayScorers.Select(g => (g, chosen[i].Away))).ToArray();
            facts++;
            if (digest.Result?.Score.Value == new global::NewsDigest.Extraction.Score.Scoreline(chosen[i].HomeGoals, chosen[i].AwayGoals)) right++;
            if (digest.Goals.Count == truthGoals.Length) goalCountsRight++;
            var fusedGoals = digest.Goals.ToList();
            foreach (var (goal, team) in truthGoals)
            {
                facts += 2;
                var match = fusedGoals.FirstOrDefault(g => g.Team?.Value == team && g.Minute?.Value == new Minute(goal.Minute) && g.Scorer.Value == goal.Scorer);
                var sameMinute = match ?? fusedGoals.FirstOrDefault(g => g.Team?.Value == team && g.Minute?.Value == new Minute(goal.Minute));
                var sameScorer = match ?? fusedGoals.FirstOrDefault(g => g.Team?.Value == team && g.Scorer.Value == goal.Scorer);
                if (sameMinute is not null) right++;
                if (sameScorer is not null) right++;
                if (match is not null) fusedGoals.Remove(match);
            }
            foreach (var conflict in @case.Planted)
            {
                planted++;
                if (IsFlagged(digest, @case, conflict)) flagged++;
            }
        }
        yield return new DedupEvaluationLine("fusion accuracy on groups with planted conflicts (score, each goal's scorer and minute)", "test", facts, null, facts == 0 ? 0 : (double)right / facts,
            $"{chosen.Length} test-split matches, 4 sources each (2 near-copies of one wire story carrying a wrong minute, 1 source with a reversed score and a misspelt scorer, 1 leaving a minute out); goal count right in {goalCountsRight}; wire copies found in {wireCopiesFound}");
        yield return new DedupEvaluationLine("planted conflicts shown as conflicts", "test", planted, null, planted == 0 ? 0 : (double)flagged / planted, "each planted disagreement must appear as a variant or a not-stated source");
    }

    private static bool IsFlagged(NewsDigest.Merging.MatchDigest digest, FusionCase @case, PlantedConflict conflict)
    {
        var ids = conflict.Sources.Select(s => digest.Sources.First(x => x.Source == s).Id).ToArray();
        if (conflict.Kind == "score") return digest.Result is { } r && r.Score.IsConflict && ids.All(id => r.Score.Variants.Skip(1).Any(v => v.Sources.Contains(id)));
        var truth = @case.Match.HomeScorers.Concat(@case.Match.AwayScorers).ElementAt(conflict.GoalIndex);
        var goal = digest.Goals.FirstOrDefault(g => g.Minute?.Value == new Minute(truth.Minute) && PersonNameMatcher(g.Scorer.Value, truth.Scorer));
        if (goal is null) return false;
        return conflict.Kind switch
        {
            "minute" => goal.Minute!.IsConflict && ids.All(id => goal.Minute.Variants.Skip(1).Any(v => v.Sources.Contains(id))),
            "missing minute" => goal.Minute!.NotStatedBy.SequenceEqual(ids),
            _ => goal.Scorer.IsConflict && ids.All(id => goal.Scorer.Variants.Skip(1).Any(v => v.Sources.Contains(id))),
        };
    }

    private static bool PersonNameMatcher(string a, string b) => NewsDigest.Merging.PersonNameMatcher.SamePerson(a, b);

    /// <summary>Test-split matches, each with its reverse fixture of the same season, so two matches of one pair of teams must stay apart.</summary>
    private static IReadOnlyList<HistoricMatch> ChooseWithReverseFixtures(IReadOnlyList<HistoricMatch> matches, int count, bool test)
    {
        var bySeasonPair = matches.ToLookup(m => (m.Season, m.Away, m.Home));
        var chosen = new List<HistoricMatch>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches.Where(m => DataSplit.IsTest(m.Id) == test))
        {
            if (chosen.Count >= count) break;
            if (!taken.Add(match.Id)) continue;
            chosen.Add(match);
            foreach (var reverse in bySeasonPair[(match.Season, match.Home, match.Away)])
                if (taken.Add(reverse.Id)) chosen.Add(reverse);
        }
        return chosen;
    }

    private static ArticleReport ReadAll(Pipeline pipeline, Article article) => pipeline.ReadNonReport(pipeline.Extract(article));

    private static Article ToArticle(ArchiveRecord record) => new(record.Id, record.Text)
    {
        Title = record.Title,
        Url = record.Url,
        SiteName = record.Domain,
        Published = record.Published ?? ParseCompact(record.Date),
    };

    /// <summary>The archive writes dates as 20230520T120000Z.</summary>
    private static DateTimeOffset? ParseCompact(string date) =>
        DateTimeOffset.TryParseExact(date, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
