namespace NewsDigest.Extraction.Ratings;

/// <summary>A mark out of ten a report gives a player; null Rating means the report lists the player unrated ("n/a").</summary>
public sealed record PlayerRating(string Player, string? Team, double? Rating, Evidence Evidence);
