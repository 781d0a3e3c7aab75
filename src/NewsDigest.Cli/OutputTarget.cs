using System.Text;

namespace NewsDigest.Cli;

/// <summary>Opens the command's output: a file when --out is given, else stdout, always UTF-8 with \n line ends.</summary>
internal static class OutputTarget
{
    public static TextWriter Open(FileInfo? file)
    {
        var utf8 = new UTF8Encoding(false);
        if (file is null)
            return new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n", AutoFlush = false };
        try
        {
            file.Directory?.Create();
            return new StreamWriter(file.FullName, false, utf8) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A bad --out path is the user's input, not a bug: it ends the run with a message, not a stack trace.
            throw new OutputUnavailableException(file.ToString(), e.Message, e);
        }
    }
}
