using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Turns the goals one sentence tells into candidates: scorer, minute, team, penalty, own goal, method, assist and count, and passes a team goal's minute on when its scorer is named elsewhere.</summary>
internal static class SentenceGoalReader
{
    public static void Read(ExtractionContext context, List<GoalCandidate> candidates, TextSpan sentence, string sentenceText,
        List<MinuteExpression> minutes, NarrativeState state)
    {
        var text = context.Text;
        var people = context.People.Within(sentence).Where(p => !context.IsQuoted(p.Start)).ToList();
        var usedMinutes = new HashSet<int>();
        var (events, orphans) = GoalEventFinder.Find(context, sentence, sentenceText, people, state.LastScorer);
        GoalMinuteLinker.AddBracketedMinutes(text, sentence.Start, events, minutes);
        GoalMinuteLinker.AddJoinedVerbGoals(sentenceText, sentence.Start, minutes, events, orphans, people);
        var paired = GoalMinuteLinker.AddPairedMinuteGoals(sentenceText, sentence.Start, minutes, events);
        var untimedBefore = state.Untimed;
        var pendingBefore = state.PendingMinute;
        var assigned = GoalMinuteLinker.AssignMinutes(sentenceText, sentence.Start, minutes, events, usedMinutes, paired, people, text);
        for (int e = 0; e < events.Count; e++)
        {
            var (scorer, trigger, clause) = events[e];
            int at = sentence.Start + trigger.Index;
            var minute = assigned[e];
            Minute? resolved = minute is { } told
                ? GoalMinuteLinker.StoppageFromClock(context, GoalMinuteLinker.ResolveInSentence(told, minutes, state, GoalDetails.FirstGoalWords().IsMatch(trigger.Value)), told)
                : null;
            int clauseEnd = GoalClauses.ClauseEnd(sentenceText, trigger.Index + trigger.Length);
            var clauseText = GoalDetails.FlagWindow(sentenceText, sentence.Start, scorer, trigger, clause, clauseEnd, events);
            bool awardTaken = false;
            if (resolved is null && state.PendingMinute is { } pending && state.Sentence - pending.Sentence <= (pending.Sentence == state.BareMomentSentence ? 1 : 2))
            {
                // A penalty award's minute is only the penalty's: a goal told next that is no penalty leaves it.
                bool award = pending.Sentence == state.PenaltyAwardSentence;
                // "Militao headed home early in the second half": a goal that tells its own time in words leaves a minute carried from an
                // earlier moment (an award's minute is the kick's, told in any words).
                if (award ? GoalMinuteLinker.TellsPenaltyTaken(clauseText) : !GoalMinuteLinker.TellsTimeInWords(sentenceText, clause, clauseEnd))
                {
                    resolved = GoalMinuteLinker.StoppageFromClock(context, pending.Minute);
                    state.PendingMinute = null;
                    awardTaken = award;
                }
            }
            if (resolved is { } r) (state.Previous, state.PreviousSentence) = (r, state.Sentence);
            bool ownGoal = GoalListReader.OwnGoalWords().IsMatch(clauseText);
            bool penalty = !ownGoal && (awardTaken || ((GoalListReader.PenaltyWords().IsMatch(clauseText) || GoalDetails.KeeperSentWrongWay().IsMatch(clauseText)) && !GoalDetails.NotAPenaltyGoal().IsMatch(clauseText)));
            var player = context.People.FullNameOf(scorer);
            // Teams named in another goal's clause ("before Giroud put France ahead") belong to that goal, not this one.
            var otherClauses = events.Where(e => e.Clause != clause)
                .Select(e => new TextSpan(sentence.Start + e.Clause, GoalClauses.ClauseEnd(sentenceText, e.Trigger.Index + e.Trigger.Length) - e.Clause)).ToList();
            string? team = GoalDetails.TeamOf(context, player, new TextSpan(sentence.Start + clause, clauseEnd - clause), ownGoal, otherClauses);
            candidates.Add(new GoalCandidate(player, team, resolved, at, context.EvidenceFor(sentence))
            {
                Penalty = penalty,
                OwnGoal = ownGoal,
                Method = penalty ? GoalMethod.Penalty : GoalListReader.HeaderWords().IsMatch(clauseText) ? GoalMethod.Header : GoalDetails.FreeKick().IsMatch(clauseText) ? GoalMethod.FreeKick : GoalMethod.Unknown,
                Assist = GoalDetails.AssistIn(context, sentence, scorer),
                // A count told with the sentence's only goal and its minute ("in injury time, when Bhandari netted two goals in three
                // minutes") still tells that many goals; the consolidator gives the others no minute. The count must be the scorer's own,
                // told after the name: "Two goals in two minutes put the side in control, Cancelo thumping home in the 42nd minute"
                // counts the side's goals, the second of them another player's.
                Count = resolved is null || (events.Count == 1 && GoalDetails.GoalsInSpan().IsMatch(clauseText) && CountAfterScorer(sentenceText, sentence.Start, scorer, clauseEnd)) ? GoalDetails.CountIn(clauseText, events.Count(x => x.Trigger.Index == trigger.Index) == 1) : 1,
                Again = GoalDetails.AgainWords().IsMatch(sentenceText.AsSpan(trigger.Index, Math.Min(trigger.Length + 20, sentenceText.Length - trigger.Index))),
            });
            if (resolved is null) state.Untimed = (candidates.Count - 1, state.Sentence);
            state.LastScorer = scorer;
        }
        // A move told with its minute and a finish no trigger knows ("on 58 minutes Francis turned and drove a low shot inside the far post").
        bool timedMove = events.Count == 0 && minutes.Count > 0
            && PendingMinuteScorer.TimedMoveFinisher(context, candidates, people, sentence, sentenceText, minutes, state);
        if (timedMove) return;
        // "England were handed another spot kick in the 84th minute. This time Kane fired the attempt over the crossbar.": the award's
        // kick told missed next spends its minute.
        if (events.Count == 0 && state.PendingMinute is { } spent && spent.Sentence == state.PenaltyAwardSentence && spent.Sentence < state.Sentence
            && (NotScoredTests.MissWords().IsMatch(sentenceText) || NotScoredTests.ShotNotScored().IsMatch(sentenceText)))
            state.PendingMinute = null;
        if (pendingBefore is { } waiting && state.PendingMinute == waiting && state.Sentence > waiting.Sentence && minutes.Count == 0
            && (waiting.Sentence != state.BareMomentSentence || state.Sentence - waiting.Sentence == 1))
            PendingMinuteScorer.PendingToToldScorer(context, candidates, people, events.Select(e => e.Scorer.Start).ToHashSet(), sentence, state, waiting);
        // A goal whose scorer this sentence does not name ("they swept into the lead after six minutes"): a minute no goal here used
        // times the goal the previous sentence told without one, or waits for the scorer the next sentence names.
        if (events.Count == 0 && orphans.Count == 0) GoalMinuteLinker.TeamMomentMinute(sentenceText, sentence.Start, minutes, people, state);
        foreach (var at in orphans)
        {
            var orphan = GoalMinuteLinker.NearestMinute(minutes, usedMinutes, at, true) is { } near ? GoalMinuteLinker.Resolve(near, state, false) : null;
            if (orphan is not { } om) continue;
            // A paragraph that opens on a team's moment ("Villa deservedly equalised in the 67th minute.") tells a new goal whose
            // scorer comes next, so its minute never goes back to the goal the last paragraph ended on.
            // Nor does it when this sentence names another player who may have scored it ("Scores were level in the 55th minute when Segecic ...").
            if (untimedBefore is { } u && state.Sentence - u.Sentence == 1 && candidates[u.Candidate].Minute is null && !OpensParagraph(text, sentence)
                && !NamesAnotherPlayer(context, people, candidates[u.Candidate].Player))
            {
                candidates[u.Candidate] = candidates[u.Candidate] with { Minute = om, Count = 1 };
                untimedBefore = null;
                if (state.Untimed == u) state.Untimed = null;
            }
            else state.PendingMinute = (om, state.Sentence);
        }
    }

    private static bool NamesAnotherPlayer(ExtractionContext context, List<PersonMention> people, string player)
    {
        var key = PersonIndex.SurnameKey(player);
        return people.Any(p => !p.Possessive && !ScorerClues.IsBystander(context.Text, p) && !ScorerFinder.IsNonPlayer(context, p)
            && PersonIndex.SurnameKey(context.People.FullNameOf(p)) != key);
    }

    private static bool OpensParagraph(string text, TextSpan sentence) =>
        sentence.Start == 0 || text.AsSpan(0, sentence.Start).TrimEnd(' ').EndsWith("\n");

    /// <summary>Whether a count of goals with its span ("two goals in three minutes") stands after the scorer's name and before its
    /// clause ends, so it is the scorer's own count.</summary>
    private static bool CountAfterScorer(string sentenceText, int sentenceStart, PersonMention scorer, int clauseEnd)
    {
        int from = Math.Clamp(scorer.End - sentenceStart, 0, sentenceText.Length);
        int to = Math.Clamp(Math.Max(clauseEnd, from), from, sentenceText.Length);
        return GoalDetails.GoalsInSpan().IsMatch(sentenceText.AsSpan(from, to - from));
    }
}
