using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsDigest.Merging.Dedup;

/// <summary>Computes MinHash signatures: for each of k seeded hash functions, the least hash over a text's shingles; equal positions estimate Jaccard similarity.</summary>
/// <remarks>The k functions are evaluated a vector at a time (xor a salt, multiply, xor-shift, twice), so a shingle costs k/8 vector steps on AVX2.</remarks>
internal sealed class MinHasher
{
    private readonly Vector<uint>[] _salts;
    private readonly Vector<uint>[] _multipliers;
    private readonly Vector<uint>[] _secondMultipliers;

    public MinHasher(int hashCount, ulong seed = 0x5EED_D16E_57UL)
    {
        HashCount = hashCount;
        int lanes = Vector<uint>.Count;
        int vectors = (hashCount + lanes - 1) / lanes;
        PaddedCount = vectors * lanes;
        var salts = new uint[PaddedCount];
        var multipliers = new uint[PaddedCount];
        var second = new uint[PaddedCount];
        ulong state = seed;
        for (int i = 0; i < PaddedCount; i++)
        {
            salts[i] = (uint)Next(ref state);
            multipliers[i] = (uint)Next(ref state) | 1u; // odd, so the multiply is a bijection
            second[i] = (uint)Next(ref state) | 1u;
        }
        _salts = ToVectors(salts, vectors);
        _multipliers = ToVectors(multipliers, vectors);
        _secondMultipliers = ToVectors(second, vectors);
    }

    public int HashCount { get; }

    /// <summary>The signature length rounded up to whole vectors; the extra positions are computed and ignored.</summary>
    public int PaddedCount { get; }

    /// <summary>Writes the signature of a shingle set into <paramref name="signature"/> (length <see cref="PaddedCount"/>); an empty set gives all uint.MaxValue.</summary>
    public void Signature(ReadOnlySpan<uint> shingles, Span<uint> signature)
    {
        var mins = MemoryMarshal.Cast<uint, Vector<uint>>(signature);
        mins.Fill(new Vector<uint>(uint.MaxValue));
        foreach (uint shingle in shingles)
        {
            var x = new Vector<uint>(shingle);
            for (int j = 0; j < mins.Length; j++)
            {
                var v = (x ^ _salts[j]) * _multipliers[j];
                v ^= Vector.ShiftRightLogical(v, 15);
                v *= _secondMultipliers[j];
                v ^= Vector.ShiftRightLogical(v, 13);
                mins[j] = Vector.Min(mins[j], v);
            }
        }
    }

    /// <summary>The share of the first <see cref="HashCount"/> positions on which two signatures agree.</summary>
    public double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int equal = 0;
        for (int i = 0; i < HashCount; i++) if (a[i] == b[i]) equal++;
        return (double)equal / HashCount;
    }

    private static Vector<uint>[] ToVectors(uint[] values, int vectors)
    {
        var result = new Vector<uint>[vectors];
        for (int j = 0; j < vectors; j++) result[j] = new Vector<uint>(values, j * Vector<uint>.Count);
        return result;
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return WordShingler.Mix(state);
    }
}
