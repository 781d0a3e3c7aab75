using System.Globalization;
using NewsDigest.Merging;
using NewsDigest.Rendering.Summary;

namespace NewsDigest.Rendering.Markdown;

/// <summary>The digest as Markdown, for reading in a terminal or pasting into a CMS: summary, fact tables with sources and variants, quotes, sources, and with --explain each summary sentence's facts and evidence.</summary>
public sealed class MarkdownDigestRenderer : IDigestRenderer
{
    private readonly bool _explain;

    public MarkdownDigestRenderer(bool explain = false) => _explain = explain;

    public void Render(IReadOnlyList<MatchDigest> digests, TextWriter output)
    {
        for (int i = 0; i < digests.Count; i++)
        {
            if (i > 0) output.WriteLine();
            RenderOne(digests[i], output);
        }
    }

    private void RenderOne(MatchDigest d, TextWriter o)
    {
        var score = d.Result is { } r ? $" {r.Score.Value} " : " v ";
        o.WriteLine($"# {Escape(d.FirstTeam.Value)}{score}{Escape(d.SecondTeam.Value)}");
        o.WriteLine();
        var summary = SummaryWriter.Instance.Write(d);
        o.WriteLine(Escape(summary.Text));
        o.WriteLine();

        var rows = FactTable.Rows(d);
        foreach (var section in rows.GroupBy(r => r.Section))
        {
            o.WriteLine($"## {section.Key}");
            o.WriteLine();
            string labelHeader = section.Key switch
            {
                FactTable.Goals or FactTable.MissedPenalties or FactTable.Cards => "Minute",
                FactTable.Quotes => "Speaker",
                FactTable.Ratings => "Player",
                _ => "Fact",
            };
            o.WriteLine($"| {labelHeader} | Value | Sources | Variants |");
            o.WriteLine("| --- | --- | --- | --- |");
            foreach (var row in section)
            {
                var variants = string.Join("<br>", row.Conflicts.Select(c => $"{c.Part}: {FactTable.DescribeVariants(c.Fact)}"));
                o.WriteLine($"| {Cell(row.Label)} | {Cell(row.Value)} | {string.Join(", ", row.Sources)} | {Cell(variants, keepBreaks: true)} |");
            }
            o.WriteLine();
        }

        o.WriteLine("## Sources");
        o.WriteLine();
        o.WriteLine("| Id | Source | Title | Published | Role | Kind | Story |");
        o.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in d.Sources)
            o.WriteLine($"| {s.Id} | {Cell(s.Source)} | {Cell(s.Title ?? "")} | {s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""} | {SourceLabels.Role(s)} | {SourceLabels.KindShown(s)} | {s.Story} |");
        o.WriteLine();
        if (d.NearCopies.Count > 0)
        {
            foreach (var group in d.NearCopies)
                o.WriteLine($"- Near-copies of one story (counted once): {string.Join(", ", group.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First} ~ {p.Second} ({p.Similarity:0.00})")))}");
            o.WriteLine();
        }

        if (_explain)
        {
            o.WriteLine("## Explanation");
            o.WriteLine();
            for (int i = 0; i < summary.Sentences.Count; i++)
            {
                var sentence = summary.Sentences[i];
                o.WriteLine($"{i + 1}. {Escape(sentence.Text)}");
                foreach (var fact in sentence.Facts)
                {
                    o.WriteLine($"   - {Escape(fact.Description)} [{fact.FactId}] from {string.Join(", ", fact.Sources)}");
                    foreach (var (source, evidence) in fact.Sources.Zip(fact.Evidence))
                        o.WriteLine($"     - {source}: “{Escape(Shorten(evidence.Sentence))}”");
                }
            }
            o.WriteLine();
        }
    }

    /// <summary>Article text may contain Markdown; emphasis and link characters are escaped so they show as written.</summary>
    private static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '`' or '[' or ']' or '<' or '>') builder.Append('\\');
            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return builder.ToString();
    }

    private static string Cell(string text, bool keepBreaks = false)
    {
        if (!keepBreaks) return Escape(text).Replace("|", "\\|");
        return string.Join("<br>", text.Split("<br>").Select(part => Escape(part).Replace("|", "\\|")));
    }

    private static string Shorten(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 200 ? flat : flat[..199] + "…";
    }
}
