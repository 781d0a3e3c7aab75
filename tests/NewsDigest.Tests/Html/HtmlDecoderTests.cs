using System.Text;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

public class HtmlDecoderTests
{
    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, string body, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{head}</head><body><p>{body}</p></body></html>");

    [Fact]
    public void AByteOrderMarkWinsOverEverything()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Page("<meta charset=\"windows-1252\">", "Müller", Encoding.UTF8)).ToArray();
        var decoded = HtmlDecoder.Decode(bytes, "iso-8859-2");
        Assert.Contains("Müller", decoded.Html);
        Assert.Equal("byte-order mark", decoded.EncodingSource);
    }

    [Fact]
    public void MetaCharsetDecidesForLegacyPages()
    {
        var decoded = HtmlDecoder.Decode(Page("<meta charset=\"windows-1252\">", "Müller scored – twice", Encoding.GetEncoding(1252)));
        Assert.Contains("Müller scored – twice", decoded.Html);
        Assert.Equal("meta charset", decoded.EncodingSource);
    }

    [Fact]
    public void HttpEquivContentTypeIsRead()
    {
        var bytes = Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", "Łódź", Encoding.GetEncoding("iso-8859-2"));
        Assert.Contains("Łódź", HtmlDecoder.Decode(bytes).Html);
    }

    [Fact]
    public void TheHttpCharsetComesBeforeTheMetaTag()
    {
        var bytes = Page("<meta charset=\"utf-8\">", "Ça va", Encoding.GetEncoding("iso-8859-15"));
        var decoded = HtmlDecoder.Decode(bytes, "iso-8859-15");
        Assert.Contains("Ça va", decoded.Html);
        Assert.Equal("HTTP charset", decoded.EncodingSource);
    }

    [Fact]
    public void ShiftJisPagesDecode()
    {
        var bytes = Page("<meta charset=\"Shift_JIS\">", "日本代表が勝利", Encoding.GetEncoding("shift_jis"));
        Assert.Contains("日本代表が勝利", HtmlDecoder.Decode(bytes).Html);
    }

    [Fact]
    public void UndeclaredGbkIsDetected()
    {
        var bytes = Page("", "中国队在比赛中以二比一战胜对手，球迷们在体育场外庆祝胜利。", Encoding.GetEncoding("gbk"));
        var decoded = HtmlDecoder.Decode(bytes);
        Assert.Contains("中国队在比赛中以二比一战胜对手", decoded.Html);
    }

    [Fact]
    public void Utf8BytesBeatAWrongLatin1Declaration()
    {
        var bytes = Page("<meta charset=\"iso-8859-1\">", "Mbappé", Encoding.UTF8);
        Assert.Contains("Mbappé", HtmlDecoder.Decode(bytes).Html);
    }

    [Fact]
    public void UndeclaredInvalidUtf8FallsBackToWindows1252()
    {
        var bytes = Page("", "Bjørn’s goal", Encoding.GetEncoding(1252));
        Assert.Contains("Bjørn’s goal", HtmlDecoder.Decode(bytes).Html);
    }

    [Fact]
    public void AnUnknownCharsetLabelIsIgnored()
    {
        var bytes = Page("<meta charset=\"no-such-charset\">", "Müller", Encoding.UTF8);
        Assert.Contains("Müller", HtmlDecoder.Decode(bytes).Html);
    }
}
