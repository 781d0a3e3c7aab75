using NewsDigest.Extraction;
using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Merging.Dedup;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Merging.Fusion;

/// <summary>Fuses the reports of one match into a digest: near-copies found and counted as one story, each fact lined up across sources and decided by majority, every disagreement kept.</summary>
public sealed class DigestFuser
{
    private readonly TeamNameNormalizer _teams;
    private readonly DedupOptions _dedup;

    public DigestFuser(TeamNameNormalizer? teams = null, DedupOptions? dedup = null)
    {
        _teams = teams ?? TeamNameNormalizer.Default;
        _dedup = dedup ?? DedupOptions.Default;
    }

    /// <summary>Fuses one group; at least one member must name two teams. A group with no report of the match (pieces about a match the input has no report of) gives a digest without a result, goals, penalties or cards, and with the window of days its pieces place the match in.</summary>
    public MatchDigest Fuse(IReadOnlyList<GroupMember> members)
    {
        var (sources, nearCopies) = DescribeSources(members);
        var withFacts = members.Select((m, i) => (Source: sources[i], Report: m.Report, m.Role)).Where(x => x.Report.Match?.Teams is not null).ToArray();
        // Only reports of the match vote on what happened in it (teams, score, goals, penalties, cards): an attached piece's are often another game's.
        var reports = withFacts.Where(x => x.Role == SourceRole.Report).Select(x => (x.Source, x.Report)).ToArray();
        bool reported = reports.Length > 0;
        // Without a report the pieces name the teams; they still never vote on the score or the match's events.
        var namers = reported ? reports : withFacts.Select(x => (x.Source, x.Report)).ToArray();
        if (namers.Length == 0) throw new ArgumentException("a match group needs at least one member naming two teams", nameof(members));

        var firstKey = DecideTeamOrder(namers);
        Account AccountOf(DigestSource source, ArticleReport report) => new(source, report, report.Match!, _teams.Key(report.Match!.Teams!.First) != firstKey);
        var accounts = reports.Select(r => AccountOf(r.Source, r.Report)).ToArray();
        var naming = namers.Select(r => AccountOf(r.Source, r.Report)).ToArray();
        // A reaction looks back on this match: it also speaks for its setting (venue, date, competition), ratings, player of the match and
        // next fixture. Every attached piece adds its quotes, each source keeping its role so a quote shows where it came from.
        var context = withFacts.Where(x => x.Role is SourceRole.Report or SourceRole.Reaction).Select(x => AccountOf(x.Source, x.Report)).ToArray();
        var quoting = withFacts.Select(x => AccountOf(x.Source, x.Report)).ToArray();
        var firstTeam = MajorityVote.Fuse(naming.Select(a => SourceVote.Text(a.Source, a.Swapped ? a.Facts.Teams!.Second : a.Facts.Teams!.First, a.Facts.Teams!.Evidence)), null, PreferFuller)!;
        var secondTeam = MajorityVote.Fuse(naming.Select(a => SourceVote.Text(a.Source, a.Swapped ? a.Facts.Teams!.First : a.Facts.Teams!.Second, a.Facts.Teams!.Evidence)), null, PreferFuller)!;
        // Sources that share one team but name it in different places ("Arsenal v Manchester United", "Rovers v Manchester United") can vote
        // it first and second at once: then the second side is voted among each source's other team, so a match never plays itself.
        string firstTeamKey = _teams.Key(firstTeam.Value);
        if (_teams.Key(secondTeam.Value) == firstTeamKey)
            secondTeam = MajorityVote.Fuse(naming.Select(a => SourceVote.Text(a.Source, OtherThan(a.Facts.Teams!, firstTeamKey), a.Facts.Teams!.Evidence)), null, PreferFuller)!;
        var sides = new Sides(firstKey, _teams.Key(secondTeam.Value), firstTeam.Value, secondTeam.Value, _teams);

        var result = FuseResult(accounts);
        var date = MajorityVote.Fuse(context.Select(a => SourceVote.Of<DateOnly>(a.Source, a.Facts.Date?.Value, a.Facts.Date?.Evidence)).Where(v => v.Stated));
        var window = reported ? null : WindowOf(members);
        return new MatchDigest(members.Select(m => m.Report).ToArray())
        {
            Id = Slug(firstTeam.Value, secondTeam.Value, date?.Value, window),
            Window = window,
            FirstTeam = firstTeam,
            SecondTeam = secondTeam,
            Sources = sources,
            NearCopies = nearCopies,
            Result = result,
            Goals = MarkSurplus(FuseGoals(accounts, sides), result, new MatchDigestSides(firstTeam.Value, secondTeam.Value)),
            MissedPenalties = FuseMissedPenalties(accounts, sides),
            Cards = FuseCards(accounts, sides),
            Venue = FuseText(context, f => f.Venue),
            Competition = FuseText(context, f => f.Competition),
            Stage = FuseText(context, f => f.Stage),
            Date = date,
            PlayerOfTheMatch = FuseText(context, f => f.PlayerOfTheMatch),
            Quotes = FuseQuotes(quoting),
            Ratings = FuseRatings(context, sides),
            NextFixture = FuseFixture(context, sides, date?.Value),
        };
    }

