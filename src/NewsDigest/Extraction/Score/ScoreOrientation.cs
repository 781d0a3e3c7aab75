using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>Which side of the pair a scoreline's numbers belong to: written beside each side, the object of a result noun ("a 4-0 win over
/// Liverpool"), the opening's verdict, or the subject of the clause holding the outcome word.</summary>
internal static partial class ScoreOrientation
{
    /// <summary>Orders a scoreline as the report's team order: written side by side, or by who the sentence says won.</summary>
    internal static Scoreline Align(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, int start, int end, Scoreline raw, Verdict? verdict)
    {
        // "LIVERPOOL, England -- Real Madrid left Liverpool ... to win 5-2": the place a wire report was filed from is no subject.
        var mentions = TeamMentionFilter.WithinOutsideDateline(context, sentenceSpan);
        int absStart = sentenceSpan.Start + start, absEnd = sentenceSpan.Start + end;
        // "France 2-1 England": a team on each side, adjacent.
        var left = mentions.LastOrDefault(m => m.Span.End <= absStart && ScoreExtractor.IsGap(context.Text, m.Span.End, absStart));
        var right = mentions.FirstOrDefault(m => m.Span.Start >= absEnd && ScoreExtractor.IsGap(context.Text, absEnd, m.Span.Start));
        if (left.Team is not null && right.Team is not null && left.Team != right.Team)
            return left.Team == pair.First ? raw : raw.Swapped();
        // "The match ended 2-0 in favour of Gor Mahia", "a 4-2 scoreline in favor of Real Madrid": the side the score favours has the larger number.
        if (raw.First != raw.Second && InFavourOf().Match(sentence, end) is { Success: true } favour)
        {
            int favouredAt = sentenceSpan.Start + favour.Index + favour.Length;
            var favoured = mentions.FirstOrDefault(m => m.Span.Start == favouredAt);
            if (favoured.Team is not null && pair.Contains(favoured.Team))
                return raw.WonBy(string.Equals(favoured.Team, pair.First, StringComparison.OrdinalIgnoreCase));
        }
        // "Manchester City secured a 4-0 win over Liverpool", "his team's 2-1 Champions League defeat against Lens": a result noun right after
        // the scoreline with one of the pair as its object says whose result it is, whatever the headline's "after Liverpool win" seemed to say.
        if (raw.First != raw.Second && ObjectOfResultNoun(context, pair, sentence, sentenceSpan, mentions, end) is { } told)
        {
            int top = Math.Max(raw.First, raw.Second), bottom = Math.Min(raw.First, raw.Second);
            var forObject = told.ObjectWon ? new Scoreline(top, bottom) : new Scoreline(bottom, top);
            return told.Side == pair.First ? forObject : forObject.Swapped();
        }
        // "in City's 7-0 romp", "Palace's 3-1 victory was marred", "after Chelsea's 2-0 defeat": a side of the pair owning the result noun
        // that follows the scoreline won it (a win, a rout, a defeat of someone) or lost it (a defeat, a loss, a thrashing by someone).
        if (raw.First != raw.Second && PossessiveResult(context, pair, sentence, mentions, absStart, end) is { } owned)
            return raw.WonBy((owned.Side == pair.First) == owned.Won);
        // "and Kotoko held on to win 1-0", "TP Mazembe won the second leg 2-1": a side of the pair right before a winning verb that runs
        // straight into the scoreline won it, whatever the opening's verdict (a shoot-out's winner, a headline about the other side) said.
        if (raw.First != raw.Second && SubjectWonScore(context, pair, mentions, absStart) is { } subjectWon)
            return raw.WonBy(subjectWon == pair.First);
        // "Highlights: Mohun Bagan beat Kerala Blasters 3-1", "Rovers edged a stubborn Town 2-1": one side, a beating verb, the other side
        // and the scoreline right after it say who won, whatever side the sentence opened on.
        if (raw.First != raw.Second && SideBeatSide(context, pair, mentions, absStart) is { } beater)
            return raw.WonBy(beater == pair.First);
        // The opening said who won ("Chelsea beat Fulham"): a later "the 2-0 win" is theirs, however the sentence is built.
        // "A registered a victory over B ..., while the visitors slumped to a 2-1 defeat": a clause whose subject is a role word ("the
        // visitors", "the hosts") names no side, so the verdict decides even when it was read from this very sentence.
        if (verdict is { Winner: { } winner } && raw.First != raw.Second && (verdict.Evidence?.Span != sentenceSpan || RoleSubjectClause(sentence, start)))
            return raw.WonBy(winner == pair.First);
        var (outcome, cueAt) = ResultCue.ReadWithPosition(sentence, start);
        // The team the outcome word is about: the subject of the clause that holds it.
        int cueAbs = sentenceSpan.Start + (cueAt >= 0 ? cueAt : start);
        string subject = Subject(context, pair, sentenceSpan, sentence, mentions, cueAbs);
        int high = Math.Max(raw.First, raw.Second), low = Math.Min(raw.First, raw.Second);
        var forSubject = outcome switch
        {
            Outcome.Won => new Scoreline(high, low),
            Outcome.Lost => new Scoreline(low, high),
            _ => raw,
        };
        return subject == pair.First ? forSubject : forSubject.Swapped();
    }

