using System.CommandLine;
using NewsDigest.Cli;
using NewsDigest.Cli.Commands;

namespace NewsDigest.Tests.Batch;

/// <summary>The batch and merge commands as a user calls them: exit codes for runs, refusals and usage errors.</summary>
[Collection("Console")]
public sealed class BatchCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int Invoke(params string[] args)
    {
        var root = new RootCommand { BatchCommand.Create(), MergeCommand.Create() };
        var parsed = root.Parse(args);
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : parsed.Invoke();
    }

    [Fact]
    public void A_clean_run_succeeds_and_a_second_into_the_same_directory_is_refused()
    {
        string input = _temp.Write("in.jsonl", SyntheticArchive.Jsonl(30, seed: 5));
        Assert.Equal(ExitCodes.Success, Invoke("batch", input, "--out", _temp["out"], "--progress", "none"));
        Assert.True(File.Exists(_temp["out/articles.jsonl"]));
        Assert.Equal(ExitCodes.Usage, Invoke("batch", input, "--out", _temp["out"], "--progress", "none"));
        Assert.Equal(ExitCodes.Success, Invoke("batch", input, "--out", _temp["out"], "--progress", "none", "--resume"));
    }

    [Fact]
    public void Failed_items_give_exit_code_one_and_only_failures_give_three()
    {
        string mixed = _temp.Write("mixed.jsonl", SyntheticArchive.Jsonl(30, seed: 5, brokenEvery: 7));
        Assert.Equal(ExitCodes.SomeInputsFailed, Invoke("batch", mixed, "--out", _temp["mixed"], "--progress", "none"));
        Assert.Equal(ExitCodes.NothingProcessed, Invoke("batch", _temp["absent.jsonl"], "--out", _temp["none"], "--progress", "none"));
    }

    [Theory]
    [InlineData("5/4")]
    [InlineData("x")]
    public void A_bad_shard_is_a_usage_error(string shard) =>
        Assert.Equal(ExitCodes.Usage, Invoke("batch", "whatever.jsonl", "--out", "/tmp/unused", "--shard", shard));

    [Fact]
    public void Merge_refuses_an_incomplete_set_of_shards()
    {
        string input = _temp.Write("in.jsonl", SyntheticArchive.Jsonl(30, seed: 5));
        Assert.Equal(ExitCodes.Success, Invoke("batch", input, "--out", _temp["s1"], "--shard", "1/2", "--progress", "none"));
        Assert.Equal(ExitCodes.Usage, Invoke("merge", _temp["s1"], "--out", _temp["m"]));
        Assert.Equal(ExitCodes.Success, Invoke("batch", input, "--out", _temp["s2"], "--shard", "2/2", "--progress", "none"));
        Assert.Equal(ExitCodes.Success, Invoke("merge", _temp["s1"], _temp["s2"], "--out", _temp["m"]));
        Assert.Equal(30, File.ReadAllLines(_temp["m/articles.jsonl"]).Length);
    }
}
