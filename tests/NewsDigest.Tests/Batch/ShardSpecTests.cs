using NewsDigest.Batch;

namespace NewsDigest.Tests.Batch;

public sealed class ShardSpecTests
{
    [Theory]
    [InlineData("1/4", 1, 4)]
    [InlineData("4/4", 4, 4)]
    [InlineData("1/1", 1, 1)]
    public void Parses_i_of_n(string text, int index, int count) => Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text).Shard);

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1-4")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void Refuses_what_is_not_a_shard(string text)
    {
        var (shard, error) = ShardSpec.Parse(text);
        Assert.Null(shard);
        Assert.Contains(text, error);
    }

    [Fact]
    public void Every_source_falls_in_exactly_one_shard_and_shares_are_even()
    {
        var sources = Enumerable.Range(0, 4000).Select(i => $"dump.jsonl#{i:x8}").ToArray();
        var shards = Enumerable.Range(1, 4).Select(i => new ShardSpec(i, 4)).ToArray();
        Assert.All(sources, s => Assert.Single(shards, shard => shard.Contains(s)));
        Assert.All(shards, shard => Assert.InRange(sources.Count(shard.Contains), 850, 1150));
    }

    [Fact]
    public void The_hash_is_stable_across_processes() =>
        // FNV-1a 64 of "a" is a published test vector; a per-process string hash would differ between runs.
        Assert.Equal(0xaf63dc4c8601ec8cUL, StableHash.Of("a"));
}
