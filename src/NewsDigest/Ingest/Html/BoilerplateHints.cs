using System.Text.RegularExpressions;

namespace NewsDigest.Ingest.Html;

/// <summary>What a page's class and id names say about an element: story content, or the furniture around it.</summary>
internal static partial class BoilerplateHints
{
    /// <summary>
    /// True when the hint names a word of the class or id names. A match that runs into a camelCase word and stops inside
    /// it is a fragment, not a hint: "APageRoot" does not say "pager" and "heateorSssSharing" does not say "rss", while
    /// "navBar", "SideBarDate" and "postAuthorBox" keep their meaning.
    /// </summary>
    public static bool FoundIn(this Regex hint, string names)
    {
        foreach (var match in hint.EnumerateMatches(names))
            if (!EndsInsideACamelCaseWord(names, match.Index, match.Length)) return true;
        return false;
    }

    private static bool EndsInsideACamelCaseWord(string names, int start, int length)
    {
        int end = start + length;
        if (end >= names.Length || !char.IsLower(names[end])) return false;
        for (int i = start + 1; i < end; i++)
            if (char.IsLower(names[i - 1]) && char.IsUpper(names[i])) return true;
        return false;
    }

    /// <summary>Names used for page furniture: menus, share bars, comments, related and most-read lists, ads, banners.</summary>
    [GeneratedRegex(@"combx|comment(?!ary)|disqus|respond|reply|community|contact|foot|footer|footnote-links|masthead|menu|navbar|\bnav|breadcrumb|remark|rss|shoutbox|sidebar|side-bar|skyscraper|sponsor|\bads?\b|\bad-|-ad\b|adsense|advert|banner|cookie|consent|gdpr|popup|modal|newsletter|subscri|signup|sign-up|login|social|share|sharing|sharebar|shariff|addthis|related|recommend|most-?read|most-?popular|popular|trending|outbrain|taboola|teaser-?list|widget|tag-?cloud|\btags\b|pagination|pager|paging|print|jump|toolbar|author-?box|author-?bio|about-?author|byline-?social|promo|sticky|overlay|hidden|skip|tooltip|dropdown|carousel|slider|gallery-?nav|read-?more|more-?stories|next-?article|prev-?article|teaser|listing|archive|calendar|search|rating|vote|wp-caption-text|caption|credit|copyright|legal|imprint|impressum|meta-?data|post-?meta|entry-?meta|postmetadata|entry-?utility|entry-?footer|post-?footer|article-?footer|byline|dateline|timestamp|published|date-?time",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Negative();

    /// <summary>Names used for the story itself.</summary>
    [GeneratedRegex(@"article|\bbody\b|-body|body-|content|entry|hentry|h-entry|\bmain\b|\bpage\b|pagination-main|\bpost\b|post-|text|blog|story|prose|rich-?text|news-?detail|detail|single|field-?item|itemprop|column",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Positive();

    /// <summary>Names that are furniture beyond doubt even when they also contain a positive word (e.g. "comment-content", "related-articles").</summary>
    [GeneratedRegex(@"comment(?!ary)|disqus|cookie|consent|gdpr|newsletter|share|sharing|shariff|social|related|recommend|most-?read|most-?popular|trending|outbrain|taboola|breadcrumb|sidebar|navbar|\bnav\b|menu|advert|(?<![\w-])ads?(?![\w])|(?<![\w-])ad-|promo|popup|modal|signup|subscri|author-?box|author-?bio|author-?info|author-?description|about-?the-?author|sabox|\babh_|sociable|(?<!has-)paywall(?!-?container)|ratings?\b|post-?ratings|code-block|affiliate|disclaimer|disclosure|next-?post|next-?story|editorial-?disclosure|toc_container|meta-?info|tag-?cloud|\btags\b|pagination|pager|footer|wp-caption-text|caption|figcaption|print|skip",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Certain();

    /// <summary>Cookie and privacy consent dialogs: their long legal prose can outweigh a short story.</summary>
    [GeneratedRegex(@"cookie|consent|gdpr|dsgvo|privacy-?(popup|banner|overlay|settings|center|dialog|modal)|onetrust|usercentrics|didomi|borlabs|cookiebot", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Consent();

    /// <summary>Reader comments and discussion threads.</summary>
    [GeneratedRegex(@"comment(?!ary)|disqus|respond|discussion|reply|replies", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Comments();

    /// <summary>Live blogs, tickers and match centres: their "comments" are the story (minute-by-minute commentary).</summary>
    [GeneratedRegex(@"live|ticker|minute|timeline|commentary|play-?by-?play", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LiveCoverage();
}
