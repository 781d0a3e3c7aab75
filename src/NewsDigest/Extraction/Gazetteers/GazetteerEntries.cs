namespace NewsDigest.Extraction.Gazetteers;

/// <summary>A team the gazetteer knows: its canonical name, whether it is a national side, and a club's country code ("ENG", "AUS") when the list gives one.</summary>
public sealed record TeamEntry(string Name, bool National, string? Country = null);

/// <summary>A ground the gazetteer knows, with the team that plays at home there when there is one.</summary>
public sealed record VenueEntry(string Name, string? HomeTeam)
{
    /// <summary>A second club at home on the same ground (Inter Milan at San Siro, AC Milan's ground), or null.</summary>
    public string? SharedWith { get; init; }

    /// <summary>Whether the ground is home to one of the two teams.</summary>
    public bool IsHomeOfEither(Teams.TeamPair pair) =>
        (HomeTeam is not null && pair.Contains(HomeTeam)) || (SharedWith is not null && pair.Contains(SharedWith));
}
