namespace NewsDigest.Ingest;

/// <summary>Looks at the first bytes of an input to tell text from binary before anything tries to parse it.</summary>
public static class ContentSniffer
{
    /// <summary>True when the sample looks like binary data: NUL bytes, or many control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        if (sample.Length == 0) return false;
        // UTF-16 text has NULs but starts with a byte-order mark.
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF))) return false;
        int control = 0;
        foreach (byte b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C and not 0x1B) control++;
        }
        return control * 20 > sample.Length;
    }

    public static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var trimmed = start.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] != '<') return false;
        return trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<!--", StringComparison.Ordinal)
            || trimmed.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
    }
}
