namespace NewsDigest.Extraction.Gazetteers;

/// <summary>A team the gazetteer knows: its canonical name and whether it is a national side.</summary>
public sealed record TeamEntry(string Name, bool National);

/// <summary>A ground the gazetteer knows, with the team that plays at home there when there is one.</summary>
public sealed record VenueEntry(string Name, string? HomeTeam);
