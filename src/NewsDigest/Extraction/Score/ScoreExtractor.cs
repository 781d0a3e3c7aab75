using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>Reads the final score aligned with the report's team order, with extra time and a shoot-out: "Arsenal 1-1 Sheff Utd", "a 1-2 defeat", "won 3-0", "a goalless draw", "won 4-2 on penalties after a 1-1 draw".</summary>
public sealed partial class ScoreExtractor(IScoreRanker? ranker = null, ScoreRankerPolicy? policy = null) : IFactExtractor
{
    private readonly ScoreRankerPolicy? _policy = policy ?? ScoreRankerPolicy.Chosen;

    /// <summary>The rules alone, whatever model is loaded: the score ranker's training reads their choice as a feature.</summary>
    public static MatchResult? ReadByRules(ExtractionContext context) => Read(context, null, null);

    public void Extract(ExtractionContext context)
    {
        if (Read(context, ranker, _policy) is { } result) context.Facts = context.Facts with { Result = result };
    }

    private static MatchResult? Read(ExtractionContext context, IScoreRanker? ranker, ScoreRankerPolicy? policy)
    {
        if (context.Facts.Teams is not { } pair) return null;
        var verdict = new Lazy<Verdict?>(() => OpeningOutcome.Read(context, pair), LazyThreadSafetyMode.None);
        var result = FromScoreBox(context, pair) ?? HeadlineScore.FromTitle(context, pair) ?? FromSideGoals(context, pair) ?? FromTitleEnd(context, pair, verdict);
        // "beating Brighton 7-6 in a tense penalty shoot-out ... In a match that finished goalless": a shoot-out told before the sentence
        // that gives the score belongs to that score.
        Scoreline? shootout = null;
        bool fromSentence = false;
        if (result is null)
            foreach (var sentence in context.Sentences)
            {
                result = FromSentence(context, pair, sentence, verdict);
                if (result is not null) { fromSentence = true; break; }
                shootout ??= ShootoutIn(context, pair, sentence);
            }
        if (result is not null && fromSentence && RunningLadder(context, pair) is { } latest && latest.Score != result.Score)
            result = result with { Score = latest.Score, Evidence = latest.Evidence };
        result ??= FromOnlyGoal(context, pair, verdict.Value);
        if (result is { Shootout: null } && shootout is { } earlier && earlier.First != earlier.Second && result.Score.First == result.Score.Second)
            result = result with { Shootout = earlier };
        if (ranker is not null && policy is not null) result = Ranked(context, pair, result, ranker, policy, verdict);
        return result;
    }

    /// <summary>The rules' result, or the ranker's scoreline where the policy lets it supply or overrule one: its numbers are aligned with
    /// the pair in the sentence that writes them with the highest score (<see cref="ScoreOrientation"/>), or by the opening's verdict when
    /// only the headline writes them.</summary>
    private static MatchResult? Ranked(ExtractionContext context, TeamPair pair, MatchResult? rules, IScoreRanker ranker, ScoreRankerPolicy policy, Lazy<Verdict?> verdict)
    {
        var candidates = ScoreCandidates.Find(context);
        if (candidates.Count == 0) return rules;
        var p = ranker.Score(context, pair, candidates, rules?.Score);
        int chosen = policy.Choose(candidates, p, rules?.Score);
        if (chosen < 0) return rules;
        var numbers = candidates[chosen].Written;
        int at = -1;
        for (int i = 0; i < candidates.Count; i++)
            if (!candidates[i].InTitle && candidates[i].SameNumbers(numbers) && (at < 0 || p[i] > p[at])) at = i;
        if (at < 0)
        {
            int high = Math.Max(numbers.First, numbers.Second), low = Math.Min(numbers.First, numbers.Second);
            if (high == low) return new MatchResult(new Scoreline(high, low), null, false, context.OpeningEvidence());
            if (verdict.Value?.Winner is not { } winner || !pair.Contains(winner)) return rules;
            return new MatchResult(winner == pair.First ? new Scoreline(high, low) : new Scoreline(low, high), null, false, context.OpeningEvidence());
        }
        var c = candidates[at];
        var span = context.Sentences[c.Sentence];
        string sentence = span.Substring(context.Text);
        var score = ScoreOrientation.Align(context, pair, span, sentence, c.Span.Start - span.Start, c.Span.End - span.Start, c.Written, verdict.Value);
        var shootout = score.First == score.Second ? ShootoutIn(context, pair, span) : null;
        return new MatchResult(score, shootout, ExtraTime().IsMatch(sentence), context.EvidenceFor(span));
    }

