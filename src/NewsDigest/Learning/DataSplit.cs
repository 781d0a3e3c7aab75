using System.Security.Cryptography;
using System.Text;

namespace NewsDigest.Learning;

/// <summary>The project's one train/dev/test split of any id-keyed data: a stable hash of the id, so every model and evaluation agrees and no rule or model is tuned on the test split.</summary>
public static class DataSplit
{
    public enum Part
    {
        Train,
        Dev,
        Test,
    }

    /// <summary>About 60% train, 20% dev, 20% test.</summary>
    public static Part Of(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        int bucket = hash[0] % 10;
        return bucket < 6 ? Part.Train : bucket < 8 ? Part.Dev : Part.Test;
    }

    public static bool IsTest(string id) => Of(id) == Part.Test;
}
