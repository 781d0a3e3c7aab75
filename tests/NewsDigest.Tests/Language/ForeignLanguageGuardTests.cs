using NewsDigest.Ingest;
using NewsDigest.Ingest.Language;

namespace NewsDigest.Tests.Language;

/// <summary>When an article is set aside as not English, and when it must not be.</summary>
public sealed class ForeignLanguageGuardTests
{
    private const string EnglishReport =
        "Real Sociedad came from behind to beat Sevilla 2-1 at the Anoeta on Saturday night. Sevilla took the lead after twelve minutes "
        + "when their captain headed in a corner, but the home side were level before the break and won it with a penalty twenty minutes from time. "
        + "\"We showed character,\" the coach said afterwards. \"It was not easy against a team like this, but the players never stopped believing.\"";

    private const string SpanishReport =
        "La Real Sociedad remontó ante el Sevilla y ganó por 2-1 en Anoeta el sábado por la noche. El Sevilla se adelantó a los doce minutos "
        + "con un cabezazo de su capitán tras un córner, pero los locales empataron antes del descanso y ganaron el partido con un penalti a falta de veinte minutos. "
        + "\"Hemos demostrado carácter\", dijo el entrenador después del partido.";

    [Fact]
    public void An_english_report_is_read()
    {
        Assert.Null(ForeignLanguageGuard.Check(new Article("en.txt", EnglishReport)));
    }

    [Fact]
    public void A_spanish_report_is_set_aside_with_a_note_naming_the_language()
    {
        var foreign = ForeignLanguageGuard.Check(new Article("es.txt", SpanishReport));

        Assert.NotNull(foreign);
        Assert.Equal("es", foreign.Code);
        Assert.False(foreign.Declared);
        Assert.InRange(foreign.Confidence, 0.8, 1.0);
        Assert.Equal("is in Spanish (es), not English; only English reports are read", foreign.Note);
    }

    [Fact]
    public void An_english_report_quoting_a_spanish_phrase_stays_english()
    {
        var text = EnglishReport + " The travelling fans sang \"vamos, vamos, que esta noche ganamos\" until the end, but it was the home supporters who went home happy.";

        Assert.Null(ForeignLanguageGuard.Check(new Article("quote.txt", text)));
    }

    [Fact]
    public void An_english_report_with_a_long_spanish_quote_stays_english()
    {
        var text = EnglishReport + " Asked about the penalty, the Sevilla coach said: \"No es penalti, el jugador no toca el balón y el árbitro no lo ve.\" "
            + "He added that his side had been the better team for most of the second half and that they would appeal against the red card.";

        Assert.Null(ForeignLanguageGuard.Check(new Article("long-quote.txt", text)));
    }

    [Fact]
    public void A_half_and_half_text_is_not_clearly_foreign_and_is_read()
    {
        var text = "The home side won the match and the fans were happy with the result after the final whistle. "
            + "El equipo de casa ganó el partido y los aficionados estaban contentos con el resultado.";

        Assert.Null(ForeignLanguageGuard.Check(new Article("mixed.txt", text)));
    }

    [Theory]
    [InlineData("Gol de Messi en el minuto 90.")]
    [InlineData("Tor für die Gastgeber.")]
    [InlineData("Fin du match.")]
    public void A_short_foreign_line_without_a_declaration_is_read_rather_than_guessed(string text)
    {
        Assert.Null(ForeignLanguageGuard.Check(new Article("short.txt", text)));
    }

    [Fact]
    public void A_short_foreign_text_is_set_aside_when_its_declared_language_agrees()
    {
        var article = new Article("page.html", "Gol de Messi en el minuto 90 y victoria del equipo de la casa.") { Language = "es-AR" };

        var foreign = ForeignLanguageGuard.Check(article);

        Assert.NotNull(foreign);
        Assert.Equal("es", foreign.Code);
        Assert.True(foreign.Declared);
    }

    [Fact]
    public void A_declaration_the_text_contradicts_is_ignored()
    {
        // Pages often keep a template's lang attribute; the text decides.
        Assert.Null(ForeignLanguageGuard.Check(new Article("page.html", EnglishReport) { Language = "de" }));
        Assert.Equal("es", ForeignLanguageGuard.Check(new Article("page.html", SpanishReport) { Language = "en-GB" })?.Code);
    }

    [Theory]
    [InlineData("ru", "Хозяева поля открыли счёт на двадцатой минуте после удара из-за штрафной, а затем уверенно контролировали игру.")]
    [InlineData("ar", "تقدم أصحاب الأرض في الدقيقة العشرين بتسديدة من خارج منطقة الجزاء ثم سيطروا على المباراة حتى النهاية.")]
    [InlineData("zh", "主队在第二十分钟通过一脚禁区外的远射取得领先，随后完全控制了比赛。")]
    public void Text_in_another_script_is_set_aside(string code, string text)
    {
        var foreign = ForeignLanguageGuard.Check(new Article("script.txt", text));

        Assert.NotNull(foreign);
        Assert.Equal(code, foreign.Code);
    }

    [Fact]
    public void An_english_report_naming_a_club_in_its_own_script_stays_english()
    {
        var text = EnglishReport + " Zenit (Зенит) are next.";

        Assert.Null(ForeignLanguageGuard.Check(new Article("names.txt", text)));
    }

    [Theory]
    [InlineData("es-AR", "es")]
    [InlineData("pt_BR", "pt")]
    [InlineData("Portuguese", "pt")]
    [InlineData("EN", "en")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    [InlineData("x", null)]
    public void Declared_languages_are_reduced_to_their_primary_subtag(string? declared, string? expected)
    {
        Assert.Equal(expected, ForeignLanguageGuard.DeclaredCode(declared));
    }
}
