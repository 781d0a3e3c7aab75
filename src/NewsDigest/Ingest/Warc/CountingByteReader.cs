namespace NewsDigest.Ingest.Warc;

/// <summary>Reads lines and blocks of bytes from a stream while counting the offset, which WARC damage reports name.</summary>
internal sealed class CountingByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far from the (decompressed) stream.</summary>
    public long Offset { get; private set; }

    public bool AtEnd => _start == _end && !Fill();

    /// <summary>The next line without its line end, or null at the end of the stream; a line longer than the limit is cut there.</summary>
    public byte[]? ReadLine(int maxLength)
    {
        if (AtEnd) return null;
        using var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !Fill()) break;
            var span = _buffer.AsSpan(_start, _end - _start);
            int newline = span.IndexOf((byte)'\n');
            int take = newline >= 0 ? newline : span.Length;
            if (line.Length + take > maxLength) take = (int)Math.Max(0, maxLength - line.Length);
            line.Write(span[..take]);
            Consume(take);
            if (newline >= 0 && take == newline)
            {
                Consume(1);
                break;
            }
            if (line.Length >= maxLength) break;
        }
        var bytes = line.ToArray();
        int length = bytes.Length;
        if (length > 0 && bytes[length - 1] == '\r') Array.Resize(ref bytes, length - 1);
        return bytes;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer means the stream ended.</summary>
    public byte[] ReadBlock(int count)
    {
        var block = new byte[count];
        int filled = 0;
        while (filled < count)
        {
            if (_start == _end && !Fill()) break;
            int take = Math.Min(count - filled, _end - _start);
            Buffer.BlockCopy(_buffer, _start, block, filled, take);
            Consume(take);
            filled += take;
        }
        if (filled < count) Array.Resize(ref block, filled);
        return block;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes and returns how many were there.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !Fill()) break;
            int take = (int)Math.Min(count - skipped, _end - _start);
            Consume(take);
            skipped += take;
        }
        return skipped;
    }

    private void Consume(int count)
    {
        _start += count;
        Offset += count;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