    /// <summary>The side of a source's pair that is not the team with <paramref name="key"/>; null when the source names that team twice.</summary>
    private string? OtherThan(TeamPair pair, string key) =>
        _teams.Key(pair.First) != key ? pair.First : _teams.Key(pair.Second) != key ? pair.Second : null;

    /// <summary>One source's match facts, and whether it names the teams in the opposite order to the digest.</summary>
    private sealed record Account(DigestSource Source, ArticleReport Report, MatchFacts Facts, bool Swapped);

    /// <summary>The digest's two sides: keys for matching a fact's team, names for showing it.</summary>
    private sealed record Sides(string FirstKey, string SecondKey, string FirstName, string SecondName, TeamNameNormalizer Teams)
    {
        /// <summary>A fact's team written as the digest names that side; a team that is neither side keeps its own name.</summary>
        public string? Name(string? team)
        {
            if (team is null) return null;
            var key = Teams.Key(team);
            return key == FirstKey ? FirstName : key == SecondKey ? SecondName : team;
        }
    }

    private (DigestSource[] Sources, NearCopyGroup[] NearCopies) DescribeSources(IReadOnlyList<GroupMember> members)
    {
        var index = new NearDuplicateIndex(_dedup);
        for (int i = 0; i < members.Count; i++) index.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), members[i].Report.Article.Text);
        var groups = index.FindGroups();
        var storyOf = new int[members.Count];
        var groupOfMember = groups.GroupIndexById();
        int stories = 0;
        var storyOfGroup = new Dictionary<int, int>();
        for (int i = 0; i < members.Count; i++)
        {
            if (groupOfMember.TryGetValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture), out int g))
            {
                if (!storyOfGroup.TryGetValue(g, out int story)) storyOfGroup[g] = story = ++stories;
                storyOf[i] = story;
            }
            else storyOf[i] = ++stories;
        }
        var sizes = storyOf.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var sources = members.Select((m, i) => new DigestSource($"S{i + 1}", m.Report.Article.Source, m.Role, storyOf[i])
        {
            Title = m.Report.Article.Title,
            SiteName = m.Report.Article.SiteName,
            Published = m.Report.Article.Published,
            Kind = m.Report.Kind,
            DetectedKind = m.Report.DetectedKind,
            ReadAsReportBecause = m.Report.ReadAsReportBecause,
            VoteWeight = 1.0 / sizes[storyOf[i]],
        }).ToArray();
        string Id(string index) => sources[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)].Id;
        var nearCopies = groups.Groups.Select((g, n) => new NearCopyGroup(storyOf[int.Parse(g.Members[0], System.Globalization.CultureInfo.InvariantCulture)],
            g.Members.Select(Id).ToArray(), g.Pairs.Select(p => (Id(p.First), Id(p.Second), p.Similarity)).ToArray()) { Listing = g.Listing }).ToArray();
        return (sources, nearCopies);
    }

    /// <summary>The team most sources name first (ties: the first source's order); its key.</summary>
    private string DecideTeamOrder(IEnumerable<(DigestSource Source, ArticleReport Report)> reports)
    {
        var order = MajorityVote.Fuse(reports.Select(r => SourceVote.Text(r.Source, _teams.Key(r.Report.Match!.Teams!.First), null)))!;
        return order.Value;
    }

    private static FusedResult? FuseResult(Account[] accounts)
    {
        var withResult = accounts.Where(a => a.Facts.Result is not null).ToArray();
        if (withResult.Length == 0) return null;
        Scoreline Aligned(Account a, Scoreline s) => a.Swapped ? s.Swapped() : s;
        var score = MajorityVote.Fuse(withResult.Select(a => SourceVote.Of<Scoreline>(a.Source, Aligned(a, a.Facts.Result!.Score), a.Facts.Result.Evidence)))!;
        var shootout = MajorityVote.Fuse(withResult.Select(a => SourceVote.Of<Scoreline>(a.Source, a.Facts.Result!.Shootout is { } s ? Aligned(a, s) : null, a.Facts.Result.Evidence)));
        var extraTime = MajorityVote.Fuse(withResult.Select(a => SourceVote.Of<bool>(a.Source, a.Facts.Result!.AfterExtraTime, a.Facts.Result.Evidence)))!;
        bool counted = withResult.All(a => a.Facts.Result!.Provenance == ScoreProvenance.CountedFromGoals);
        return new FusedResult("result", score, shootout, extraTime, counted);
    }

    private static FusedFact<string>? FuseText(Account[] accounts, Func<MatchFacts, Sourced<string>?> field) =>
        MajorityVote.Fuse(accounts.Select(a => field(a.Facts)).Zip(accounts, (value, a) => SourceVote.Text(a.Source, value?.Value, value?.Evidence)).Where(v => v.Stated),
            FoldedComparer.Instance, PreferFuller);

    private static FusedGoal[] FuseGoals(Account[] accounts, Sides sides)
    {
        var clusters = FactAligner.Align(accounts.Select(a => (a.Source, a.Facts.Goals)), (cluster, goal) =>
            EventScore(cluster, goal, g => g.Player, g => sides.Name(g.Team), g => g.Minute, creditedDifferently: true)
            + (cluster.Any(m => m.Fact.Penalty == goal.Penalty) ? 0.3 : -0.3),
            g => (g.Player, g.Team, g.Minute, g.Penalty));
        return clusters.Select(c =>
            {
                var scorer = FuseName(c.Select(m => (m.Source, (string?)m.Fact.Player, (Evidence?)m.Fact.Evidence)))!;
                return new FusedGoal("", scorer,
                    MajorityVote.Fuse(c.Select(m => SourceVote.Text(m.Source, sides.Name(m.Fact.Team), m.Fact.Evidence))),
                    MajorityVote.Fuse(c.Select(m => SourceVote.Of<Minute>(m.Source, m.Fact.Minute, m.Fact.Evidence))),
                    MajorityVote.Fuse(c.Select(m => SourceVote.Of<bool>(m.Source, m.Fact.Penalty, m.Fact.Evidence)))!,
                    MajorityVote.Fuse(c.Select(m => SourceVote.Of<bool>(m.Source, m.Fact.OwnGoal, m.Fact.Evidence)))!,
                    MajorityVote.Fuse(c.Select(m => SourceVote.Of<GoalMethod>(m.Source, m.Fact.Method == GoalMethod.Unknown ? null : m.Fact.Method, m.Fact.Evidence))),
                    FuseName(c.Select(m => (m.Source, m.Fact.Assist, (Evidence?)m.Fact.Evidence))),
                    c.Select(m => m.Source.Id).ToArray());
            })
            .OrderBy(g => g.Minute is null ? 1 : 0).ThenBy(g => g.Minute?.Value)
            .Select((g, i) => g with { Id = $"goal-{i + 1}" })
            .ToArray();
    }

    /// <summary>Where a side has more goals than the fused score gives it, the surplus goals backed by the fewest stories are marked unconfirmed: kept and shown, never summarised.</summary>
    private static FusedGoal[] MarkSurplus(FusedGoal[] goals, FusedResult? result, MatchDigestSides sides)
    {
        if (result is null) return goals;
        var marked = goals.ToArray();
        foreach (var (team, allowed) in new[] { (sides.First, result.Score.Value.First), (sides.Second, result.Score.Value.Second) })
        {
            var own = marked.Select((g, i) => (Goal: g, Index: i)).Where(x => x.Goal.Team?.Value == team).ToArray();
            int surplus = own.Length - allowed;
            if (surplus <= 0) continue;
            foreach (var x in own.OrderBy(x => x.Goal.Scorer.AllSources.Count()).ThenBy(x => x.Goal.Minute is null ? 0 : 1).ThenByDescending(x => x.Index).Take(surplus))
                marked[x.Index] = x.Goal with { Unconfirmed = true };
        }
        return marked;
    }

    /// <summary>The two sides' names as the digest writes them.</summary>
    private readonly record struct MatchDigestSides(string First, string Second);

    private static FusedMissedPenalty[] FuseMissedPenalties(Account[] accounts, Sides sides)
    {
        var clusters = FactAligner.Align(accounts.Select(a => (a.Source, a.Facts.MissedPenalties)), (cluster, miss) =>
            EventScore(cluster, miss, p => p.Player, p => sides.Name(p.Team), p => p.Minute, creditedDifferently: true),
            p => (p.Player, p.Team, p.Minute));
        return clusters.Select(c => new FusedMissedPenalty("",
                FuseName(c.Select(m => (m.Source, (string?)m.Fact.Player, (Evidence?)m.Fact.Evidence)))!,
                MajorityVote.Fuse(c.Select(m => SourceVote.Text(m.Source, sides.Name(m.Fact.Team), m.Fact.Evidence))),
                MajorityVote.Fuse(c.Select(m => SourceVote.Of<Minute>(m.Source, m.Fact.Minute, m.Fact.Evidence))),
                MajorityVote.Fuse(c.Select(m => SourceVote.Of<bool>(m.Source, m.Fact.Saved, m.Fact.Evidence)))!,
                c.Select(m => m.Source.Id).ToArray()))
            .OrderBy(p => p.Minute is null ? 1 : 0).ThenBy(p => p.Minute?.Value)
            .Select((p, i) => p with { Id = $"missed-penalty-{i + 1}" })
            .ToArray();
    }

    private static FusedCard[] FuseCards(Account[] accounts, Sides sides)
    {
        var clusters = FactAligner.Align(accounts.Select(a => (a.Source, a.Facts.Cards)), (cluster, card) =>
            cluster.Any(m => m.Fact.IsSendingOff == card.IsSendingOff)
                ? EventScore(cluster, card, c => c.Player, c => sides.Name(c.Team), c => c.Minute, creditedDifferently: false)
                : 0,
            c => (c.Player, c.Team, c.Minute, c.IsSendingOff));
        return clusters.Select(c => new FusedCard("",
                FuseName(c.Select(m => (m.Source, (string?)m.Fact.Player, (Evidence?)m.Fact.Evidence)))!,
                MajorityVote.Fuse(c.Select(m => SourceVote.Text(m.Source, sides.Name(m.Fact.Team), m.Fact.Evidence))),
                MajorityVote.Fuse(c.Select(m => SourceVote.Of<Minute>(m.Source, m.Fact.Minute, m.Fact.Evidence))),
                MajorityVote.Fuse(c.Select(m => SourceVote.Of<CardKind>(m.Source, m.Fact.Kind, m.Fact.Evidence)))!,
                c.Select(m => m.Source.Id).ToArray()))
            .OrderBy(c => c.Minute is null ? 1 : 0).ThenBy(c => c.Minute?.Value)
            .Select((c, i) => c with { Id = $"card-{i + 1}" })
            .ToArray();
    }

    private static FusedQuote[] FuseQuotes(Account[] accounts)
    {
        var shapes = new QuoteShapes();
        var clusters = FactAligner.Align(accounts.Select(a => (a.Source, a.Facts.Quotes)), (cluster, quote) =>
        {
            if (quote.Speaker is { } speaker && cluster.Any(m => m.Fact.Speaker is { } other && !PersonNameMatcher.SamePerson(speaker, other))) return 0;
            var shape = shapes.Of(quote.Text);
            double best = cluster.Max(m => QuoteSimilarity.Of(shapes.Of(m.Fact.Text), shape));
            return best >= QuoteSimilarity.SameQuote ? best : 0;
        }, q => (q.Text, q.Speaker));
        return clusters.Select((c, i) => new FusedQuote($"quote-{i + 1}",
                MajorityVote.Fuse(c.Select(m => SourceVote.Text(m.Source, m.Fact.Text, m.Fact.Evidence)), FoldedComparer.Instance, PreferLonger)!,
                FuseName(c.Select(m => (m.Source, m.Fact.Speaker, (Evidence?)m.Fact.Evidence))),
                MajorityVote.Fuse(c.Select(m => SourceVote.Text(m.Source, m.Fact.SpeakerRole, m.Fact.Evidence)), FoldedComparer.Instance, PreferFuller),
                c.Select(m => m.Source.Id).ToArray()))
            .ToArray();
    }

    private static FusedRating[] FuseRatings(Account[] accounts, Sides sides)
    {
        var clusters = FactAligner.Align(accounts.Select(a => (a.Source, a.Facts.Ratings)), (cluster, rating) =>
        {
            var team = sides.Name(rating.Team);
            if (team is not null && cluster.Any(m => sides.Name(m.Fact.Team) is { } t && t != team)) return 0;
            return cluster.Any(m => PersonNameMatcher.SamePerson(m.Fact.Player, rating.Player)) ? 1 : 0;
        }, r => (r.Player, r.Team));
        return clusters.Select((c, i) => new FusedRating($"rating-{i + 1}",
                FuseName(c.Select(m => (m.Source, (string?)m.Fact.Player, (Evidence?)m.Fact.Evidence)))!,
                MajorityVote.Fuse(c.Select(m => SourceVote.Text(m.Source, sides.Name(m.Fact.Team), m.Fact.Evidence))),
                MajorityVote.Fuse(c.Select(m => SourceVote.Of<RatingMark>(m.Source, new RatingMark(m.Fact.Rating), m.Fact.Evidence)))!,
                c.Select(m => m.Source.Id).ToArray()))
            .ToArray();
    }

    private FusedFixture? FuseFixture(Account[] accounts, Sides sides, DateOnly? matchDate)
    {
        var announcing = accounts.Where(a => a.Facts.NextFixture is not null).ToArray();
        if (announcing.Length == 0) return null;
        // Sources may announce different teams' next matches; the opponent most of them name decides which one the digest shows.
        var opponent = MajorityVote.Fuse(announcing.Select(a => SourceVote.Text(a.Source, a.Facts.NextFixture!.Opponent, a.Facts.NextFixture.Evidence)), FoldedComparer.Instance, PreferFuller)!;
        var team = MajorityVote.Fuse(announcing.Select(a => SourceVote.Text(a.Source, sides.Name(a.Facts.NextFixture!.Team), a.Facts.NextFixture.Evidence)))!;
        bool fromWeekday = false;
        var dates = new List<SourceVote<DateOnly>>();
        foreach (var a in announcing)
        {
            var fixture = a.Facts.NextFixture!;
            var resolved = fixture.Date;
            if (resolved is null && (fixture.Weekday ?? WeekdayResolver.WeekdayIn(fixture.Evidence.Sentence)) is { } day)
            {
                // A weekday is read against the article's own date; without one, against the match date the sources agree on.
                DateOnly? anchor = a.Report.Article.Published is { } published ? DateOnly.FromDateTime(published.Date) : matchDate;
                if (anchor is { } from)
                {
                    resolved = WeekdayResolver.Next(from, day);
                    fromWeekday = true;
                }
            }
            dates.Add(SourceVote.Of<DateOnly>(a.Source, resolved, fixture.Evidence));
        }
        return new FusedFixture("next-fixture", team, opponent, MajorityVote.Fuse(dates),
            MajorityVote.Fuse(announcing.Select(a => SourceVote.Text(a.Source, a.Facts.NextFixture!.Stage, a.Facts.NextFixture.Evidence)), FoldedComparer.Instance, PreferFuller),
            fromWeekday, announcing.Select(a => a.Source.Id).ToArray());
    }

    /// <summary>How well an event (goal, card, missed penalty) fits a cluster: the same person at a close minute fits best; with <paramref name="creditedDifferently"/>, the same team at the same minute fits a little (a goal credited to another player).</summary>
    private static double EventScore<T>(IReadOnlyList<(DigestSource Source, T Fact)> cluster, T fact, Func<T, string> player, Func<T, string?> team, Func<T, Minute?> minute, bool creditedDifferently)
    {
        var ownTeam = team(fact);
        if (ownTeam is not null && cluster.Any(m => team(m.Fact) is { } t && t != ownTeam)) return 0;
        int? gap = FactAligner.MinuteGap(cluster, minute, minute(fact));
        bool samePerson = cluster.Any(m => PersonNameMatcher.SamePerson(player(m.Fact), player(fact)));
        if (samePerson) return gap is { } g ? (g > 3 ? 0 : 3 - 0.2 * g) : 2.5;
        if (creditedDifferently && gap is <= 1 && ownTeam is not null && cluster.Any(m => team(m.Fact) == ownTeam)) return 1;
        return 0;
    }

    /// <summary>Fuses a person's name: a surname alone counts for the fuller name it abbreviates, while real spelling differences stay variants.</summary>
    private static FusedFact<string>? FuseName(IEnumerable<(DigestSource Source, string? Name, Evidence? Evidence)> votes)
    {
        var list = votes.ToArray();
        var names = list.Where(v => v.Name is not null).Select(v => v.Name!).Distinct().ToArray();
        string? Expand(string? name)
        {
            if (name is null) return null;
            var words = FoldedText.Words(name);
            var fuller = names.Where(n => FoldedText.Words(n) is { } w && w.Length > words.Length && w[^words.Length..].SequenceEqual(words)).ToArray();
            return fuller.Length > 0 && fuller.Select(FoldedText.Of).Distinct().Count() == 1 ? fuller[0] : name;
        }
        return MajorityVote.Fuse(list.Select(v => SourceVote.Text(v.Source, Expand(v.Name), v.Evidence)), null, PreferFuller);
    }

    /// <summary>Among tied values: more words (a full name over a surname), then more accented letters (accents are dropped by mistake more often than added).</summary>
    private static int PreferFuller(string a, string b)
    {
        int c = FoldedText.Words(b).Length.CompareTo(FoldedText.Words(a).Length);
        return c != 0 ? c : b.Count(ch => ch > 0x7F && char.IsLetter(ch)).CompareTo(a.Count(ch => ch > 0x7F && char.IsLetter(ch)));
    }

    /// <summary>Among tied quote texts, the longer: a truncated rendering loses to the full one.</summary>
    private static int PreferLonger(string a, string b) => FoldedText.Of(b).Length.CompareTo(FoldedText.Of(a).Length);

    /// <summary>"england-v-france-2022-12-10"; without a stated date, a match known only from pieces is named by its window ("...-between-2025-12-03-and-2025-12-10").</summary>
    private static string Slug(string first, string second, DateOnly? date, MatchWindow? window)
    {
        var slug = $"{FoldedText.Of(first)} v {FoldedText.Of(second)}".Replace(' ', '-');
        if (date is { } d) return $"{slug}-{d:yyyy-MM-dd}";
        return window is { } w ? $"{slug}-between-{w.First:yyyy-MM-dd}-and-{w.Last:yyyy-MM-dd}" : slug;
    }

    /// <summary>The days every piece of a report-less match places it in (the grouper's rules); null when the pieces give no dates, or no day fits them all.</summary>
    private static MatchWindow? WindowOf(IReadOnlyList<GroupMember> members)
    {
        MatchWindow? shared = null;
        foreach (var member in members)
        {
            if (MatchWindow.Of(member.Report, MatchGrouper.DefaultWindowDays) is not { } own) continue;
            shared = shared is { } s ? s.Intersect(own) : own;
            if (shared is null) return null;
        }
        return shared;
    }
}
