using NewsDigest.Extraction;
using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Score;

namespace NewsDigest.Merging.Fusion;

/// <summary>The fused result, with scores read in the digest's team order (2-1 and "1-2 defeat" agree when the teams are swapped).</summary>
/// <param name="Counted">No source gives the score: every source's is counted from the goals it reports (<see cref="ScoreProvenance.CountedFromGoals"/>).</param>
public sealed record FusedResult(string Id, FusedFact<Scoreline> Score, FusedFact<Scoreline>? Shootout, FusedFact<bool> AfterExtraTime, bool Counted = false);

/// <summary>One goal as the sources tell it; every part fused on its own, so one source's missing minute or other scorer shows as a variant.</summary>
public sealed record FusedGoal(string Id, FusedFact<string> Scorer, FusedFact<string>? Team, FusedFact<Minute>? Minute, FusedFact<bool> Penalty, FusedFact<bool> OwnGoal,
    FusedFact<GoalMethod>? Method, FusedFact<string>? Assist, IReadOnlyList<string> Sources)
{
    /// <summary>The side already has as many goals as the fused score gives it, from better-backed reports; this one is shown but not summarised.</summary>
    public bool Unconfirmed { get; init; }
}

/// <summary>A penalty missed or saved in play, fused across sources.</summary>
public sealed record FusedMissedPenalty(string Id, FusedFact<string> Player, FusedFact<string>? Team, FusedFact<Minute>? Minute, FusedFact<bool> Saved, IReadOnlyList<string> Sources);

/// <summary>A booking or sending-off, fused across sources.</summary>
public sealed record FusedCard(string Id, FusedFact<string> Player, FusedFact<string>? Team, FusedFact<Minute>? Minute, FusedFact<CardKind> Kind, IReadOnlyList<string> Sources)
{
    public bool IsSendingOff => Kind.Value is CardKind.Red or CardKind.SecondYellow;
}

/// <summary>A quote once, however many sources carry it (punctuation, truncation and small paraphrase aside), with its speaker.</summary>
public sealed record FusedQuote(string Id, FusedFact<string> Text, FusedFact<string>? Speaker, FusedFact<string>? Role, IReadOnlyList<string> Sources);

/// <summary>A mark out of ten; Value null is "listed unrated" (n/a).</summary>
public readonly record struct RatingMark(double? Value)
{
    public override string ToString() => Value is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}

/// <summary>One player's rating, fused across the sources that rate players.</summary>
public sealed record FusedRating(string Id, FusedFact<string> Player, FusedFact<string>? Team, FusedFact<RatingMark> Rating, IReadOnlyList<string> Sources);

/// <summary>The next match announced; DateFromWeekday is true when the date was worked out from a weekday ("on Wednesday").</summary>
public sealed record FusedFixture(string Id, FusedFact<string> Team, FusedFact<string> Opponent, FusedFact<DateOnly>? Date, FusedFact<string>? Stage, bool DateFromWeekday, IReadOnlyList<string> Sources);
