namespace NewsDigest.Ingest.Jsonl;

/// <summary>A read-only stream that yields some already-read bytes, then the rest of an inner stream; lets a reader peek without seeking.</summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : ForwardReadStream(inner)
{
    private ReadOnlyMemory<byte> _prefix = prefix;
    private long _position;

    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (!_prefix.IsEmpty)
        {
            read = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..read].CopyTo(buffer);
            _prefix = _prefix[read..];
        }
        else read = Inner.Read(buffer);
        _position += read;
        return read;
    }
}
