using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Goals;

/// <summary>Credits a goal its sentence calls the winner to the side that won, and one it calls a consolation to the side that lost
/// ("Blackstenius' 74th-minute winner. After Barca failed to clear...", "before Dumornay grabbed an 81st-minute consolation"): the words
/// name the goal's side by the result, which the team names near the goal (the beaten side's defence, the side that failed to clear)
/// can contradict. Only a sentence that tells that one goal, with the word close after the scorer's name, and only a match someone won.</summary>
public sealed partial class WinnerAndConsolationSides : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is not { } pair || context.Facts.Result is not { } result || result.Score.First == result.Score.Second) return;
        var (winner, loser) = result.Score.First > result.Score.Second ? (pair.First, pair.Second) : (pair.Second, pair.First);
        // A consolation is a goal of the beaten side: with none in the score, the word belongs to another match's goal.
        bool loserScored = Math.Min(result.Score.First, result.Score.Second) > 0;
        var goals = context.Goals;
        for (int i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            var sentence = goal.Evidence.Sentence;
            if (goals.Count(g => g.Evidence.Span.Overlaps(goal.Evidence.Span)) > 1) continue;
            var surname = goal.Player.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            int at = sentence.IndexOf(surname, StringComparison.Ordinal);
            if (at < 0) continue;
            var after = sentence.AsSpan(at + surname.Length, Math.Min(60, sentence.Length - at - surname.Length)).ToString();
            var word = ResultWord().Match(after);
            if (!word.Success) continue;
            if (word.Groups["consolation"].Success && !loserScored) continue;
            var side = word.Groups["consolation"].Success ? loser : winner;
            if (!string.Equals(goal.Team, side, StringComparison.Ordinal)) goals[i] = goal with { Team = side };
        }
    }

    /// <summary>"winner", "winning goal", "consolation" after the scorer's name, with no other goal's word ("equaliser", "opener") or
    /// sentence break before it; not "the winner of the award", nor a winner sought ("as Arsenal went for a winner").</summary>
    [GeneratedRegex(@"^(?:(?!\b(?:equali[sz]er|equali[sz]ed|opener|leveller|levelled)\b)[^.;!?])*?\b(?:(?<consolation>consolation)|match-winner|game-winner|winning goal|(?<!\b(?:for|chasing|chase|seeking|of) (?:a|an) )winner(?! of)(?!s))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWord();
}
