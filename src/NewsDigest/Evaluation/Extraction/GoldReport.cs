namespace NewsDigest.Evaluation.Extraction;

/// <summary>A goal as gold data records it; the team is the one it counts for (the beneficiary of an own goal).</summary>
public sealed record GoldGoal(string Player, string? Team, int? Minute, int? AddedTime, bool Penalty, bool OwnGoal);

/// <summary>A player event the gold records by name (a sending-off, a missed penalty).</summary>
public sealed record GoldPlayerEvent(string Player, string? Team, int? Minute);

/// <summary>One report's gold facts. Lists that the gold source does not cover are null, so they are not scored.</summary>
public sealed record GoldReport(string Corpus, string Id, string Home, string Away, int HomeScore, int AwayScore)
{
    public IReadOnlyList<GoldGoal> Goals { get; init; } = [];
    public IReadOnlyList<GoldPlayerEvent>? RedCards { get; init; }
    public IReadOnlyList<GoldPlayerEvent>? MissedPenalties { get; init; }
    public string? Venue { get; init; }
    /// <summary>False when the goal list is known to be incomplete (a scraped list that could not be reconciled with the score).</summary>
    public bool GoalsComplete { get; init; } = true;
    /// <summary>True when the gold was read from the text alone, so a null goal minute means the text states none: a predicted goal by the same
    /// scorer without a minute then matches it. False where a null minute only means the results table lacked it (a minute still to find).</summary>
    public bool UnstatedMinutesMatch { get; init; }
}

/// <summary>A hand-annotated direct quote: its character span in the record's text and who said it.</summary>
public sealed record GoldQuote(string Corpus, string Id, int Start, int End, string? Speaker);

/// <summary>A corpus record to extract from, with the gold to score it against.</summary>
public sealed record GoldCase(string Corpus, string Id, string Text, GoldReport Gold)
{
    /// <summary>The article exactly as `extract` reads it (with title and date) when the corpus carries them; else the text alone is extracted.</summary>
    public NewsDigest.Ingest.Article? Input { get; init; }

    /// <summary>The record's direct quotes and their speakers, offsets into <see cref="Text"/>, when its gold annotates them (a written
    /// batch's <c>quotes</c> field); null when it does not.</summary>
    public IReadOnlyList<GoldQuote>? Quotes { get; init; }
}
