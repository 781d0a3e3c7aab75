using System.Globalization;
using System.Net;
using NewsDigest.Merging;
using NewsDigest.Rendering.Summary;

namespace NewsDigest.Rendering.Html;

/// <summary>The digest as one static HTML page: fused facts, conflicts and what each source says side by side. Everything from an article is HTML-escaped; the page has no scripts.</summary>
public sealed class HtmlDigestRenderer : IDigestRenderer
{
    private readonly bool _explain;

    public HtmlDigestRenderer(bool explain = false) => _explain = explain;

    public void Render(IReadOnlyList<MatchDigest> digests, TextWriter o)
    {
        o.WriteLine("<!DOCTYPE html>");
        o.WriteLine("<html lang=\"en\">");
        o.WriteLine("<head>");
        o.WriteLine("<meta charset=\"utf-8\">");
        o.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        o.WriteLine("<title>NewsDigest</title>");
        o.WriteLine("<style>body{font-family:sans-serif;max-width:75em;margin:1em auto;padding:0 1em}table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;text-align:left}td.conflict{background:#fff3cd}td.silent{color:#888}.variants{font-size:.9em;color:#7a4b00}</style>");
        o.WriteLine("</head>");
        o.WriteLine("<body>");
        foreach (var digest in digests) RenderOne(digest, o);
        o.WriteLine("</body>");
        o.WriteLine("</html>");
    }

    private void RenderOne(MatchDigest d, TextWriter o)
    {
        o.WriteLine($"<article id=\"{E(d.Id)}\">");
        o.WriteLine($"<h1>{E(d.FirstTeam.Value)} {(d.Result is { } r ? E(r.Score.Value.ToString()) : "v")} {E(d.SecondTeam.Value)}</h1>");
        var summary = SummaryWriter.Instance.Write(d);
        o.WriteLine($"<p class=\"summary\">{E(summary.Text)}</p>");

        foreach (var section in FactTable.Rows(d).GroupBy(r => r.Section))
        {
            o.WriteLine($"<h2>{E(section.Key)}</h2>");
            o.WriteLine("<table>");
            o.Write("<tr><th>Fact</th><th>Fused value</th><th>Sources</th>");
            foreach (var s in d.Sources) o.Write($"<th title=\"{E(s.Source)}\">{E(s.Id)}</th>");
            o.WriteLine("</tr>");
            foreach (var row in section)
            {
                o.Write($"<tr id=\"{E(d.Id)}-{E(row.FactId)}\"><td>{E(row.Label)}</td><td>{E(row.Value)}");
                foreach (var (part, fact) in row.Conflicts) o.Write($"<div class=\"variants\">{E(part)}: {E(FactTable.DescribeVariants(fact))}</div>");
                o.Write($"</td><td>{E(string.Join(", ", row.Sources))}</td>");
                foreach (var s in d.Sources) o.Write(SourceCell(row, s.Id));
                o.WriteLine("</tr>");
            }
            o.WriteLine("</table>");
        }

        o.WriteLine("<h2>Sources</h2>");
        o.WriteLine("<table><tr><th>Id</th><th>Source</th><th>Title</th><th>Published</th><th>Role</th><th>Kind</th><th>Story</th></tr>");
        foreach (var s in d.Sources)
            o.WriteLine($"<tr><td>{E(s.Id)}</td><td>{E(s.Source)}</td><td>{E(s.Title ?? "")}</td><td>{E(s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")}</td><td>{E(SourceLabels.Role(s))}</td><td>{E(SourceLabels.KindShown(s))}</td><td>{s.Story}</td></tr>");
        o.WriteLine("</table>");
        foreach (var group in d.NearCopies)
            o.WriteLine($"<p>Near-copies of one story, counted once: {E(string.Join(", ", group.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First} ~ {p.Second} ({p.Similarity:0.00})"))))}</p>");

        if (_explain)
        {
            o.WriteLine("<h2>Explanation</h2>");
            o.WriteLine("<ol>");
            foreach (var sentence in summary.Sentences)
            {
                o.Write($"<li>{E(sentence.Text)}<ul>");
                foreach (var fact in sentence.Facts)
                    o.Write($"<li><a href=\"#{E(d.Id)}-{E(fact.FactId)}\">{E(fact.Description)}</a> from {E(string.Join(", ", fact.Sources))}</li>");
                o.WriteLine("</ul></li>");
            }
            o.WriteLine("</ol>");
        }
        o.WriteLine("</article>");
    }

    /// <summary>What one source says about a row: its values where it differs, "not stated" where it leaves a part out, a tick where it agrees.</summary>
    private static string SourceCell(FactRow row, string source)
    {
        if (!row.Parts.Any(p => p.Fact.VariantTexts.Any(v => v.Sources.Contains(source)) || p.Fact.NotStatedBy.Contains(source))) return "<td class=\"silent\"></td>";
        var differences = new List<string>();
        foreach (var (part, fact) in row.Parts)
        {
            var variants = fact.VariantTexts;
            if (fact.NotStatedBy.Contains(source) && fact.IsConflict) differences.Add($"{part}: not stated");
            for (int i = 1; i < variants.Count; i++)
                if (variants[i].Sources.Contains(source)) differences.Add($"{part}: {variants[i].Text}");
        }
        return differences.Count == 0 ? "<td>✓</td>" : $"<td class=\"conflict\">{E(string.Join("; ", differences))}</td>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
