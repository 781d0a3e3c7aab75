using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsDigest.Ingest.Html;

/// <summary>The 'scrape' output contract: one JSON object per page with source, url, title, description, author, published, modified, siteName, language and text.</summary>
public static class ScrapedPageJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string ToJsonLine(Article article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("source", article.Source);
            WriteOrNull(json, "url", article.Url);
            WriteOrNull(json, "title", article.Title);
            WriteOrNull(json, "description", article.Description);
            WriteOrNull(json, "author", article.Author);
            WriteOrNull(json, "published", article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            WriteOrNull(json, "modified", article.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            WriteOrNull(json, "siteName", article.SiteName);
            WriteOrNull(json, "language", article.Language);
            json.WriteString("text", article.Text);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
