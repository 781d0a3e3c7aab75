using System.Text.RegularExpressions;
using NewsDigest.Extraction.Dates;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Fixtures;

/// <summary>Finds the next match a report announces: "France will now look forward to a last-four meeting with Morocco on Wednesday" (team, opponent, stage, date from the weekday).</summary>
public sealed partial class NextFixtureExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is not { } pair) return;
        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            if (context.IsQuoted(sentence.Start)) continue;
            var s = sentence.Substring(text);
            var cue = Upcoming().Match(s);
            if (!cue.Success) continue;
            int at = sentence.Start + cue.Index;
            var team = context.Teams.Within(sentence).Where(m => m.Span.End <= at).Select(m => m.Team).LastOrDefault();
            if (team is null) continue;
            var opponent = context.TeamMentions.Where(m => m.Span.Start > at && sentence.Contains(m.Span.Start) && m.Value.Name != team).Select(m => m.Value.Name).FirstOrDefault();
            if (opponent is null) continue;
            int first = context.TokenIndexAt(sentence.Start), last = context.TokenIndexAt(sentence.End);
            var stage = context.Gazetteer.Stages.FindAll(text, context.Tokens, first, last).Select(m => m.Value).FirstOrDefault(v => v != "final" || FinalOf().IsMatch(s));
            DateOnly? date = null;
            var day = Weekday().Match(s);
            if (day.Success && context.Facts.Date?.Value is { } played) date = MatchDateExtractor.Next(played, Enum.Parse<DayOfWeek>(day.Groups["day"].Value, ignoreCase: true));
            context.Facts = context.Facts with { NextFixture = new NextFixture(team, opponent, context.EvidenceFor(sentence)) { Stage = stage, Date = date, Weekday = day.Success ? Enum.Parse<DayOfWeek>(day.Groups["day"].Value, ignoreCase: true) : null } };
            return;
        }
    }

    [GeneratedRegex(@"\b(?:will (?:now )?(?:face|play|meet|take on|go on to face|look forward to|travel to|host|welcome|tackle|come up against)|(?:next|now) (?:face|faces|play|plays|meet|meets|take on|takes on)|next up (?:for|is)|set up a (?:[\w-]+ )?(?:meeting|clash|tie|showdown) with|face (?:a|an) [\w-]+ (?:meeting|clash|tie|showdown) with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Upcoming();

    [GeneratedRegex(@"\bon (?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:in|reach|reached|contest|play in) the final\b", RegexOptions.IgnoreCase)]
    private static partial Regex FinalOf();
}
