namespace NewsDigest.Learning.Training;

/// <summary>One article of the news archive (football-news-2023-2026.jsonl.gz).</summary>
public sealed record ArchiveRecord(string Id, string Url, string Title, string Date, string Domain, string Text);

/// <summary>A goal as a corpus or the facts table states it: scorer as written, minute text, kind (g, pen, og).</summary>
public sealed record GoldGoal(string Team, string Player, string Minute, string Type);

/// <summary>A single-match report from the ESPN or premierleague.com corpus, with whatever gold it carries.</summary>
public sealed record MatchReportRecord(string Corpus, string Id, string Home, string Away, string Text)
{
    public (int Home, int Away)? FinalScore { get; init; }
    public IReadOnlyList<GoldGoal> Goals { get; init; } = [];
}

/// <summary>One row of the Premier League facts table (2001-02 to 2013-14).</summary>
public sealed record FactsMatch(string Season, string Date, string Home, int HomeGoals, string Away, int AwayGoals, string Venue, IReadOnlyList<GoldGoal> Goals);