    /// <summary>"Koscielny ensured Arsenal of a place with the only goal": 1-0 to the sentence's subject team; a team right after
    /// "down", "beat", "at" or "against" ("scored the only goal to down old club Arsenal") is the loser instead. A sentence naming
    /// no team ("Pienaar scored the only goal early on") gives the goal to the side the opening says won.</summary>
    private static MatchResult? FromOnlyGoal(ExtractionContext context, TeamPair pair, Verdict? verdict)
    {
        int n = 0;
        foreach (var sentenceSpan in context.Sentences)
        {
            if (n++ >= 3) break;
            if (context.IsQuoted(sentenceSpan.Start)) continue;
            var m = OnlyGoal().Match(context.Text, sentenceSpan.Start, sentenceSpan.Length);
            // "a dour match headed for a goalless draw, only for Pennant's late free-kick": one goal broke a scoreless game, and only the
            // opening's verdict, not the sentence's first team, says whose it was.
            if (!m.Success && verdict?.Winner is { } late && LateOnlyGoal().IsMatch(context.Text.AsSpan(sentenceSpan.Start, sentenceSpan.Length)))
                return new MatchResult(late == pair.First ? new Scoreline(1, 0) : new Scoreline(0, 1), null, false, context.EvidenceFor(sentenceSpan));
            if (!m.Success) continue;
            if (OtherMatchScores.PastMatch().IsMatch(context.Text.AsSpan(sentenceSpan.Start, sentenceSpan.Length))) continue;
            var first = context.Teams.Within(sentenceSpan).FirstOrDefault();
            string winner;
            if (first.Team is null)
            {
                if (verdict?.Winner is not { } told) continue;
                winner = told;
            }
            else
            {
                var before = context.Text.AsSpan(Math.Max(0, first.Span.Start - 30), Math.Min(30, first.Span.Start - sentenceSpan.Start)).ToString();
                winner = LoserBefore().IsMatch(before) ? (first.Team == pair.First ? pair.Second : pair.First) : first.Team;
            }
            var score = winner == pair.First ? new Scoreline(1, 0) : new Scoreline(0, 1);
            return new MatchResult(score, null, false, context.EvidenceFor(sentenceSpan));
        }
        return null;
    }

    /// <summary>A live report's running score ("GOAL! Shelbourne 1-0 Bohemians" ... "GOAL! Shelbourne 1-1 Bohemians" ... "Shelbourne 2-1
    /// Bohemians"): scorelines written between the pair's two sides, outside quotes, that climb one goal at a time (or repeat) tell the game
    /// as it went, and the last of them is where it ended. Null unless there are two or more and they form such a ladder.</summary>
    private static (Scoreline Score, Evidence Evidence)? RunningLadder(ExtractionContext context, TeamPair pair)
    {
        var ladder = new List<(Scoreline Score, TextSpan Sentence)>();
        foreach (var sentenceSpan in context.Sentences)
        {
            string sentence = sentenceSpan.Substring(context.Text);
            List<NewsDigest.Extraction.Teams.TeamMention>? mentions = null;
            foreach (Match m in Scoreline().Matches(sentence))
            {
                int absStart = sentenceSpan.Start + m.Index, absEnd = absStart + m.Length;
                if (context.IsQuoted(absStart)) continue;
                mentions ??= context.Teams.Within(sentenceSpan).ToList();
                var left = mentions.LastOrDefault(t => t.Span.End <= absStart && IsGap(context.Text, t.Span.End, absStart));
                var right = mentions.FirstOrDefault(t => t.Span.Start >= absEnd && IsGap(context.Text, absEnd, t.Span.Start));
                if (left.Team is null || right.Team is null || left.Team == right.Team || !pair.Contains(left.Team) || !pair.Contains(right.Team)) continue;
                var raw = new Scoreline(int.Parse(m.Groups["x"].Value), int.Parse(m.Groups["y"].Value));
                ladder.Add((left.Team == pair.First ? raw : raw.Swapped(), sentenceSpan));
            }
        }
        if (ladder.Count < 2) return null;
        for (int i = 1; i < ladder.Count; i++)
        {
            Scoreline a = ladder[i - 1].Score, b = ladder[i].Score;
            bool same = a == b;
            bool oneMore = b.First >= a.First && b.Second >= a.Second && b.First + b.Second == a.First + a.Second + 1;
            if (!same && !oneMore) return null;
        }
        if (ladder[0].Score.First + ladder[0].Score.Second > 1) return null;
        var last = ladder[^1];
        return (last.Score, context.EvidenceFor(last.Sentence));
    }

