using System.Security.Cryptography;
using System.Text;
using NewsDigest.Hosting;

namespace NewsDigest.Learning.Persistence;

/// <summary>
/// Writes and reads model files. Layout (little-endian): magic "NDMODEL\0", format version (int32), kind (byte),
/// labels, hash bits, training metadata, temperature, weights (dense halves or sparse index/value singles, see WriteWeights),
/// transitions, lexicons, settings (version 3: named doubles in ordinal key order), vectors (version 4, only in files that have any: named weight vectors in ordinal key order, each encoded like the weights), trees (version 5, only in files that have them: see WriteTrees), then the SHA-256 of everything before it. Loading checks magic, version and checksum first,
/// and returns a failure naming the problem instead of throwing.
/// </summary>
public static class ModelFileFormat
{
    /// <summary>
    /// The version written by files that carry vectors and no trees; a file with neither is written as version 3 (the same
    /// bytes as before vectors existed), so committed models and their byte-identity checks do not change.
    /// </summary>
    public const int Version = 4;
    /// <summary>The version written only by files that carry trees (version 4 with a trees section after the vectors).</summary>
    public const int WithTrees = 5;
    /// <summary>The newest version read.</summary>
    public const int NewestReadable = WithTrees;
    private const int WithoutVectors = 3;
    /// <summary>The oldest version still read: version 4 files are version 5 without the trees section, version 3 files also without the vectors section, version 2 files also without the settings section.</summary>
    public const int OldestReadable = 2;
    private const byte SparseSingles = 0, DenseHalves = 1;
    private static readonly byte[] Magic = "NDMODEL\0"u8.ToArray();
    private const int HashLength = 32;

