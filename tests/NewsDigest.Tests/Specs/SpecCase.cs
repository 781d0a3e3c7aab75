namespace NewsDigest.Tests.Specs;

/// <summary>One spec: a report snippet written for the test and the facts expected from it (only the keys listed are checked).</summary>
public sealed record SpecCase(string File, string Name, string Report, DateTimeOffset? Published, IReadOnlyList<(string Key, string Value)> Facts)
{
    /// <summary>The headline, from an optional first line "title: ..." of the report block.</summary>
    public string? Title { get; init; }

    /// <summary>The page's address, from an optional first line "url: ..." of the report block.</summary>
    public string? Url { get; init; }

    public override string ToString() => $"{File}: {Name}";
}

/// <summary>Reads Specs/*.md: each "### name" section holds a ```report block (optional first lines "published: YYYY-MM-DD", "title: ...", "url: ...") and a ```facts block of "key: value" lines.</summary>
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
            string? title = null, url = null;
            while (report.Count > 0)
            {
                if (report[0].StartsWith("published:", StringComparison.Ordinal))
                    published = DateTimeOffset.Parse(report[0]["published:".Length..].Trim() + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
                else if (report[0].StartsWith("title:", StringComparison.Ordinal)) title = report[0]["title:".Length..].Trim();
                else if (report[0].StartsWith("url:", StringComparison.Ordinal)) url = report[0]["url:".Length..].Trim();
                else break;
                report.RemoveAt(0);
            }
            while (i < lines.Length && lines[i].Trim() != "```facts") i++;
            var facts = new List<(string, string)>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon > 0) facts.Add((lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
            }
            yield return new SpecCase(file, name, string.Join('\n', report).Trim(), published, facts) { Title = title, Url = url };
            name = null;
        }
    }
}