    /// <summary>"Okonkwo-Reyes Brace Lifts Ospreys Past Lakeshore, 2-1", "Lancers fall to Ospreys 2-1": a scoreline closing a headline, with no
    /// side or result noun beside it, is the winner's goals first (US style); the opening's verdict says who won. A level one is a draw.</summary>
    private static MatchResult? FromTitleEnd(ExtractionContext context, TeamPair pair, Lazy<Verdict?> verdict)
    {
        if (context.Article.Title is not { Length: > 0 } title || TitleEndScore().Match(title) is not { Success: true } m) return null;
        int x = int.Parse(m.Groups["x"].Value), y = int.Parse(m.Groups["y"].Value);
        int high = Math.Max(x, y), low = Math.Min(x, y);
        Scoreline score;
        if (x == y) score = new Scoreline(x, y);
        else if (verdict.Value?.Winner is { } winner && pair.Contains(winner)) score = winner == pair.First ? new Scoreline(high, low) : new Scoreline(low, high);
        else return null;
        return new MatchResult(score, null, false, context.OpeningEvidence());
    }

    [GeneratedRegex(@"(?<=[\p{L}.’'],? )(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})[ \t]*$")]
    private static partial Regex TitleEndScore();

    /// <summary>A result box whose two sides are the pair gives each side's goals ("ĦAMRUN SPARTANS 2 / Mashike 2 / GUDJA UNITED 0").</summary>
    private static MatchResult? FromScoreBox(ExtractionContext context, TeamPair pair)
    {
        if (ScoreBox.Find(context.Text, context.Gazetteer) is not { } box || !pair.Contains(box.First) || !pair.Contains(box.Second)) return null;
        var score = new Scoreline(box.FirstGoals, box.SecondGoals);
        if (!string.Equals(box.First, pair.First, StringComparison.OrdinalIgnoreCase)) score = score.Swapped();
        return new MatchResult(score, null, false, context.EvidenceAt(box.Position));
    }

    /// <summary>Each side's goals after its name, set apart from the prose ("Southampton 1 Newcastle 3" in a headline's second part, "Final
    /// scoreline: Stourbridge Women 0 Newcastle United Women 3", "Shamrock Rovers 0 / Breidablik 1" atop the text): the result, when both
    /// names are the pair's. A labelled final score comes before a result line, whatever the prose says after.</summary>
    private static MatchResult? FromSideGoals(ExtractionContext context, TeamPair pair)
    {
        var title = context.Article.Title is { Length: > 0 } t ? SideGoals.InTitle(t).Select(found => (Found: found, InTitle: true)) : [];
        var lines = SideGoals.InText(context.Text).Select(found => (Found: found, InTitle: false));
        // A result written as a sentence of prose comes last, and never from inside a quote: a speaker's "Arsenal 2, Chelsea 1." is a memory.
        var sentences = SideGoals.InSentences(context.Text).Where(found => !context.IsQuoted(found.Position)).Select(found => (Found: found, InTitle: false));
        foreach (var (found, inTitle) in title.Concat(lines))
            if (Aligned(context, pair, found) is { } score) return Told(context, found, inTitle, score);
        // "14 MIN: Ritchie shoots low into the corner. Strathkelvin 0 Leith Harbour 1." ... "109 MIN: McAra scores. Strathkelvin 3 Leith
        // Harbour 2.": result sentences of the pair whose goals only climb tell the game as it went, and the last of them is where it ended.
        (SideGoals Found, Scoreline Score)? told = null;
        foreach (var (found, _) in sentences)
        {
            if (Aligned(context, pair, found) is not { } score) continue;
            if (told is { } before && (score.First < before.Score.First || score.Second < before.Score.Second)) break;
            told = (found, score);
        }
        return told is { } last ? Told(context, last.Found, false, last.Score) : null;
    }

