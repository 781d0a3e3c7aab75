using System.Globalization;

namespace NewsDigest.Ingest.Jsonl;

/// <summary>Reads the publication dates archives write: ISO 8601 extended or basic ("20230318T210000Z"), or a plain date.</summary>
public static class PublicationDate
{
    private static readonly string[] BasicFormats = ["yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd'T'HHmmssK", "yyyyMMdd'T'HHmm'Z'", "yyyyMMdd"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(value, BasicFormats, CultureInfo.InvariantCulture, styles, out var basic)) return basic;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out var parsed)) return parsed;
        return null;
    }
}
