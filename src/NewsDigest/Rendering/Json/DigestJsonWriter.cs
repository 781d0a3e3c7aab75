using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Merging;
using NewsDigest.Merging.Fusion;
using NewsDigest.Rendering.Summary;

namespace NewsDigest.Rendering.Json;

/// <summary>The digest as JSON, schema "newsdigest.digest" version <see cref="SchemaVersion"/> (documented in README: every fused fact is an object with value, sources, conflict, variants and notStatedBy).</summary>
public sealed class DigestJsonWriter : IDigestRenderer
{
    /// <summary>Raised when a field changes meaning or goes away; adding fields keeps the version.</summary>
    /// <remarks>Version 2: a variant's <c>evidence</c> lists at most <see cref="MaxEvidencePerVariant"/> spans (<c>evidenceCount</c> gives how many there are),
    /// and a large near-copy group's <c>pairs</c> pair each source with the group's first only (<c>pairing</c>: "all" or "star").
    /// Version 3: a source's <c>role</c> may also be "related" (a piece of another kind placed at the match), each source gives the detector's <c>kind</c>,
    /// each quote lists the roles of its sources in <c>from</c>, and attached pieces no longer vote on the score, goals, penalties or cards.
    /// Version 4: a digest may rest on no report at all (a match known only from previews, reactions and related pieces): <c>hasReport</c> says
    /// whether a report is among its sources, such a digest's <c>teams</c> are voted by its pieces, its <c>result</c> is null and its goals,
    /// penalties and cards empty, and <c>matchWindow</c> gives the days its pieces place the match in.</remarks>
    public const int SchemaVersion = 4;