    /// <summary>The goals of a result written side by side, aligned with the pair, when both names written are the pair's two sides.</summary>
    private static Scoreline? Aligned(ExtractionContext context, TeamPair pair, SideGoals found)
    {
        string? a = ResolveSide(context, pair, found.First), b = ResolveSide(context, pair, found.Second);
        if (a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || !pair.Contains(a) || !pair.Contains(b)) return null;
        var score = new Scoreline(found.FirstGoals, found.SecondGoals);
        return string.Equals(a, pair.First, StringComparison.OrdinalIgnoreCase) ? score : score.Swapped();
    }

    private static MatchResult Told(ExtractionContext context, SideGoals found, bool inTitle, Scoreline score)
    {
        var sentence = inTitle ? default : context.Sentences.FirstOrDefault(s => s.Contains(found.Position));
        if (sentence.Length == 0 && context.Sentences.Count > 0) sentence = context.Sentences[0];
        return new MatchResult(score, null, false, context.EvidenceFor(sentence));
    }

    /// <summary>A name as a result line writes it ("Henderson Eels FC", "Stourbridge Women") as the team it is, or null. A line closing a
    /// report writes a side by the part of its name it goes by ("Barasat 1, Salt Lake Rangers 2." under Barasat Youth Club, "ATHLETIC 5,
    /// ROVERS 3.", "Wolves Youth 3" where the gazetteer would make "Wolves" a longer name the pair does not hold): a name whose every word
    /// is a word of one side of the pair, and of that side only, is that side.</summary>
    private static string? ResolveSide(ExtractionContext context, TeamPair pair, string written)
    {
        var resolved = HeadlineScore.Resolve(context, written) ?? (ResultSentenceReader.Clean(written) is { } clean ? HeadlineScore.Resolve(context, clean) : null);
        if (resolved is not null && pair.Contains(resolved)) return resolved;
        return pair.SideWrittenAs(TeamExtractor.WithoutSquadTag(written)) ?? resolved;
    }

    /// <summary>A shoot-out told in a sentence outside a quote, aligned with the pair; null when there is none.</summary>
    private static Scoreline? ShootoutIn(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan)
    {
        if (context.IsQuoted(sentenceSpan.Start)) return null;
        string sentence = sentenceSpan.Substring(context.Text);
        var so = Shootout().Match(sentence);
        if (!so.Success) return null;
        var raw = new Scoreline(int.Parse(so.Groups["x"].Value), int.Parse(so.Groups["y"].Value));
        return ScoreOrientation.Align(context, pair, sentenceSpan, sentence, so.Index, so.Index + so.Length, raw, null);
    }

