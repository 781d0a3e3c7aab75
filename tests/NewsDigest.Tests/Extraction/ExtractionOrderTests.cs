using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>
/// An article's facts depend on that article alone: read after others on one thread, or among them on many, they are the facts it
/// gets read alone. Session 26 took two eval runs that differed on written31-03 (7-5 or 4-1) for a race; they had read different score
/// rankers (a binary's copy of models/ made before a retrain, and one after), and these checks hold with the committed models.
/// </summary>
public sealed class ExtractionOrderTests
{
    private static readonly Pipeline Pipeline = DefaultPipeline.Create(ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models")).Models);

    private static List<GoldCase> Batch31() =>
        WrittenGoldReader.ReadBatch(Path.Combine(SharedData.RepositoryRoot, "data", "written", "batch31.jsonl"), "written31");

    private static string Facts(GoldCase c)
    {
        var m = Pipeline.ReadAllFacts(Pipeline.Extract(c.Input!)).Match;
        if (m is null) return "none";
        return $"{m.Teams?.First} {m.Result?.Score.First}-{m.Result?.Score.Second} {m.Teams?.Second} | "
            + string.Join(", ", m.Goals.Select(g => $"{g.Player} {g.Minute?.Regular}{(g.Penalty ? " pen" : "")}{(g.OwnGoal ? " og" : "")} {g.Team}"))
            + $" | {m.Venue?.Value} | {m.Cards.Count} | {m.MissedPenalties.Count} | "
            + string.Join(", ", m.Quotes.Select(q => $"{q.Speaker}: {q.Evidence.Span.Start}"));
    }

    [Fact]
    public void An_article_read_after_the_others_of_its_batch_gets_the_facts_it_gets_alone()
    {
        var batch = Batch31();
        var alone = batch.ToDictionary(c => c.Id, Facts);
        // Each article right after every other on this thread, then the whole batch backwards.
        var target = batch.Single(c => c.Id == "written31-03");
        foreach (var before in batch)
        {
            Facts(before);
            Assert.Equal(alone[target.Id], Facts(target));
        }
        for (int i = batch.Count - 1; i >= 0; i--) Assert.Equal(alone[batch[i].Id], Facts(batch[i]));
    }

    [Fact]
    public void Reading_a_batch_on_many_threads_gives_the_facts_of_one()
    {
        var batch = Batch31();
        var alone = batch.Select(Facts).ToArray();
        for (int round = 0; round < 3; round++)
        {
            var together = new string[batch.Count];
            Parallel.For(0, batch.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i % batch.Count] = Facts(batch[i % batch.Count]));
            Assert.Equal(alone, together);
        }
    }
}
