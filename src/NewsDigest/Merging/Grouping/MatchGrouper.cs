using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Extraction.Score;
using NewsDigest.Text;

namespace NewsDigest.Merging.Grouping;

/// <summary>Puts reports of the same match together: the same two teams (order and aliases aside), dates within a window, and consistent scores; then attaches the non-reports (reactions, previews, pieces the detector turned down) whose teams and dates place them at one match, gathers the pieces of matches no report describes into matches of their own, and joins what near-copies of one text show to be one match.</summary>
/// <remarks>
/// A report's date is the match date it states, else its publication date. Two reports of the same teams whose dates are
/// further apart than the window are different matches, and so are two whose scores differ by more than a slip.
/// When either date is unknown, any difference in score keeps reports apart. A group without a report has no
/// <see cref="GroupMember"/> whose role is <see cref="SourceRole.Report"/>.
/// </remarks>
public sealed class MatchGrouper
{
    private readonly TeamNameNormalizer _teams;
    private readonly int _windowDays;

    /// <summary>How many days apart two reports of one match may be dated.</summary>
    public const int DefaultWindowDays = 3;

    private readonly Dedup.DedupOptions _nearCopies;

    /// <param name="nearCopies">How near-copies are told: near-copies of one text that dates or a misread score split are joined, and copies of one piece count once toward a match no report describes.</param>
    public MatchGrouper(TeamNameNormalizer? teams = null, int windowDays = DefaultWindowDays, Dedup.DedupOptions? nearCopies = null)
    {
        _teams = teams ?? TeamNameNormalizer.Default;
        _windowDays = windowDays;
        _nearCopies = nearCopies ?? Dedup.DedupOptions.Default;
    }

    /// <summary>A report as grouping sees it: the team keys in sorted order, its date, and its score read in that order.</summary>
    internal sealed record Entry(ArticleReport Report, string PairKey, string[] Keys, DateOnly? Date, Scoreline? Score);

    /// <summary>A reported match being built: its reports (with their input places), the pieces attached to it, and its date.</summary>
    internal sealed class Candidate
    {
        public required string PairKey { get; init; }
        public required string[] Keys { get; init; }
        public List<Entry> Entries { get; } = [];
        public List<GroupMember> Members { get; } = [];

        /// <summary>The pieces attached to the match, with their places in the input.</summary>
        public List<(int Index, GroupMember Member)> Attached { get; } = [];

        /// <summary>The reports of the match, with their places in the input.</summary>
        public List<(int Index, GroupMember Member)> Indexed { get; } = [];
        public IEnumerable<DateOnly> Dates => Entries.Where(e => e.Date is not null).Select(e => e.Date!.Value);

        /// <summary>The date most of the group's reports give (ties: the earliest), set once the reports are grouped; null when none is dated.</summary>
        public DateOnly? MatchDay { get; set; }

        /// <summary>The day number of <see cref="MatchDay"/>, for groups that have one.</summary>
        public int Day => MatchDay!.Value.DayNumber;
    }

    public IReadOnlyList<IReadOnlyList<GroupMember>> Group(IReadOnlyList<ArticleReport> reports)
    {
        var groups = new List<Candidate>();
        var entries = reports.Select((report, index) => (Report: report, Index: index))
            .Where(x => x.Report.IsMatchReport && x.Report.Match!.Teams is not null)
            .Select(x => (Entry: EntryFor(x.Report), x.Index))
            .ToArray();
        // Dated reports are placed first, and the splits a greedy order leaves are mended; a report with no date at all then joins only
        // when its score (or, without one, the lack of any other match of those teams) points to one match, since the same two teams
        // meet several times and choosing among their matches would be a guess.
        foreach (var (entry, index) in entries.Where(e => e.Entry.Date is not null))
        {
            var d = entry.Date!.Value;
            var group = groups.Where(g => Compatible(g, entry)).OrderBy(g => g.Dates.Any() ? g.Dates.Min(x => Math.Abs(x.DayNumber - d.DayNumber)) : int.MaxValue).FirstOrDefault();
            Add(group ?? NewGroup(groups, entry), entry, index);
        }
        MergeSlipSplits(groups);
        foreach (var (entry, index) in entries.Where(e => e.Entry.Date is null))
        {
            var sameTeams = groups.Where(g => g.PairKey == entry.PairKey || SameTeamsMisspelt(g.Keys, entry.Keys)).ToArray();
            Add(PlaceUndated(sameTeams, entry) ?? NewGroup(groups, entry), entry, index);
        }
        JoinHeadlineReads(groups);
        foreach (var group in groups) group.MatchDay = MostGivenDate(group);
        groups.Sort((a, b) => a.Indexed.Min(x => x.Index).CompareTo(b.Indexed.Min(x => x.Index)));
        var unplaced = new List<(ArticleReport Report, int Index)>();
        for (int i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (report.IsMatchReport || !Attachable(report)) continue;
            if (Place(report, groups) is { } group) group.Attached.Add((i, new GroupMember(report, RoleOf(report, group))));
            else unplaced.Add((report, i));
        }
        var reportless = ReportlessClusters(unplaced);
        new NearCopyLinker(_nearCopies).Link(groups, reportless, MergeInto, Absorb);
        foreach (var group in groups)
            group.Members.AddRange(group.Indexed.OrderBy(x => x.Index).Select(x => x.Member).Concat(group.Attached.OrderBy(x => x.Index).Select(x => x.Member)));
        return groups.Select(g => (First: g.Indexed.Min(x => x.Index), Members: (IReadOnlyList<GroupMember>)g.Members))
            .Concat(reportless.Where(IsMatch).Select(AsGroup))
            .OrderBy(g => g.First)
            .Select(g => g.Members)
            .ToArray();
    }