    /// <summary>Evidence spans written per variant: enough to check a value by hand, while a match with hundreds of copies keeps a digest linear in its sources, not in its sources times its facts' evidence.</summary>
    public const int MaxEvidencePerVariant = 8;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    public void Render(IReadOnlyList<MatchDigest> digests, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("schema", "newsdigest.digest");
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteStartArray("digests");
            foreach (var digest in digests) WriteDigest(w, digest, withSchemaVersion: false);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length)));
        output.WriteLine();
    }

    /// <summary>Writes one digest as a standalone JSON object that begins with <c>schemaVersion</c> (a JSONL line), straight into <paramref name="w"/>: no intermediate text.</summary>
    public static void WriteStandalone(Utf8JsonWriter w, MatchDigest digest) => WriteDigest(w, digest, withSchemaVersion: true);

    private static void WriteDigest(Utf8JsonWriter w, MatchDigest d, bool withSchemaVersion)
    {
        var ids = d.Sources.ToDictionary(s => s.Source, s => s.Id, StringComparer.Ordinal);
        var f = new FactWriter(w, ids);
        w.WriteStartObject();
        if (withSchemaVersion) w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("id", d.Id);
        w.WriteStartArray("teams");
        f.WriteFact(null, d.FirstTeam, v => w.WriteStringValue(v));
        f.WriteFact(null, d.SecondTeam, v => w.WriteStringValue(v));
        w.WriteEndArray();
        if (d.Winner is { } winner) w.WriteString("winner", winner);
        else w.WriteNull("winner");
        w.WriteBoolean("hasReport", d.HasReport);
        if (d.Window is { } window)
        {
            w.WriteStartObject("matchWindow");
            w.WriteString("first", window.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("last", window.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        else w.WriteNull("matchWindow");
        WriteSummary(w, SummaryWriter.Instance.Write(d));

        if (d.Result is { } r)
        {
            w.WriteStartObject("result");
            f.WriteFact("score", r.Score, s => WriteScore(w, s));
            f.WriteFact("shootout", r.Shootout, s => WriteScore(w, s));
            f.WriteFact("afterExtraTime", r.AfterExtraTime, w.WriteBooleanValue);
            // Written only when no source gives the score and it is counted from the goals read.
            if (r.Counted) w.WriteBoolean("counted", true);
            w.WriteEndObject();
        }
        else w.WriteNull("result");
        f.WriteFact("competition", d.Competition, w.WriteStringValue);
        f.WriteFact("stage", d.Stage, w.WriteStringValue);
        f.WriteFact("venue", d.Venue, w.WriteStringValue);
        f.WriteFact("date", d.Date, v => w.WriteStringValue(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        f.WriteFact("playerOfTheMatch", d.PlayerOfTheMatch, w.WriteStringValue);

        WriteList(w, "goals", d.Goals, g =>
        {
            w.WriteString("id", g.Id);
            f.WriteFact("scorer", g.Scorer, w.WriteStringValue);
            f.WriteFact("team", g.Team, w.WriteStringValue);
            f.WriteFact("minute", g.Minute, m => WriteMinute(w, m));
            f.WriteFact("penalty", g.Penalty, w.WriteBooleanValue);
            f.WriteFact("ownGoal", g.OwnGoal, w.WriteBooleanValue);
            f.WriteFact("method", g.Method, m => w.WriteStringValue(JsonNaming.Camel(m.ToString())));
            f.WriteFact("assist", g.Assist, w.WriteStringValue);
            w.WriteBoolean("unconfirmed", g.Unconfirmed);
            WriteIds(w, "sources", g.Sources);
        });
        WriteList(w, "missedPenalties", d.MissedPenalties, p =>
        {
            w.WriteString("id", p.Id);
            f.WriteFact("player", p.Player, w.WriteStringValue);
            f.WriteFact("team", p.Team, w.WriteStringValue);
            f.WriteFact("minute", p.Minute, m => WriteMinute(w, m));
            f.WriteFact("saved", p.Saved, w.WriteBooleanValue);
            WriteIds(w, "sources", p.Sources);
        });
        WriteList(w, "cards", d.Cards, c =>
        {
            w.WriteString("id", c.Id);
            f.WriteFact("player", c.Player, w.WriteStringValue);
            f.WriteFact("team", c.Team, w.WriteStringValue);
            f.WriteFact("minute", c.Minute, m => WriteMinute(w, m));
            f.WriteFact("kind", c.Kind, k => w.WriteStringValue(JsonNaming.Camel(k.ToString())));
            w.WriteBoolean("sendingOff", c.IsSendingOff);
            WriteIds(w, "sources", c.Sources);
        });
        WriteList(w, "quotes", d.Quotes, q =>
        {
            w.WriteString("id", q.Id);
            f.WriteFact("text", q.Text, w.WriteStringValue);
            f.WriteFact("speaker", q.Speaker, w.WriteStringValue);
            f.WriteFact("role", q.Role, w.WriteStringValue);
            WriteIds(w, "sources", q.Sources);
            WriteIds(w, "from", SourceLabels.RolesOf(d, q.Sources));
        });
        WriteList(w, "ratings", d.Ratings, r =>
        {
            w.WriteString("id", r.Id);
            f.WriteFact("player", r.Player, w.WriteStringValue);
            f.WriteFact("team", r.Team, w.WriteStringValue);
            f.WriteFact("rating", r.Rating, m =>
            {
                if (m.Value is { } v) w.WriteNumberValue(v);
                else w.WriteNullValue();
            });
            WriteIds(w, "sources", r.Sources);
        });
        if (d.NextFixture is { } n)
        {
            w.WriteStartObject("nextFixture");
            w.WriteString("id", n.Id);
            f.WriteFact("team", n.Team, w.WriteStringValue);
            f.WriteFact("opponent", n.Opponent, w.WriteStringValue);
            f.WriteFact("date", n.Date, v => w.WriteStringValue(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            w.WriteBoolean("dateFromWeekday", n.DateFromWeekday);
            f.WriteFact("stage", n.Stage, w.WriteStringValue);
            WriteIds(w, "sources", n.Sources);
            w.WriteEndObject();
        }
        else w.WriteNull("nextFixture");

        WriteList(w, "sources", d.Sources, s =>
        {
            w.WriteString("id", s.Id);
            w.WriteString("source", s.Source);
            WriteNullable(w, "title", s.Title);
            WriteNullable(w, "site", s.SiteName);
            WriteNullable(w, "published", s.Published?.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
            w.WriteString("role", SourceLabels.Role(s));
            w.WriteString("kind", SourceLabels.Kind(s));
            if (s.DetectedKind is { } detected) w.WriteString("detectedKind", JsonNaming.Camel(detected.ToString()));
            if (s.ReadAsReportBecause is { } because) w.WriteString("readAsReportBecause", because);
            w.WriteNumber("story", s.Story);
            w.WriteNumber("voteWeight", Math.Round(s.VoteWeight, 4));
        });
        WriteList(w, "nearCopies", d.NearCopies, g =>
        {
            w.WriteNumber("story", g.Story);
            WriteIds(w, "sources", g.Sources);
            w.WriteString("pairing", g.Listing == NewsDigest.Merging.Dedup.PairListing.Star ? "star" : "all");
            WriteList(w, "pairs", g.Pairs, p =>
            {
                w.WriteString("first", p.First);
                w.WriteString("second", p.Second);
                w.WriteNumber("similarity", Math.Round(p.Similarity, 3));
            });
        });
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, DigestSummary summary)
    {
        w.WriteStartObject("summary");
        w.WriteString("text", summary.Text);
        WriteList(w, "sentences", summary.Sentences, s =>
        {
            w.WriteString("text", s.Text);
            WriteList(w, "facts", s.Facts, fact =>
            {
                w.WriteString("fact", fact.FactId);
                w.WriteString("description", fact.Description);
                WriteIds(w, "sources", fact.Sources);
            });
        });
        w.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter w, Scoreline s)
    {
        w.WriteStartArray();
        w.WriteNumberValue(s.First);
        w.WriteNumberValue(s.Second);
        w.WriteEndArray();
    }

    private static void WriteMinute(Utf8JsonWriter w, Minute m)
    {
        w.WriteStartObject();
        w.WriteNumber("minute", m.Regular);
        if (m.Added is { } added) w.WriteNumber("addedTime", added);
        else w.WriteNull("addedTime");
        w.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> writeFields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeFields(item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids) w.WriteStringValue(id);
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>Writes fused facts: {value, sources, conflict, variants: [{value, sources, stories, weight, evidence}], notStatedBy}.</summary>
    private sealed class FactWriter(Utf8JsonWriter w, IReadOnlyDictionary<string, string> sourceIds)
    {
        public void WriteFact<T>(string? name, FusedFact<T>? fact, Action<T> writeValue) where T : notnull
        {
            if (fact is null)
            {
                if (name is not null) w.WriteNull(name);
                return;
            }
            if (name is null) w.WriteStartObject();
            else w.WriteStartObject(name);
            w.WritePropertyName("value");
            writeValue(fact.Value);
            WriteIds(w, "sources", fact.Sources);
            w.WriteBoolean("conflict", fact.IsConflict);
            w.WriteStartArray("variants");
            foreach (var variant in fact.Variants)
            {
                w.WriteStartObject();
                w.WritePropertyName("value");
                writeValue(variant.Value);
                WriteIds(w, "sources", variant.Sources);
                w.WriteNumber("stories", variant.Stories);
                w.WriteNumber("weight", Math.Round(variant.Weight, 4));
                w.WriteStartArray("evidence");
                foreach (var e in variant.Evidence.Take(MaxEvidencePerVariant)) WriteEvidence(e);
                w.WriteEndArray();
                w.WriteNumber("evidenceCount", variant.Evidence.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteIds(w, "notStatedBy", fact.NotStatedBy);
            w.WriteEndObject();
        }

        private void WriteEvidence(Evidence e)
        {
            w.WriteStartObject();
            w.WriteString("source", sourceIds.TryGetValue(e.Source, out var id) ? id : e.Source);
            w.WriteNumber("start", e.Span.Start);
            w.WriteNumber("length", e.Span.Length);
            w.WriteEndObject();
        }
    }
}
