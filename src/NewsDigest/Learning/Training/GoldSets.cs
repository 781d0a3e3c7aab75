using NewsDigest.Evaluation.Extraction;

namespace NewsDigest.Learning.Training;

/// <summary>A set of gold reports a model recipe trains on or chooses with: its name ("espn/train", "written3") and whether it is trained on.</summary>
public readonly record struct SetKey(string Name, bool Trained);

/// <summary>Which set a gold report belongs to for a recipe that learns from written batches: the train split of the gold corpora and the
/// recipe's trained batches are trained on; the dev split and its choosing batch choose; the test split, copies of test articles and every
/// other written batch are never read.</summary>
public static class GoldSets
{
    /// <summary>News gold records of the train and dev splits whose text is largely a copy of a test-split article (the archive prints one
    /// story under many ids; `/work/briefs/s11/show.py` refuses them): never trained on, never scored.</summary>
    public static readonly IReadOnlySet<string> TestCopies = new HashSet<string>(StringComparer.Ordinal)
    {
        "1f9278aff77a", "6c8e8186c591", "195c94bfcb69", "1c01e5d85975", "33cb9cceb7e4", "08ffc67a3f62", "01917c42e77c", "010855fcf765", "292b1533a454",
        "146fdcf5f606", "07fb6e346a2b", "2e46bea3a4df", "4e86d03329ff", "b93cb1ebd5b4", "03c76060e3a4", "23e313a0b8e4", "11490f12df6a", "d72100d21c62",
    };

    /// <summary>The report's set, or null when the recipe must not read it.</summary>
    public static SetKey? Of(GoldCase c, IReadOnlySet<string> trainedBatches, string choosingBatch)
    {
        if (WrittenGoldReader.IsWritten(c.Corpus))
            return trainedBatches.Contains(c.Corpus) ? new SetKey(c.Corpus, true) : c.Corpus == choosingBatch ? new SetKey(c.Corpus, false) : null;
        var part = DataSplit.Of(c.Id);
        if (part == DataSplit.Part.Test || TestCopies.Contains(c.Id)) return null;
        return new SetKey($"{c.Corpus}/{part.ToString().ToLowerInvariant()}", part == DataSplit.Part.Train);
    }

    /// <summary>The gold reports of every corpus a recipe may read, with their set; <paramref name="goalsComplete"/> keeps only reports whose
    /// gold goal list is whole.</summary>
    public static List<(SetKey Key, GoldCase Case)> Cases(GoldReaders readers, IReadOnlySet<string> trainedBatches, string choosingBatch, bool goalsComplete)
    {
        var cases = new List<(SetKey Key, GoldCase Case)>();
        foreach (var c in readers.Espn().Concat(readers.PremierLeague()).Concat(readers.News()).Concat(readers.Written()))
        {
            if (Of(c, trainedBatches, choosingBatch) is not { } key) continue;
            if (goalsComplete && !c.Gold.GoalsComplete) continue;
            cases.Add((key, c));
        }
        return cases;
    }
}
