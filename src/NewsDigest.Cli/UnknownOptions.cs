using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsDigest.Cli;

/// <summary>
/// Finds words that look like options but that no command knows. System.CommandLine hands them to a command's
/// inputs argument, so without this check a mistyped option ("--fromat") would be read as a missing input file
/// and the run would go ahead. A file whose name starts with a dash can still be given after "--" or as "./-name".
/// </summary>
internal static class UnknownOptions
{
    public static IReadOnlyList<string> In(ParseResult parsed) =>
        parsed.Tokens
            .TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument && LooksLikeOption(t.Value))
            .Select(t => t.Value)
            .ToList();

    // "-" alone is stdin and "-1" a negative number; "-x" and "--word" are options.
    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && (char.IsAsciiLetter(value[1]) || (value[1] == '-' && value.Length > 2 && char.IsAsciiLetter(value[2])));
}
