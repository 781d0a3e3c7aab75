using System.CommandLine;
using System.Text.Json;
using NewsDigest.Cli.Commands;
using NewsDigest.Rendering.Json;

namespace NewsDigest.Tests.Merging;

/// <summary>The dedup and digest commands end to end over real files in a temporary folder.</summary>
public sealed class DedupAndDigestCommandTests : IDisposable
{
    private const string Wire =
        "Arsenal 2-1 Chelsea. Arsenal came from behind to beat Chelsea at the Emirates on Sunday, with the substitute heading the winner eight minutes from time. " +
        "Chelsea had led through a penalty before the break after a clumsy challenge in the area, and their keeper made three fine saves in the second half. " +
        "The home manager said afterwards that his side had shown great character and that the crowd had carried them over the line in the closing stages.";

    private readonly string _dir = Directory.CreateTempSubdirectory("newsdigest-commands-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Run(Command command, params string[] args) => new RootCommand { command }.Parse(args).Invoke();

    [Fact]
    public void Dedup_lists_the_near_copies_and_leaves_the_other_text_out()
    {
        Write("wire.txt", Wire);
        Write("copy.txt", "Late header wins it. " + Wire.Replace("Sunday", "Sunday afternoon"));
        Write("other.txt", "Leeds and Hull drew a dull game without a shot on target in the first hour, and both managers agreed the wind had spoiled it for the fans.");
        var output = Path.Combine(_dir, "groups.txt");

        int code = Run(DedupCommand.Create(), "dedup", _dir, "--out", output);

        Assert.Equal(0, code);
        var text = File.ReadAllText(output);
        Assert.Contains("group 1: 2 texts", text);
        Assert.Contains("copy.txt", text);
        Assert.DoesNotContain("other.txt", text);
    }

    [Fact]
    public void Dedup_refuses_a_threshold_out_of_range()
    {
        Write("wire.txt", Wire);
        Assert.Equal(2, Run(DedupCommand.Create(), "dedup", _dir, "--threshold", "1.5"));
    }

    [Fact]
    public void Digest_writes_versioned_json_listing_every_source_and_names_a_bad_input()
    {
        Write("a.txt", Wire);
        Write("b.txt", "Arsenal 2-1 Chelsea: an independent account of the game, written for this test. Chelsea took the lead through a penalty in the 30th minute, Arsenal equalised in the 55th minute with a header from a corner, and the substitute scored the winner in the 82nd minute to give the hosts a 2-1 win at the Emirates on Sunday.");
        Write("empty.txt", "");
        var output = Path.Combine(_dir, "digest.json");

        int code = Run(DigestCommand.Create(), "digest", _dir, "--format", "json", "--out", output);

        Assert.Equal(1, code); // the empty file failed; the others were read
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(DigestJsonWriter.SchemaVersion, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var digest = Assert.Single(json.RootElement.GetProperty("digests").EnumerateArray());
        Assert.Equal(2, digest.GetProperty("sources").GetArrayLength());
    }
}
