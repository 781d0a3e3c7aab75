namespace NewsDigest.Tests.Specs;

/// <summary>One spec: a report snippet written for the test and the facts expected from it (only the keys listed are checked).</summary>
public sealed record SpecCase(string File, string Name, string Report, DateTimeOffset? Published, IReadOnlyList<(string Key, string Value)> Facts)
{
    public override string ToString() => $"{File}: {Name}";
}

/// <summary>Reads Specs/*.md: each "### name" section holds a ```report block (an optional first line "published: YYYY-MM-DD") and a ```facts block of "key: value" lines.</summary>
public static class SpecFiles
{
    public static IEnumerable<SpecCase> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            foreach (var spec in Parse(Path.GetFileName(path), File.ReadAllText(path))) yield return spec;
    }

    public static IEnumerable<SpecCase> Parse(string file, string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        string? name = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("### ", StringComparison.Ordinal)) { name = lines[i][4..].Trim(); continue; }
            if (lines[i].Trim() != "```report" || name is null) continue;
            var report = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) report.Add(lines[i]);
            DateTimeOffset? published = null;
            if (report.Count > 0 && report[0].StartsWith("published:", StringComparison.Ordinal))
            {
                published = DateTimeOffset.Parse(report[0]["published:".Length..].Trim() + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
                report.RemoveAt(0);
            }
            while (i < lines.Length && lines[i].Trim() != "```facts") i++;
            var facts = new List<(string, string)>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon > 0) facts.Add((lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
            }
            yield return new SpecCase(file, name, string.Join('\n', report).Trim(), published, facts);
            name = null;
        }
    }
}
