using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Gives a waiting team-goal minute to the one player a move sentence names who already has an untimed goal.</summary>
internal static partial class PendingMinuteScorer
{
    /// <summary>"Arsenal swept into the lead after 23 minutes ... Giroud arrived at the near post to convert.": a report's opening names
    /// the scorers without minutes and the run of play times a team's goal, then tells the move with the scorer in it but no goal
    /// word. A waiting minute goes to the one player named here whom the report already credits with a goal it never timed.</summary>
    public static void PendingToToldScorer(ExtractionContext context, List<GoalCandidate> candidates, List<PersonMention> people, HashSet<int> eventScorers,
        TextSpan sentence, NarrativeState state, (Minute Minute, int Sentence) waiting)
    {
        // The move must end in a finish ("slotted home", "beating Howard at his near post"), not a save or a miss.
        var said = sentence.Substring(context.Text);
        if (!FinishWords().IsMatch(said) || NotScoredTests.MissWords().IsMatch(said) || NotScoredTests.ShotNotScored().IsMatch(said) || KeptOut().IsMatch(said)) return;
        string? key = null;
        int index = -1;
        foreach (var p in people)
        {
            if (eventScorers.Contains(p.Start) || ScorerFinder.IsNonPlayer(context, p) || ScorerClues.IsBystander(context.Text, p)) continue;
            // "Johnson's corner" is the delivery; "Torres' half-volley" the finish.
            if (p.Possessive && !NotScoredTests.ShotNoun().IsMatch(FirstWordAfter(context.Text, p))) continue;
            var k = PersonIndex.SurnameKey(context.People.FullNameOf(p));
            if (k == key) continue;
            int untimed = candidates.FindIndex(c => !c.FromList && c.Minute is null && PersonIndex.SurnameKey(c.Player) == k);
            if (untimed < 0 || candidates.Any(c => c.Minute is not null && PersonIndex.SurnameKey(c.Player) == k)) continue;
            // Two goalscorers named in the move: which one scored is not told.
            if (key is not null) return;
            (key, index) = (k, untimed);
        }
        if (index < 0) return;
        candidates.Add(candidates[index] with { Minute = waiting.Minute, Count = 1, Again = false, Position = sentence.Start, Evidence = context.EvidenceFor(sentence) });
        state.PendingMinute = null;
        (state.Previous, state.PreviousSentence) = (waiting.Minute, state.Sentence);
    }

    [GeneratedRegex(@"\b(?:past|beyond|home|into (?:the|an?) (?:[\w-]+ )?(?:net|goal|corner)|in off|finish|finishes|finished|finishing|convert|converted|converting|clinical|volley|half-volley|header|slot|slotted|tap|tapped|bury|buried|found the net|found the (?:top|bottom|far|near) corner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FinishWords();

    [GeneratedRegex(@"\b(?:clawing|claws|(?:a)?round the (?:post|upright)|shortly before|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeptOut();

    private static string FirstWordAfter(string text, PersonMention p)
    {
        int start = p.After(text);
        while (start < text.Length && text[start] == ' ') start++;
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        return text[start..end];
    }
}
