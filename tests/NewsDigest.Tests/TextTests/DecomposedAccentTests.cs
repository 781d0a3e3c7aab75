using System.Text;
using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Training;
using NewsDigest.Merging;
using NewsDigest.Tests.Merging;

namespace NewsDigest.Tests.TextTests;

/// <summary>Text written with decomposed accents ("e" + U+0301) reads, folds and fuses like the same words precomposed.</summary>
public sealed class DecomposedAccentTests
{
    private static readonly string[] Composed =
    [
        "Real Madrid beat Sevilla 2-0 at the Bernabéu on Saturday, with Aurélien Tchouaméni heading the opener after 23 minutes.",
        "Éder Militão made it two before the break, and the home side saw the game out without much trouble in the second half.",
        "The result leaves Sevilla in the bottom half, while Madrid stay two points behind the leaders going into the winter break.",
        "José Ángel Sánchez watched from the directors' box as the crowd of 71,000 applauded both sides off at the final whistle.",
        "Sevilla's coach said afterwards that his players had given everything, but that Madrid had simply been sharper in both boxes.",
    ];

    private static string Decompose(string text) => text
        .Replace("é", "e\u0301").Replace("É", "E\u0301").Replace("ã", "a\u0303").Replace("Á", "A\u0301").Replace("á", "a\u0301");

    private static string Page(IEnumerable<string> paragraphs) =>
        $"<html><body><article>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</article></body></html>";

    [Fact]
    public void An_html_page_with_decomposed_accents_yields_composed_text()
    {
        var decomposed = Composed.Select(Decompose).ToArray();
        Assert.NotEqual(Composed[0], decomposed[0]);
        var text = HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(Page(decomposed))).Article?.Text
            ?? throw new Xunit.Sdk.XunitException("no article");
        foreach (var paragraph in Composed) Assert.Contains(paragraph, text);
        Assert.DoesNotContain('\u0301', text);
    }

    [Fact]
    public void The_rules_path_composes_block_texts_too()
    {
        string text = HtmlPageExtractor.Extract(Page(Composed.Select(Decompose)), HtmlExtractionOptions.RulesOnly).Text;
        foreach (var paragraph in Composed) Assert.Contains(paragraph, text);
    }

    [Fact]
    public void A_story_read_from_linked_data_is_composed()
    {
        string ld = JsonSerializer.Serialize(new Dictionary<string, object> { ["@type"] = "NewsArticle", ["headline"] = "Real Madrid 2-0 Sevilla", ["articleBody"] = string.Join("\n", Composed.Select(Decompose)) });
        string html = $"<html><head><script type=\"application/ld+json\">{ld}</script></head><body><main><h1>Real Madrid 2-0 Sevilla</h1><p>Madrid beat Sevilla.</p><p><a href=\"/subscribe\">Read more</a></p></main></body></html>";
        var text = HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Article?.Text ?? throw new Xunit.Sdk.XunitException("no article");
        foreach (var paragraph in Composed) Assert.Contains(paragraph, text);
    }

    [Theory]
    [InlineData("Tchouaméni", "Tchouameni")]
    [InlineData("Tchouame\u0301ni", "Tchouameni")]
    [InlineData("Ødegaard", "Ødegaard")]
    [InlineData("Nuñez", "Nunez")]
    [InlineData("Vinícius Júnior", "Vinicius Junior")]
    public void Fusion_folding_drops_accents_whether_composed_or_not(string accented, string plain)
    {
        Assert.Equal(FoldedText.Of(plain), FoldedText.Of(accented));
        Assert.Equal(NameFolding.Fold(plain), NameFolding.Fold(accented));
    }

    [Fact]
    public void Two_sources_writing_tchouameni_with_and_without_accents_agree()
    {
        var digest = Assert.Single(new MatchMerger().Merge([
            new ReportBuilder("a", "Real Madrid", "Sevilla").Score(2, 0).PlayerOfTheMatch("Aurélien Tchouaméni").Build(),
            new ReportBuilder("b", "Real Madrid", "Sevilla").Score(2, 0).PlayerOfTheMatch("Aurelien Tchouameni").Build()]));

        var player = digest.PlayerOfTheMatch ?? throw new Xunit.Sdk.XunitException("no player of the match");
        Assert.False(player.IsConflict);
        Assert.Equal("Aurélien Tchouaméni", player.Value);
        Assert.Equal(["S1", "S2"], player.Sources);
    }

    [Fact]
    public void A_goal_credited_to_dembele_with_and_without_accents_is_one_goal()
    {
        // Two letters apart before folding: more than the one slip the name matcher forgives.
        Assert.True(PersonNameMatcher.SamePerson("Ousmane Dembélé", "Ousmane Dembele"));
        var digest = Assert.Single(new MatchMerger().Merge([
            new ReportBuilder("a", "Barcelona", "Sevilla").Score(1, 0).Goal("Ousmane Dembélé", "Barcelona", 23).Build(),
            new ReportBuilder("b", "Barcelona", "Sevilla").Score(1, 0).Goal("Ousmane Dembele", "Barcelona", 23).Build()]));

        var goal = Assert.Single(digest.Goals);
        Assert.Equal("Ousmane Dembélé", goal.Scorer.Value);
        Assert.Equal(["S1", "S2"], goal.Sources);
    }
}

/// <summary>Near-duplicate shingling folds accents through the base-letter table, composed or decomposed.</summary>
public sealed class ShinglerAccentTests
{
    [Theory]
    [InlineData("Aurélien Tchouaméni scored for Real Madrid at the Bernabéu", "Aurelien Tchouameni scored for Real Madrid at the Bernabeu")]
    [InlineData("Aure\u0301lien Tchouame\u0301ni scored for Real Madrid at the Bernabe\u0301u", "Aurelien Tchouameni scored for Real Madrid at the Bernabeu")]
    public void Accented_and_plain_wordings_give_the_same_shingles(string accented, string plain)
    {
        var shingler = new NewsDigest.Merging.Dedup.WordShingler(3);
        List<uint> a = [], b = [];
        var (wordsA, printA) = shingler.Hash(accented, a);
        var (wordsB, printB) = shingler.Hash(plain, b);
        Assert.Equal(wordsB, wordsA);
        Assert.Equal(b, a);
        Assert.Equal(printB, printA);
    }
}
