using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>Finds the two teams from a headline-style scoreline ("Arsenal 1-1 Sheff Utd").</summary>
public sealed partial class TeamExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            var match = HeadlineScore().Match(context.Text, sentence.Start, sentence.Length);
            if (!match.Success) continue;
            context.Facts = context.Facts with
            {
                Teams = new TeamPair(match.Groups["a"].Value.Trim(), match.Groups["b"].Value.Trim(), context.EvidenceFor(sentence)),
            };
            return;
        }
    }

    [GeneratedRegex(@"(?<a>(?:[A-Z][\w'.]+ ){1,3})\d{1,2}-\d{1,2} (?<b>[A-Z][\w'.]+(?: [A-Z][\w'.]+){0,2})")]
    private static partial Regex HeadlineScore();
}