    /// <summary>The date most of the group's reports give (ties: the earliest); null when none is dated.</summary>
    private static DateOnly? MostGivenDate(Candidate group) =>
        group.Dates.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (DateOnly?)g.Key).FirstOrDefault();

    /// <summary>Puts a second reported match of the same teams into the first: their reports are near-copies of one text, so one of them misread a score.</summary>
    private static void MergeInto(Candidate into, Candidate from)
    {
        into.Entries.AddRange(from.Entries);
        into.Indexed.AddRange(from.Indexed);
        into.Attached.AddRange(from.Attached);
        into.MatchDay = MostGivenDate(into);
    }

    /// <summary>Gives a reported match the pieces of a report-less cluster one of which is a near-copy of an article of the match.</summary>
    private static void Absorb(Candidate into, Reportless from) =>
        into.Attached.AddRange(from.Pieces.Select(p => (p.Index, new GroupMember(p.Entry.Report, RoleOf(p.Entry.Report, into)))));

    /// <summary>Pieces about one match that no report in the input describes, gathered by <see cref="ReportlessClusters"/>; a lone piece is a cluster of one.</summary>
    internal sealed class Reportless
    {
        public required string[] Keys { get; init; }
        public required MatchWindow Window { get; set; }
        public List<(Entry Entry, int Index)> Pieces { get; } = [];
    }

    /// <summary>
    /// Matches known only from pieces about them: pieces that could not join a reported match, name the same two teams, and place their
    /// match in one window (a preview before it, a reaction after it, by the rules that attach pieces; every piece's window sharing at
    /// least one day with every other's) form a match of their own when there are two of them or more and at least one is a preview or a
    /// reaction (two transfer stories naming two clubs are not a match). Reactions' own scores keep apart two meetings in one window, as
    /// they do for reported matches. A piece of another kind joins only when its headline names both teams, as when attaching.
    /// </summary>
    private List<Reportless> ReportlessClusters(List<(ArticleReport Report, int Index)> unplaced)
    {
        var matches = new List<Reportless>();
        var placeable = unplaced
            .Where(p => p.Report.Match?.Teams is not null)
            .Select(p => (p.Report, p.Index, Window: MatchWindow.Of(p.Report, _windowDays)))
            .Where(p => p.Window is not null)
            .OrderBy(p => p.Window!.Value.First).ThenBy(p => p.Index);
        foreach (var (report, index, window) in placeable)
        {
            var entry = EntryFor(report);
            bool aboutAMatch = report.Kind is ReportKind.Reaction or ReportKind.Preview;
            if (!aboutAMatch && !HeadlineNamesBoth(report, entry)) continue;
            // A preview's scores are earlier games'; a reaction's or another piece's is this match's, as far as it gives one.
            var score = report.Kind == ReportKind.Preview ? null : entry.Score;
            var best = matches
                .Where(m => m.Keys.SequenceEqual(entry.Keys) || SameTeamsMisspelt(m.Keys, entry.Keys))
                .Select(m => (Match: m, Shared: m.Window.Intersect(window!.Value)))
                .Where(x => x.Shared is not null && !FarFromEveryPieceScore(x.Match, score))
                .OrderByDescending(x => x.Shared!.Value.Last.DayNumber - x.Shared.Value.First.DayNumber)
                .FirstOrDefault();
            if (best.Match is { } match)
            {
                match.Window = best.Shared!.Value;
                match.Pieces.Add((entry, index));
            }
            else
            {
                match = new Reportless { Keys = entry.Keys, Window = window!.Value };
                match.Pieces.Add((entry, index));
                matches.Add(match);
            }
        }
        return matches;
    }

    /// <summary>
    /// Whether a cluster of pieces is a match of its own: two pieces or more that are not near-copies of one text (one preview syndicated
    /// twice is one piece), one of them a preview or a reaction whose headline names both teams and speaks of a match (<see cref="MatchWording"/>).
    /// </summary>
    private bool IsMatch(Reportless match)
    {
        if (match.Pieces.Count < 2) return false;
        if (!match.Pieces.Any(p => p.Entry.Report.Kind is ReportKind.Reaction or ReportKind.Preview
                && HeadlineOf(p.Entry.Report) is var headline && NamesBoth(headline, match.Keys) && MatchWording.In(headline.Trim()))) return false;
        var index = new Dedup.NearDuplicateIndex(_nearCopies);
        // Short texts are judged apart, as when linking matches: a standfirst or a caption of one template is not one story.
        foreach (var (entry, i) in match.Pieces.Where(p => NearCopyLinker.WordCount(p.Entry.Report.Article.Text) >= NearCopyLinker.MinimumWords)) index.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Report.Article.Text, entry.Report.Article.SiteName);
        int copies = index.FindGroups().Groups.Sum(g => g.Members.Count - 1);
        return match.Pieces.Count - copies >= 2;
    }

    private static (int First, IReadOnlyList<GroupMember> Members) AsGroup(Reportless match)
    {
        var ordered = match.Pieces.OrderBy(p => p.Index).ToArray();
        return (ordered[0].Index, ordered.Select(p => new GroupMember(p.Entry.Report, RoleWithoutReport(p.Entry.Report))).ToArray());
    }

    private static bool FarFromEveryPieceScore(Reportless match, Scoreline? score)
    {
        var scores = match.Pieces.Where(p => p.Entry.Report.Kind != ReportKind.Preview && p.Entry.Score is not null).Select(p => p.Entry.Score).ToArray();
        return score is not null && scores.Length > 0 && scores.All(s => FarApart(s, score));
    }

    /// <summary>Whether the headline names both of the piece's own teams, in the words it uses or a known alias.</summary>
    private bool HeadlineNamesBoth(ArticleReport report, Entry entry)
    {
        var headline = HeadlineOf(report);
        var names = new[] { report.Match!.Teams!.First, report.Match.Teams.Second };
        return entry.Keys.All(key => names.Where(n => _teams.Key(n) == key).Select(FoldedText.Of).Concat(_teams.KnownForms(key))
            .Where(form => form.Length > 0).Any(form => headline.Contains($" {form} ", StringComparison.Ordinal))) || NamesBoth(headline, entry.Keys);
    }

    /// <summary>
    /// Whether a short folded text (a headline) names both teams in any form the normaliser maps to their keys ("Man United", "Man Utd",
    /// a gazetteer alias): every run of one to four words is read as a team name.
    /// </summary>
    private bool NamesBoth(string folded, string[] keys)
    {
        var named = TeamKeysNamedIn(folded);
        return keys.All(named.Contains);
    }

    /// <summary>The team keys of every run of one to four words of a folded headline; one headline is asked about many times while matches are formed.</summary>
    private HashSet<string> TeamKeysNamedIn(string folded)
    {
        if (_recentHeadlines is not { } cache || !ReferenceEquals(cache.Teams, _teams))
            _recentHeadlines = cache = (_teams, new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
        var recent = cache.Keys;
        if (recent.TryGetValue(folded, out var named)) return named;
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        named = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
            for (int n = 1; n <= 4 && i + n <= words.Length; n++)
                named.Add(_teams.KeyOf(string.Join(' ', words, i, n)));
        // A bounded memory: the headlines of the pairs this thread is merging, not the archive's.
        if (recent.Count >= MaxRecentHeadlines) recent.Clear();
        recent[folded] = named;
        return named;
    }

    private const int MaxRecentHeadlines = 4096;

    /// <summary>Per thread, because batch merges many team pairs at once with one grouper; it holds one normaliser's keys.</summary>
    [ThreadStatic] private static (TeamNameNormalizer Teams, Dictionary<string, HashSet<string>> Keys)? _recentHeadlines;

    /// <summary>A piece's role at a match no report describes: the detector's kind, since there is no match date to check it against.</summary>
    private static SourceRole RoleWithoutReport(ArticleReport report) => report.Kind switch
    {
        ReportKind.Preview => SourceRole.Preview,
        ReportKind.Reaction => SourceRole.Reaction,
        _ => SourceRole.Related,
    };

    private static Candidate NewGroup(List<Candidate> groups, Entry entry)
    {
        var group = new Candidate { PairKey = entry.PairKey, Keys = entry.Keys };
        groups.Add(group);
        return group;
    }

    private static void Add(Candidate group, Entry entry, int index)
    {
        group.Entries.Add(entry);
        group.Indexed.Add((index, new GroupMember(entry.Report, SourceRole.Report)));
    }

    /// <summary>
    /// Placing reports one at a time depends on their order: of a 2-0 match, a report read as 3-0 keeps out one read as 2-1 when it comes
    /// first, though both are one slip from the truth. Groups of the same teams with dates within the window and scores within a slip of
    /// each other are one match; scores further apart (a men's and a women's game of one day) stay apart.
    /// </summary>
    private void MergeSlipSplits(List<Candidate> groups)
    {
        foreach (var pair in groups.GroupBy(g => g.PairKey).Where(p => p.Count() > 1).Select(p => p.ToList()).ToArray())
        {
            for (int i = 0; i < pair.Count; i++)
            {
                for (int j = i + 1; j < pair.Count; j++)
                {
                    if (!SlipApart(pair[i], pair[j])) continue;
                    pair[i].Entries.AddRange(pair[j].Entries);
                    pair[i].Indexed.AddRange(pair[j].Indexed);
                    groups.Remove(pair[j]);
                    pair.RemoveAt(j);
                    j = i;
                }
            }
        }
    }

    /// <summary>
    /// A match made only of articles the detector turned down and that were read as reports because their headline tells the result
    /// (reactions, ratings, talking points) joins the one match of the same teams that a report the detector accepted describes, when the
    /// two give the same score and lie within a piece's window of each other (a week): such pieces come days after their match, and the
    /// weekday or date their text gives may be another match's, where a report's would not be.
    /// </summary>
    private static void JoinHeadlineReads(List<Candidate> groups)
    {
        static bool ReadAgainstDetector(Entry e) => e.Report.ReadAsReportBecause is not null;
        foreach (var alone in groups.Where(g => g.Entries.All(ReadAgainstDetector)).ToArray())
        {
            var scores = alone.Entries.Where(e => e.Score is not null).Select(e => e.Score).Distinct().ToArray();
            if (scores.Length != 1) continue;
            var near = groups.Where(g => g != alone && g.PairKey == alone.PairKey && !g.Entries.All(ReadAgainstDetector)
                    && g.Entries.Where(e => e.Score is not null).Select(e => e.Score).Distinct().SequenceEqual(scores)
                    && g.Dates.Any(x => alone.Dates.Any(y => Math.Abs(x.DayNumber - y.DayNumber) <= PieceWindowDays)))
                .ToArray();
            if (near.Length != 1) continue;
            MergeInto(near[0], alone);
            groups.Remove(alone);
        }
    }

    private bool SlipApart(Candidate a, Candidate b)
    {
        var bDates = b.Dates.Select(d => d.DayNumber).ToArray();
        if (!a.Dates.Any(x => bDates.Any(y => Math.Abs(x.DayNumber - y) <= _windowDays))) return false;
        var bScores = b.Entries.Where(e => e.Score is not null).Select(e => e.Score).ToArray();
        return a.Entries.Any(e => e.Score is not null && bScores.Any(s => !FarApart(e.Score, s)));
    }

    /// <summary>
    /// The one match of these teams an undated report belongs to: the only one giving its exact score when every other that might fit has a
    /// score of its own (a match without one could be the report's too), else the only match of these teams when nothing contradicts it;
    /// null when choosing would be a guess. A score one slip from a match's is no evidence on its own: the report may be of another meeting.
    /// </summary>
    private static Candidate? PlaceUndated(Candidate[] sameTeams, Entry entry)
    {
        static bool HasScore(Candidate g) => g.Entries.Any(e => e.Score is not null);
        if (entry.Score is { } score)
        {
            var possible = sameTeams.Where(g => !FarFromEveryScore(g, score)).ToArray();
            var exact = possible.Where(g => g.Entries.Any(e => e.Score == score)).ToArray();
            if (exact.Length == 1 && possible.All(g => g == exact[0] || HasScore(g))) return exact[0];
            return sameTeams.Length == 1 && !HasScore(sameTeams[0]) ? sameTeams[0] : null;
        }
        return sameTeams.Length == 1 ? sameTeams[0] : null;
    }

    private Entry EntryFor(ArticleReport report)
    {
        var facts = report.Match!;
        string a = _teams.Key(facts.Teams!.First), b = _teams.Key(facts.Teams.Second);
        bool swap = string.CompareOrdinal(a, b) > 0;
        var keys = swap ? new[] { b, a } : new[] { a, b };
        DateOnly? date = facts.Date?.Value ?? (report.Article.Published is { } p ? DateOnly.FromDateTime(p.Date) : null);
        Scoreline? score = facts.Result?.Score is { } s ? (swap ? s.Swapped() : s) : null;
        return new Entry(report, $"{keys[0]}|{keys[1]}", keys, date, score);
    }

    private bool Compatible(Candidate group, Entry entry)
    {
        if (group.PairKey != entry.PairKey && !SameTeamsMisspelt(group.Keys, entry.Keys)) return false;
        var dates = group.Dates.ToArray();
        if (entry.Date is { } d && dates.Length > 0)
            return dates.Any(x => Math.Abs(x.DayNumber - d.DayNumber) <= _windowDays) && !FarFromEveryScore(group, entry.Score);
        return entry.Score is not { } score || group.Entries.All(e => e.Score is null || e.Score == score);
    }

    /// <summary>Reports misspell clubs ("Middlesboro"): long names one or two letters apart are taken as the same team, side by side.</summary>
    private static bool SameTeamsMisspelt(string[] a, string[] b) =>
        (Close(a[0], b[0]) && Close(a[1], b[1])) || (Close(a[0], b[1]) && Close(a[1], b[0]));

    private static bool Close(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 7 && EditDistance.AtMost(a, b, 2));

    /// <summary>True when the group has scores and the entry's is far from each of them: two different slips of one match still meet through the true score.</summary>
    private static bool FarFromEveryScore(Candidate group, Scoreline? score)
    {
        var scores = group.Entries.Where(e => e.Score is not null).Select(e => e.Score).ToArray();
        return score is not null && scores.Length > 0 && scores.All(s => FarApart(s, score));
    }

    /// <summary>Scores too far apart to be one match misreported: a slip is one goal, or the two numbers swapped; 0-0 against 1-2 is another game (a men's and a women's match of one day).</summary>
    private static bool FarApart(Scoreline? a, Scoreline? b)
    {
        if (a is not { } x || b is not { } y) return false;
        if (x == y || x == y.Swapped()) return false;
        return Math.Abs(x.First - y.First) + Math.Abs(x.Second - y.Second) >= 2;
    }

    /// <summary>Whether a non-report may join a match: a reaction or preview, or any other piece whose own facts name two teams; never another sport or an article set aside with a note.</summary>
    private static bool Attachable(ArticleReport report) =>
        report.Kind is not (ReportKind.SingleMatchReport or ReportKind.OtherSport) && report.Note is null
        && (report.Match?.Teams is not null || report.Kind is ReportKind.Reaction or ReportKind.Preview);

    /// <summary>
    /// The one match a non-report is about, or null when none or several fit. Its teams pick the candidate matches (its own facts' teams,
    /// else the teams its headline and opening name); then time decides: a preview belongs to the next match after its publication,
    /// a reaction to the last one before it, and any other piece to the match nearest its stated date (else its publication date).
    /// </summary>
    private Candidate? Place(ArticleReport report, List<Candidate> groups)
    {
        var own = report.Match?.Teams is not null ? EntryFor(report) : null;
        var candidates = own is null ? [] : groups.Where(g => g.PairKey == own.PairKey || SameTeamsMisspelt(g.Keys, own.Keys)).ToArray();
        if (candidates.Length == 0)
        {
            var head = OpeningOf(report);
            candidates = groups.Where(g => Mentions(head, g)).ToArray();
        }
        var dated = candidates.Where(g => g.MatchDay is not null).ToArray();
        int? published = report.Article.Published is { } p ? DateOnly.FromDateTime(p.Date).DayNumber : null;
        int? stated = report.Kind == ReportKind.Preview ? null : report.Match?.Date?.Value.DayNumber;
        // Without a date on either side there is nothing to tell meetings of the same teams apart: only a single candidate is safe.
        if (dated.Length == 0 || (published is null && stated is null)) return candidates.Length == 1 ? candidates[0] : null;
        var chosen = report.Kind switch
        {
            ReportKind.Preview when published is { } day => Closest(dated, g => g.Day - day, g => g.Day >= day && g.Day - day <= PieceWindowDays),
            // Reports dated by publication carry the day after the match; a reaction of the same evening may then precede its match's date by one.
            ReportKind.Reaction when published is { } day => Closest(dated, g => day - g.Day, g => g.Day <= day + 1 && day - g.Day <= PieceWindowDays),
            _ => [],
        };
        if (chosen.Length == 0 && (stated ?? published) is { } anchor)
            chosen = Closest(dated, g => Math.Abs(g.Day - anchor), g => Math.Abs(g.Day - anchor) <= _windowDays);
        // Two matches of the same teams on one day (a men's and a women's game): a reaction's own score tells them apart; a preview's scores are earlier games'.
        if (chosen.Length > 1 && report.Kind != ReportKind.Preview && own?.Score is { } score) chosen = chosen.Where(g => !FarFromEveryScore(g, score)).ToArray();
        if (chosen.Length != 1) return null;
        // A piece of another kind (a transfer story, a round-up) often names two clubs in passing: it joins only when its headline is about both.
        if (report.Kind is not (ReportKind.Reaction or ReportKind.Preview) && !Mentions(HeadlineOf(report), chosen[0]) && !NamesBoth(HeadlineOf(report), chosen[0].Keys)) return null;
        return chosen[0];
    }

    /// <summary>How far from its match a preview or a reaction may be published, in days.</summary>
    private const int PieceWindowDays = MatchWindow.PieceDays;

    /// <summary>The groups that pass <paramref name="fits"/> at the smallest <paramref name="distance"/>; several when they tie.</summary>
    private static Candidate[] Closest(IEnumerable<Candidate> groups, Func<Candidate, int> distance, Func<Candidate, bool> fits)
    {
        var passing = groups.Where(fits).ToArray();
        if (passing.Length == 0) return passing;
        int best = passing.Min(distance);
        return passing.Where(g => distance(g) == best).ToArray();
    }

    /// <summary>The headline and opening of an article, folded, with spaces at both ends so that whole names can be looked for.</summary>
    private static string OpeningOf(ArticleReport report)
    {
        var head = report.Article.Text.Length > 1500 ? report.Article.Text[..1500] : report.Article.Text;
        // Apostrophes become spaces here, so "Liverpool's" still names Liverpool.
        var raw = ((report.Article.Title ?? "") + " " + head).Replace('\'', ' ').Replace('’', ' ');
        return $" {FoldedText.Of(raw)} ";
    }

    private static string HeadlineOf(ArticleReport report) => MatchWording.FoldHeadline(report.Article.Title);

    private bool Mentions(string opening, Candidate group) =>
        group.Keys.All(key => FormsOf(group, key).Any(form => opening.Contains($" {form} ", StringComparison.Ordinal)));

    /// <summary>How the group's reports write a team, and the aliases the normaliser knows for it, folded.</summary>
    private IEnumerable<string> FormsOf(Candidate group, string key) =>
        group.Entries.SelectMany(e => new[] { e.Report.Match!.Teams!.First, e.Report.Match.Teams.Second })
            .Where(name => _teams.Key(name) == key)
            .Select(FoldedText.Of)
            .Concat(_teams.KnownForms(key))
            .Where(form => form.Length > 0)
            .Distinct();

    /// <summary>
    /// The detector's kind, checked against the calendar: a "reaction" published before the match's earliest date is a preview, and a
    /// "preview" published after the match's latest date is not one (it is related to the match); a piece of another kind is related.
    /// </summary>
    private static SourceRole RoleOf(ArticleReport report, Candidate group)
    {
        if (report.Kind is not (ReportKind.Reaction or ReportKind.Preview)) return SourceRole.Related;
        var dates = group.Dates.ToArray();
        DateOnly? published = report.Article.Published is { } p ? DateOnly.FromDateTime(p.Date) : null;
        if (report.Kind == ReportKind.Preview) return published is { } after && dates.Length > 0 && after > dates.Max() ? SourceRole.Related : SourceRole.Preview;
        return published is { } before && dates.Length > 0 && before < dates.Min() ? SourceRole.Preview : SourceRole.Reaction;
    }
}
