using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Goals;

/// <summary>Gives every goal mention of one player the spelling the report uses most, so that a misspelt mention merges with the others.</summary>
internal static class ScorerSpellings
{
    /// <summary>"Magdalena Erikkson fired home" and "a Magdalena Eriksson brace": a report that misspells a scorer once tells one
    /// player, so every mention takes the spelling the text uses most and the consolidator can merge them.</summary>
    public static void OneSpellingPerPlayer(string text, List<GoalCandidate> candidates)
    {
        var names = candidates.Select(c => c.Player).Distinct().ToList();
        for (int i = 0; i < names.Count; i++)
            for (int j = 0; j < names.Count; j++)
            {
                if (i == j || PersonIndex.SurnameKey(names[i]) == PersonIndex.SurnameKey(names[j]) || !Merging.PersonNameMatcher.SamePerson(names[i], names[j])) continue;
                // Only the rarer spelling gives way; two spellings told as often may be two players.
                if (Occurrences(text, Merging.PersonNameMatcher.Surname(names[i])) >= Occurrences(text, Merging.PersonNameMatcher.Surname(names[j]))) continue;
                var (rare, common) = (names[i], names[j]);
                for (int c = 0; c < candidates.Count; c++)
                    if (candidates[c].Player == rare) candidates[c] = candidates[c] with { Player = common };
                names[i] = common;
            }
    }

    private static int Occurrences(string text, string foldedSurname)
    {
        int count = 0;
        foreach (var word in Merging.FoldedText.Words(text))
            if (word == foldedSurname) count++;
        return count;
    }
}
