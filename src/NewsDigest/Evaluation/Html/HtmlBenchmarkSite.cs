namespace NewsDigest.Evaluation.Html;

/// <summary>
/// The web site a benchmark page comes from, read from its case key (the page's URL, or "hard::host-slug.html"): pages of one
/// site share a template, so cross-validation that keeps a site's pages in one fold measures how the extractor does on
/// layouts it has not met. Archive copies (web.archive.org/web/stamp/URL) count as the archived site.
/// </summary>
public static class HtmlBenchmarkSite
{
    /// <summary>Second-level labels that sit under a country code ("co.uk", "com.pa"), so the site is one label further left.</summary>
    private static readonly HashSet<string> SecondLevel = ["co", "com", "org", "net", "gov", "ac", "edu", "gob", "or", "ne"];

    /// <summary>The site of a case key: its registrable domain ("theguardian.com", "bbc.co.uk"), lower case; the key itself when it is not a URL.</summary>
    public static string Of(string key)
    {
        string k = key.Trim();
        if (k.StartsWith("hard::", StringComparison.Ordinal))
        {
            // "hard::nationnews.com-schools.html", "hard::dw.com.colonial.html": the host comes before the first hyphen, and
            // its first two labels name the site (the rest may be the slug).
            string name = k["hard::".Length..];
            int hyphen = name.IndexOf('-');
            if (hyphen > 0) name = name[..hyphen];
            var labels = name.Split('.');
            return labels.Length >= 2 ? (labels[0] + "." + labels[1]).ToLowerInvariant() : name.ToLowerInvariant();
        }
        int scheme = k.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (scheme > 0) k = k[scheme..];
        if (!Uri.TryCreate(k, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return k.ToLowerInvariant();
        string host = uri.Host.ToLowerInvariant();
        if (host == "web.archive.org")
        {
            // /web/20200101000000/https://site/path: the archived page's site.
            int inner = k.IndexOf("http", k.IndexOf("web.archive.org", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
            if (inner > 0) return Of(k[inner..]);
        }
        return Registrable(host);
    }

    private static string Registrable(string host)
    {
        var labels = host.Split('.');
        if (labels.Length <= 2) return host;
        int take = labels[^1].Length == 2 && SecondLevel.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^take..]);
    }
}
