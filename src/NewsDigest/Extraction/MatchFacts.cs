using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Fixtures;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Penalties;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Ratings;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction;

/// <summary>Everything one report says about its match; unknown values are null or empty, never guessed.</summary>
public sealed record MatchFacts
{
    public TeamPair? Teams { get; init; }
    public MatchResult? Result { get; init; }
    public IReadOnlyList<Goal> Goals { get; init; } = [];
    public IReadOnlyList<MissedPenalty> MissedPenalties { get; init; } = [];
    public IReadOnlyList<Card> Cards { get; init; } = [];
    public Sourced<string>? Venue { get; init; }
    public Sourced<string>? Competition { get; init; }
    public Sourced<string>? Stage { get; init; }
    public Sourced<DateOnly>? Date { get; init; }
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public Sourced<string>? PlayerOfTheMatch { get; init; }
    public IReadOnlyList<PlayerRating> Ratings { get; init; } = [];
    public NextFixture? NextFixture { get; init; }
}