    private static MatchResult? FromSentence(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, Lazy<Verdict?> verdict)
    {
        // A sentence opening on a quote may tell the result after it ('"Best day ever," Heyman beamed after United's 1-0 victory over
        // Wellington Phoenix'): each score is checked for a quote where it stands, not by where the sentence starts.
        string sentence = sentenceSpan.Substring(context.Text);
        var past = OtherMatchScores.PastMatch().Matches(sentence);
        Scoreline? shootout = null;
        var so = Shootout().Match(sentence);
        if (so.Success)
        {
            var raw = new Scoreline(int.Parse(so.Groups["x"].Value), int.Parse(so.Groups["y"].Value));
            shootout = ScoreOrientation.Align(context, pair, sentenceSpan, sentence, so.Index, so.Index + so.Length, raw, null);
        }
        foreach (Match m in Scoreline().Matches(sentence))
        {
            if (so.Success && m.Index >= so.Index && m.Index < so.Index + so.Length) continue;
            var raw = new Scoreline(int.Parse(m.Groups["x"].Value), int.Parse(m.Groups["y"].Value));
            if (raw.First > 15 || raw.Second > 15) continue;
            if (!IsThisMatchsResult(context, pair, sentenceSpan, sentence, past, m.Index, m.Length, verdict)) continue;
            var score = ScoreOrientation.Align(context, pair, sentenceSpan, sentence, m.Index, m.Index + m.Length, raw, verdict.Value);
            return new MatchResult(score, shootout, ExtraTime().IsMatch(sentence), context.EvidenceFor(sentenceSpan));
        }
        // "the Birmingham men returned home the winners by two goals to one": the same checks for a score told in words.
        foreach (var (raw, index, length) in WordScore.In(sentence))
        {
            if (!IsThisMatchsResult(context, pair, sentenceSpan, sentence, past, index, length, verdict)) continue;
            var score = ScoreOrientation.Align(context, pair, sentenceSpan, sentence, index, index + length, raw, verdict.Value);
            return new MatchResult(score, shootout, ExtraTime().IsMatch(sentence), context.EvidenceFor(sentenceSpan));
        }
        var goalless = Goalless().Match(sentence);
        if (goalless.Success && (past.Count == 0 || OtherMatchScores.WeekdayGoallessWithPair(context, pair, sentenceSpan, sentence, past, goalless)) && !context.IsQuoted(sentenceSpan.Start + goalless.Index) && !HeadedFor().IsMatch(sentence.AsSpan(Math.Max(0, goalless.Index - 30), Math.Min(30, goalless.Index)))
            && MentionsTheMatch(context, sentenceSpan, sentence) && !OtherMatchScores.AboutAnotherTeam(context, pair, sentenceSpan, goalless.Index, goalless.Index + goalless.Length))
            return new MatchResult(new Scoreline(0, 0), shootout, ExtraTime().IsMatch(sentence), context.EvidenceFor(sentenceSpan));
        return null;
    }

    /// <summary>Whether a score written at <paramref name="index"/> of a sentence is this match's final result: not a lead or a half-time
    /// score, not inside a quote, not a past meeting's or another side's result.</summary>
    private static bool IsThisMatchsResult(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, MatchCollection past, int index, int length, Lazy<Verdict?> verdict)
    {
        int end = index + length;
        if (!IsFinal(sentence, index, length)) return false;
        // "helped us stay at 0-0 at the end of the first half," the coach said: a score inside a quote is a state of the game told by someone.
        if (context.IsQuoted(sentenceSpan.Start + index)) return false;
        if (OtherMatchScores.AgainstAnotherSide(context, pair, sentenceSpan.Start, sentence, end)) return false;
        if (OtherMatchScores.BeatenAnotherSide(context, pair, sentenceSpan.Start, sentence, index)) return false;
        if (OtherMatchScores.NearPastMatch(sentence, past, index) && !OtherMatchScores.WeekdayResultOverPair(context, pair, sentence, index, end)
            && !OtherMatchScores.WeekdayOfPublication(context, sentence, past, index)) return false;
        // A sentence naming no side says nothing of whose goals come first: the end's score is read there only when the opening said who won.
        if (!MentionsTheMatch(context, sentenceSpan, sentence) && !(ToldAsTheEnd(sentence, index, end) && verdict.Value?.Winner is { } w && pair.Contains(w))) return false;
        if (OtherMatchScores.IndefiniteOtherMatch(context, pair, sentenceSpan, sentence)) return false;
        if (OtherMatchScores.ThirdTeamAsObject(context, pair, sentenceSpan, sentenceSpan.Start + end)) return false;
        if (OtherMatchScores.AboutAnotherTeam(context, pair, sentenceSpan, index, end)) return false;
        if (OtherMatchScores.WrittenBesideThirdTeam(context, pair, sentenceSpan.Start + index, sentenceSpan.Start + end)) return false;
        return !OtherMatchScores.AtAnotherGround(context, pair, sentenceSpan.Start + end);
    }