    /// <summary>The side of the pair written right before a winning verb that runs straight into the scoreline ("Kotoko held on to win 1-0",
    /// "England went on to win 4-0", "Liverpool won the game 2-0", "TP Mazembe won the second leg of the quarter-final 2-1"); null otherwise.</summary>
    private static string? SubjectWonScore(ExtractionContext context, TeamPair pair, List<TeamMention> mentions, int scoreAbs)
    {
        var subject = mentions.LastOrDefault(m => m.Span.End <= scoreAbs && scoreAbs - m.Span.End <= 70);
        if (subject.Team is null || !pair.Contains(subject.Team)) return null;
        if (!WonIntoScore().IsMatch(context.Text.AsSpan(subject.Span.End, scoreAbs - subject.Span.End))) return null;
        return string.Equals(subject.Team, pair.First, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second;
    }

    /// <summary>Between a side and the scoreline: a winning verb ("won", "held on to win", "went on to win") and at most
    /// "the (first/second/return) leg/game/match/tie (of the quarter-final)".</summary>
    [GeneratedRegex(@"^\s+(?:(?:eventually|ultimately|narrowly|comfortably|deservedly)\s+)?(?:won|wins|(?:held|hung|hold|hang|holding|hanging)\s+on\s+to\s+win|(?:went|go|goes|going)\s+on\s+to\s+win)(?:\s+the\s+(?:(?:first|second|return|home|away|opening|reverse)\s+)?(?:leg|game|match|tie|contest|clash|encounter|fixture|final|semi-final|derby)(?:\s+of\s+the\s+[\p{L}\-]+)?)?\s+$")]
    private static partial Regex WonIntoScore();

    /// <summary>The side of the pair that beat the other in "A beat B 3-1": A, a beating verb, B (a lower-case description may stand before
    /// it: "a stubborn", "the visiting"), and the scoreline right after B; null for any other shape.</summary>
    private static string? SideBeatSide(ExtractionContext context, TeamPair pair, List<TeamMention> mentions, int scoreAbs)
    {
        var beaten = mentions.LastOrDefault(m => m.Span.End <= scoreAbs && ScoreExtractor.IsGap(context.Text, m.Span.End, scoreAbs));
        if (beaten.Team is null || !pair.Contains(beaten.Team)) return null;
        var beater = mentions.LastOrDefault(m => m.Span.End <= beaten.Span.Start);
        if (beater.Team is null || !pair.Contains(beater.Team) || string.Equals(beater.Team, beaten.Team, StringComparison.OrdinalIgnoreCase)) return null;
        if (beaten.Span.Start - beater.Span.End > 60 || !BeatVerbBetween().IsMatch(context.Text.AsSpan(beater.Span.End, beaten.Span.Start - beater.Span.End))) return null;
        return string.Equals(beater.Team, pair.First, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second;
    }

    /// <summary>Between the two sides of "A beat B 3-1": an adverb at most, a beating verb in the active voice, and "the" or a short
    /// lower-case description before the beaten side.</summary>
    [GeneratedRegex(@"^\s+(?:(?:eventually|narrowly|comfortably|deservedly|convincingly|easily)\s+)?(?:beat|beats|defeated|defeat|defeats|edged|edges|edge|thrashed|thrashes|thrash|hammered|hammers|downed|downs|stunned|stuns|crushed|crushes|routed|overcame|overcome|saw off|sees off|see off)\s+(?:the\s+|(?:a|an)\s+(?:[\p{Ll}][\p{Ll}\-]*\s+){0,2})?$")]
    private static partial Regex BeatVerbBetween();

    /// <summary>The side of the pair whose possessive stands right before the scoreline ("City's 7-0 romp", "Chelsea's impressive 3-2
    /// victory", "Arsenal's 2-1 Champions League defeat") and whether the result noun after it says that side won; null for any other shape.</summary>
    private static (string Side, bool Won)? PossessiveResult(ExtractionContext context, TeamPair pair, string sentence, List<TeamMention> mentions, int scoreAbs, int scoreEnd)
    {
        var owner = mentions.LastOrDefault(m => m.Span.End <= scoreAbs && scoreAbs - m.Span.End <= 40);
        if (owner.Team is null || !pair.Contains(owner.Team)) return null;
        var between = context.Text.AsSpan(owner.Span.End, scoreAbs - owner.Span.End);
        bool ownsIt = owner.Span.Length > 2 && context.Text[owner.Span.End - 2] is '\'' or '’' && context.Text[owner.Span.End - 1] == 's'
            ? PossessiveGap().IsMatch(between) : PossessiveEndingGap().IsMatch(between);
        if (!ownsIt) return null;
        var noun = OwnedResultNoun().Match(sentence, scoreEnd);
        if (!noun.Success) return null;
        bool won = noun.Groups["won"].Success;
        return (string.Equals(owner.Team, pair.First, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second, won);
    }

    /// <summary>Between a mention ending in its possessive and the scoreline: up to two lower-case describing words ("impressive", "first").</summary>
    [GeneratedRegex(@"^\s+(?:[\p{Ll}][\p{L}\-]*\s+){0,2}$")]
    private static partial Regex PossessiveGap();

    /// <summary>Between a mention and the scoreline: the possessive ending ("'s", "’", "'") and up to two lower-case describing words.</summary>
    [GeneratedRegex(@"^['’]s?\s+(?:[\p{Ll}][\p{L}\-]*\s+){0,2}$")]
    private static partial Regex PossessiveEndingGap();

    /// <summary>Right after a scoreline owned by a side: capitalised or match words ("Champions League", "second leg", "home") and a result noun; a win,
    /// a rout or a defeat of someone is the owner's win, a defeat, a loss or a thrashing by someone its loss.</summary>
    [GeneratedRegex(@"\G(?: (?:\p{Lu}[\p{L}\-]*|home|away|league|cup|first|second|return|opening|leg|group|stage|round|aggregate|derby|final|semi-final|quarter-final|friendly|extra-time|comeback|title|play-off|playoff))*? (?:(?<lost>(?:defeat|loss|reverse)(?! of\b)|(?:thrashing|hammering|drubbing|hiding|beating|humbling)(?= (?:by|at the hands of|from)\b))|(?<won>win|victory|triumph|romp|thrashing|rout|demolition|hammering|drubbing|success|defeat(?= of\b)))\b")]
    private static partial Regex OwnedResultNoun();

    /// <summary>The side of the pair a result noun right after the scoreline takes as its object ("4-0 win over Liverpool", "2-1 Champions League
    /// defeat against Lens", "3-1 loss to Orlando", "2-0 win at Empoli") and whether that side won (it lost a win over it, it won a defeat to it); null for any other shape.</summary>
    private static (string Side, bool ObjectWon)? ObjectOfResultNoun(ExtractionContext context, TeamPair pair, string sentence, TextSpan sentenceSpan, List<TeamMention> mentions, int scoreEnd)
    {
        var noun = ResultNounAfterScore().Match(sentence, scoreEnd);
        if (!noun.Success) return null;
        int objectAt = sentenceSpan.Start + noun.Index + noun.Length;
        var side = mentions.FirstOrDefault(m => m.Span.Start == objectAt);
        if (side.Team is null || !pair.Contains(side.Team)) return null;
        // "handed them a 2-1 defeat against ...": a defeat someone inflicts is not plainly the subject's; left to the subject reading.
        if (noun.Groups["lost"].Success && ResultCueInflicted().IsMatch(sentence.AsSpan(0, noun.Index))) return null;
        return (string.Equals(side.Team, pair.First, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second, noun.Groups["lost"].Success);
    }

    /// <summary>Right after a scoreline: up to three capitalised words (a competition, "home", "away"), a result noun and its preposition, then
    /// "the", or "a"/"an" with up to two describing words ("win over a ten-man Borussia", "victory against an underwhelming Sevilla").</summary>
    [GeneratedRegex(@"\G(?: (?:[\p{Lu}][\p{L}'’\-]*|home|away|league|cup)){0,3} (?:(?:win|victory|triumph|thrashing|rout) (?:over|against|at)|(?<lost>(?:defeat|loss) (?:to|against|by|at|at the hands of))) (?:the |an? (?:[\p{Ll}][\p{L}\-]* ){0,2})?")]
    private static partial Regex ResultNounAfterScore();

    /// <summary>Right after a scoreline: "in favour of (the) ", "in favor of ".</summary>
    [GeneratedRegex(@"\G\s+in\s+favou?r\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex InFavourOf();

    [GeneratedRegex(@"\b(?:hand(?:ed|s|ing)?|inflict(?:ed|s|ing)?|condemn(?:ed|s|ing)?|consign(?:ed|s|ing)?)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultCueInflicted();

    /// <summary>The subject of the clause holding the outcome word: "Wigan were relegated as Arsenal moved up with a 4-1 win" is about Arsenal;
    /// "as they outplayed Palace" points back to the sentence's subject; a team after "over", "against" or "to" is the other side.</summary>
    internal static string Subject(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, List<TeamMention> mentions, int cueAbs)
    {
        if (mentions.Count == 0) return pair.First;
        // "to help Manchester City to their first away win", "fired Bayern to victory": the team helped on is the one the result is about.
        foreach (var m in mentions)
        {
            if (m.Span.Start >= cueAbs) break;
            if (Helped().IsMatch(context.Text.AsSpan(Math.Max(0, m.Span.Start - 20), Math.Min(20, m.Span.Start)))) return m.Team;
            // "a late goal gave Colombia a 3-2 win", "Kane's header earned Bayern a 2-1 victory": the side given the scoreline owns it.
            if (Gave().IsMatch(context.Text.AsSpan(Math.Max(0, m.Span.Start - 12), Math.Min(12, m.Span.Start)))
                && GivenScore().IsMatch(context.Text.AsSpan(m.Span.End, Math.Min(40, context.Text.Length - m.Span.End)))) return m.Team;
            // "handed VfL Bochum a 2-1 win": the side handed a win owns it ("handed Fulham a 3-1 defeat" is left to the cue, a win for the subject).
            if (Handed().IsMatch(context.Text.AsSpan(Math.Max(0, m.Span.Start - 12), Math.Min(12, m.Span.Start)))
                && HandedWin().IsMatch(context.Text.AsSpan(m.Span.End, Math.Min(50, context.Text.Length - m.Span.End)))) return m.Team;
            // "sending No. 2 seed North Carolina (19-3-2) past Florida State": sent past the other side, not "sent Chelsea crashing".
            if (SentBefore().IsMatch(context.Text.AsSpan(Math.Max(0, m.Span.Start - 22), Math.Min(22, m.Span.Start)))
                && PastAfter().IsMatch(context.Text.AsSpan(m.Span.End, Math.Min(48, context.Text.Length - m.Span.End)))) return m.Team;
        }
        // "crashed to a 3-1 defeat to Aston Villa", "a 2-0 win over Norwich": the team right after the result, as its object, is the other side.
        var afterCue = mentions.FirstOrDefault(m => m.Span.Start > cueAbs && m.Span.Start - cueAbs <= 50);
        if (afterCue.Team is not null)
        {
            var lead = context.Text.AsSpan(Math.Max(0, afterCue.Span.Start - 14), Math.Min(14, afterCue.Span.Start)).ToString();
            if (ObjectAfterCue().IsMatch(lead)) return afterCue.Team == pair.First ? pair.Second : pair.First;
            // "they won against their rival, No. 2 seed Washington Spirit, 1-0": a description may stand between "against" and the side.
            if (DescribedObjectAfterCue().IsMatch(context.Text.AsSpan(cueAbs, afterCue.Span.Start - cueAbs))) return afterCue.Team == pair.First ? pair.Second : pair.First;
        }
        int cue = cueAbs - sentenceSpan.Start;
        // "ensuring Cardiff's Premier League debut ended in defeat": the result belongs to the team whose game, debut or run ended so.
        if (EndedIn().IsMatch(sentence.AsSpan(0, cue)))
        {
            var owner = mentions.LastOrDefault(m => m.Span.End <= cueAbs && cueAbs - m.Span.End <= 60);
            // The mention may hold its possessive ending ("Cardiff's" is one match) or stand right before it.
            if (owner.Team is not null && (owner.Span.Substring(context.Text).EndsWith("s", StringComparison.Ordinal) && owner.Span.Length > 2 && context.Text[owner.Span.End - 2] is '\'' or '’'
                || OwnerBefore().IsMatch(context.Text.AsSpan(owner.Span.End, Math.Min(3, context.Text.Length - owner.Span.End))))) return owner.Team;
        }
        int clause = 0;
        foreach (Match b in ClauseBoundary().Matches(sentence))
        {
            if (b.Index >= cue) break;
            clause = b.Index + b.Length;
        }
        int clauseAbs = sentenceSpan.Start + clause;
        TeamMention chosen;
        if (clause > 0 && PronounStart().IsMatch(sentence.AsSpan(clause).ToString())) chosen = mentions[0];
        else
        {
            var inClause = mentions.Where(m => m.Span.Start >= clauseAbs && m.Span.Start < cueAbs).ToList();
            // "Aluko stunned Newcastle as Hull fought back", "they beat a brave Bohemians side": with no team before a transitive result verb,
            // the team right after it is beaten.
            if (inClause.Count == 0 && afterCue.Team is not null && afterCue.Span.Start - cueAbs <= 16
                && TransitiveWin().IsMatch(context.Text.AsSpan(cueAbs, afterCue.Span.Start - cueAbs)))
                return afterCue.Team == pair.First ? pair.Second : pair.First;
            chosen = inClause.Count > 0 ? inClause[0] : mentions[0];
        }
        // "after trashing Benin Republic's Ainonvi FC": a possessive owner may stand between the verb and the side.
        var before = context.Text.AsSpan(Math.Max(0, chosen.Span.Start - 40), Math.Min(40, chosen.Span.Start)).ToString();
        if (ObjectBefore().IsMatch(before)) return chosen.Team == pair.First ? pair.Second : pair.First;
        return chosen.Team;
    }

    [GeneratedRegex(@"\b(?:over|against|to|by|at home to|versus|vs|v|of|past)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectAfterCue();

    /// <summary>"won against their rival, No. 2 seed ": a result word, "over"/"against", a possessive and a short description before the side.</summary>
    /// "victory over Northern California rival ": a description closing on a noun for a side, with no possessive, does the same.
    [GeneratedRegex(@"^[\p{L}\-]+\s+(?:over|against)\s+(?:(?:their|its|his|her)\s+(?:(?:[\p{L}\-]+|No\.\s+[0-9]+),?\s+){1,4}|(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}(?:rivals?|side|outfit|club|team|champions|giants|minnows|opponents|foes?|holders|leaders),?\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedObjectAfterCue();

    [GeneratedRegex(@"\b(?:ended|ending|ends|end|finished|finishing)\s+in\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EndedIn();

    [GeneratedRegex(@"^['’]s?\s")]
    private static partial Regex OwnerBefore();

    [GeneratedRegex(@"\b(?:help(?:ed|s|ing)?|lift(?:ed|s|ing)?|fir(?:ed|es|ing)|propel(?:led|s|ling)?|carr(?:ied|ies|y|ying))\s+(?:the\s+)?(?:(?:No\.|#)\s?[0-9]{1,2}\s+(?:seed\s+)?|(?:top-|second-)?seeded\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Helped();

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|earned|earns|earning|secured|secures|securing|clinched|clinches)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Gave();

    [GeneratedRegex(@"\bhand(?:ed|s|ing)?\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Handed();

    /// <summary>Right after the side handed it: "a 2-1 win", "a deserved 1-0 victory".</summary>
    [GeneratedRegex(@"^\s+(?:a|an|their|its|her|his)\s+(?:[\w\-]+\s+){0,2}?[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\s+(?:[\w\-]+\s+)?(?:win|victory|triumph)\b")]
    private static partial Regex HandedWin();

    /// <summary>Right after the side given it: "a 3-2 win", "their 2-0 victory", "a deserved 1-0 win".</summary>
    [GeneratedRegex(@"^\s+(?:a|an|their|its|her|his)\s+(?:[\w\-]+\s+){0,2}?[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\b")]
    private static partial Regex GivenScore();

    [GeneratedRegex(@"\b(?:sent|sends|sending)\s+(?:the\s+)?(?:(?:No\.|#)\s?[0-9]{1,2}\s+(?:seed\s+)?|(?:top-|second-)?seeded\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SentBefore();

    /// <summary>Right after the side sent on: its record in brackets, then "past".</summary>
    [GeneratedRegex(@"^(?:\s*\([^()]{1,40}\))?\s+past\b")]
    private static partial Regex PastAfter();

    [GeneratedRegex(@"^(?:beat|beats|beating|stunned|stun|stuns|thrashed|thrash|hammered|hammer|downed|down|downs|edged|edge|sank|sink|sinks|crushed|routed|defeated|humbled|battered|dispatched|overcame|swept aside|eased past|edged past|saw off|see off|knocked out|dumped out)\s+(?:the\s+|(?:a|an)\s+(?:[\p{Ll}][\p{Ll}\-]*\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TransitiveWin();

    [GeneratedRegex(@"\s+as\s+|,\s*while\s+|\s+while\s+|;\s*|\s+but\s+|\s+when\s+|,\s+and\s+|\s+after\s+(?=\p{Lu})")]
    private static partial Regex ClauseBoundary();

    /// <summary>Whether the clause holding the scoreline opens on a side's role, not its name: "..., while the visitors slumped to a 2-1 defeat".</summary>
    private static bool RoleSubjectClause(string sentence, int scoreAt)
    {
        int clause = -1;
        foreach (Match b in ClauseBoundary().Matches(sentence))
        {
            if (b.Index >= scoreAt) break;
            clause = b.Index + b.Length;
        }
        return clause > 0 && RoleSubject().IsMatch(sentence.AsSpan(clause, scoreAt - clause));
    }

    [GeneratedRegex(@"^\s*the\s+(?:visitors|visiting\s+side|hosts|home\s+(?:side|team)|away\s+(?:side|team)|travelling\s+(?:side|team))\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleSubject();

    [GeneratedRegex(@"^\s*(?:they|he|she|it(?!\s+(?:was|is)\b)|who|the visitors|the hosts|his side|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounStart();

    /// <summary>Words before a team that make it the object of the result: "a win over", "tore through", "thrashed", "swept aside"; a
    /// description may stand between ("swept aside inland winners Executive Ladies").</summary>
    [GeneratedRegex(@"\b(?:over|against|to|at home to|at|by|from|versus|vs|v|beat|beating|defeat of|win at|past|through|thrashed|thrashing|trashing|hammered|hammering|demolished|routed|crushed|aside|trounced|thumped|walloped|humbled|defeated|defeating|downed|stunned|edged)\s+(?:the\s+)?(?:(?-i:(?:\p{Lu}[\p{L}\-]*|[\p{Ll}\-]+)\s+){0,2}(?:winners|champions|holders|leaders|strugglers|neighbours|opponents|newcomers|debutants|minnows|giants|underdogs|favourites|favorites),?\s+)?(?-i:(?:\p{Lu}[\w\-]*\s+){0,2}\p{Lu}[\w\-]*['’]s\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectBefore();
}
