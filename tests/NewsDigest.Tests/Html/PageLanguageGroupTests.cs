using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>The language groups benchmark figures are reported under, and the declared language the analysis carries.</summary>
public class PageLanguageGroupTests
{
    [Theory]
    [InlineData("de", PageLanguageGroup.German)]
    [InlineData("de-DE", PageLanguageGroup.German)]
    [InlineData(" DE-at ", PageLanguageGroup.German)]
    [InlineData("en_GB", PageLanguageGroup.English)]
    [InlineData("en", PageLanguageGroup.English)]
    [InlineData("es-PA", PageLanguageGroup.Other)]
    [InlineData("pl", PageLanguageGroup.Other)]
    [InlineData("ja", PageLanguageGroup.Other)]
    [InlineData("dell", PageLanguageGroup.Other)]
    [InlineData("", PageLanguageGroup.NotDeclared)]
    [InlineData("  ", PageLanguageGroup.NotDeclared)]
    [InlineData(null, PageLanguageGroup.NotDeclared)]
    public void GroupsADeclaredLanguage(string? language, string expected) => Assert.Equal(expected, PageLanguageGroup.Of(language));

    [Fact]
    public void EveryGroupIsReported() =>
        Assert.Equal([PageLanguageGroup.German, PageLanguageGroup.English, PageLanguageGroup.Other, PageLanguageGroup.NotDeclared], PageLanguageGroup.All);

    [Theory]
    [InlineData("<html lang=\"es-PA\"><body><p>Texto.</p></body></html>", "es-PA")]
    [InlineData("<html><body><p>Text.</p></body></html>", null)]
    public void TheAnalysisCarriesTheDeclaredLanguage(string html, string? expected) =>
        Assert.Equal(expected, HtmlPageExtractor.Analyse(html, analysis => analysis.Language));
}
