using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Reads the goals told in the run of play, sentence by sentence, skipping list lines, other matches, career counts and quotes (but for a coach naming scorers plainly).</summary>
internal static partial class NarrativeGoalReader
{
    public static void Read(ExtractionContext context, List<GoalCandidate> candidates, List<TextSpan> listed)
    {
        var text = context.Text;
        var state = new NarrativeState();
        // A round-up's other games ("In the other game, ...") tell goals that are not this match's.
        var otherMatch = context.OtherMatchSentences;
        foreach (var sentence in context.Sentences)
        {
            state.Sentence++;
            if (otherMatch[state.Sentence - 1]) continue;
            if (listed.Count > 0 && listed.Any(l => l.Overlaps(sentence))) continue;
            if (context.IsQuoted(sentence.Start) || context.IsQuoted(sentence.Start + sentence.Length / 2))
            {
                QuotedGoals(context, candidates, sentence);
                continue;
            }
            var minutes = MinuteReader.Find(text, sentence.Start, sentence.Length);
            var sentenceText = sentence.Substring(text);
            // "Williams scored off a corner in the second minute. However, ... the goal was waved off.": the goal the last sentence told did not stand.
            if (state.CountedAt == state.Sentence - 1 && candidates.Count > state.CandidatesBeforeLast && GoalAnnulled().IsMatch(sentenceText))
            {
                candidates.RemoveAt(candidates.Count - 1);
                if (state.Untimed is { } u && u.Candidate >= candidates.Count) state.Untimed = null;
            }
            (state.CandidatesBeforeLast, state.CountedAt) = (candidates.Count, state.Sentence);
            // "Casemiro scored his second goal with Manchester United after 22 games.": a career count, not a goal of the match.
            bool careerCount = minutes.Count == 0 && CareerCount().IsMatch(sentenceText);
            // "Last season this fixture ended 2-2, with two goals by Brouwer." / "When the sides last met here, Halewood's header earned a
            // draw.": a sentence that opens in an earlier meeting tells that meeting's goals.
            bool earlierMeeting = EarlierMeetingOpener().IsMatch(sentenceText);
            if (!careerCount && !earlierMeeting && !AboutAnotherMatch(context, sentence, sentenceText))
                SentenceGoalReader.Read(context, candidates, sentence, sentenceText, minutes, state);
            foreach (var m in minutes)
                if (GoalMinuteLinker.Resolve(m, state, false) is { } resolved) (state.Previous, state.PreviousSentence) = (resolved, state.Sentence);
        }
    }

    /// <summary>"Jasmine White scored a hat-trick, Maddie Payne scored a brace": a coach's words name scorers plainly only in this
    /// form, a full name straight before the verb; anything looser inside a quote (pronouns, other times) is not read.</summary>
    private static void QuotedGoals(ExtractionContext context, List<GoalCandidate> candidates, TextSpan sentence)
    {
        var said = sentence.Substring(context.Text);
        if (NotScoredTests.ElsewhereWords().IsMatch(said) || !QuotedScorer().IsMatch(said)) return;
        var people = context.People.Within(sentence).ToList();
        foreach (Match m in QuotedScorer().Matches(said))
        {
            int at = sentence.Start + m.Index;
            var p = people.FirstOrDefault(p => p.Start == at && p.End == at + m.Groups["name"].Length);
            if (p.Span.Length == 0 || p.Possessive || p.FirstToken == p.LastToken || ScorerFinder.IsNonPlayer(context, p)) continue;
            var player = context.People.FullNameOf(p);
            int count = m.Groups["what"].Value.ToLowerInvariant() switch { "hat-trick" or "hat trick" => 3, "brace" or "twice" or "double" => 2, _ => 1 };
            candidates.Add(new GoalCandidate(player, context.PlayerTeams.TeamOf(player), null, at, context.EvidenceFor(sentence)) { Count = count });
        }
    }

