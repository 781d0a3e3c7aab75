using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>
/// A goal read without a minute ("Martha Thomas's goal", "a Sanchez hat-trick") whose scorer another sentence names beside a minute and
/// a goal's words that the goal readers did not read as a goal: "Thomas slotted home a fantastic team goal in the 59th minute", "Sanchez
/// began with a left-footed penalty kick in the 67th minute", "Hojlund now has 11 goals, with his latest arriving in the 17th minute",
/// "the breakthrough came two minutes after the break when the keeper fumbled Kabene's effort into the net". Such a minute, held by no
/// other goal, is one of the scorer's goals still untimed: it becomes a timed mention of that goal, which the consolidator merges.
/// </summary>
internal static partial class UntimedGoalMinutes
{
    /// <summary>How far (characters) a minute may stand from the scorer's name in its sentence.</summary>
    private const int NameReach = 140;

    public static void Fill(ExtractionContext context, List<GoalCandidate> candidates)
    {
        if (candidates.Count == 0) return;
        var text = context.Text;
        var held = new HashSet<Minute>(candidates.Where(c => c.Minute is not null).Select(c => c.Minute!.Value));
        // How many goals of each scorer still want a minute: what the untimed mentions tell, less the minutes already given.
        var wanting = new Dictionary<string, (int Need, GoalCandidate First)>();
        foreach (var group in candidates.GroupBy(c => PersonIndex.SurnameKey(c.Player)))
        {
            if (group.Key.Length == 0 || group.Any(c => c.FromList || c.OwnGoal)) continue;
            var untimed = group.Where(c => c.Minute is null).OrderBy(c => c.Position).ToList();
            if (untimed.Count == 0) continue;
            int told = Math.Max(untimed.Max(c => c.Count), 1 + untimed.Count(c => c.Again));
            // "completed her hat-trick in the 71st minute": a count told with a minute counts too.
            told = Math.Max(told, group.Where(c => c.Minute is not null).Select(c => c.Count).DefaultIfEmpty(0).Max());
            int need = told - group.Where(c => c.Minute is not null).Select(c => c.Minute).Distinct().Count();
            if (need > 0) wanting[group.Key] = (need, untimed[0]);
        }
        if (wanting.Count == 0) return;

        var scorerKeys = candidates.Select(c => PersonIndex.SurnameKey(c.Player)).ToHashSet();
        var found = wanting.Keys.ToDictionary(k => k, _ => new List<(Minute Minute, TextSpan Sentence, bool Penalty)>());
        var otherMatch = context.OtherMatchSentences;
        // A sentence a goal was read from has had the minutes the minute reader reads weighed by the goal readers ("Ferris's leveller
        // looked set to force extra time before Holt pounced four minutes from time" gives Ferris none): only a bare "in the 34th" is new there.
        var read = candidates.Select(c => context.SentenceIndexAt(c.Evidence.Span.Start)).ToHashSet();
        for (int s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            if (s < otherMatch.Count && otherMatch[s]) continue;
            var sentenceText = sentence.Substring(text);
            if (!GoalTold().IsMatch(sentenceText) && !GoalMinuteLinker.TellsPenaltyTaken(sentenceText)) continue;
            if (NotAGoal().IsMatch(sentenceText)) continue;
            var mentions = context.People.Within(sentence).Where(p => !context.IsQuoted(p.Start) && !Helper(text, p))
                .Select(p => (Key: PersonIndex.SurnameKey(context.People.NameOf(p)), p.Start, p.End)).Where(m => scorerKeys.Contains(m.Key)).ToList();
            var scorers = mentions.Select(m => m.Key).Distinct().ToList();
            // Two scorers in one sentence ("Benali added the second in the 33rd minute after a foul on Al-Harbi"): which minute is whose
            // is for the sentence's own goal readers.
            if (scorers.Count != 1 || !wanting.ContainsKey(scorers[0])) continue;
            var minutes = Minutes(context, sentenceText, sentence.Start).ToList();
            foreach (var (minute, at, bare) in minutes)
                // A name far from the minute in a long sentence is another moment's ("In the 52nd minute he gave a penalty ..., and Jurcic
                // struck it low to the goalkeeper's left, where Hodzic was already waiting").
                if ((bare || !read.Contains(s)) && !held.Contains(minute) && !found[scorers[0]].Any(f => f.Minute == minute)
                    && mentions.Any(m => Math.Abs(m.Start - (sentence.Start + at)) <= NameReach || Math.Abs(sentence.Start + at - m.End) <= NameReach))
                    found[scorers[0]].Add((minute, sentence, GoalMinuteLinker.TellsPenaltyTaken(minutes.Count == 1 ? sentenceText : PartAround(sentenceText, at))));
        }

        foreach (var (key, minutes) in found)
        {
            var (need, first) = wanting[key];
            // More minutes than goals wanting one: which are the goals' is not told.
            if (minutes.Count == 0 || minutes.Count > need) continue;
            foreach (var (minute, sentence, penalty) in minutes)
            {
                candidates.Add(first with
                {
                    Minute = minute, Position = sentence.Start, Evidence = context.EvidenceFor(sentence), Count = 1, Again = false, Penalty = penalty,
                });
                held.Add(minute);
            }
        }
    }

