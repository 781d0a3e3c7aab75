using NewsDigest.Extraction.Score;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsDigest.Extraction;

namespace NewsDigest.Rendering.Json;

/// <summary>Writes one article's extraction as the single-line JSON object of the `extract` contract (see README).</summary>
public static class ArticleReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string ToJsonLine(ArticleReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) Write(writer, report);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ArticleReport report)
    {
        w.WriteStartObject();
        w.WriteString("source", report.Article.Source);
        w.WriteBoolean("isMatchReport", report.IsMatchReport);
        w.WriteString("kind", JsonNaming.Camel(report.Kind.ToString()));
        w.WriteNumber("kindConfidence", Math.Round(report.KindConfidence, 3));
        if (report.DetectedKind is { } detected) w.WriteString("detectedKind", JsonNaming.Camel(detected.ToString()));
        if (report.ReadAsReportBecause is { } because) w.WriteString("readAsReportBecause", because);
        if (report.Article.Title is { } title) w.WriteString("title", title);
        if (report.Article.Published is { } published) w.WriteString("published", published.ToString("yyyy-MM-ddTHH:mm:ssK"));
        if (report.Note is { } note) w.WriteString("note", note);
        // A turned-down article read in full by `extract` (Pipeline.ReadAllFacts) carries its facts too; isMatchReport still says it is no report.
        if (report.Match is { } match) WriteMatch(w, match);
        w.WriteEndObject();
    }

    private static void WriteMatch(Utf8JsonWriter w, MatchFacts m)
    {
        w.WriteStartObject("match");
        w.WriteStartArray("teams");
        if (m.Teams is { } teams)
        {
            w.WriteStringValue(teams.First);
            w.WriteStringValue(teams.Second);
        }
        w.WriteEndArray();
        if (m.Result is { } result)
        {
            WritePair(w, "score", result.Score.First, result.Score.Second);
            if (result.Shootout is { } s) WritePair(w, "shootout", s.First, s.Second);
            else w.WriteNull("shootout");
            w.WriteBoolean("afterExtraTime", result.AfterExtraTime);
            // The report never gives this score: it is the goals read, counted per side.
            w.WriteBoolean("scoreCounted", result.Provenance == ScoreProvenance.CountedFromGoals);
        }
        else
        {
            w.WriteNull("score");
            w.WriteNull("shootout");
        }
        w.WriteStartArray("goals");
        foreach (var g in m.Goals)
        {
            w.WriteStartObject();
            w.WriteString("player", g.Player);
            WriteNullable(w, "team", g.Team);
            WriteMinute(w, g.Minute);
            w.WriteBoolean("penalty", g.Penalty);
            w.WriteBoolean("ownGoal", g.OwnGoal);
            if (g.Method != Extraction.Goals.GoalMethod.Unknown) w.WriteString("method", JsonNaming.Camel(g.Method.ToString()));
            if (g.Assist is { } assist) w.WriteString("assist", assist);
            WriteEvidence(w, g.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("missedPenalties");
        foreach (var p in m.MissedPenalties)
        {
            w.WriteStartObject();
            w.WriteString("player", p.Player);
            WriteNullable(w, "team", p.Team);
            WriteMinute(w, p.Minute);
            w.WriteBoolean("saved", p.Saved);
            WriteEvidence(w, p.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteCards(w, "redCards", m.Cards.Where(c => c.IsSendingOff));
        WriteCards(w, "yellowCards", m.Cards.Where(c => !c.IsSendingOff));
        WriteNullable(w, "venue", m.Venue?.Value);
        WriteNullable(w, "competition", m.Competition?.Value);
        WriteNullable(w, "stage", m.Stage?.Value);
        WriteNullable(w, "date", m.Date?.Value.ToString("yyyy-MM-dd"));
        WriteNullable(w, "playerOfTheMatch", m.PlayerOfTheMatch?.Value);
        w.WriteStartArray("quotes");
        foreach (var q in m.Quotes)
        {
            w.WriteStartObject();
            WriteNullable(w, "speaker", q.Speaker);
            if (q.SpeakerRole is { } role) w.WriteString("role", role);
            w.WriteString("text", q.Text);
            WriteEvidence(w, q.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("ratings");
        foreach (var r in m.Ratings)
        {
            w.WriteStartObject();
            w.WriteString("player", r.Player);
            WriteNullable(w, "team", r.Team);
            if (r.Rating is { } value) w.WriteNumber("rating", value);
            else w.WriteNull("rating");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (m.NextFixture is { } next)
        {
            w.WriteStartObject("nextFixture");
            w.WriteString("team", next.Team);
            w.WriteString("opponent", next.Opponent);
            WriteNullable(w, "date", next.Date?.ToString("yyyy-MM-dd"));
            WriteNullable(w, "stage", next.Stage);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteCards(Utf8JsonWriter w, string name, IEnumerable<Extraction.Cards.Card> cards)
    {
        w.WriteStartArray(name);
        foreach (var c in cards)
        {
            w.WriteStartObject();
            w.WriteString("player", c.Player);
            WriteNullable(w, "team", c.Team);
            WriteMinute(w, c.Minute);
            w.WriteString("kind", JsonNaming.Camel(c.Kind.ToString()));
            WriteEvidence(w, c.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePair(Utf8JsonWriter w, string name, int a, int b)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(a);
        w.WriteNumberValue(b);
        w.WriteEndArray();
    }

    private static void WriteMinute(Utf8JsonWriter w, Minute? minute)
    {
        if (minute is { } m)
        {
            w.WriteNumber("minute", m.Regular);
            if (m.Added is { } added) w.WriteNumber("addedTime", added);
            else w.WriteNull("addedTime");
        }
        else
        {
            w.WriteNull("minute");
            w.WriteNull("addedTime");
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence evidence)
    {
        w.WriteStartObject("evidence");
        w.WriteNumber("start", evidence.Span.Start);
        w.WriteNumber("length", evidence.Span.Length);
        w.WriteEndObject();
    }
}