    [GeneratedRegex(@"(?<name>(?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+)+) (?:scored|netted|got|grabbed|bagged) (?:a |her |his |the )?(?<what>hat-trick|hat trick|brace|twice|double|goal|winner|opener|equaliser)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedScorer();

    /// <summary>A sentence opening on an earlier occasion: "Last season ...", "In the reverse fixture ...", "When the sides last met ...".
    /// "Last season's top scorer" names a person, not an occasion.</summary>
    [GeneratedRegex(@"^\W*(?:(?:in|at|during|from|for) (?:the )?)?(?:(?:" + OtherMatches.OtherOccasionCues.EarlierMatch + @")\b(?!['’]s)|when (?:the (?:two )?(?:sides|teams|clubs)|they|we|these (?:two )?(?:sides|teams)) (?:last|previously|first) met\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMeetingOpener();

    [GeneratedRegex(@"\b(?:after|in|from) (?:(?:his|her|their) (?:last|previous|first) )?[0-9]+ (?:games|matches|appearances|outings|starts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CareerCount();

    [GeneratedRegex(@"\b(?:the|that|his|her|their) (?:goal|effort|strike|header|finish|opener|equali[sz]er) (?:was|had been) (?:\w+ )?(?:waved off|ruled out|disallowed|chalked off|overturned|cancelled|canceled|struck off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalAnnulled();

    /// <summary>Another match's result mentioned in passing: a team outside the pair with a scoreline or a word of the past.</summary>
    private static bool AboutAnotherMatch(ExtractionContext context, TextSpan sentence, string sentenceText)
    {
        if (context.Facts.Teams is not { } pair) return false;
        bool otherTeam = false;
        // Between two national sides another nation is another match's side ("2-0 down to Sweden in the quarter-finals"); elsewhere a
        // nation is more often a player's nationality ("the France striker").
        bool nationalPair = IsNational(context, pair.First) && IsNational(context, pair.Second);
        var mentions = context.TeamMentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < sentence.Start) lo = mid + 1;
            else hi = mid;
        }
        // "The Bundesliga leaders, who were eliminated by Inter Milan in the last eight, doubled it": another match told in
        // an aside about the subject leaves the main clause this match's.
        var asides = GoalClauses.RelativeAside().Matches(sentenceText);
        bool InAside(int at) => asides.Any(a => at >= sentence.Start + a.Index && at < sentence.Start + a.Index + a.Length);
        for (int i = lo; i < mentions.Count && mentions[i].Span.Start < sentence.End && !otherTeam; i++)
            otherTeam = !pair.Contains(mentions[i].Value.Name) && (nationalPair || !mentions[i].Value.National) && !InAside(mentions[i].Span.Start)
                // "Rangers had led since the 21st minute" in a report of Derwent Valley Rangers: the word the gazetteer gives Glasgow's club is this side's.
                && !context.Teams.Within(mentions[i].Span).Any(t => t.Span.Start == mentions[i].Span.Start);
        if (!otherTeam) return false;
        var outside = asides.Count == 0 ? sentenceText : GoalClauses.RelativeAside().Replace(sentenceText, ",");
        return AnyScore().IsMatch(outside) || PastWords().IsMatch(outside);
    }

    private static bool IsNational(ExtractionContext context, string team) => context.Gazetteer.Teams.TryGet(team, out var entry) && entry.National;

    /// <summary>A scoreline: two numbers joined by a dash. A run of three or more ("Riverside (2-3-0) levelled", "a 4-2-3-1
    /// formation") is a season's record or a formation, no match's score.</summary>
    [GeneratedRegex(@"(?<![0-9][-–])\b[0-9]{1,2} ?[-–] ?[0-9]{1,2}\b(?![-–][0-9])(?! (?:lead|advantage|deficit)\b)")]
    private static partial Regex AnyScore();

    [GeneratedRegex(@"\b(?:since|previous|before that|had scored|has scored|have scored|scored in|career|season|campaign|record|in the (?:quarter|semi)[- ]?finals?|in the (?:quarters|semis)|in the last (?:eight|four|16|sixteen)|in the round of (?:16|sixteen|32)|in the group stages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastWords();
}
