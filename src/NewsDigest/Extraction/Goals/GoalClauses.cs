using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Goals;

/// <summary>Splits a sentence into the clauses a goal is read in: where a clause starts and ends, and the window that can tell a goal did not count.</summary>
internal static partial class GoalClauses
{
    /// <summary>A trigger's clause, with the clause it is the "when" of and a "but" clause after it: what can tell its goal did not count.</summary>
    public static ReadOnlySpan<char> ClauseWindow(string sentenceText, Match trigger)
    {
        var (start, end) = ClauseWindowBounds(sentenceText, trigger);
        return sentenceText.AsSpan(start, end - start);
    }

    /// <summary>Where <see cref="ClauseWindow"/> starts and ends in the sentence.</summary>
    public static (int Start, int End) ClauseWindowBounds(string sentenceText, Match trigger)
    {
        int clause = ClauseStart(sentenceText, trigger.Index);
        int end = ClauseEnd(sentenceText, trigger.Index + trigger.Length);
        if (clause > 0 && WhenBreak().IsMatch(sentenceText.AsSpan(Math.Max(0, clause - 8), clause - Math.Max(0, clause - 8)))) clause = ClauseStart(sentenceText, clause - 1);
        if (end < sentenceText.Length && ButBreak().Match(sentenceText, end, Math.Min(12, sentenceText.Length - end)) is { Success: true } but)
            end = ClauseEnd(sentenceText, but.Index + but.Length);
        return (clause, end);
    }

    /// <summary>"Minutes after Brandt's header was ruled out for offside, Marlow fired home": where a sentence-opening "after" or "having"
    /// clause, closed by a comma before the trigger, ends; its misses and undone goals are earlier deeds, not the trigger's. Otherwise
    /// <paramref name="clause"/>.</summary>
    public static int AfterFrontedClause(string sentenceText, int clause, int triggerIndex) =>
        FrontedClause().Match(sentenceText) is { Success: true } fronted && fronted.Index + fronted.Length > clause && fronted.Index + fronted.Length <= triggerIndex
            ? fronted.Index + fronted.Length : clause;

    [GeneratedRegex(@"^\s*(?:(?:minutes|moments|seconds|shortly|just|soon|straight|immediately)\s+)?(?:after|having)\b[^,;:]{1,120},", RegexOptions.IgnoreCase)]
    private static partial Regex FrontedClause();

    [GeneratedRegex(@"\bwhen\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenBreak();

    [GeneratedRegex(@"^,?\s*(?:but|only for)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ButBreak();

    public static int ClauseStart(string sentence, int position)
    {
        int start = 0;
        foreach (Match m in ClauseBreak().Matches(sentence))
        {
            if (m.Index + m.Length > position) break;
            start = m.Index + m.Length;
        }
        return start;
    }

    public static int ClauseEnd(string sentence, int position)
    {
        var m = ClauseBreak().Match(sentence, Math.Min(position, sentence.Length));
        return m.Success ? m.Index : sentence.Length;
    }

    [GeneratedRegex(@"[;:—]|,\s+(?=(?:but|and|before|after|when|as|while|although|though|only for|who|which|with)\b)|\s+(?:but|before|after|when|while|although|though|only for|whereupon|until)\s+|\s+-\s+|\s+–\s+|,\s+and\s+|\s+and\s+(?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>", who were eliminated by Inter Milan in the last eight,": a relative clause between commas, an aside about the
    /// subject whose other match is not the clause's.</summary>
    [GeneratedRegex(@",\s*(?:who|which)\b[^,;.]{1,160},", RegexOptions.IgnoreCase)]
    internal static partial Regex RelativeAside();
}
