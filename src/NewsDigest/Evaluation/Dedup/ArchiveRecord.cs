namespace NewsDigest.Evaluation.Dedup;

/// <summary>One article of the shared news archive (gzip JSONL: id, url, title, date, domain, language, text).</summary>
public sealed record ArchiveRecord(string Id, string Url, string Title, string Date, string Domain, string Language, string Text)
{
    /// <summary>The publication date when the record's date field holds one.</summary>
    public DateTimeOffset? Published =>
        DateTimeOffset.TryParse(Date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
