using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>A score a report never prints but tells completely: "scored the decisive goal", "was the sole difference between the sides",
/// "scoring both goals", "a late brace", "the third and final goal for Harbour City", with no goal of the other side told anywhere. The count goes to
/// the scorer's side ("goal for X"), else to the side the opening says won. A wrong score is worse than none, so every doubt gives none:
/// an equaliser, a goal back, an own goal or a comeback told anywhere, more goals read than the count, a goal read for the other side.</summary>
public static partial class ToldTally
{
    public static MatchResult? Read(ExtractionContext context, TeamPair pair, Verdict? verdict)
    {
        int? count = null;
        string? scorerSide = null;
        TextSpan evidence = default;
        foreach (var sentenceSpan in context.Sentences)
        {
            if (context.IsQuoted(sentenceSpan.Start)) continue;
            string sentence = sentenceSpan.Substring(context.Text);
            foreach (Match m in Cue().Matches(sentence))
            {
                if (OtherMatchScores.PastMatchWithin(sentence, m.Index, 60) || NotHappened().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)))) return null;
                int n = m.Groups["one"].Success ? 1 : m.Groups["two"].Success ? 2 : Ordinal(m.Groups["nth"].Value);
                // Two cues that count differently ("the only goal" and "a brace") tell two matches or a guess: none.
                if (count is { } seen && seen != n) return null;
                count = n;
                if (evidence.Length == 0) evidence = sentenceSpan;
                // "the third and final goal for Harbour City": the side the goals count for.
                int after = sentenceSpan.Start + m.Index + m.Length;
                var side = context.Teams.Within(sentenceSpan).FirstOrDefault(t => t.Span.Start >= after && t.Span.Start - after <= 8
                    && ForBefore().IsMatch(context.Text.AsSpan(after, t.Span.Start - after)));
                if (side.Team is not null && pair.Contains(side.Team))
                {
                    string named = string.Equals(side.Team, pair.First, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second;
                    if (scorerSide is not null && scorerSide != named) return null;
                    scorerSide = named;
                }
            }
        }
        if (count is not { } goals) return null;
        // Only now the whole text is scanned (most reports without a scoreline tell no whole count): "could not find an equaliser"
        // tells no goal; any other mention of one does.
        foreach (Match other in OtherSideScored().Matches(context.Text))
            if (!NotHappened().IsMatch(context.Text.AsSpan(Math.Max(0, other.Index - 30), Math.Min(30, other.Index)))) return null;
        if (verdict is { IsDraw: true }) return null;
        string? winner = verdict?.Winner is { } w ? (string.Equals(w, pair.First, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second) : null;
        if (scorerSide is not null && winner is not null && scorerSide != winner) return null;
        string? scorer = scorerSide ?? winner;
        if (scorer is null) return null;
        string loser = scorer == pair.First ? pair.Second : pair.First;
        // The goals read must fit inside the told count, and none may be the other side's.
        var read = context.Goals;
        if (read.Any(g => string.Equals(g.Team, loser, StringComparison.OrdinalIgnoreCase))) return null;
        int distinct = read.Where(g => g.Minute is not null).Select(g => g.Minute).Distinct().Count();
        if (distinct > goals || read.Count(g => string.Equals(g.Team, scorer, StringComparison.OrdinalIgnoreCase)) > goals) return null;
        var score = scorer == pair.First ? new Scoreline(goals, 0) : new Scoreline(0, goals);
        return new MatchResult(score, null, false, context.EvidenceFor(evidence));
    }

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        _ => 6,
    };

    /// <summary>The goal counts a report tells as whole: the one goal ("the only goal of the game", "the decisive goal", "the sole difference between the
    /// sides"), two by one player ("both goals", "a brace", "scored twice"), and the last goal by its number ("the third and final goal").</summary>
    [GeneratedRegex(@"\b(?:(?<one>the\s+(?:only|sole|lone|solitary)\s+goal\s+(?:of|in)\s+the\s+(?:game|match|contest|tie|final|encounter)|(?:scored|scores|scoring|netted|nets|netting|struck|headed|grabbed|got|hit)\s+the\s+(?:decisive|deciding)\s+goal|the\s+(?:sole|only)\s+difference\s+between\s+the\s+(?:two\s+)?(?:sides|teams))|(?<two>(?:scored|scores|scoring|netted|nets|netting|grabbed|grabbing|struck|got|hit)\s+both\s+(?:of\s+the\s+|the\s+)?goals|\bbrace\b(?!\s+(?:for|themselves|yourself|ourselves|himself|herself))|(?:scored|netted|struck)\s+twice)|(?<nth>second|third|fourth|fifth|sixth)\s+and\s+final\s+goal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    /// <summary>Any word that tells a goal of the side behind, or a goal that may count for either side: then the count is not whole.</summary>
    [GeneratedRegex(@"\b(?:equalis\w*|equaliz\w*|levell?(?:ed|er|ing)|drew\s+level|pulled\s+(?:one|a\s+goal)\s+back|pull\s+one\s+back|consolation|(?:reduced|halved)\s+the\s+(?:deficit|arrears)|came\s+from\s+behind|came\s+back|fought\s+back|hit\s+back|own[- ]goal|goals?\s+apiece|comeback)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherSideScored();

    /// <summary>"could have scored the decisive goal", "was denied a brace": a goal that did not happen.</summary>
    [GeneratedRegex(@"\b(?:should|could|would|might|almost|nearly|denied|deny|chance\s+to|bid\s+to|hunt\s+for|search\s+for|without|no|not|never|failed|missed)\b[^.,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotHappened();

    [GeneratedRegex(@"^\s+for\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForBefore();
}
