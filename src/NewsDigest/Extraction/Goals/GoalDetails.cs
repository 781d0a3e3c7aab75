using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Reads the details of one goal from its clause: which words describe it, its team, its assist and how many goals it stands for.</summary>
internal static partial class GoalDetails
{
    /// <summary>The words that describe one goal: a noun's own phrase ("Tchouameni's opener"), or a verb's clause without the noun phrases inside it.</summary>
    public static string FlagWindow(string sentenceText, int sentenceStart, PersonMention scorer, Match trigger, int clause, int clauseEnd, List<GoalEvent> events)
    {
        if (trigger.Groups["noun"].Success)
        {
            int from = Math.Max(clause, Math.Min(scorer.Start - sentenceStart, trigger.Index));
            // "Two first-half goals from Quill": the count stands before the noun; it is the scorer's when the noun names one scorer
            // ("two quick goals from Quill and Renn" are one each).
            if (events.Count(e => e.Trigger.Index == trigger.Index) == 1 && CountBeforeGoals().Match(sentenceText[..trigger.Index]) is { Success: true } count
                && count.Index >= clause)
                from = Math.Min(from, count.Index);
            int own = Math.Max(scorer.End - sentenceStart, trigger.Index + trigger.Length);
            int to = Math.Min(sentenceText.Length, own + 15);
            // "goals from Pike and Denby, and a brace from Faraday": the words after a name stop where the next goal of the list
            // begins, so one item's count ("brace") is not read into the item before it.
            foreach (var e in events)
            {
                int next = Math.Min(e.Scorer.Start - sentenceStart, e.Trigger.Index);
                if (next >= own && next < to) to = next;
            }
            return sentenceText[from..to];
        }
        var chars = sentenceText[clause..clauseEnd].ToCharArray();
        foreach (var e in events)
        {
            if (!e.Trigger.Groups["noun"].Success || e.Clause != clause) continue;
            int from = Math.Min(e.Scorer.Start - sentenceStart, e.Trigger.Index) - clause;
            int to = Math.Max(e.Scorer.End - sentenceStart, e.Trigger.Index + e.Trigger.Length) + 15 - clause;
            for (int i = Math.Max(0, from); i < Math.Min(chars.Length, to); i++) chars[i] = ' ';
        }
        return new string(chars);
    }

    public static string? TeamOf(ExtractionContext context, string player, TextSpan sentence, bool ownGoal, List<TextSpan> otherGoalClauses)
    {
        var team = context.PlayerTeams.TeamOf(player);
        if (ownGoal) return team is null ? null : context.Teams.Opponent(team);
        if (team is not null) return team;
        // "put the Blues in front", "into the Sunderland goal", "Villa defender Clark": what the clause's team names say of the scoring side.
        var told = ClauseTeam.Read(context, sentence, otherGoalClauses, out bool decided);
        if (decided) return told;
        // The clause names no team: the sentence's team that went ahead or levelled ("Rangers went ahead when Dessers headed in") is the scorer's.
        return ClauseTeam.Read(context, context.SentenceAt(sentence.Start), otherGoalClauses, out _);
    }

    public static string? AssistIn(ExtractionContext context, TextSpan sentence, PersonMention scorer)
    {
        var text = context.Text;
        foreach (var p in context.People.Within(sentence))
        {
            if (p.Start == scorer.Start) continue;
            var after = text.AsSpan(p.After(text), Math.Min(30, text.Length - p.After(text))).ToString();
            if (p.Possessive && AssistAfter().IsMatch(after)) return context.People.FullNameOf(p);
            var before = text.AsSpan(Math.Max(0, p.Start - 20), Math.Min(20, p.Start)).ToString();
            if (AssistBefore().IsMatch(before)) return context.People.FullNameOf(p);
        }
        return null;
    }

    /// <summary>How many goals a clause tells; a season's tally ("top of the scoring charts with three goals") tells none of this match's.
    /// A goal in each half or both goals told of one scorer are two; told of a list of names ("Foden and Silva scored in each half") they
    /// are one each, so <paramref name="oneScorer"/> says whether the clause's verb has a single scorer.</summary>
    public static int CountIn(string clause, bool oneScorer = false) =>
        TallyWords().IsMatch(clause) || CompletesCount().IsMatch(clause) ? 1 : FiveGoals().IsMatch(clause) ? 5 : FourGoals().IsMatch(clause) ? 4 : HatTrick().IsMatch(clause) ? 3
            : Brace().IsMatch(clause) || (oneScorer && (EachHalfOrBoth().IsMatch(clause) || TwoGoalsOfAPart().IsMatch(clause))) ? 2 : 1;

    /// <summary>"Kane scored in each half", "Mies struck either side of the interval", "Wind scored both goals", "Bourigeaud scored both
    /// their goals": two goals of one scorer. Both goals "against" a side or "in a/the" game named after them are another match's
    /// ("who scored both goals against Spain", "scored both goals in a 2-1 upset"), but for a half of this one.</summary>
    [GeneratedRegex(@"\b(?:scored|netted|struck|found the net)(?: once)? (?:in each half|in both halves|either side of (?:half-time|halftime|the break|the interval))\b|\b(?:scored|netted|grabbed|got|struck|bagged) both (?:of )?(?:the |their |his |her |(?-i:\p{Lu})[\w'’-]+['’]s? )?goals\b(?! (?:against|in (?:a|an|the|their|his|her)\b(?! (?:first|second) half)))", RegexOptions.IgnoreCase)]
    private static partial Regex EachHalfOrBoth();

