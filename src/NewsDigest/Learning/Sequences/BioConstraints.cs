namespace NewsDigest.Learning.Sequences;

/// <summary>Which label may follow which under BIO tagging: "I-X" only continues "B-X" or "I-X", so decoded spans are always well formed.</summary>
public static class BioConstraints
{
    /// <summary>allowed[from * L + to]; from == L is the sequence start.</summary>
    public static bool[] Allowed(IReadOnlyList<string> labels)
    {
        int l = labels.Count;
        var allowed = new bool[(l + 1) * l];
        for (int from = 0; from <= l; from++)
        {
            for (int to = 0; to < l; to++)
            {
                var target = labels[to];
                bool ok = true;
                if (target.StartsWith("I-", StringComparison.Ordinal))
                {
                    var kind = target.AsSpan(2);
                    ok = from < l && (labels[from].AsSpan().EndsWith(kind) && labels[from].Length == target.Length && labels[from][1] == '-');
                }
                allowed[from * l + to] = ok;
            }
        }
        return allowed;
    }
}
