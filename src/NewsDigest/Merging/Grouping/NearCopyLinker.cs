using System.Globalization;
using NewsDigest.Extraction;
using NewsDigest.Merging.Dedup;

namespace NewsDigest.Merging.Grouping;

/// <summary>
/// Joins what the date and score rules split although its articles are near-copies of one text: one wire report read once as 2-0 and once
/// as 0-0, or a syndicated preview republished after its match. The same text is about the same match, so two matches of the same teams
/// (or a match and a cluster of pieces) join when an article of one is a near-copy of an article of the other and their dates lie within a
/// week (<see cref="MatchWindow.PieceDays"/>): different meetings of two teams are weeks apart, while a site's template can make
/// unrelated pages of any date alike.
/// </summary>
/// <remarks>
/// Only the articles of matches that have such a neighbour are signed, so the cost stays linear and small: most meetings of two teams
/// have none within a week.
/// </remarks>
internal sealed class NearCopyLinker
{
    private readonly DedupOptions _options;

    public NearCopyLinker(DedupOptions options) => _options = options;

    /// <summary>One match so far: a reported one or a cluster of pieces, with its team pair, the days it spans and its articles.</summary>
    private sealed record Unit(object Match, string PairKey, int FirstDay, int LastDay, IReadOnlyList<(int Index, ArticleReport Report)> Articles)
    {
        public bool Near(Unit other) => Math.Max(FirstDay, other.FirstDay) - Math.Min(LastDay, other.LastDay) <= MatchWindow.PieceDays;
    }

    public void Link(List<MatchGrouper.Candidate> reported, List<MatchGrouper.Reportless> pieces,
        Action<MatchGrouper.Candidate, MatchGrouper.Candidate> mergeInto, Action<MatchGrouper.Candidate, MatchGrouper.Reportless> absorb)
    {
        var units = new List<Unit>();
        foreach (var group in reported)
        {
            var days = group.Dates.Select(d => d.DayNumber).ToArray();
            if (days.Length == 0) continue;
            var articles = group.Indexed.Select(x => (x.Index, x.Member.Report)).Concat(group.Attached.Select(x => (x.Index, x.Member.Report))).ToArray();
            units.Add(new Unit(group, group.PairKey, days.Min(), days.Max(), articles));
        }
        foreach (var cluster in pieces)
            units.Add(new Unit(cluster, string.Join('|', cluster.Keys), cluster.Window.First.DayNumber, cluster.Window.Last.DayNumber,
                cluster.Pieces.Select(p => (p.Index, p.Entry.Report)).ToArray()));

        var sets = new DisjointSets(units.Count);
        bool linked = false;
        foreach (var pair in Enumerable.Range(0, units.Count).GroupBy(u => units[u].PairKey).Where(p => p.Count() > 1))
        {
            var members = pair.ToArray();
            var withNeighbour = members.Where(u => members.Any(v => v != u && units[u].Near(units[v]))).ToArray();
            if (withNeighbour.Length < 2) continue;
            var index = new NearDuplicateIndex(_options);
            var unitOf = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (int u in withNeighbour)
                foreach (var (i, report) in units[u].Articles)
                {
                    string id = i.ToString(CultureInfo.InvariantCulture);
                    if (WordCount(report.Article.Text) < MinimumWords || !unitOf.TryAdd(id, u)) continue;
                    index.Add(id, report.Article.Text, report.Article.SiteName);
                }
            foreach (var group in index.FindGroups().Groups)
                foreach (var copy in group.Pairs)
                {
                    int a = unitOf[copy.First], b = unitOf[copy.Second];
                    if (a == b || !units[a].Near(units[b])) continue;
                    sets.Union(a, b);
                    linked = true;
                }
        }
        if (!linked) return;

        foreach (var joined in Enumerable.Range(0, units.Count).GroupBy(sets.Find).Where(g => g.Count() > 1))
        {
            var matches = joined.Select(u => units[u].Match).ToArray();
            var groups = matches.OfType<MatchGrouper.Candidate>().ToArray();
            var clusters = matches.OfType<MatchGrouper.Reportless>().ToArray();
            if (groups.Length > 0)
            {
                // The match whose first report comes first keeps its place; the others' reports and pieces join it.
                var into = groups.OrderBy(g => g.Indexed.Min(x => x.Index)).First();
                foreach (var other in groups.Where(g => g != into))
                {
                    mergeInto(into, other);
                    reported.Remove(other);
                }
                foreach (var cluster in clusters)
                {
                    absorb(into, cluster);
                    pieces.Remove(cluster);
                }
            }
            else
            {
                var into = clusters[0];
                foreach (var other in clusters.Skip(1))
                {
                    into.Pieces.AddRange(other.Pieces);
                    into.Window = new MatchWindow(Min(into.Window.First, other.Window.First), Max(into.Window.Last, other.Window.Last));
                    pieces.Remove(other);
                }
            }
        }
    }

    /// <summary>Texts shorter than this are left out: two short texts of one site or template (a standfirst, a caption) share most of their few shingles without being one story.</summary>
    internal const int MinimumWords = 50;

    internal static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
