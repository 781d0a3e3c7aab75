using System.Globalization;
using NewsDigest.Merging;
using NewsDigest.Rendering.Summary;

namespace NewsDigest.Rendering.Text;

/// <summary>The digest as plain text for terminals and e-mail: summary, facts by section with their sources, variants indented below.</summary>
public sealed class TextDigestRenderer : IDigestRenderer
{
    private readonly bool _explain;

    public TextDigestRenderer(bool explain = false) => _explain = explain;

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
        var title = $"{d.FirstTeam.Value}{(d.Result is { } r ? $" {r.Score.Value} " : " v ")}{d.SecondTeam.Value}";
        o.WriteLine(Flat(title));
        o.WriteLine(new string('=', title.Length));
        var summary = SummaryWriter.Instance.Write(d);
        o.WriteLine(Flat(summary.Text));
        foreach (var section in FactTable.Rows(d).GroupBy(r => r.Section))
        {
            o.WriteLine();
            o.WriteLine(section.Key.ToUpperInvariant());
            foreach (var row in section)
            {
                o.WriteLine($"  {Flat(row.Label)}: {Flat(row.Value)}  [{string.Join(", ", row.Sources)}]");
                foreach (var (part, fact) in row.Conflicts) o.WriteLine($"      variants of {part}: {Flat(FactTable.DescribeVariants(fact))}");
            }
        }
        o.WriteLine();
        o.WriteLine("SOURCES");
        foreach (var s in d.Sources)
            o.WriteLine($"  {s.Id}: {Flat(s.Source)}{(s.Title is { } t ? $" - {Flat(t)}" : "")} ({SourceLabels.Role(s)}, kind {SourceLabels.KindShown(s)}, story {s.Story})");
        foreach (var group in d.NearCopies)
            o.WriteLine($"  near-copies counted once: {string.Join(", ", group.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.First} ~ {p.Second} ({p.Similarity:0.00})")))}");
        if (!_explain) return;
        o.WriteLine();
        o.WriteLine("EXPLANATION");
        foreach (var sentence in summary.Sentences)
        {
            o.WriteLine($"  {Flat(sentence.Text)}");
            foreach (var fact in sentence.Facts)
                o.WriteLine($"    <- {Flat(fact.Description)} [{fact.FactId}] from {string.Join(", ", fact.Sources)}");
        }
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");
}
