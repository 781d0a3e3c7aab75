using NewsDigest.Extraction;
using NewsDigest.Merging.Fusion;

namespace NewsDigest.Merging;

/// <summary>One match, fused from every report about it: each fact with the sources that state it and every variant they disagree on.</summary>
/// <param name="Reports">The reports and attached pieces behind the digest, in input order (source S1 is the first).</param>
public sealed record MatchDigest(IReadOnlyList<ArticleReport> Reports)
{
    /// <summary>A stable slug such as "england-v-france-2022-12-10".</summary>
    public required string Id { get; init; }

    /// <summary>The side named first by most sources, and its name as most sources write it.</summary>
    public required FusedFact<string> FirstTeam { get; init; }

    public required FusedFact<string> SecondTeam { get; init; }

    public required IReadOnlyList<DigestSource> Sources { get; init; }

    public IReadOnlyList<NearCopyGroup> NearCopies { get; init; } = [];

    /// <summary>Whether a report of the match is among the sources; without one the digest rests on previews, reactions and related pieces, and gives no result, goals, penalties or cards.</summary>
    public bool HasReport => Sources.Any(s => s.Role == SourceRole.Report);

    /// <summary>For a match no report describes, the days its pieces place it in (a preview before it, a reaction after it); null when a report is among the sources.</summary>
    public Grouping.MatchWindow? Window { get; init; }

    public FusedResult? Result { get; init; }
    public IReadOnlyList<FusedGoal> Goals { get; init; } = [];
    public IReadOnlyList<FusedMissedPenalty> MissedPenalties { get; init; } = [];
    public IReadOnlyList<FusedCard> Cards { get; init; } = [];
    public FusedFact<string>? Venue { get; init; }
    public FusedFact<string>? Competition { get; init; }
    public FusedFact<string>? Stage { get; init; }
    public FusedFact<DateOnly>? Date { get; init; }
    public FusedFact<string>? PlayerOfTheMatch { get; init; }
    public IReadOnlyList<FusedQuote> Quotes { get; init; } = [];
    public IReadOnlyList<FusedRating> Ratings { get; init; } = [];
    public FusedFixture? NextFixture { get; init; }

    /// <summary>The winning side's name, or null for a draw or an unknown score (a shoot-out decides a level score).</summary>
    public string? Winner
    {
        get
        {
            if (Result is null) return null;
            var s = Result.Shootout is { } shootout && Result.Score.Value.First == Result.Score.Value.Second ? shootout.Value : Result.Score.Value;
            return s.First > s.Second ? FirstTeam.Value : s.Second > s.First ? SecondTeam.Value : null;
        }
    }

    public DigestSource SourceById(string id) => Sources.First(s => s.Id == id);
}
