namespace NewsDigest.Cli;

/// <summary>The --out file could not be created or opened; Program turns it into a one-line message and exit code 3.</summary>
internal sealed class OutputUnavailableException(string path, string reason, Exception inner)
    : Exception($"cannot write the output to {path} ({reason})", inner)
{
    public string Path { get; } = path;
}