    public static byte[] ToBytes(ModelFile model)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            bool trees = model.Trees is not null;
            bool vectors = trees || model.Vectors.Count > 0;
            writer.Write(trees ? WithTrees : vectors ? Version : WithoutVectors);
            writer.Write((byte)model.Kind);
            writer.Write(model.Labels.Count);
            foreach (var label in model.Labels) writer.Write(label);
            writer.Write(model.HashBits);
            writer.Write(model.Training.Data);
            writer.Write(model.Training.Features);
            writer.Write(model.Training.Examples);
            writer.Write(model.Training.Epochs);
            writer.Write(model.Training.Seed);
            writer.Write(model.Temperature);
            writer.Write(model.Weights.Length);
            WriteWeights(writer, model.Weights);
            writer.Write(model.Transitions.Length);
            foreach (var t in model.Transitions) writer.Write(t);
            writer.Write(model.Lexicons.Count);
            foreach (var lexicon in model.Lexicons)
            {
                writer.Write(lexicon.Name);
                writer.Write(lexicon.MaxWords);
                writer.Write(lexicon.Count);
                foreach (var h in lexicon.Hashes) writer.Write(h);
            }
            var keys = model.Settings.Keys.Order(StringComparer.Ordinal).ToList();
            writer.Write(keys.Count);
            foreach (var key in keys)
            {
                writer.Write(key);
                writer.Write(model.Settings[key]);
            }
            var vectorKeys = model.Vectors.Keys.Order(StringComparer.Ordinal).ToList();
            if (vectors) writer.Write(vectorKeys.Count);
            foreach (var key in vectorKeys)
            {
                writer.Write(key);
                writer.Write(model.Vectors[key].Length);
                WriteWeights(writer, model.Vectors[key]);
            }
            if (model.Trees is { } ensemble) WriteTrees(writer, ensemble);
        }
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        body.Write(hash);
        return body.ToArray();
    }

    public static void Save(ModelFile model, Stream destination) => destination.Write(ToBytes(model));

    public static void Save(ModelFile model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, ToBytes(model));
    }

    public static ModelResult<ModelFile> Load(string path, IFileSystem? files = null)
    {
        files ??= LocalFileSystem.Instance;
        if (!files.FileExists(path)) return ModelResult<ModelFile>.Fail($"{path}: model file not found");
        try
        {
            using var stream = files.OpenRead(path);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var result = Read(copy.ToArray());
            return result.IsSuccess ? result : ModelResult<ModelFile>.Fail($"{path}: {result.Error}");
        }
        catch (IOException e)
        {
            return ModelResult<ModelFile>.Fail($"{path}: cannot read ({e.Message})");
        }
    }

    public static ModelResult<ModelFile> Load(Stream source)
    {
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        return Read(copy.ToArray());
    }

    public static ModelResult<ModelFile> Read(byte[] bytes)
    {
        if (bytes.Length < Magic.Length + sizeof(int) + HashLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            return ModelResult<ModelFile>.Fail("not a NewsDigest model file (bad magic bytes)");
        int version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version < OldestReadable || version > NewestReadable)
            return ModelResult<ModelFile>.Fail($"model file format version {version}, but this build reads versions {OldestReadable} to {NewestReadable}; retrain with 'newsdigest train'");
        int bodyLength = bytes.Length - HashLength;
        var expected = SHA256.HashData(bytes.AsSpan(0, bodyLength));
        if (!expected.AsSpan().SequenceEqual(bytes.AsSpan(bodyLength)))
            return ModelResult<ModelFile>.Fail("checksum mismatch: the file is damaged or was edited");
        try
        {
            return ModelResult<ModelFile>.Ok(Parse(bytes, bodyLength, version));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or OverflowException)
        {
            // A correct checksum over a malformed body means a writer bug or a hand-built file; still a result, not a crash.
            return ModelResult<ModelFile>.Fail($"malformed model body: {e.Message}");
        }
    }

    private static ModelFile Parse(byte[] bytes, int bodyLength, int version)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bodyLength, writable: false), Encoding.UTF8);
        reader.ReadBytes(Magic.Length);
        reader.ReadInt32();
        byte kindByte = reader.ReadByte();
        if (!Enum.IsDefined(typeof(ModelKind), kindByte)) throw new InvalidDataException($"unknown model kind {kindByte}");
        var kind = (ModelKind)kindByte;
        int labelCount = Count(reader, 1 << 16);
        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++) labels[i] = reader.ReadString();
        int hashBits = reader.ReadInt32();
        if (hashBits is < 4 or > 26) throw new InvalidDataException($"hash bits {hashBits} out of range");
        var training = new TrainingInfo(reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadUInt64());
        double temperature = reader.ReadDouble();
        int weightLength = Count(reader, 1 << 28);
        if (weightLength != labelCount << hashBits && weightLength != 0)
            throw new InvalidDataException($"weights length {weightLength} does not match {labelCount} labels x 2^{hashBits} slots");
        var weights = ReadWeights(reader, weightLength);
        int transitionLength = Count(reader, 1 << 20);
        var transitions = new float[transitionLength];
        for (int i = 0; i < transitionLength; i++) transitions[i] = reader.ReadSingle();
        int lexiconCount = Count(reader, 64);
        var lexicons = new List<Lexicon>(lexiconCount);
        for (int l = 0; l < lexiconCount; l++)
        {
            string name = reader.ReadString();
            int maxWords = reader.ReadInt32();
            int count = Count(reader, 1 << 24);
            var hashes = new ulong[count];
            for (int i = 0; i < count; i++) hashes[i] = reader.ReadUInt64();
            lexicons.Add(new Lexicon(name, hashes, maxWords));
        }
        var settings = new Dictionary<string, double>(StringComparer.Ordinal);
        int settingCount = version >= 3 ? Count(reader, 1 << 10) : 0;
        for (int i = 0; i < settingCount; i++)
        {
            string key = reader.ReadString();
            if (!settings.TryAdd(key, reader.ReadDouble())) throw new InvalidDataException($"setting '{key}' appears twice");
        }
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        int vectorCount = version >= 4 ? Count(reader, 64) : 0;
        for (int i = 0; i < vectorCount; i++)
        {
            string key = reader.ReadString();
            var vector = ReadWeights(reader, Count(reader, 1 << 28));
            if (!vectors.TryAdd(key, vector)) throw new InvalidDataException($"vector '{key}' appears twice");
        }
        var trees = version >= 5 ? ReadTrees(reader) : null;
        if (reader.BaseStream.Position != bodyLength) throw new InvalidDataException("trailing bytes after the last section");
        return new ModelFile(kind, labels, hashBits, training, weights) { Transitions = transitions, Temperature = temperature, Lexicons = lexicons, Settings = settings, Vectors = vectors, Trees = trees };
    }

    /// <summary>
    /// The trees section: bias (double), feature count, tree count, then per tree its internal node count, each node's feature,
    /// threshold (single), left and right child, then its leaf count and leaf values (singles). Singles are written as they
    /// are, so a loaded ensemble predicts exactly what the fitted one did.
    /// </summary>
    private static void WriteTrees(BinaryWriter writer, StoredTreeEnsemble ensemble)
    {
        writer.Write(ensemble.Bias);
        writer.Write(ensemble.FeatureCount);
        writer.Write(ensemble.Trees.Count);
        foreach (var tree in ensemble.Trees)
        {
            writer.Write(tree.Feature.Length);
            for (int n = 0; n < tree.Feature.Length; n++)
            {
                writer.Write(tree.Feature[n]);
                writer.Write(tree.Threshold[n]);
                writer.Write(tree.Left[n]);
                writer.Write(tree.Right[n]);
            }
            writer.Write(tree.Leaves.Length);
            foreach (var leaf in tree.Leaves) writer.Write(leaf);
        }
    }

    /// <summary>Reads the trees section, checking that every node reads a known feature and every child exists, so a loaded tree cannot index out of range.</summary>
    private static StoredTreeEnsemble ReadTrees(BinaryReader reader)
    {
        double bias = reader.ReadDouble();
        int featureCount = Count(reader, 1 << 16);
        int treeCount = Count(reader, 1 << 16);
        var trees = new StoredTree[treeCount];
        for (int t = 0; t < treeCount; t++)
        {
            int nodes = Count(reader, 1 << 20);
            var feature = new int[nodes];
            var threshold = new float[nodes];
            var left = new int[nodes];
            var right = new int[nodes];
            for (int n = 0; n < nodes; n++)
            {
                feature[n] = reader.ReadInt32();
                threshold[n] = reader.ReadSingle();
                left[n] = reader.ReadInt32();
                right[n] = reader.ReadInt32();
            }
            int leafCount = Count(reader, (1 << 20) + 1);
            if (leafCount != nodes + 1) throw new InvalidDataException($"tree {t} has {nodes} nodes but {leafCount} leaves");
            var leaves = new float[leafCount];
            for (int l = 0; l < leafCount; l++) leaves[l] = reader.ReadSingle();
            for (int n = 0; n < nodes; n++)
            {
                if ((uint)feature[n] >= (uint)featureCount) throw new InvalidDataException($"tree {t} node {n} reads feature {feature[n]} of {featureCount}");
                // Children point forward only, so every path ends in a leaf and no loop can be built.
                foreach (int child in new[] { left[n], right[n] })
                    if (child >= 0 ? child <= n || child >= nodes : ~child >= leafCount)
                        throw new InvalidDataException($"tree {t} node {n} has child {child} out of range");
            }
            trees[t] = new StoredTree(feature, threshold, left, right, leaves);
        }
        return new StoredTreeEnsemble(bias, featureCount, trees);
    }

    /// <summary>
    /// Weights the trainers rounded to half precision are stored densely as halves (2 bytes a slot), which is smaller
    /// than index/value pairs once more than a quarter of the slots are used; anything else is stored sparsely as singles.
    /// Either way loading gives back exactly the same floats.
    /// </summary>
    private static void WriteWeights(BinaryWriter writer, float[] weights)
    {
        int nonZero = 0;
        bool halves = true;
        foreach (var w in weights)
        {
            if (w != 0f) nonZero++;
            if ((float)(Half)w != w) halves = false;
        }
        if (halves && nonZero * 8L > weights.Length * 2L)
        {
            writer.Write(DenseHalves);
            foreach (var w in weights) writer.Write((Half)w);
            return;
        }
        writer.Write(SparseSingles);
        writer.Write(nonZero);
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0f) continue;
            writer.Write(i);
            writer.Write(weights[i]);
        }
    }

    private static float[] ReadWeights(BinaryReader reader, int length)
    {
        var weights = new float[length];
        byte encoding = reader.ReadByte();
        if (encoding == DenseHalves)
        {
            for (int i = 0; i < length; i++) weights[i] = (float)reader.ReadHalf();
            return weights;
        }
        if (encoding != SparseSingles) throw new InvalidDataException($"unknown weight encoding {encoding}");
        int nonZero = Count(reader, length);
        for (int i = 0; i < nonZero; i++)
        {
            int index = reader.ReadInt32();
            if ((uint)index >= (uint)length) throw new InvalidDataException($"weight index {index} out of range");
            weights[index] = reader.ReadSingle();
        }
        return weights;
    }

    private static int Count(BinaryReader reader, int max)
    {
        int n = reader.ReadInt32();
        if (n < 0 || n > max) throw new InvalidDataException($"count {n} out of range");
        return n;
    }
}
