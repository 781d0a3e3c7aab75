namespace NewsDigest.Extraction.OtherMatches;

/// <summary>
/// Phrases that place what a sentence tells in an earlier match than the report's own ("last season", "in the previous
/// meeting", "the reverse fixture", "his most recent appearance", "had last played"): one list, shared by the score, red card
/// and missed penalty readers, so a cue learned from one fact family guards the others too.
/// </summary>
/// <remarks>
/// Each reader wraps <see cref="EarlierMatch"/> in its own regex with word boundaries and adds the cues that only make sense
/// for its fact: a score's "Tuesday's 3-0 win" or "elsewhere", a penalty's "this season". These are pattern fragments rather
/// than a regex object because source-generated regexes need their whole pattern as a constant.
/// </remarks>
public static class OtherOccasionCues
{
    /// <summary>An alternation (no anchors, no boundaries) of the phrases every fact family reads as "another, earlier match". "Won the most
    /// recent edition of the derby" is the report's own match: the latest instalment of a rivalry is the one just played.</summary>
    public const string EarlierMatch =
        @"(?:last|earlier this|earlier in the|previous|the reverse|this time last) (?:season|term|campaign|meeting|fixture|encounter|game|match)"
        + @"|reverse fixture|prior (?:home |away )?(?:match|game|meeting)|most recent(?! (?:edition|instalment|installment|chapter) of)|had last played";
}
