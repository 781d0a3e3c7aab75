using NewsDigest.Learning.Persistence;

namespace NewsDigest.Tests.Learning;

public sealed class ModelFileFormatTests
{
    private static ModelFile Sample() => new(ModelKind.LinearClassifier, ["a", "b"], 4, new TrainingInfo("tiny", "f/1", 3, 1, 7), new float[2 << 4])
    {
        Temperature = 2.5,
        Lexicons = [new Lexicon("Team", [3UL, 1UL, 2UL], 2)],
    };

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        var file = Sample();
        file.Weights[5] = 1.25f;
        var loaded = ModelFileFormat.Read(ModelFileFormat.ToBytes(file)).Unwrap();
        Assert.Equal(file.Kind, loaded.Kind);
        Assert.Equal(file.Labels, loaded.Labels);
        Assert.Equal(file.Training, loaded.Training);
        Assert.Equal(file.Weights, loaded.Weights);
        Assert.Equal(2.5, loaded.Temperature);
        Assert.True(loaded.Lexicons[0].Contains(2UL));
        Assert.False(loaded.Lexicons[0].Contains(4UL));
    }

    [Fact]
    public void Wrong_version_is_named()
    {
        var bytes = ModelFileFormat.ToBytes(Sample());
        BitConverter.GetBytes(ModelFileFormat.NewestReadable + 1).CopyTo(bytes, 8);
        var result = ModelFileFormat.Read(bytes);
        Assert.False(result.IsSuccess);
        Assert.Contains($"version {ModelFileFormat.NewestReadable + 1}", result.Error);
    }

    [Fact]
    public void Other_files_are_not_model_files()
    {
        Assert.Contains("magic", ModelFileFormat.Read("hello, this is not a model at all, just text"u8.ToArray()).Error);
        Assert.Contains("magic", ModelFileFormat.Read([]).Error);
    }

    [Fact]
    public void Truncated_file_fails_its_checksum()
    {
        var bytes = ModelFileFormat.ToBytes(Sample());
        Assert.Contains("checksum", ModelFileFormat.Read(bytes[..^5]).Error);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.ndm");
        var result = ModelFileFormat.Load(path);
        Assert.Contains(path, result.Error);
    }
}
