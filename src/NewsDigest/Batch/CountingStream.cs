using NewsDigest.Ingest;

namespace NewsDigest.Batch;

/// <summary>A read-only pass-through stream that tells a <see cref="ReadMeter"/> how many bytes went by.</summary>
public sealed class CountingStream(Stream inner, ReadMeter meter) : ForwardReadStream(inner)
{
    public override long Length => Inner.Length;
    public override long Position { get => Inner.Position; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        meter.Add(read);
        return read;
    }
}
