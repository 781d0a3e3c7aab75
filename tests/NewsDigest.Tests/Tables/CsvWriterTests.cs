using NewsDigest.Rendering.Tables;

namespace NewsDigest.Tests.Tables;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Escapes_by_rfc_4180(string field, string expected) => Assert.Equal(expected, CsvWriter.Escape(field));

    [Fact]
    public void Writes_typed_values_invariantly()
    {
        var text = new StringWriter();
        new CsvWriter(text).WriteRow("x", 3, 2.5, true, null);
        Assert.Equal("x,3,2.5,true,\n", text.ToString());
    }
}
