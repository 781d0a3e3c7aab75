using System.Text.Json;
using NewsDigest.Merging;
using NewsDigest.Rendering;
using NewsDigest.Rendering.Html;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Markdown;
using NewsDigest.Rendering.Summary;
using NewsDigest.Rendering.Text;
using NewsDigest.Tests.Merging;

namespace NewsDigest.Tests.Rendering;

public sealed class RendererTests
{
    private static MatchDigest Digest() => Assert.Single(new MatchMerger().Merge([
        new ReportBuilder("a.txt", "England", "France", "one outlet's own words about the match").Score(1, 2).Date(2022, 12, 10).Competition("FIFA World Cup", "quarter-final").Venue("Al Bayt Stadium")
            .Goal("Aurélien Tchouaméni", "France", 17).Goal("Harry Kane", "England", null, penalty: true).Goal("Olivier Giroud", "France", 78)
            .Missed("Harry Kane", "England", 84)
            .Quote("We gave them a little ammunition <script>alert(1)</script>", "Didier Deschamps", "France coach").Build(),
        new ReportBuilder("b.txt", "England", "France", "another outlet wrote this account in full").Score(1, 2).Date(2022, 12, 10)
            .Goal("Tchouaméni", "France", 17).Goal("Kane", "England", 54, penalty: true).Goal("Olivier Giroud", "France", 77).Red("Some Defender", "England", 90).Build(),
    ]));

    private static string Render(IDigestRenderer renderer)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        renderer.Render([Digest()], writer);
        return writer.ToString();
    }

    [Fact]
    public void The_summary_states_result_scorers_missed_penalty_and_red_card_in_words()
    {
        var summary = SummaryWriter.Instance.Write(Digest());
        Assert.Equal("France beat England 2-1 in the FIFA World Cup quarter-final at Al Bayt Stadium on Saturday 10th December 2022.", summary.Sentences[0].Text);
        Assert.Equal("France's two goals came from Aurélien Tchouaméni in the 17th minute and Olivier Giroud in the 78th minute.", summary.Sentences[2].Text);
        Assert.Contains("England's goal came from Harry Kane (a penalty) in the 54th minute.", summary.Text);
        Assert.Contains("Harry Kane missed a penalty in the 84th minute.", summary.Text);
        Assert.Contains("Some Defender (England) was sent off in the 90th minute.", summary.Text);
    }

    [Fact]
    public void Every_summary_sentence_traces_to_facts_with_sources()
    {
        var summary = SummaryWriter.Instance.Write(Digest());
        Assert.All(summary.Sentences, s => Assert.NotEmpty(s.Facts));
        var missed = summary.Sentences.Single(s => s.Text.Contains("missed a penalty"));
        Assert.Equal(["S1"], Assert.Single(missed.Facts).Sources);
        var markdown = Render(new MarkdownDigestRenderer(explain: true));
        Assert.Contains("## Explanation", markdown);
        Assert.Contains("missed penalty: Harry Kane 84' [missed-penalty-1] from S1", markdown);
    }

    [Fact]
    public void Html_escapes_article_text_and_has_no_script()
    {
        var html = Render(new HtmlDigestRenderer(explain: true));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<th title=\"b.txt\">S2</th>", html);
        Assert.Contains("class=\"conflict\"", html);
    }

    [Fact]
    public void Json_has_a_schema_version_and_every_fact_lists_sources_and_variants()
    {
        using var json = JsonDocument.Parse(Render(new DigestJsonWriter()));
        var root = json.RootElement;
        Assert.Equal(DigestJsonWriter.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        var digest = root.GetProperty("digests")[0];
        Assert.Equal("France", digest.GetProperty("winner").GetString());
        Assert.Equal([1, 2], digest.GetProperty("result").GetProperty("score").GetProperty("value").EnumerateArray().Select(e => e.GetInt32()));
        var giroud = digest.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("scorer").GetProperty("value").GetString() == "Olivier Giroud");
        var minute = giroud.GetProperty("minute");
        Assert.True(minute.GetProperty("conflict").GetBoolean());
        Assert.Equal(2, minute.GetProperty("variants").GetArrayLength());
        var kane = digest.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("scorer").GetProperty("value").GetString() == "Harry Kane");
        Assert.Equal(["S1"], kane.GetProperty("minute").GetProperty("notStatedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, digest.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void Markdown_and_text_show_variants_beside_the_agreed_value()
    {
        var markdown = Render(new MarkdownDigestRenderer());
        // A tie between two single sources goes to the first in input order; the other value stays as a variant.
        Assert.Contains("minute: 78' (S1); 77' (S2)", markdown);
        Assert.Contains("| 54' | Harry Kane (England), penalty | S1, S2 | minute: 54' (S2); not stated by S1 |", markdown);
        var text = Render(new TextDigestRenderer());
        Assert.Contains("variants of minute: 54' (S2); not stated by S1", text);
    }

    [Fact]
    public void A_quote_from_a_reaction_piece_is_labelled_with_its_role_in_json_and_markdown()
    {
        var digest = Assert.Single(new MatchMerger().Merge([
            new ReportBuilder("report.txt", "England", "France").Score(1, 2).Date(2022, 12, 10).Build(),
            new ReportBuilder("reaction.txt", "England", "France").Kind(Extraction.Reports.ReportKind.Reaction).FactsRead().Published(2022, 12, 11)
                .Quote("We are proud of the players.", "Gareth Southgate").Build(),
        ]));
        using var writer = new StringWriter { NewLine = "\n" };
        new DigestJsonWriter().Render([digest], writer);
        using var json = JsonDocument.Parse(writer.ToString());
        var d = json.RootElement.GetProperty("digests")[0];
        Assert.Equal(["reaction"], d.GetProperty("quotes")[0].GetProperty("from").EnumerateArray().Select(e => e.GetString()));
        var sources = d.GetProperty("sources").EnumerateArray().ToArray();
        Assert.Equal(["report", "reaction"], sources.Select(x => x.GetProperty("role").GetString()));
        Assert.Equal(["singleMatchReport", "reaction"], sources.Select(x => x.GetProperty("kind").GetString()));
        using var markdown = new StringWriter { NewLine = "\n" };
        new MarkdownDigestRenderer().Render([digest], markdown);
        Assert.Contains("“We are proud of the players.” (from a reaction)", markdown.ToString());
        Assert.Contains("| reaction | reaction |", markdown.ToString());
        using var html = new StringWriter { NewLine = "\n" };
        new HtmlDigestRenderer().Render([digest], html);
        Assert.Contains("<td>reaction</td><td>reaction</td>", html.ToString());
        Assert.Contains("(from a reaction)", html.ToString());
    }
}