    /// <summary>"two first-half goals from Quill", "two late goals": a pair of goals named by the part of the match they came in. Told of a
    /// list of names ("two quick goals from Quill and Renn") they are one each, so only a clause with a single scorer counts two.</summary>
    [GeneratedRegex(@"\btwo (?:(?:first|second)[- ]half|quick|quickfire|early|late) goals\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoGoalsOfAPart();

    [GeneratedRegex(@"\btwo (?:(?:first|second)[- ]half|quick|quickfire|early|late) $", RegexOptions.IgnoreCase)]
    private static partial Regex CountBeforeGoals();

    [GeneratedRegex(@"\b(?:with four goals|four-goal haul|haul of four|(?:scored|netted|struck|bagged|grabbed|hit) four(?: goals| times)?)\b(?!\s+in\s+(?:[\w-]+\s+){1,2}(?:games|matches|appearances|outings|starts))", RegexOptions.IgnoreCase)]
    private static partial Regex FourGoals();

    [GeneratedRegex(@"\b(?:with five goals|five-goal haul|haul of five|(?:scored|netted|struck|bagged|grabbed|hit) five(?: goals| times)?)\b(?!\s+in\s+(?:[\w-]+\s+){1,2}(?:games|matches|appearances|outings|starts))", RegexOptions.IgnoreCase)]
    private static partial Regex FiveGoals();

    /// <summary>"made no mistake to complete his hat-trick", "to seal her brace": the goal that completes a count is one goal.</summary>
    [GeneratedRegex(@"\b(?:complet(?:e|es|ed|ing)|seal(?:s|ed|ing)?|round(?:s|ed|ing)? off|wrap(?:s|ped|ping)? up) (?:his|her|a) (?:[\w-]+ )?(?:hat-trick|hat trick|brace|double)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletesCount();

    [GeneratedRegex(@"\b(?:charts|this season|this term|tally|in all competitions|career|so far)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TallyWords();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:cross|pass|corner|free[- ]kick|through[- ]ball|ball|delivery|centre|cut-back|cutback|knock-down|flick|lay-off|assist|set-piece|header back|pull-back|chip|backheel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssistAfter();

    [GeneratedRegex(@"\b(?:set up by|teed up by|assisted by|supplied by|picked out by|found by|fed by|released by|laid on by|created by)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AssistBefore();

    /// <summary>"netted two goals in three minutes", "scored two in the space of four minutes": a count of goals told with the short span
    /// they came in, which tells that many goals even where the sentence gives a minute.</summary>
    [GeneratedRegex(@"\b(?:two|three)(?: goals)? in (?:the space of |just |only )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2}) (?:minutes|mins)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex GoalsInSpan();

    [GeneratedRegex(@"\b(?:twice|brace|double(?!s? (?:the|their|his|her|its)(?: side['’]s)? (?:lead|advantage))|two goals|second goal of the (?:game|match|afternoon|evening|night)|goal in each half|(?:one|a goal) in each half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Brace();

    [GeneratedRegex(@"\b(?:hat-trick|hat trick|three goals|three times|treble)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HatTrick();

    [GeneratedRegex(@"\b(?:rebound|loose ball|follow-up|followed up|after (?:his|her|the) (?:penalty|spot-kick) was saved|saved (?:his|her|the) penalty|won (?:a|the) penalty|conceded (?:a|the) penalty|penalty (?:appeal|shout|claim)|(?:near|around|beyond|just inside|outside|on) the penalty spot|(?:made|makes|making|make) amends for (?:his|her|the|their|conceding|giving away|missing) (?:a |the )?(?:[\w-]+ )?(?:penalty|spot[- ]kick))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex NotAPenaltyGoal();

    /// <summary>"sent keeper Jari Vos the wrong way", "sending the goalkeeper the wrong way", "sends Shels keeper Dylan Kearns the wrong
    /// way": the goalkeeper sent the wrong way is how reporters tell a penalty scored when the award stands a sentence or more before and
    /// the kick's own sentence says no "penalty". The one sent must be the keeper (by role or full name): "sent his marker the wrong way"
    /// and "sent Smith the wrong way" tell a dribble.</summary>
    [GeneratedRegex(@"\bsen(?:t|ds|ding|d) (?:(?:(?:the|an?|his|her) )?(?:[\w'’-]+ )?(?:goalkeeper|keeper|goalie|stopper)(?: (?-i:\p{Lu})[\w'’-]+){0,3}|(?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’-]+){1,2}) the wrong way\b", RegexOptions.IgnoreCase)]
    internal static partial Regex KeeperSentWrongWay();

    [GeneratedRegex(@"^(?:opened the scoring|opener|opening goal|broke the deadlock)$", RegexOptions.IgnoreCase)]
    internal static partial Regex FirstGoalWords();

    [GeneratedRegex(@"\b(?:again|another|his second|her second|his third|her third)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex AgainWords();

    [GeneratedRegex(@"\bfree[- ]kick\b", RegexOptions.IgnoreCase)]
    internal static partial Regex FreeKick();
}
