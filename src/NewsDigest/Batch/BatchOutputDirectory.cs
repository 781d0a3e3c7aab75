using System.Globalization;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>Opens a batch run's output directory and its database: fresh, resumed, or refused with a reason (never an earlier run silently overwritten).</summary>
public static class BatchOutputDirectory
{
    public const string DatabaseName = "newsdigest.db";

    public static (BatchDatabase? Database, string? Error) Open(BatchOptions options)
    {
        string directory = options.OutputDirectory;
        string path = Path.Combine(directory, DatabaseName);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{directory}: cannot create the output directory ({e.Message})");
        }
        bool exists = File.Exists(path);
        if (exists && options.Overwrite) Delete(directory);
        else if (exists && !options.Resume)
            return (null, $"{directory} already holds a batch run ({DatabaseName}); pass --resume to continue it or --overwrite to start again");
        var database = BatchDatabase.Open(path);
        string signature = options.Signature();
        string shard = options.Shard.ToString();
        var (oldSignature, oldShard) = (database.GetMeta("signature"), database.GetMeta("shard"));
        if (oldSignature is not null && (oldSignature != signature || oldShard != shard))
        {
            database.Dispose();
            return (null, $"{directory} holds a run over other inputs or options (shard {oldShard}); --resume needs the same inputs, fields, globs and shard, or pass --overwrite");
        }
        database.SetMeta("signature", signature);
        database.SetMeta("shard", shard);
        database.SetMeta("shard_count", options.Shard.Count.ToString(CultureInfo.InvariantCulture));
        return (database, null);
    }

    /// <summary>Removes an earlier run's database and files, nothing else in the directory.</summary>
    public static void Delete(string directory)
    {
        foreach (var name in new[] { DatabaseName, DatabaseName + "-wal", DatabaseName + "-shm" }.Concat(BatchFileExporter.FileNames))
        {
            string file = Path.Combine(directory, name);
            if (File.Exists(file)) File.Delete(file);
        }
    }
}