    /// <summary>The sentence's minutes of the match (not one counted from another), with a bare "in the
    /// 34th" that the minute reader leaves for want of a following word it knows ("Joao Pedro's finish in the 34th was enough").</summary>
    private static IEnumerable<(Minute Minute, int At, bool Bare)> Minutes(ExtractionContext context, string sentenceText, int sentenceStart)
    {
        var read = MinuteReader.Find(context.Text, sentenceStart, sentenceText.Length);
        foreach (var m in read)
            if (m.Kind == MinuteKind.Absolute && GoalMinuteLinker.StoppageFromClock(context, m.Value, m) is { } minute) yield return (minute, m.Start - sentenceStart, false);
        foreach (Match b in BareOrdinal().Matches(sentenceText))
        {
            if (read.Any(m => m.Start <= sentenceStart + b.Index && sentenceStart + b.Index < m.End)) continue;
            if (int.TryParse(b.Groups["n"].Value, out int n) && n is >= 1 and <= 120 && GoalMinuteLinker.StoppageFromClock(context, new Minute(n)) is { } minute)
                yield return (minute, b.Index, true);
        }
    }

    /// <summary>The part of a sentence around a position, between commas, semicolons and the words that join two moments ("struck in the
    /// 19th minute from the penalty spot and then headed in the winner in the 86th minute": the second part tells no penalty).</summary>
    private static string PartAround(string sentenceText, int at)
    {
        int start = 0, end = sentenceText.Length;
        foreach (Match b in PartBreak().Matches(sentenceText))
        {
            if (b.Index + b.Length <= at) start = b.Index + b.Length;
            else if (b.Index > at) { end = b.Index; break; }
        }
        return sentenceText[start..end];
    }

    [GeneratedRegex(@"[,;]|\b(?:and then|then|and|before|after|while|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartBreak();

    /// <summary>A name told as the provider, the victim or the beaten keeper, not the scorer: "collecting a pass from Verhoven", "after a
    /// foul on Al-Harbi", "Verhoven's cross", "Westwood could do nothing about".</summary>
    private static bool Helper(string text, PersonMention p)
    {
        int from = Math.Max(0, p.Start - 12);
        if (HelperBefore().IsMatch(text.AsSpan(from, p.Start - from))) return true;
        return HelperAfter().IsMatch(text.AsSpan(p.End, Math.Min(40, text.Length - p.End)));
    }

    [GeneratedRegex(@"\b(?:from|on|past|beyond|beat|beating|beaten|than)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HelperBefore();

    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:cross|pass|corner|delivery|ball|assist|lay-?off|flick|through[- ]ball|pull-?back|cut-?back)\b|^\s+(?:could (?:do )?nothing|(?:was|were) (?:beaten|left|helpless|rooted)|had no chance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelperAfter();

    /// <summary>Words that tell a goal scored.</summary>
    [GeneratedRegex(@"\b(?:goals?|scor(?:e|es|ed|ing)|net(?:s|ted|ting)?|finish(?:ed|es|ing)?|slott(?:ed|ing)|tuck(?:ed|s|ing)|fir(?:ed|es|ing)|strike|struck|head(?:ed|er)|volley(?:ed)?|equali[sz](?:ed|es|ing|er)|leveller|levelled|winner|opener|converted|converting|penalty kick|spot[- ]kick|pounced|lashed|drilled|curled|swept|sweeping|tapped|nodded|rifled|blasted|smashed|breakthrough|treble|hat-?trick|brace|the lead|open(?:ed|ing)? the scoring)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalTold();

    /// <summary>A sentence that also tells a moment that was no goal: a save, a miss, the woodwork, a chance, a corner won, a goal ruled
    /// out, a card, a change, an injury.</summary>
    [GeneratedRegex(@"\b(?:saved?|saves|denied|blocked|cleared|wide|over the bar|(?:hit|struck|rattled|against|off|onto) the (?:post|bar|crossbar|woodwork|upright)|miss(?:ed|es)?|chances?|disallowed|ruled out|offside|yellow|red card|booked|cautioned|sent off|substitut(?:ed|ion|ions|ing)|came on|brought on|introduced|replaced|injur\w*|should have|could have|would have|almost|nearly|went close|over (?:the )?(?:bar|crossbar)|k(?:eep|eeps|ept|eeping) (?:it |the ball )?out|parr(?:y|ies|ied|ying)|opportunit(?:y|ies)|den(?:y|ies|ying)|closest|came close|close to|for a corner|(?:double|triple) change|changes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAGoal();

    /// <summary>"in the 34th" with no minute word after it; not "in the 25th round", "in the 10th consecutive game", "in the 90th of ...".</summary>
    [GeneratedRegex(@"\bin the (?<n>[0-9]{1,3})(?:st|nd|rd|th)\b(?![- ]?(?:min|minute|minutes|round|place|position|spot|row|century|year|years|anniversary|edition|season|game|games|match|matches|meeting|leg|tier|consecutive|straight|successive|league|time|times|tournament|final|percentile|birthday|division|of|and|or|to|-)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BareOrdinal();
}
