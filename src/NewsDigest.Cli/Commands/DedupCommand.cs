using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsDigest.Hosting;
using NewsDigest.Ingest;
using NewsDigest.Merging.Dedup;

namespace NewsDigest.Cli.Commands;

/// <summary>'dedup': lists the groups of exact and near-duplicate texts among the inputs, with the similarity of each pair.</summary>
internal static class DedupCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files (.txt, .html, .jsonl/.jsonl.gz archives, .warc/.warc.gz), directories (read recursively), URLs, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var threshold = new Option<double>("--threshold") { Description = "Estimated shingle Jaccard similarity at or above which two texts are near-copies (0-1]", DefaultValueFactory = _ => DedupOptions.Default.Threshold };
        var shingle = new Option<int>("--shingle") { Description = "Words per shingle", DefaultValueFactory = _ => DedupOptions.Default.ShingleSize };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout" };
        var command = new Command("dedup", "List groups of exact and near-duplicate texts (MinHash over word shingles, LSH banding).") { inputs, threshold, shingle, output };
        command.SetAction(parse =>
        {
            var options = DedupOptions.Default with { Threshold = parse.GetValue(threshold), ShingleSize = parse.GetValue(shingle) };
            if (options.Validate() is { } problem)
            {
                Console.Error.WriteLine($"newsdigest dedup: {problem}");
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            var index = new NearDuplicateIndex(options);
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            int failed = 0, repeated = 0;
            foreach (var item in ReadAll(parse.GetValue(inputs)!))
            {
                if (item.Failure is { } failure)
                {
                    failed++;
                    Console.Error.WriteLine($"newsdigest: {failure}");
                    continue;
                }
                var (id, title, text, site) = item.Text!.Value;
                if (titles.ContainsKey(id))
                {
                    // Archives repeat some ids; each copy is still a text to account for, under a numbered id.
                    repeated++;
                    int copy = 2;
                    while (titles.ContainsKey($"{id}#{copy}")) copy++;
                    id = $"{id}#{copy}";
                }
                titles[id] = title;
                index.Add(id, text, site);
            }
            if (repeated > 0) Console.Error.WriteLine($"newsdigest dedup: {repeated} texts repeat an earlier id; they are listed as id#2, id#3 ...");
            var result = index.FindGroups();
            using var writer = OutputTarget.Open(parse.GetValue(output));
            Write(result, titles, writer);
            var s = result.Statistics;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"newsdigest dedup: {s.Documents} texts, {result.Groups.Count} groups, {s.ExactDuplicates} exact duplicates, {s.NearDuplicatePairs} near-copy pairs from {s.CandidatePairs} candidate pairs, {s.EmptyDocuments} empty, {s.OversizedBuckets} oversized buckets, {clock.Elapsed.TotalSeconds:0.00} s"));
            return ExitCodes.ForRun(titles.Count, failed);
        });
        return command;
    }

    private static void Write(DedupResult result, IReadOnlyDictionary<string, string> titles, TextWriter writer)
    {
        for (int g = 0; g < result.Groups.Count; g++)
        {
            var group = result.Groups[g];
            // A large group lists each text against its first only, so the listing stays linear in the group's size.
            string listed = group.Listing == PairListing.Star ? "least similarity to the first" : "least pairwise similarity";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"group {g + 1}: {group.Members.Count} texts, {listed} {group.MinimumSimilarity:0.00}"));
            foreach (var id in group.Members) writer.WriteLine($"  {id}\t{titles[id]}");
            foreach (var pair in group.Pairs)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {pair.First} ~ {pair.Second}: similarity {pair.Similarity:0.00}, containment {pair.Containment:0.00}{(pair.Exact ? " (same wording)" : "")}"));
        }
    }

    /// <summary>One text to index, or the failure that stopped an input.</summary>
    private readonly record struct Item((string Id, string Title, string Text, string? Site)? Text, IngestFailure? Failure);

    private static IEnumerable<Item> ReadAll(IEnumerable<string> inputs)
    {
        var reader = new ArticleInputs(LocalFileSystem.Instance, ArticleInputs.DefaultReaders());
        foreach (var input in inputs)
        {
            foreach (var result in reader.Read([input]))
                yield return result.Article is { } article
                    ? new Item((article.Source, article.Title ?? "", article.Text, article.SiteName), null)
                    : new Item(null, result.Failure);
        }
    }
}
