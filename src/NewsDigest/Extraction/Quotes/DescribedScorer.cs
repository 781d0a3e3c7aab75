using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A player's description after a quote that follows the telling of a goal ("Younis did the rest, holding off Geria and lashing it
/// in. / “...,” the 18-year-old grinned", "Then Watson picked the ball up and BANG. Cooper didn't move. / “...,” grinned the teenager"):
/// reporters give the scorer's words right after the goal and call him by his age or position rather than his name, so the description is
/// the scorer the passage names last, not the last person named (the keeper beaten, the player whose pass it was).</summary>
internal static partial class DescribedScorer
{
    /// <summary>The scorer (of a goal the report lists) named last, outside quotes and not as an owner, in the two sentences before the
    /// quote's sentence (within the quote's paragraph and the one above), when <paramref name="description"/> describes a player by age or position and no earlier mention carries it
    /// ("teenager Tom Reid" is who "the teenager" is); null otherwise.</summary>
    internal static string? Of(ExtractionContext context, string description, int quoteStart)
    {
        if (context.Goals.Count == 0 || !PlayerDescription().IsMatch(description.Trim())) return null;
        if (SpeakerSalience.ByRole(context, description, quoteStart) is not null) return null;
        var scorers = context.Goals.Where(g => !g.OwnGoal).Select(g => PersonIndex.SurnameKey(g.Player)).ToHashSet(StringComparer.Ordinal);
        var text = context.Text;
        int paragraphStart = QuoteLayout.ParagraphStart(text, quoteStart);
        int above = paragraphStart >= 2 ? QuoteLayout.ParagraphStart(text, paragraphStart - 2) : paragraphStart;
        // The goal just told: the two sentences before the quote's ("Then Watson ... and BANG. Cooper didn't move."), not a scorer named
        // earlier in the passage ("Kerr levelled before half-time.").
        int from = Math.Max(above, SentenceBefore(text, SentenceBefore(text, SpeakerSalience.SentenceStart(text, quoteStart))));
        string? last = null;
        foreach (var (mention, full) in SpeakerNames.SpeakersWithin(context, new TextSpan(from, quoteStart - from)))
            if (!mention.Possessive && scorers.Contains(PersonIndex.SurnameKey(context.People.NameOf(mention)))) last = full;
        return last;
    }

    /// <summary>Where the sentence before the one starting at <paramref name="start"/> starts, past the spaces and quote marks between.</summary>
    private static int SentenceBefore(string text, int start)
    {
        int end = start - 1;
        while (end > 0 && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '“' or '”' or '‘' or '’' or '\'')) end--;
        return end <= 0 ? 0 : SpeakerSalience.SentenceStart(text, end);
    }

    /// <summary>"the 18-year-old", "the teenager", "the Wanderers striker", "the young midfielder"; not "the former Leeds striker", a pundit
    /// or an old player looking back rather than the one who just scored.</summary>
    [GeneratedRegex(@"^(?:the|their|our)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:former|ex-))(?:[\p{L}'’.-]+\s+){0,2}?(?:\d+-year-old|teenager|teen|youngster|debutant|substitute|striker|forward|midfielder|winger|hat-trick hero|match-winner|matchwinner|goalscorer|scorer)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerDescription();
}
