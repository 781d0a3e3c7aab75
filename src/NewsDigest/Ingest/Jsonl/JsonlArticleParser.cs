using System.Text;
using System.Text.Json;
using NewsDigest.Text;

namespace NewsDigest.Ingest.Jsonl;

/// <summary>Turns one JSONL record into an article, or into a failure naming the file, the line and what is wrong.</summary>
public sealed class JsonlArticleParser(JsonlFields fields)
{
    private readonly byte[] _url = Encoding.UTF8.GetBytes(fields.Url);
    private readonly byte[] _title = Encoding.UTF8.GetBytes(fields.Title);
    private readonly byte[] _date = Encoding.UTF8.GetBytes(fields.Date);
    private readonly byte[] _text = Encoding.UTF8.GetBytes(fields.Text);
    private readonly byte[] _site = Encoding.UTF8.GetBytes(fields.Site);
    private readonly byte[] _language = Encoding.UTF8.GetBytes(fields.Language);

    public IngestResult Parse(JsonlRecord record)
    {
        string where = $"line {record.LineNumber} of {record.File}";
        if (record.SplitError is { } splitError)
            return record.SplitErrorKind == FailureKind.Binary
                ? IngestResult.Failed(record.Source, FailureKind.Binary, splitError)
                : IngestResult.Failed(record.Source, record.SplitErrorKind, $"{where} {splitError}");
        string? url = null, title = null, date = null, text = null, site = null, language = null;
        try
        {
            var reader = new Utf8JsonReader(record.Bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return IngestResult.Failed(record.Source, FailureKind.Malformed, $"{where} is not a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldOf(ref reader);
                reader.Read();
                string? value = field == Field.Other ? null : reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                if (value is null) reader.Skip();
                switch (field)
                {
                    case Field.Text: text = value; break;
                    case Field.Title: title = value; break;
                    case Field.Url: url = value; break;
                    case Field.Date: date = value; break;
                    case Field.Site: site = value; break;
                    case Field.Language: language = value; break;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                return IngestResult.Failed(record.Source, FailureKind.Malformed, $"{where} has text after its JSON object");
        }
        catch (JsonException e)
        {
            return IngestResult.Failed(record.Source, FailureKind.Malformed, $"{where} is not valid JSON ({FirstSentence(e.Message)})");
        }
        if (string.IsNullOrWhiteSpace(text))
            return IngestResult.Failed(record.Source, FailureKind.Empty, $"{where} has no text in field \"{fields.Text}\"");
        return IngestResult.Success(new Article(record.Source, ParagraphText.Normalise(text))
        {
            Url = Blank(url),
            Title = Blank(title) is { } written ? MisdecodedUtf8.Repair(written.Trim()) : null,
            Published = PublicationDate.Parse(date),
            SiteName = Blank(site),
            Language = LanguageTag.FromName(Blank(language)),
        });
    }

    private enum Field { Other, Text, Title, Url, Date, Site, Language }

    private Field FieldOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals(_text)) return Field.Text;
        if (reader.ValueTextEquals(_title)) return Field.Title;
        if (reader.ValueTextEquals(_url)) return Field.Url;
        if (reader.ValueTextEquals(_date)) return Field.Date;
        if (reader.ValueTextEquals(_site)) return Field.Site;
        if (reader.ValueTextEquals(_language)) return Field.Language;
        return Field.Other;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
