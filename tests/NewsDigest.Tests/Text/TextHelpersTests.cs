using NewsDigest.Extraction.Quotes;
using NewsDigest.Text;

namespace NewsDigest.Tests.TextTests;

/// <summary>Folding, number words and quote spans, table-driven.</summary>
public sealed class TextHelpersTests
{
    [Theory]
    [InlineData("Tchouaméni", "tchouameni")]
    [InlineData("Gyökeres", "gyokeres")]
    [InlineData("Ødegaard", "odegaard")]
    [InlineData("Gómez", "gomez")]
    [InlineData("Go\u0301mez", "gomez")]
    [InlineData("Łukasz", "lukasz")]
    public void Folding_removes_case_and_accents(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Punctuation_normalisation_keeps_offsets()
    {
        const string text = "“It’s fine” – he said";
        var plain = TextFolding.NormalisePunctuation(text);
        Assert.Equal(text.Length, plain.Length);
        Assert.Equal("\"It's fine\" - he said", plain);
    }

    [Theory]
    [InlineData("twelve", 12)]
    [InlineData("a", 1)]
    [InlineData("twenty-five", 25)]
    [InlineData("84", 84)]
    public void Cardinals(string text, int value) => Assert.Equal(value, NumberWords.Cardinal(text));

    [Theory]
    [InlineData("84th", 84)]
    [InlineData("sixth", 6)]
    [InlineData("twenty-first", 21)]
    [InlineData("1st", 1)]
    public void Ordinals(string text, int value) => Assert.Equal(value, NumberWords.Ordinal(text));

    [Theory]
    [InlineData("twice", 2)]
    [InlineData("once", 1)]
    public void Times(string text, int value) => Assert.Equal(value, NumberWords.Times(text));

    [Fact]
    public void Quote_spans_mix_straight_and_curly_marks()
    {
        const string text = "“We held on,\" Deschamps said. \"It is wonderful,” he added.";
        var spans = QuoteSpanFinder.Find(text);
        Assert.Equal(["We held on,", "It is wonderful,"], spans.Select(s => s.Substring(text)).ToArray());
    }

    [Fact]
    public void A_quote_left_open_runs_to_the_end_of_its_paragraph()
    {
        const string text = "He said: \"We created chances.\n\n\"We must be ruthless,\" he said.";
        var spans = QuoteSpanFinder.Find(text);
        Assert.Equal(["We created chances.", "We must be ruthless,"], spans.Select(s => s.Substring(text)).ToArray());
    }

    [Fact]
    public void Apostrophes_inside_words_do_not_close_quotes()
    {
        const string text = "\"It's Kane's night, isn't it?\" said Moss.";
        var span = Assert.Single(QuoteSpanFinder.Find(text));
        Assert.Equal("It's Kane's night, isn't it?", span.Substring(text));
    }

    [Theory]
    [InlineData("Arce scored in the min. 27, heading in a corner. The visitors replied.", 2)]
    [InlineData("Yilmaz converted the penalty (dk. 61) for the hosts. It was his third.", 2)]
    [InlineData("He played 90 min. The coach was happy.", 2)]
    public void A_minute_mark_before_its_number_does_not_end_the_sentence(string text, int sentences) =>
        Assert.Equal(sentences, SentenceSplitter.Split(text).Count);
}
