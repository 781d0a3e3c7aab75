namespace NewsDigest.Learning.Models;

/// <summary>When the goal-side reader acts on a goal, given p, its probability that the goal counted for the pair's first side: a goal
/// without a team gets the likelier side when that side's probability reaches <see cref="Fill"/>; a goal the rules credited to one of the
/// pair is moved to the other side only when the other side's probability reaches <see cref="Overrule"/>. A null threshold never acts.</summary>
public sealed record GoalSidePolicy(double? Fill, double? Overrule)
{
    public static readonly GoalSidePolicy Off = new(null, null);

    /// <summary>The decision for one goal: +1 the first side, -1 the second, 0 leave it as it is. <paramref name="ruleSide"/> is the
    /// rules' side (+1 first, -1 second, 0 none; a team outside the pair is passed as 0 only by callers that want it filled).</summary>
    public int Decide(double p, int ruleSide)
    {
        if (ruleSide == 0)
            return Fill is { } fill && Math.Max(p, 1 - p) >= fill ? (p >= 0.5 ? 1 : -1) : 0;
        if (Overrule is not { } overrule) return 0;
        double other = ruleSide > 0 ? 1 - p : p;
        return other >= overrule ? -ruleSide : 0;
    }

    public override string ToString() =>
        FormattableString.Invariant($"fill {(Fill is { } f ? $"≥ {f:0.00}" : "never")}, overrule {(Overrule is { } o ? $"≥ {o:0.00}" : "never")}");
}
