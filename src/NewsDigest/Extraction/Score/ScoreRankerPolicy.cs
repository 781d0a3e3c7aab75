namespace NewsDigest.Extraction.Score;

/// <summary>When the score ranker's choice replaces the rules': it supplies a score when the rules read none and its best scoreline is at
/// least <see cref="Supply"/> likely (never when null), and overrules the rules' scoreline when its best is at least <see cref="Overrule"/>
/// likely while the rules' own numbers are below <see cref="Weak"/>. A rules' choice the ranker cannot see (words such as "a goalless draw",
/// a result box, "the only goal", goals counted) is never overruled.</summary>
public sealed record ScoreRankerPolicy(double? Supply, double Overrule, double Weak)
{
    /// <summary>The policy extraction uses, chosen on the dev split and written batch 3 (`newsdigest eval models --model score` prints the
    /// grid). Session 17 (`eval extraction`): supplying a score where the rules read none (at 0.3 or 0.5) put a lead ("1-0 up"), an earlier
    /// match or an aggregate in place of "none" far more often than the final score, and took a report from the later count of goals
    /// (news dev -1 report; pl dev +1 to +3, espn dev +0), so the ranker only overrules; overruling at 0.3 to 0.5 with the rules' numbers
    /// under 0.2 to 0.3 read the same: dev unchanged, written3 one report better.</summary>
    public static readonly ScoreRankerPolicy Chosen = new(Supply: null, Overrule: 0.5, Weak: 0.2);

    /// <summary>The candidate whose numbers replace the rules' choice, or -1 to keep the rules'.</summary>
    public int Choose(IReadOnlyList<ScoreCandidate> candidates, IReadOnlyList<double> p, Scoreline? rules)
    {
        int best = -1;
        for (int i = 0; i < candidates.Count; i++)
            if (best < 0 || p[i] > p[best]) best = i;
        if (best < 0) return -1;
        if (rules is not { } r) return Supply is { } supply && p[best] >= supply ? best : -1;
        if (candidates[best].SameNumbers(r)) return -1;
        double rulesP = -1;
        for (int i = 0; i < candidates.Count; i++)
            if (candidates[i].SameNumbers(r)) rulesP = Math.Max(rulesP, p[i]);
        if (rulesP < 0) return -1;
        return p[best] >= Overrule && rulesP < Weak ? best : -1;
    }
}
