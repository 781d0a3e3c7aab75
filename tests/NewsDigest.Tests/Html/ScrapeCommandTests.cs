using System.Text.Json;
using NewsDigest.Cli;
using NewsDigest.Cli.Commands;

namespace NewsDigest.Tests.Html;

public sealed class ScrapeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("scrape-test").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void WritesOneJsonObjectPerPageWithTheContractFields()
    {
        string page = Write("match.html", """
            <html lang="en"><head><title>Rovers 2-1 United</title><meta name="author" content="Ann Writer">
            <meta property="article:published_time" content="2026-01-03T17:45:00Z"><meta property="og:site_name" content="The Test Gazette">
            <link rel="canonical" href="https://gazette.example/r"></head>
            <body><article><p>Rovers came from behind to beat United 2-1 on Saturday, late on.</p><p>A second paragraph of the report, for the blank line.</p></article></body></html>
            """);
        string missing = Path.Combine(_dir, "missing.html");
        string output = Path.Combine(_dir, "out.jsonl");
        int code = ScrapeCommand.Create().Parse([page, missing, "--out", output]).Invoke();
        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        var lines = File.ReadAllLines(output);
        var json = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        string[] fields = ["source", "url", "title", "description", "author", "published", "modified", "siteName", "language", "text"];
        Assert.Equal(fields, json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(page, json.GetProperty("source").GetString());
        Assert.Equal("https://gazette.example/r", json.GetProperty("url").GetString());
        Assert.Equal("Ann Writer", json.GetProperty("author").GetString());
        Assert.Equal("2026-01-03T17:45:00+00:00", json.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("modified").ValueKind);
        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.Contains("late on.\n\nA second paragraph", json.GetProperty("text").GetString());
    }
}
