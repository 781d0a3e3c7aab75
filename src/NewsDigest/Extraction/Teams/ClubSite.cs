using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>The club whose own website published a report ("arsenal.com", "tottenhamhotspur.com", "chelseafc.com"), read from the article's
/// address or site name: such reports say "we" and "our" for that club and often leave its name out of the headline ("Women 0-0 Manchester United").</summary>
public static partial class ClubSite
{
    /// <summary>The club the site belongs to, when the site's name is a club's name the gazetteer knows (with or without "fc"/"afc"); else null.</summary>
    public static string? Of(ExtractionContext context) =>
        Label(context) is { } label ? ClubsBySquashedName(context.Gazetteer.Teams).GetValueOrDefault(label) : null;

    /// <summary>The site's own name, squashed ("ashworthtown" for www.ashworthtownfc.co.uk, "svkalkberg" for www.sv-kalkberg.at), or null.</summary>
    private static string? Label(ExtractionContext context)
    {
        var host = Host(context.Article.Url) ?? Host(context.Article.SiteName);
        if (host is null) return null;
        var labels = host.Split('.');
        // "www.arsenal.com" or "arsenal.com": the label before the public suffix names the site.
        var label = labels.Length >= 2 ? labels[^2] : labels[0];
        if (label is "co" or "com" or "org" or "net" && labels.Length >= 3) label = labels[^3];
        label = FcAffix().Replace(label.ToLowerInvariant().Replace("-", ""), "");
        return label.Length < 4 ? null : label;
    }

    /// <summary>The club whose site published the report, as the report writes the site's name out ("Ashworth Town suffered late heartbreak"
    /// on ashworthtownfc.co.uk, "DALMORE THISTLE 3 ..." on dalmorethistlefc.co.uk, "VITÓRIA SC:" on vitoriasc.pt): a run of two to four
    /// capitalised words, not run on from a capitalised word before it ("Sporting Kansas City" names no site kansascity.com), whose
    /// letters are the site's name and which holds a club word; the gazetteer's name when it knows the run. A club the gazetteer knows by the site's name is that club
    /// when the report speaks as it (<see cref="SpeaksAsClub"/>). Null when the report writes no such name: a site is no club by its name alone.</summary>
    public static string? Written(ExtractionContext context, IEnumerable<Text.TextSpan> opening)
    {
        if (Label(context) is not { } label) return null;
        if (Of(context) is { } known && SpeaksAsClub(context, opening)) return known;
        foreach (var text in new[] { context.Article.Title ?? "", context.Text })
            foreach (Match run in CapitalRun().Matches(text))
            {
                // "— ESPN FC (@ESPNFC) January 8, 2023" under an embedded post on espn.com: the outlet's account signs the post, no club plays.
                if (SignsAPost(text, run)) continue;
                var words = run.Value.Split(' ');
                // The run's start, or the word after its "The": a name further into a run is part of a longer one.
                int first = words[0] is "The" ? 1 : 0;
                for (int n = first + 2; n <= Math.Min(words.Length, first + 4); n++)
                {
                    var name = string.Join(' ', words[first..n]);
                    if (Squashed(Folded(name)) != label) continue;
                    if (context.Gazetteer.Teams.TryGet(name, out var entry)) return entry.Name;
                    // "Newcastle Herald", "Kyodo News", "Wearside FM", "Premier League": a paper's, a station's or a league's site writes its
                    // own name too; a club's name holds a club word ("Town", "Thistle", "FC", "SV").
                    // "River Bend" of "River Bend FC moved to 5-1-2" (riverbendfc.com): the run's next word may be the club word.
                    if (!words[first..n].Any(SideCandidates.ClubWords.Contains) || ResultSentenceReader.Clean(name) is null) continue;
                    return name.Any(char.IsLower) ? name : Capitalised(name);
                }
            }
        return null;
    }

    /// <summary>Whether the run signs an embedded social post: a line opening on a dash before it, or a handle right after it.</summary>
    private static bool SignsAPost(string text, Match run)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, run.Index - 1)) + 1;
        var before = text.AsSpan(lineStart, run.Index - lineStart).Trim();
        if (before is "—" or "–" or "-" or "--") return true;
        var after = text.AsSpan(run.Index + run.Length);
        return after.TrimStart().StartsWith("(@");
    }

    private static string Folded(string name) => Text.TextFolding.Fold(name);

    /// <summary>"DALMORE THISTLE" as "Dalmore Thistle".</summary>
    private static string Capitalised(string name) => string.Join(' ', name.Split(' ').Select(word => word.Length > 2 || word.Any(char.IsDigit)
        ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : word));

    /// <summary>A run of capitalised words (all-capitals ones too) on one line, as long as it goes.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}'’.\-])[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*)+")]
    private static partial Regex CapitalRun();

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