    private static bool MentionsTheMatch(ExtractionContext context, TextSpan sentenceSpan, string sentence)
    {
        if (context.Teams.Within(sentenceSpan).Any()) return true;
        return ResultWord().IsMatch(sentence) || ItFinished().IsMatch(sentence) || SettledTheMatch().IsMatch(sentence);
    }

    /// <summary>"turned a cross into his own net to settle a blood-and-thunder derby 2-1": the match told as settled on the score written next,
    /// in a sentence that may name only the player who settled it.</summary>
    [GeneratedRegex(@"\bsettl(?:e|es|ed|ing) (?:a|an|the|this)\b[^.;]{0,40}?\b(?:derby|game|match|tie|contest|encounter|clash|affair|final),? (?=[0-9]{1,2} ?[-–] ?[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex SettledTheMatch();

    /// <summary>"0:0 at half-time, 5:4 at the end.", "remained 4-0 at the final whistle", "shot into the far corner to finish 4-0": a scoreline
    /// told as where the match ended tells this match even in a sentence naming no side and no result (a live or list-like report's last line),
    /// when the opening said who won (the sentence itself says nothing of whose goals come first).</summary>
    private static bool ToldAsTheEnd(string sentence, int index, int end) =>
        EndCueAfter().IsMatch(sentence, end) || EndCueBefore().IsMatch(sentence.AsSpan(Math.Max(0, index - 20), Math.Min(20, index)));

    [GeneratedRegex(@"\G\s*(?:at the (?:end|final whistle|death)(?! of)|at full[- ]time|after (?:the )?(?:90|ninety) minutes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndCueAfter();

    [GeneratedRegex(@"\bto (?:finish|end)(?: it| the (?:game|match))?(?: at)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex EndCueBefore();

    /// <summary>"but it finished 1-1", "It ended 2-2 and it should have been more": the match told as "it", ending on the score written next.</summary>
    [GeneratedRegex(@"\b(?:it|things|the game|the match) (?:finished|ended|finishes|ends) (?=[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex ItFinished();

    /// <summary>A scoreline that is a lead, a half-time score or an aggregate is not the final score.</summary>
    private static bool IsFinal(string sentence, int index, int length)
    {
        var before = sentence.AsSpan(Math.Max(0, index - 30), Math.Min(30, index)).ToString();
        var after = sentence.AsSpan(index + length, Math.Min(30, sentence.Length - index - length)).ToString();
        if (NotFinalBefore().IsMatch(before) && !FinalAt().IsMatch(before)) return false;
        // "took the players off with Derwent Valley Rangers leading Launceston Athletic 1-0": a lead over a side named is the game on the way.
        if (LeadOverSide().IsMatch(sentence.AsSpan(Math.Max(0, index - 60), Math.Min(60, index)))) return false;
        // "having won 3-0 on the opening day": a result the team already had before this match.
        if (HavingWon().IsMatch(sentence.AsSpan(Math.Max(0, index - 40), Math.Min(40, index)))) return false;
        if (NotFinalAfter().IsMatch(after)) return false;
        // "a 4-0 defeat at the Etihad 11 months ago", "lost 2-0 in the next round a week later": a time counted from the match, in the
        // scoreline's own clause, dates another game.
        if (CountedBack().IsMatch(sentence, index + length)) return false;
        // "The first half ended 1-1", "the first half finished with Rovers leading 2-0", "having the lead of one goal to nil": a score told in
        // the clause that closes the first half is the half-time score.
        if (FirstHalfEnded().IsMatch(sentence.AsSpan(Math.Max(0, index - 80), Math.Min(80, index)))) return false;
        return true;
    }

    [GeneratedRegex(@"\b(?:first|opening)[- ](?:half|period|45(?: minutes)?)\s+(?:ended|finished|closed|ends|finishes|closes|came to an end)\b(?:(?! but )[^,;:])*$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstHalfEnded();

    [GeneratedRegex(@"\b(?:head(?:ed|ing|s)? for|destined for|set for|looked like|on course for)\s+(?:a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadedFor();

    [GeneratedRegex(@"\b(?:the only goal|the game's only goal|the match's only goal|(?:a|the|\w+['’]s?) (?:solitary|lone) (?:goal|strike|effort|header)|\w+['’]s? only goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyGoal();

    [GeneratedRegex(@"\b(?:head(?:ed|ing|s)?|destined|set|bound)\s+for\s+a\s+(?:goalless|scoreless)\s+(?:draw|stalemate)\b[^.;]*?\b(?:only\s+for|until|before|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LateOnlyGoal();

    [GeneratedRegex(@"\b(?:down|downed|beat|sink|sank|see off|saw off|edge|edged|stun|stunned|over|against|at|to|by|past|defeat|condemn|condemned)\s+(?:[a-z][\w-]*\s+){0,2}(?:the\s+)?$")]
    private static partial Regex LoserBefore();

    internal static bool IsGap(string text, int from, int to) => to - from <= 2 && text.AsSpan(from, to - from).Trim().IsEmpty;

    /// <summary>"2-1", "2 – 1", and the colon of European copy ("defeated Lech 2:1"), which is read only where it cannot be a time:
    /// a first figure up to 15, a single second figure, no "pm" or "h" after it ("7:45", "19:30" and "3:00pm" stay times). Translated
    /// Brazilian and Spanish-language copy keeps its own marks: "Vila Nova 2x1 Guarani", "won by 2 x 1", "3 a 2 on the Vale"; there each
    /// figure is up to 15 and the "x" is no measure ("4 x 50m relay", "5 x 7 inches", "3x3 basketball").</summary>
    [GeneratedRegex(@"(?<![0-9\-–.,:/])(?:(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})|(?<x>1[0-5]|[0-9]):(?<y>[0-9])(?![0-9:]|\s?(?:am|pm|a\.m|p\.m|h|hrs|GMT|BST|CET|CEST|ET|local)\b)"
        + @"|(?<![\p{L}])(?<x>1[0-5]|[0-9])(?: ?x ?| a )(?<y>1[0-5]|[0-9])(?![\p{L}0-9]|[.,][0-9]|\s?(?:inch|inches|in\b|cm|mm|m\b|ft\b|feet|foot|metres?|meters?|relays?|basketball|ball\b)))(?![0-9\-–]|\s?(?:yard|min|minute|metre|point))")]
    internal static partial Regex Scoreline();

    [GeneratedRegex(@"(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:(?:win|victory|triumph|success|defeat|loss) )?(?:on (?:the )?penalties|on pens|on (?:penalty kicks|PKs|spot[- ]kicks|kicks from the penalty (?:mark|spot))|in PKs|via penalties|in (?:a|the) (?:[\w\-]+ ){0,2}?(?:penalty )?shoot-?outs?|(?:in a )?penalty shoot-?outs?)|(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:penalty )?shoot-?out (?:win|victory|triumph|success|defeat|loss)|\b(?:won|lost|win|lose|wins|loses|winning|losing|took|take|takes) the (?:penalty )?shoot-?out,? (?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})|(?:shoot-?outs?|penalty kicks|spot[- ]kicks) ?\((?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})\)|\b(?:through|via|in|after) (?:a |the )?(?:penalty )?shoot-?outs?,? (?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})", RegexOptions.IgnoreCase)]
    private static partial Regex Shootout();

    [GeneratedRegex(@"\b(?:goalless|scoreless|nil-nil)\s+(?:draw|stalemate|game|match|encounter|affair|contest|(?:90|120)\s+minutes)\b|\bheld (?:to )?(?:a )?(?:goalless|scoreless)|\b(?:finished|ended|finishing|ending|remained|stayed) (?:goalless|scoreless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goalless();

    [GeneratedRegex(@"\b(?:after extra[- ]time|aet|a\.e\.t\.?|in extra[- ]time|extra-time winner)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtraTime();

    [GeneratedRegex(@"\b(?:win|won|victory|defeat|draw|drew|tied|beat|beaten|loss|lost|score|scoreline|result)\b|\b(?:match|game|contest|tie)\s+(?:ended|finished)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ResultWord();

    [GeneratedRegex(@"\b(?:led|lead|leads|leading|half-time|half time|halftime|the break|the interval|made it|make it|making it|makes it|to put|aggregate|first leg|first-leg|last season|reverse fixture|earlier this season|previous|last time|in the first meeting|with the score at|trailing|trailed|at|go up|goes up|went up|going up|with the (?:game|match|score|scores) (?:tied|level|locked|deadlocked)(?: at)?|(?:led|leading|trailed|trailing) [0-9]{1,2} ?[-–] ?[0-9]{1,2},? (?:and )?(?:then|later|again))\s*(?:a|an|the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinalBefore();

    /// <summary>"leading Launceston Athletic ", "trailing the Rovers " right before a scoreline: a lead or a deficit against the side named.</summary>
    [GeneratedRegex(@"\b(?:led|leading|trailed|trailing) (?:the )?(?:[\p{Lu}][\p{L}\p{M}'’.\-]* ){1,4}$")]
    private static partial Regex LeadOverSide();

    /// <summary>"to leave the score at 1-1", "it finished at 2-2": the score the match ended on.</summary>
    [GeneratedRegex(@"\b(?:leave|left|leaving|leaves|finish|finished|finishing|end|ended|ending|stay|stayed|remain|remained|stood|stand)\s+(?:the\s+(?:score|scoreline|scores)\s+|it\s+|things\s+)?at\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FinalAt();

    /// <summary>Right after a scoreline and before the clause ends: "a week ago", "11 months ago", "two years ago", or counted on from the
    /// match: "lost 2-0 in the quarter-finals a week later".</summary>
    [GeneratedRegex(@"\G[^,;:.!?()\u201C\u201D""]{0,40}?\b(?:[0-9]{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several) (?:days?|weeks?|months?|years?|seasons?) (?:ago|later)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedBack();

    [GeneratedRegex(@"\bhaving\s+(?:been\s+)?(?:won|lost|drawn|beaten|thrashed|hammered|humbled|routed|defeated)(?:\s+\w+){0,2}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HavingWon();

    /// <summary>Right after a scoreline, words that make it no final score: an aggregate, a half-time score, a lead ("2-1 up", "a 2-0 lead",
    /// "a 4-3 edge in penalty kicks", "a 7-4 edge in shots on goal"), or the clock of a game still going, with the side that led written
    /// between ("It was 3-1 Rovers on the hour mark", "1-0 Town at the break", "3-0 after 16 minutes", "made it 2-0 with ten minutes to go").
    /// Ninety or 120 minutes is where a match ended, not a moment in it.</summary>
    [GeneratedRegex(@"^\s*(?:on aggregate|agg|aggregate|at half[- ]time|at the break|at the interval|lead|advantage|edge|half-time lead|up|down|ahead|in front(?! of)|deficit|at HT|HT)\b"
        + @"|^,?\s*(?-i:[\p{Lu}][\p{L}\p{M}'’.\-]*\s+){0,3}(?:at half[- ]time|at the (?:break|interval)|(?:on|at|around|by) the hour(?: mark)?|after an hour|after (?!90\b|120\b|ninety\b)(?:[0-9]{1,2}|[a-z]+(?:-[a-z]+)?) minutes|with (?:[0-9]{1,2}|[a-z]+(?:-[a-z]+)?) minutes (?:left|to go|remaining|to play))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinalAfter();
}
