using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Ratings;

/// <summary>Reads player-rating lines: "ENGLAND: Pickford 6, Walker 6 ... Subs: Mount n/a" — a team name, a colon, then names with a mark or n/a.</summary>
public sealed partial class RatingsExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).ToString();
            var head = Head().Match(line);
            if (head.Success && context.Gazetteer.Teams.TryGet(head.Groups["team"].Value, out var team))
            {
                var evidence = context.EvidenceFor(new Text.TextSpan(lineStart, lineEnd - lineStart));
                var entries = Entry().Matches(line, head.Length);
                if (entries.Count >= 3)
                    foreach (Match e in entries)
                    {
                        var name = e.Groups["name"].Value.Trim();
                        double? rating = e.Groups["r"].Value.Equals("n/a", StringComparison.OrdinalIgnoreCase) ? null : double.Parse(e.Groups["r"].Value, CultureInfo.InvariantCulture);
                        context.Ratings.Add(new PlayerRating(name, team.Name, rating, evidence));
                    }
            }
            lineStart = lineEnd + 1;
        }
    }

    [GeneratedRegex(@"^\s*(?<team>[A-Z][\w'’.& -]{1,40}?)\s*(?:\(\d-\d-\d(?:-\d)?\))?\s*:\s*")]
    private static partial Regex Head();

    [GeneratedRegex(@"(?:Subs?:\s*)?(?<name>(?:[A-Z]\.\s?)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2})\s+(?<r>\d{1,2}(?:\.\d)?|n/a)\b")]
    private static partial Regex Entry();
}
