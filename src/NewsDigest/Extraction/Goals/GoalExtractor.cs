using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Goals;

/// <summary>Finds the goals of the match with scorer, team, minute, penalty, own goal, header and assist: from goal lists and from the run of play told sentence by sentence.</summary>
public sealed class GoalExtractor : IFactExtractor
{
    private readonly IGoalCandidateCheck? _check;

    public GoalExtractor() { }

    /// <summary>With a learned check on the candidates (<see cref="ExtractionModels.Goals"/>); null runs the rules alone.</summary>
    internal GoalExtractor(IGoalCandidateCheck? check) => _check = check;

    public void Extract(ExtractionContext context)
    {
        // Without the two teams the goals are still the report's: only another match's result, which needs the pair to be told apart, is not read.
        var candidates = new List<GoalCandidate>();
        var listed = GoalListReader.Read(context, candidates);
        NarrativeGoalReader.Read(context, candidates, listed);
        TimelineGoalLines.Read(context, candidates, listed);
        // A goal list or a possessive may still credit a side ("Al Sadd 68'", "Uganda's second goal"): a scorer is a person.
        var sides = TeamLikeNames.Keys(context);
        candidates.RemoveAll(c => TeamLikeNames.NamesASide(context, sides, c.Player));
        // Nor is a place the report says a player comes from or plays in ("the 20-year-old from Porirua scored twice").
        var places = PlaceLikeNames.Keys(context);
        candidates.RemoveAll(c => places.Contains(PersonIndex.SurnameKey(c.Player)));
        // A league's or federation's name ("the National Women's Soccer League") is nobody's, nor is a headline's verb part of a name.
        candidates.RemoveAll(c => ScorerNameShapes.IsBodyName(c.Player) || ScorerNameShapes.IsBodyName(context.People.FullName(c.Player)));
        for (int i = 0; i < candidates.Count; i++)
            candidates[i] = candidates[i] with { Player = ScorerNameShapes.WithoutHeadlineVerb(candidates[i].Player) };
        ScorerSpellings.OneSpellingPerPlayer(context.Text, candidates);
        _check?.Check(context, candidates);
        UntimedGoalMinutes.Fill(context, candidates);
        context.Goals.AddRange(GoalConsolidator.Consolidate(context, candidates));
    }
}
