using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Goals;

/// <summary>What the run of play carries from sentence to sentence: the clock, the last scorer, and a goal's minute or scorer told in a neighbouring sentence.</summary>
internal sealed class NarrativeState
{
    public Minute? Previous;
    /// <summary>The sentence that told <see cref="Previous"/>.</summary>
    public int PreviousSentence;
    public PersonMention? LastScorer;
    public int Sentence;
    /// <summary>"They swept into the lead after six minutes.": a goal's minute whose scorer the next sentence names.</summary>
    public (Minute Minute, int Sentence)? PendingMinute;
    /// <summary>The sentence whose penalty award ("awarded a penalty in the 85th minute") set <see cref="PendingMinute"/>: that minute
    /// is the conversion's, so only a penalty told next takes it.</summary>
    public int PenaltyAwardSentence = -1;
    /// <summary>The sentence whose bare moment ("The visitors silenced the home fans in the 19th minute.") set <see cref="PendingMinute"/>:
    /// only a goal told in the very next sentence, without a minute of its own, takes it.</summary>
    public int BareMomentSentence = -1;
    /// <summary>How many goal mentions there were before the last sentence read, so a sentence can take back the last one it told.</summary>
    public int CandidatesBeforeLast;
    /// <summary>The sentence <see cref="CandidatesBeforeLast"/> was counted at.</summary>
    public int CountedAt = -1;
    /// <summary>A goal told without a minute, which the next sentence may time.</summary>
    public (int Candidate, int Sentence)? Untimed;
}
