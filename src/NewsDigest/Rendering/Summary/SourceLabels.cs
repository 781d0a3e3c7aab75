using NewsDigest.Merging;
using NewsDigest.Rendering.Json;

namespace NewsDigest.Rendering.Summary;

/// <summary>How the digests name a source's role at the match and the kind the report detector gave it, and which roles a fact came from.</summary>
public static class SourceLabels
{
    /// <summary>"report", "reaction", "preview" or "related".</summary>
    public static string Role(DigestSource source) => JsonNaming.Camel(source.Role.ToString());

    /// <summary>The detector's kind: "singleMatchReport", "reaction", "roundUp"...</summary>
    public static string Kind(DigestSource source) => JsonNaming.Camel(source.Kind.ToString());

    /// <summary>The kind as a reader of a rendered digest should see it: with the detector's own judgement when it was overruled (`--as-reports`, or a headline that tells the result).</summary>
    public static string KindShown(DigestSource source) => source.DetectedKind is not { } detected ? Kind(source)
        : $"{Kind(source)} ({(source.ReadAsReportBecause is null ? "by --as-reports" : "its headline tells the result")}; the detector: {JsonNaming.Camel(detected.ToString())})";

    /// <summary>The distinct roles of a fact's sources, reports first: what a quote from a reaction piece or a preview is labelled with.</summary>
    public static IReadOnlyList<string> RolesOf(MatchDigest digest, IEnumerable<string> sourceIds)
    {
        var ids = sourceIds.ToHashSet(StringComparer.Ordinal);
        return digest.Sources.Where(s => ids.Contains(s.Id)).Select(s => s.Role).Distinct().Order().Select(r => JsonNaming.Camel(r.ToString())).ToArray();
    }

    /// <summary>" (from a reaction)" and the like when any of the sources is not a report of the match; empty when all are reports.</summary>
    public static string OriginNote(MatchDigest digest, IEnumerable<string> sourceIds)
    {
        var roles = RolesOf(digest, sourceIds);
        if (roles.All(r => r == "report")) return "";
        return $" (from {string.Join(" and ", roles.Select(r => r switch { "report" => "a report", "related" => "a related piece", _ => $"a {r}" }))})";
    }
}
