using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>The club whose own website published a report ("arsenal.com", "tottenhamhotspur.com", "chelseafc.com"), read from the article's
/// address or site name: such reports say "we" and "our" for that club and often leave its name out of the headline ("Women 0-0 Manchester United").</summary>
public static partial class ClubSite
{
    /// <summary>The club the site belongs to, when the site's name is a club's name the gazetteer knows (with or without "fc"/"afc"); else null.</summary>
    public static string? Of(ExtractionContext context)
    {
        var host = Host(context.Article.Url) ?? Host(context.Article.SiteName);
        if (host is null) return null;
        var labels = host.Split('.');
        // "www.arsenal.com" or "arsenal.com": the label before the public suffix names the site.
        var label = labels.Length >= 2 ? labels[^2] : labels[0];
        if (label is "co" or "com" or "org" or "net" && labels.Length >= 3) label = labels[^3];
        label = FcAffix().Replace(label.ToLowerInvariant(), "");
        if (label.Length < 4) return null;
        return ClubsBySquashedName(context.Gazetteer.Teams).GetValueOrDefault(label);
    }

    // Squashing every club name per article cost more than the rest of team extraction; the gazetteer is immutable, so the
    // lookup is built once per gazetteer. The first club of a squashed name wins, as the gazetteer's order gives them.
    private static readonly ConditionalWeakTable<Gazetteers.PhraseGazetteer<Gazetteers.TeamEntry>, Dictionary<string, string>> Lookups = new();

    private static Dictionary<string, string> ClubsBySquashedName(Gazetteers.PhraseGazetteer<Gazetteers.TeamEntry> teams) =>
        Lookups.GetValue(teams, static gazetteer =>
        {
            var clubs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var team in gazetteer.Values)
                if (!team.National) clubs.TryAdd(Squashed(team.Name), team.Name);
            return clubs;
        });

    /// <summary>Whether the opening speaks for the club in the first person plural outside quotes ("Our first Women's Super League match",
    /// "We hit six past the Royals").</summary>
    public static bool SpeaksAsClub(ExtractionContext context, IEnumerable<Text.TextSpan> opening)
    {
        foreach (var sentence in opening)
            foreach (Match m in FirstPerson().Matches(context.Text, sentence.Start))
            {
                if (m.Index >= sentence.End) break;
                if (!context.IsQuoted(m.Index)) return true;
            }
        return false;
    }

    private static string? Host(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)) return uri.Host;
        // A bare domain as a site name ("arsenal.com"); a name with spaces ("BBC Sport") is no address.
        return address.Contains('.') && !address.Contains(' ') ? address.Trim().ToLowerInvariant() : null;
    }

    private static string Squashed(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        int n = 0;
        foreach (var c in name) if (char.IsAsciiLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return FcAffix().Replace(new string(buffer[..n]), "");
    }

    [GeneratedRegex(@"^(?:afc|fc)(?=[a-z]{4})|(?<=[a-z]{4})(?:afc|fc)$")]
    private static partial Regex FcAffix();

    [GeneratedRegex(@"\b(?:We|we|Our|our|us)\b")]
    private static partial Regex FirstPerson();
}
