using NewsDigest.Ingest.Jsonl;
using NewsDigest.Text;

namespace NewsDigest.Tests.TextTests;

/// <summary>UTF-8 once misread as Windows-1252 ("Ã˜degaard", "itâ€™s") is repaired; text that only looks alike is left as written.</summary>
public sealed class MisdecodedUtf8Tests
{
    [Theory]
    [InlineData("Martin Ã˜degaard scored", "Martin Ødegaard scored")]
    [InlineData("a Â£5m fee", "a £5m fee")]
    [InlineData("itâ€™s over", "it’s over")]
    [InlineData("Kacper UrbaÅ„ski and Luka ModriÄ‡", "Kacper Urbański and Luka Modrić")]
    [InlineData("a threat â€“ although", "a threat – although")]
    [InlineData("â€˜Noâ€™ and â€¦ â‚¬20", "‘No’ and … €20")]
    public void Repairs_a_character_whose_utf8_bytes_were_read_one_by_one(string misread, string meant) =>
        Assert.Equal(meant, MisdecodedUtf8.Repair(misread));

    [Theory]
    [InlineData("He said â€œWe go again.â€ Then he left.", "He said “We go again.” Then he left.")]
    [InlineData("â€œFine,â€ she said.", "“Fine,” she said.")]
    [InlineData("the end.â€", "the end.”")]
    public void A_right_quote_that_lost_its_last_byte_is_a_right_quote_before_a_space_or_punctuation(string misread, string meant) =>
        Assert.Equal(meant, MisdecodedUtf8.Repair(misread));

    [Theory]
    [InlineData("JOSÉ’S first goal")]
    [InlineData("Åsa Jönsson and Øyvind Ärlig at the château’s gate")]
    [InlineData("São Paulo 2–1 Grêmio, “a fine win”")]
    [InlineData("relatives,â¯neighbours")]  // a narrow no-break space that lost its middle byte
    public void Leaves_text_that_is_no_misreading_as_written(string text) => Assert.Same(text, MisdecodedUtf8.Repair(text));

    [Fact]
    public void A_joiner_inside_an_emoji_that_lost_its_last_byte_is_no_right_quote() =>
        Assert.DoesNotContain('\u201D', MisdecodedUtf8.Repair("out the groundðŸ¤·â€â™‚ï¸ anyway"));

    [Fact]
    public void The_jsonl_reader_repairs_the_text_and_maps_a_quote_span_onto_the_same_words()
    {
        const string text = "Reyes had a chance â€“ nothing came of it.\nâ€œWe were brilliant,â€ said Dana Reyes.";
        int start = text.IndexOf("We were", StringComparison.Ordinal), end = text.IndexOf(",â€", StringComparison.Ordinal);

        var (read, offsets) = ParagraphText.NormaliseWithOffsets(text);

        Assert.Equal("Reyes had a chance – nothing came of it.\n\n“We were brilliant,” said Dana Reyes.", read);
        Assert.Equal(ParagraphText.Normalise(text), read);
        Assert.Equal("We were brilliant", read[offsets[start]..offsets[end]]);
        Assert.Equal(read.Length, offsets[text.Length]);
    }
}
