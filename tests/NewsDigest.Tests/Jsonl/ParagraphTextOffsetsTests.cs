using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Tests.Jsonl;

/// <summary>Quote annotations are offsets into the corpus text (one paragraph a line); the evaluation scores them on the text the JSONL
/// reader makes of it, so every kept character must map to the same character there.</summary>
public sealed class ParagraphTextOffsetsTests
{
    [Theory]
    [InlineData("One.\nTwo.")]
    [InlineData("  One.  \n\n\n   Two \"said\" he.\r\n\nThree.\n")]
    [InlineData("\n\nOnly one paragraph, after blank lines.  ")]
    [InlineData("")]
    public void Gives_the_same_text_as_Normalise_and_maps_every_kept_character_onto_itself(string text)
    {
        var (read, offsets) = ParagraphText.NormaliseWithOffsets(text);

        Assert.Equal(ParagraphText.Normalise(text), read);
        Assert.Equal(text.Length + 1, offsets.Length);
        for (int i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) Assert.Equal(text[i], read[offsets[i]]);
        Assert.Equal(read.Length, offsets[text.Length]);
    }

    [Fact]
    public void A_quote_span_on_the_second_line_lands_on_the_same_words_after_the_blank_line()
    {
        const string text = "Harbour Town won 2-1.\n  \"We were brilliant,\" said Dana Reyes.";
        int start = text.IndexOf("We were", StringComparison.Ordinal), end = text.IndexOf(",\"", StringComparison.Ordinal);

        var (read, offsets) = ParagraphText.NormaliseWithOffsets(text);

        Assert.Equal("We were brilliant", read[offsets[start]..offsets[end]]);
        Assert.Equal("Harbour Town won 2-1.\n\n\"We were brilliant,\" said Dana Reyes.", read);
    }
}
