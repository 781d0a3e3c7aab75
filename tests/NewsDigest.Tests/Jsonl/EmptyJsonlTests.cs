using NewsDigest.Ingest;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Tests.Jsonl;

public class EmptyJsonlTests
{
    [Fact]
    public void An_empty_dump_is_one_failure_naming_it()
    {
        var results = new JsonlArticleReader().Read("dump.jsonl", new MemoryStream([])).ToList();
        var failure = Assert.Single(results).Failure;
        Assert.NotNull(failure);
        Assert.Equal(FailureKind.Empty, failure.Kind);
        Assert.Equal("dump.jsonl", failure.Source);
    }
}
