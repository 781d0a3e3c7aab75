using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Finds who scored a goal a trigger tells: the subject, the agent after "by", a linked owner, a pronoun's person, or a list of names sharing the goal.</summary>
internal static partial class ScorerFinder
{
    /// <summary>An aside about the name before it opens on a lower-case word ("the man", "who", "quiet since", "already booked"), not on another name.</summary>
    [GeneratedRegex(@"^\s*[a-z0-9]")]
    private static partial Regex AsideOpening();

    /// <summary>What follows an aside's closing comma when it returns to the subject's verb: a lower-case word that is no joint ("and", "but", "as").</summary>
    [GeneratedRegex(@"^\s+(?!(?:and|but|as|when|while|with|before|after|then|which|who|whose|where|the|a|an|his|her|their|its|to|for|from|in|on|at|by|of)\b)[a-z][a-z-]*\b")]
    private static partial Regex VerbPhraseOpening();

    [GeneratedRegex(@"^\s*(?:in|on|at|after|before|with|within|inside|just|midway|moments|minutes|seconds|then|later|early|late|shortly|soon|eventually|finally|once|from|during|deep)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdverbialOpening();

    /// <summary>"United took the lead within three minutes - Ella Toone pouncing on Galton's pass": a team's goal told first, its
    /// scorer named after a dash or colon doing the deed ("pouncing", "firing home").</summary>
    public static PersonMention? ScorerAfterDash(ExtractionContext context, List<PersonMention> people, HashSet<int> used, string sentenceText, int sentenceStart, Match trigger)
    {
        var dash = DashThenDeed().Match(sentenceText, trigger.Index + trigger.Length);
        if (!dash.Success) return null;
        int nameAt = sentenceStart + dash.Index + dash.Length;
        foreach (var p in people)
            if (p.Start == nameAt && !used.Contains(p.Start) && !p.Possessive && !IsNonPlayer(context, p)
                && DeedAfterName().IsMatch(context.Text.AsSpan(p.End, Math.Min(40, sentenceStart + sentenceText.Length - p.End)).ToString()))
                return p;
        return null;
    }

    [GeneratedRegex(@"\G[^.;:\u2013\u2014]{0,60}?\s(?:-|\u2013|\u2014|:)\s+(?:substitute\s+|striker\s+|forward\s+|midfielder\s+|defender\s+|captain\s+)?(?=[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex DashThenDeed();

    [GeneratedRegex(@"^\s+(?:\w+ly\s+)?(?:pouncing|firing|heading|nodding|slotting|tapping|poking|prodding|curling|drilling|smashing|rifling|volleying|steering|sweeping|turning|finishing|converting|scoring|netting|latching|reacting|rising|lashing|stabbing|bundling|glancing|chipping|lobbing|striking|capitalising|capitalizing|picking)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeedAfterName();

    /// <summary>"Southend took the lead on 12 minutes when Gus Scott-Morriss met a deep cross", "the goal came after 71 minutes, when De
    /// Wit finished the move", "equalised when Eddie May's shot looped in": a side's goal told first, its scorer the subject of the "when"
    /// clause after it, whatever verb tells the deed, unless that verb only made, won or missed the chance.</summary>
    /// <remarks>A "when" clause that tells the goal with a verb of its own ("when Mbeumo converted a penalty") gives that verb back in
    /// <paramref name="ownVerb"/>: the goal is read there, with its penalty or header. A name the index cut short ("Ashley du Preez"
    /// read as "Ashley") is left alone.</remarks>
    public static PersonMention? WhenClauseScorer(ExtractionContext context, List<PersonMention> people, HashSet<int> used, string sentenceText, int sentenceStart, int triggerEnd, out Match? ownVerb)
    {
        ownVerb = null;
        var when = WhenThenSubject().Match(sentenceText, triggerEnd);
        if (!when.Success) return null;
        int nameAt = sentenceStart + when.Index + when.Length;
        var text = context.Text;
        foreach (var p in people)
        {
            if (p.Start != nameAt) continue;
            if (used.Contains(p.Start) || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p)) return null;
            var after = text.AsSpan(p.End, Math.Min(80, sentenceStart + sentenceText.Length - p.End)).ToString();
            if (!p.Possessive && NameGoesOn().IsMatch(after)) return null;
            // "when their big number nine, Dean Sutcliffe, turned Keith": the apposition closes after the name, then the deed.
            if (when.Groups["described"].Success && (p.Possessive || !after.StartsWith(','))) return null;
            if (p.Possessive ? !OwnedShotAfter().IsMatch(after) : NotTheDeed().IsMatch(after)) return null;
            int clauseEnd = GoalClauses.ClauseEnd(sentenceText, p.End - sentenceStart);
            ownVerb = GoalTriggers.Find(sentenceText).FirstOrDefault(t => t.Index >= p.End - sentenceStart && t.Index < clauseEnd && !t.Groups["noun"].Success);
            // "when substitute Ledley broke down the left and crossed for Pardew, who volleyed in": a clause that only made the chance.
            if (ownVerb is null && !p.Possessive && MadeTheChance().IsMatch(sentenceText.AsSpan(p.End - sentenceStart, Math.Max(0, clauseEnd - (p.End - sentenceStart))))) return null;
            return p;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:crossed|crosses|squared|squares|cut (?:it |the ball )?back|pulled (?:it |the ball )?back|laid (?:it |the ball )?(?:off|on)|set up|sets up|teed up|tees up|picked out|picks out|fed|feeds|released|releases|played in|plays in|slipped in|slips in|found|finds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MadeTheChance();

    /// <summary>A name that runs on past a lower-case particle ("du Preez", "ap Dafydd", "de Wit"): the mention holds only its first part.</summary>
    [GeneratedRegex(@"^ (?:(?:de|du|da|di|do|dos|das|del|della|der|den|van|von|ap|ter|ten|la|le|al|el|bin|ben)\s+)+(?-i:\p{Lu})")]
    private static partial Regex NameGoesOn();

    /// <summary>A side's own goal told by its verb: the goal a "when" clause after it may credit. A state ("Scores were level in the
    /// 55th minute when Segec ...") tells no deed of its own, so its "when" clause is left to its own words.</summary>
    public static bool TellsSideGoal(string trigger) => SideGoalTrigger().IsMatch(trigger) && !StateTrigger().IsMatch(trigger);

    [GeneratedRegex(@"^(?:were|was|is|are|been)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateTrigger();

    [GeneratedRegex(@"\b(?:ahead|in front|lead|equali[sz]|level|one back|a goal back|opened the scor|broke the deadlock|deadlock)", RegexOptions.IgnoreCase)]
    private static partial Regex SideGoalTrigger();

    /// <summary>"when ", "when striker ", "when young sensation ", "when their big number nine, " (a description in lower case set off by
    /// a comma before the name it stands in apposition to; the name must then close the apposition with a comma of its own).</summary>
    [GeneratedRegex(@"\G[^.;:!?\u2013\u2014]{0,60}?\bwhen\s+(?<described>(?:the|their|his|her|its|our|your|a|an)\s+(?-i:(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*),\s+)?(?:(?:the|a|an)\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|full-back|left-back|right-back|wing-back|centre-back|center-back|centre-forward|center-forward|teenager|youngster|veteran|debutant|sensation|starlet|star|international|signing|loanee|attacker|playmaker|frontman|talisman)\s+)?(?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex WhenThenSubject();

    /// <summary>What a "when" clause's subject did that is not the goal: a pass, a foul suffered or made, a miss or a save.</summary>
    [GeneratedRegex(@"^\s*(?:,[^,]{1,60},\s*)?(?:(?:\w+ly|then|again|also)\s+)?(?:crossed|crosses|found|finds|picked out|set up|sets up|teed up|fed|played|plays|delivered|swung|whipped|floated|squared|pulled back|cut back|laid|slipped (?:a|the) (?:\w+ )?(?:pass|ball)|sent (?:a|the|in)|was|were|had|has|won|earned|conceded|fouled|tripped|brought down|handled|saw|missed|hit the (?:post|bar|crossbar|woodwork|upright)|saved|failed|could(?:n['’]t| not)|went down|got (?:a|the) (?:yellow|red)|picked up (?:a|his|her) (?:yellow|booking|second)|dived|appealed|(?:[\w'’-]+\s+){1,6}?(?<!\bin\s)(?:off|against|onto|on to) the (?:post|bar|crossbar|upright|woodwork))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheDeed();

    public static PersonMention? FindScorer(ExtractionContext context, List<PersonMention> people, HashSet<int> used, TextSpan sentence, int at, int clauseStart, PersonMention? lastScorer)
    {
        var text = context.Text;
        // "broke the deadlock through Benteke's 15th goal": a goal owned by a name the verb links to.
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start) || !p.Possessive || p.Start - at > 80) continue;
            if (LinkedOwner().IsMatch(text.AsSpan(at, p.Start - at)) && ScorerClues.IsScorerByForm(text, p)) return p;
        }
        // "levelled through a Kieran Bole penalty", "went ahead via an Ola Brandt header": a name standing before the goal's noun, after the
        // linking word and its article, owns the goal as a possessive would.
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start) || p.Possessive || p.Start - at > 80 || IsNonPlayer(context, p)) continue;
            if (LinkedAttributive().IsMatch(text.AsSpan(at, p.Start - at)) && AttributiveGoalNoun().IsMatch(text.AsSpan(p.End, Math.Min(30, text.Length - p.End)))) return p;
        }
        // "equalise through substitute Mikel Merino": a role word may stand between the link and the name.
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start) || p.Possessive || p.Start - at > 60 || IsNonPlayer(context, p)) continue;
            if (LinkedRole().IsMatch(text.AsSpan(at, p.Start - at))) return p;
        }
        // "his cross was clipped home by Walcott", "knocked back by Gabriel and nodded in on the line by Gyokeres": a passive verb's scorer is the name after "by".
        int leadStart = Math.Max(clauseStart, at - 25);
        if ((Passive().IsMatch(text.AsSpan(leadStart, at - leadStart)) || AgentFollows(text, people, used, at)) && NameAfterBy(context, people, used, at) is { } agent) return agent;
        // "released Gbadamosi into the box for the Nigerian to slot past Bento": the description after "for" scored, whoever else the
        // clause names; which player it is the sentence must tie, or the goal is left unread.
        if (ScorerAnaphora.GoalForDescription(context, people, sentence, at, out var described))
            return described is { } d && !used.Contains(d.Start) ? d : null;
        // "for Welbeck to convert", "through Tchouameni": the form names the scorer.
        foreach (var p in people)
            if (!used.Contains(p.Start) && Math.Abs(p.Start - at) <= 60 && ScorerClues.IsScorerByForm(text, p) && !p.Possessive && !IsNonPlayer(context, p)) return p;
        // "... paid instant dividends as Tottenham took the lead": a side is the clause's subject, so a name before it (here the object of
        // "recall") did not score; the scorer, if any, is told after a dash or in the next sentence.
        if (SideIsSubject(context, clauseStart, at)) return null;
        // "It was the Rovers who opened the scoring": a cleft on a side names no scorer here.
        if (CleftSide().Match(text, clauseStart, at - clauseStart) is { Success: true } cleft
            && (TeamLikeNames.IsTeamName(context, cleft.Groups["side"].Value) || SideDescription().IsMatch(cleft.Groups["side"].Value))) return null;
        // "Chile, who had spent the week in the town of Calama, equalized": a verb right after a relative aside's closing comma is the
        // main clause's, whose subject stands before the "who"; the names inside the aside did not score.
        if (MainClauseAfterRelativeAside(context, people, used, sentence, clauseStart, at) is { } main) return main.Subject;
        PersonMention? best = null;
        // "Lambert, a player who was given his chance by Pardew, levelled": names inside an aside between commas are not the subject.
        int asideStart = -1;
        // ("In the 30th minute, Williams finally had her goal, tapping in": an adverbial opening before the first comma is no aside's subject.)
        // "Kemp, the man Doyle could not stop, sweeps a finish into the corner": the aside's second comma may stand before the verb
        // phrase that ends in the trigger, when no name stands between them.
        var beforeVerb = text.AsSpan(clauseStart, at - clauseStart);
        int close = beforeVerb.LastIndexOf(',');
        if (close >= 0 && (beforeVerb[(close + 1)..].IsWhiteSpace() || (at - (clauseStart + close) <= 50 && VerbPhraseOpening().IsMatch(beforeVerb[(close + 1)..].ToString())
                && !people.Any(p => p.Start > clauseStart + close && p.Start < at)))
            && beforeVerb[..close].LastIndexOf(',') is var open and >= 0 && !AdverbialOpening().IsMatch(beforeVerb[..open])
            && (beforeVerb[(close + 1)..].IsWhiteSpace() || AsideOpening().IsMatch(beforeVerb[(open + 1)..close].ToString()))) asideStart = clauseStart + open;
        // "clipped the ball over a diving Olsson and Foster": a name joined by "and" to a bystander is one too.
        PersonMention? bystander = null;
        PersonMention? shotOwner = null;
        PersonMention? fouled = null;
        // "She beat Carr to the ball and scored": a name after the pronoun that opens the clause is not its subject.
        int pronounSubject = ScorerAnaphora.OpeningPronoun(context, people, sentence, at);
        foreach (var p in people)
        {
            if (p.End > at || (asideStart >= 0 && p.Start > asideStart) || (pronounSubject >= clauseStart && p.Start > pronounSubject)) break;
            // ("pushed over Ramires and Hazard slotted past Myhill": a name right before the verb is its subject all the same.)
            // "Olise's stunning shot in the 45th minute put the side in front": the owner of the shot that opens the clause did the deed,
            // though a shot's owner is elsewhere only its maker (a name the clause gives plainly still comes first).
            if (p.Possessive && best is null && shotOwner is null && p.Start >= clauseStart && p.Start - clauseStart <= 12
                && OwnedShotAfter().IsMatch(text.AsSpan(p.End, Math.Min(40, at - p.End))) && !ShotTurnedIn().IsMatch(text.AsSpan(p.End, at - p.End))) shotOwner = p;
            // ("spilled a shot from Lyons and Foley was on hand": the name after the owner of a kept-out shot starts a clause of its own.)
            bool joined = bystander is { } b && !ScorerClues.OwnsKeptOutShot(text, b) && ListJoint().IsMatch(text.AsSpan(b.End, Math.Max(0, p.Start - b.End))) && !SubjectRightBefore().IsMatch(text.AsSpan(p.End, at - p.End));
            if (ScorerClues.IsBystander(text, p) || joined) { bystander = p; continue; }
            if (p.Start < clauseStart || used.Contains(p.Start) || IsNonPlayer(context, p)) continue;
            if (p.Possessive || NamesASide(text, p)) continue;
            // "Khairul, the 23-year-old Kelantan winger, pounced", "the striker from Rize scored twice": a home town or club is no subject.
            if (PlaceLikeNames.IsWrittenAsPlace(text, p)) continue;
            // "Lowe skipped past Jack Baldwin and drilled home", "Robinson was brought down by skipper Hudson-Arthur and converted": a name
            // after a preposition or a verb of beating a player is that verb's object, not the subject the deed after it shares.
            // ("Brandreth was brought down by skipper Hartigan and picked himself up to tuck the penalty away": the fouled player, whom a
            // reflexive after the agent names as the taker, scored.)
            if ((best ?? bystander) is { } subject && subject.Start >= clauseStart && IsObjectOfEarlierVerb(text, subject.End, p, at))
            {
                if (best is not null) continue;
                if (Reflexive().IsMatch(text.AsSpan(p.End, at - p.End))) { fouled = subject; continue; }
            }
            best = p;
        }
        if (best is null && fouled is not null) return fouled;
        if (best is not null) return best;
        if (shotOwner is not null) return shotOwner;
        // "In fact, he thrived in Gelsenkirchen on Sunday, opening the scoring": the clause's subject is its opening pronoun.
        if (pronounSubject >= 0 && pronounSubject >= clauseStart) return ScorerAnaphora.PronounReferent(context, sentence) ?? ScorerAnaphora.LastScorerIfNoneSince(context, sentence, lastScorer);
        // The clause has no named subject: "he", "the Belgian striker" point back to the last named scorer or subject.
        var lead = text.AsSpan(clauseStart, Math.Max(0, at - clauseStart)).ToString();
        // "Van Persie had gone ten games without scoring but won and then converted a penalty": the clause after "but" shares the sentence's subject.
        bool elided = clauseStart > sentence.Start && ElidedSubject().IsMatch(lead)
            && CoordinatingBreak().IsMatch(text.AsSpan(Math.Max(sentence.Start, clauseStart - 12), clauseStart - Math.Max(sentence.Start, clauseStart - 12)));
        if (elided)
            foreach (var p in people)
            {
                if (p.Start - sentence.Start > 12 || p.End > at) break;
                if (!p.Possessive && !ScorerClues.IsBystander(text, p) && !IsNonPlayer(context, p)) return p;
            }
        // "Bonmati, who powered through for the opening goal, firing past Endler": "who" is the name right before its comma.
        if (WhoClause().IsMatch(lead) && !people.Any(p => p.Start >= clauseStart && p.End <= at) && people.LastOrDefault(p => p.End <= clauseStart && p.End >= clauseStart - 3) is { Span.Length: > 0 } named
            && !named.Possessive && !ScorerClues.IsBystander(text, named) && !IsNonPlayer(context, named)) return named;
        // "57': Norwegian finishes swift City counter": a key-moments line names the scorer by nationality alone.
        // "Smith collected the ball after 14 minutes, firing home": the clause "after" opened is only the minute, so the deed after its
        // comma is the sentence subject's.
        bool afterMinute = MinuteOnlyLead().IsMatch(lead) && clauseStart > sentence.Start;
        if (afterMinute)
            foreach (var p in people)
            {
                if (p.Start - sentence.Start > 12 || p.End > clauseStart) break;
                if (!p.Possessive && !ScorerClues.IsBystander(text, p) && !IsNonPlayer(context, p)) return p;
            }
        if (Anaphor().IsMatch(lead) || BareDemonym().IsMatch(lead) || at - clauseStart <= 2 || elided)
        {
            // "In fact, he thrived in Gelsenkirchen, opening the scoring": names between an opening "he" and the deed are not who
            // scored; the pronoun points to the sentence before, and to no one when that names no one player of the match.
            if (ScorerAnaphora.OpensOnPronoun(context, people, sentence, at)) return ScorerAnaphora.PronounReferent(context, sentence) ?? ScorerAnaphora.LastScorerIfNoneSince(context, sentence, lastScorer);
            // "The striker made it 3-1": the one player the last two sentences name, or no one.
            if (clauseStart == sentence.Start && ScorerAnaphora.IsDescription(lead)) return ScorerAnaphora.DescriptionReferent(context, sentence, at);
            // "the ball fell into Sturridge's path and he stroked it past Schwarzer": the owner of the path the ball reached is who "he" is.
            // ("Ishak was tripped by Jedrzejczyk inside the area, and the Swedish striker sent Tobiasz the wrong way from the spot": the
            // agent of a passive, the one who fouled, is not who "the striker" is; the player fouled took the penalty.)
            var before = people.Where(p => p.End <= at && !ScorerClues.IsBystander(text, p) && (!p.Possessive || ReachedOwner().IsMatch(text.AsSpan(p.After(text)))) && !IsNonPlayer(context, p) && !InAppositive(text, p)
                && !PassiveAgentBefore().IsMatch(text.AsSpan(sentence.Start, p.Start - sentence.Start).ToString())).LastOrDefault();
            if (before.Span.Length == 0 && PenaltyTaken().IsMatch(text.AsSpan(at, sentence.End - at)))
                before = people.LastOrDefault(p => p.Start >= sentence.Start && p.End <= at && !p.Possessive && !IsNonPlayer(context, p) && FouledAfter().IsMatch(text.AsSpan(p.End, Math.Min(60, at - p.End)).ToString()));
            if (before.Span.Length > 0) return before;
            if (lastScorer is { } last && sentence.Start - last.End < 400) return last;
            if (context.LastSubjectBefore(sentence.Start) is { } subject) return subject;
        }
        // "... was scored by Giroud": a name after the verb in the same clause.
        return NameAfterBy(context, people, used, at);
    }

    /// <summary>A name standing as the object of a preposition or of a verb of beating or passing a player ("past Jack Baldwin", "by
    /// Enfield skipper Bradley Hudson-Arthur", "exchanged passes with Corr", "sent Jonathan Bond the wrong way"), read back from the name
    /// over capitalised words, role words and articles to the nearest lower-case word; not a name the deed follows at once ("... and
    /// Hazard slotted home") nor one a relative clause makes a subject ("fed Jones, who slotted home"). "Turned" with a name right after it
    /// ("turned Josip Kovac and fired") beat that defender; turning a ball in takes no name as its object.</summary>
    internal static bool IsObjectOfEarlierVerb(string text, int from, PersonMention p, int at)
    {
        if (p.Start <= from || p.End > at) return false;
        var after = text.AsSpan(p.End, at - p.End);
        if (SubjectRightBefore().IsMatch(after) || RelativeAfterName().IsMatch(after)) return false;
        var before = text.AsSpan(from, p.Start - from).ToString();
        // ("Shawcross -- who had been outmuscled by Chamakh in the build-up to the visitors' goal -- then netted": an aside's own deed
        // is not the subject's, so a name in it is left to the reading before.)
        if (AsideBetween().IsMatch(before)) return false;
        if (ObjectMarkerBefore().Match(before) is not { Success: true } marker) return false;
        // "by" names the agent of a passive the subject suffered ("was brought down by X"), not of a goal ("two goals by X").
        return !marker.Value.StartsWith("by", StringComparison.OrdinalIgnoreCase) || PassiveBetween().IsMatch(before);
    }

    /// <summary>The words before a name, ending on a preposition or a verb whose object a player is, past a team's or role's words.</summary>
    [GeneratedRegex(@"\b(?:past|beyond|around|round|over|inside|outside|from|by|with|off|behind|between|under|against|beat|beats|beating|beaten|rounded|rounds|rounding|skinned|skinning|skins|outpaced|outpacing|outjumped|outjumping|evaded|evading|sent|sending|turned|turning|turns|nutmegged|nutmegging|dribbled|dribbling|shrugged off|brushed off|chipped|chipping|lobbed|lobbing|dinked over|beyond)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:(?-i:\p{Lu})[\w'’.-]*|substitute|sub|captain|skipper|goalkeeper|keeper|defender|centre-back|center-back|full-back|midfielder|striker|forward|winger|sliding|onrushing|advancing|diving|stranded|helpless|veteran|teenager|youngster|opposite number)\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectMarkerBefore();

    [GeneratedRegex(@"\b(?:himself|herself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reflexive();

    [GeneratedRegex(@"\b(?:who|whom|whose|which)\b|\s(?:--|-|–|—)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AsideBetween();

    [GeneratedRegex(@"\b(?:was|were|been|being|get|got|gets|getting)\s+(?:[\w-]+\s+){1,5}?by\s", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBetween();

    [GeneratedRegex(@"^\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:who|whose)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfterName();

    /// <summary>"Jenna Nighswonger, a Huntington Beach resident, capped the scoring when she converted": a name inside an aside that
    /// describes the person before it is not who "she" points to.</summary>
    private static bool InAppositive(string text, PersonMention p) =>
        AppositiveOpen().IsMatch(text.AsSpan(Math.Max(0, p.Start - 30), Math.Min(30, p.Start)).ToString())
        && AppositiveClose().IsMatch(text.AsSpan(p.End, Math.Min(30, text.Length - p.End)).ToString());

    [GeneratedRegex(@"^\s*(?:path|feet|foot|way)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReachedOwner();

    /// <summary>The participles of a foul on a player, as in "was tripped", "was brought down".</summary>
    private const string FoulVerbs = "fouled|tripped|brought down|pulled down|taken down|hauled down|dragged down|bundled over|clipped|felled|upended|chopped down|scythed down|pushed|shoved|held back|tugged";

    /// <summary>"was tripped by ", "was brought down in the box by Glovers defender ": the one who fouled stands after it (not the agent
    /// of any passive: "a cross which was met by Mariappa, who towered above Hangeland to nod the Eagles ahead" names the scorer so).</summary>
    [GeneratedRegex(@"\b(?:was|were|been|being|got|get)\s+(?:\w+ly\s+)?(?:" + FoulVerbs + @"|bundled to the ground|wrestled to the ground)\s+(?:[\w-]+\s+){0,5}?by\s+(?:(?-i:[a-z])[\w-]*\s+|(?-i:\p{Lu})[\w'’.-]*\s+(?=(?-i:\p{Lu}))){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAgentBefore();

    /// <summary>The kick told after the deed's subject: "converted the penalty", "sent the keeper the wrong way from the spot".</summary>
    [GeneratedRegex(@"\b(?:penalty|spot|spot-kick|spot kick|wrong way|PK)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyTaken();

    /// <summary>" was tripped by ", " was fouled in the penalty area by ": the player fouled, who may take the penalty himself.</summary>
    [GeneratedRegex(@"^\s+(?:was|had been|got)\s+(?:(?:" + FoulVerbs + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FouledAfter();

    /// <summary>A clause that is only a time and its closing comma: "14 minutes, ", "half an hour, " (after an "after" or "before").</summary>
    [GeneratedRegex(@"^\s*(?:just |only |barely )?(?:" + NewsDigest.Text.NumberWords.CardinalPattern + @"|half an?) (?:min(?:ute)?s?|seconds?|hour)\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteOnlyLead();

    [GeneratedRegex(@"^\s*who\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoClause();

    /// <summary>", a Huntington Beach resident,", ", who like Carpenter has bounced back,": an aside about the person before it.</summary>
    [GeneratedRegex(@", (?:(?:a|an) (?:[\w-]+ ){0,2}|(?:who|whose|which) (?:[\w'’-]+ ){0,3}(?:like |as |than |with |alongside )?)$")]
    private static partial Regex AppositiveOpen();

    [GeneratedRegex(@"^(?: [\w'’-]+){0,6},")]
    private static partial Regex AppositiveClose();

    /// <summary>The names joined to a scorer by "and" or a comma ("goals from Amalfitano and Berahino"), before him back to
    /// <paramref name="limit"/> or after him up to it; not possessives, bystanders or non-players.</summary>
    public static List<PersonMention> Coordinated(ExtractionContext context, List<PersonMention> people, HashSet<int> used, PersonMention scorer, int limit, bool before)
    {
        var text = context.Text;
        var found = new List<PersonMention>();
        if (scorer.Possessive) return found;
        var anchor = scorer;
        int index = people.FindIndex(p => p.Start == scorer.Start);
        for (int i = before ? index - 1 : index + 1; i >= 0 && i < people.Count; i += before ? -1 : 1)
        {
            var p = people[i];
            if (before ? p.Start < limit : p.End > limit) break;
            var gap = before ? text.AsSpan(p.End, anchor.Start - p.End) : text.AsSpan(anchor.End, p.Start - anchor.End);
            if (!ListJoint().IsMatch(gap) || p.Possessive || used.Contains(p.Start) || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p)) break;
            found.Add(p);
            anchor = p;
        }
        return found;
    }

    [GeneratedRegex(@"^\s*(?:\([^()]{1,20}\)\s*)?(?:,|and|,\s*and)\s*(?:(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|full-back|centre-back|teenager|youngster|veteran)\s+)?$")]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"^\s*(?:\w+ly\s+)?$")]
    private static partial Regex SubjectRightBefore();

    private static bool AgentFollows(string text, List<PersonMention> people, HashSet<int> used, int at)
    {
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start)) continue;
            return p.Start - at <= 45 && AgentBy().IsMatch(text.AsSpan(at, p.Start - at));
        }
        return false;
    }

    /// <summary>"Paralluelo curls fine opener", "Kimmich converts the equaliser": a person opening the clause, a few words before the noun,
    /// who did not only make, deny or concede it.</summary>
    public static PersonMention SubjectOfGoalNoun(ExtractionContext context, List<PersonMention> people, HashSet<int> used, int clauseStart, int at)
    {
        var text = context.Text;
        foreach (var p in people)
        {
            if (p.Start < clauseStart || p.End > at) continue;
            if (used.Contains(p.Start) || p.Possessive || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p)) return default;
            var lead = text.AsSpan(clauseStart, p.Start - clauseStart).ToString();
            var between = text.AsSpan(p.End, at - p.End).ToString();
            // "Olympic striker Sophie McDonald produced a first-half hat-trick", "as Sharjah midfielder Marcus Meloni silenced the stadium
            // with a clinical winner": the subject may come with its description (a side's or a country's name and a role) before it.
            if (lead.Trim().Length > 0 && !DescribedSubjectLead().IsMatch(lead)) return default;
            // "Fran Kirby, making her final appearance, capped her farewell with the sixth goal": an aside about the subject between
            // commas stands before the verb; the verb after it is the subject's.
            if (SubjectAside().Match(between) is { Success: true } aside) between = between[aside.Length..];
            // "Mukiele and Hume combined for the opener": a shared move names no one scorer.
            bool another = people.Any(o => o.Start > p.End && o.End <= at);
            return !another && SubjectVerbToNoun().IsMatch(between) && !ProviderVerb().IsMatch(between) ? p : default;
        }
        return default;
    }

    /// <summary>The name that opens the sentence ("Sarkar was just as devastating, striking a hat-trick"), the subject a participle after a comma shares.</summary>
    public static PersonMention SentenceSubject(ExtractionContext context, List<PersonMention> people, HashSet<int> used, int sentenceStart, int at)
    {
        var text = context.Text;
        foreach (var p in people)
        {
            if (p.Start - sentenceStart > 12 || p.End > at) break;
            if (used.Contains(p.Start) || p.Possessive || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p)) return default;
            // ("on manager Alan Pardew as his double": a manager named on the way is no rival for the goal.)
            return people.Any(o => o.Start > p.End && o.End <= at && !IsNonPlayer(context, o)) ? default : p;
        }
        return default;
    }

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){1,6}$")]
    private static partial Regex SubjectVerbToNoun();

    /// <summary>What may stand before a goal noun's subject in its clause: nothing but a joint ("as", "and", "while"), and a description
    /// ending on a player's role ("substitute ", "Olympic striker ", "Croatia international ", "last weekend's nemesis "), not a keeper's
    /// or a manager's.</summary>
    [GeneratedRegex(@"^\s*(?:(?:as|and|but|while|whilst|with|before|after|when|then)\s+)?(?:(?:the|a|an|their|his|her)\s+)?(?:(?:(?-i:\p{Lu})[\w.’'-]*|(?-i:[a-z])[\w-]*(?:['’]s)?)\s+){0,3}?(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|full-back|left-back|right-back|wing-back|centre-back|center-back|centre-half|centre-forward|teenager|youngster|veteran|international|star|attacker|frontman|talisman|playmaker|debutant|loanee|sensation|nemesis|marksman|hitman|ace)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedSubjectLead();

    /// <summary>", making her final appearance after nine years, ", ", 40, ": an aside about the subject (opening on no joint, so no new
    /// clause) closed by a comma before the verb.</summary>
    [GeneratedRegex(@"^\s*,\s*(?!(?:and|but|as|while|whilst|before|after|when|then|with|which)\b)[^,;:.()\u2013\u2014]{1,80},(?=\s)")]
    private static partial Regex SubjectAside();

    [GeneratedRegex(@"\b(?:and|combined?|combines|role|part|hand|involved|instrumental|behind|helped|helps|started|starts|began|built|builds|sparked|set|sets|setting|tee[ds]?|teeing|laid|lays|lay|provided?|provides|created?|creates|assist(?:ed|s)?|won|wins|earned|earns|conceded?|concedes|gifted|gifts|denied|denies|saved?|saves|missed|misses|had|has|thought|almost|nearly|could|would|should|might)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderVerb();

    /// <summary>A manager, referee, goalkeeper or side by the name as written, or by the full name it stands for ("Chea" for keeper "Chea Fariya").</summary>
    public static bool IsNonPlayer(ExtractionContext context, PersonMention p)
    {
        var name = context.People.NameOf(p);
        return context.NonPlayers.Contains(PersonIndex.SurnameKey(name)) || context.NonPlayers.Contains(PersonIndex.SurnameKey(context.People.FullName(name)));
    }

    private static PersonMention? NameAfterBy(ExtractionContext context, List<PersonMention> people, HashSet<int> used, int at)
    {
        var text = context.Text;
        foreach (var p in people)
        {
            if (p.Start <= at || used.Contains(p.Start)) continue;
            if (ScorerClues.IsBystander(text, p) || p.Possessive || IsNonPlayer(context, p)) continue;
            var between = text.AsSpan(at, p.Start - at);
            if (between.Length > 40 || between.IndexOfAny(",;") >= 0) break;
            if (ByAfterVerb().IsMatch(between.ToString())) return p;
            break;
        }
        return null;
    }

    [GeneratedRegex(@"\bwho\s+(?:[\w-]+\s+){0,7}$|\b(?:he|she|him|who|the\s+[\w'’ -]{0,25}?(?:striker|forward|midfielder|defender|winger|substitute|captain|skipper|full-back|centre-back|center-back|international|youngster|teenager|veteran|frontman|playmaker|man|star|debutant|loanee|replacement|academy graduate|no\.? ?[0-9]+|number [0-9]+|summer signing|signing|attacker|hitman|marksman|talisman|Frenchman|Spaniard|Belgian|Brazilian|Argentine|Dutchman|German|Portuguese|Italian|Englishman|Scot|Welshman|Irishman|Norwegian|Dane|Swede|Croat|Serb|Uruguayan|Colombian|Senegalese|Ivorian|Nigerian|Ghanaian|Egyptian|Moroccan|Algerian|Japanese|Korean|American|Mexican|Paraguayan|Ecuadorian|Swiss|Austrian|Pole|Czech|Ukrainian))\s+(?:\w+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    /// <summary>The nouns for a player's nationality that stand for the player ("the Nigerian", "the Spaniard"), as reports write them.</summary>
    internal const string Demonyms = "Frenchman|Spaniard|Belgian|Brazilian|Argentine|Argentinian|Dutchman|German|Portuguese|Italian|Englishman|Englishwoman|Scot|Welshman|Irishman|Norwegian|Dane|Swede|Croat|Serb|Uruguayan|Colombian|Senegalese|Ivorian|Nigerian|Ghanaian|Egyptian|Moroccan|Algerian|Japanese|Korean|American|Mexican|Canadian|Australian|Paraguayan|Ecuadorian|Swiss|Austrian|Pole|Czech|Ukrainian|Turk|Georgian|Hungarian|Slovenian|Finn|Icelander|Jamaican|Cameroonian|Malian|Guinean|Chilean|Peruvian|Venezuelan";

    [GeneratedRegex(@"^\W*(?:" + Demonyms + @")\s+$")]
    private static partial Regex BareDemonym();

    /// <summary>From the verb's start to the name: "scored by ", "nodded in on the goalline by ".</summary>
    /// <summary>(A role word may stand before the name: "was scored by left wing back ", "by substitute ".)</summary>
    [GeneratedRegex(@"^\s*(?:\w+\s+){0,6}?(?:by|from|for|through)\s+(?:(?:left|right|central|attacking|defensive)[- ]?)?(?:(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|wing[- ]?back|full[- ]?back|back|centre[- ]back|center[- ]back|teenager|youngster|veteran)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfterVerb();

    /// <summary>A clause opening on lower-case words with no subject of its own: "won and then ", "then ".</summary>
    [GeneratedRegex(@"^\s*(?!(?:the|a|an|his|her|their|its|it|they|we|i|you|this|that|there|which|who|what|one|both)\b)(?:[a-z][\w'’-]*\s+){0,3}$")]
    private static partial Regex ElidedSubject();

    [GeneratedRegex(@"(?:\bbut|\band|\bthen|\bbefore|[-–—;])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatingBreak();

    /// <summary>"through substitute ", "via the 19-year-old striker ", "through Indonesian import ", "through Poland captain ": the link, and a
    /// role a country's or side's name may qualify.</summary>
    [GeneratedRegex(@"^[^.;]*?\b(?:through|courtesy of|thanks to|via)\s+(?:(?:an?|the)\s+)?(?:[0-9]+-year-old\s+|(?:young|veteran|teenage|second-half|half-time|late|experienced)\s+)?(?:(?-i:\p{Lu})[\w'’-]+\s+)?(?:substitute|sub|captain|skipper|striker|forward|midfielder|defender|winger|full-back|centre-back|teenager|youngster|veteran|import|international|signing|loanee|attacker)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedRole();

    /// <summary>"The East Flanders club", "the Brazilian side", "the Economics student", "the Ballincollig man": a name that qualifies a noun
    /// (a side, a course, a home town) names a place, a club or a subject, not a player.</summary>
    private static bool NamesASide(string text, PersonMention p) =>
        !p.Possessive && SideNounAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(12, text.Length - p.After(text))));

    [GeneratedRegex(@"^\s+(?:club|side|team|outfit|squad|student|degree|graduate|native|man|woman|fans|supporters|faithful|academy|university|college)(?![\w-])")]
    private static partial Regex SideNounAfter();

    /// <summary>The subject of the main clause when the lead before a verb is a relative aside ("who ... ,") that closed right before
    /// it: the side or the player named before the aside's "who", or no one when a side or a description stands there; null when
    /// the lead is no such aside, or its subject is something else, so the reader goes on as before.</summary>
    private static MainClause? MainClauseAfterRelativeAside(ExtractionContext context, List<PersonMention> people, HashSet<int> used, TextSpan sentence, int clauseStart, int at)
    {
        var text = context.Text;
        if (!AsideThenVerb().IsMatch(text.AsSpan(clauseStart, at - clauseStart))) return null;
        int comma = text.AsSpan(sentence.Start, clauseStart - sentence.Start).TrimEnd().ToString().Length + sentence.Start - 1;
        if (comma < sentence.Start || text[comma] != ',') return null;
        var sentenceText = sentence.Substring(text);
        int mainStart = sentence.Start + GoalClauses.ClauseStart(sentenceText, comma - sentence.Start);
        var subjectText = text.AsSpan(mainStart, comma - mainStart).ToString();
        foreach (var p in people)
        {
            if (p.Start < mainStart || p.End > comma) continue;
            if (p.Possessive || used.Contains(p.Start) || ScorerClues.IsBystander(text, p) || IsNonPlayer(context, p) || NamesASide(text, p)) continue;
            // Only the name that ends the subject is it ("Striker Ola Berg, who ...", not "a cross from Berg, who ...").
            if (!text.AsSpan(p.After(text), comma - p.After(text)).IsWhiteSpace()) continue;
            if (!SubjectOpening().IsMatch(text.AsSpan(mainStart, p.Start - mainStart).ToString())) return null;
            return new MainClause(p);
        }
        if ((SideSubjectTail().Match(subjectText + " ") is { Success: true } side && TeamLikeNames.IsTeamName(context, side.Groups["side"].Value.Trim()))
            || SideDescription().IsMatch(subjectText)) return new MainClause(null);
        return null;
    }

    private sealed record MainClause(PersonMention? Subject);

    [GeneratedRegex(@"\b[Ii]t was (?<side>(?:the |our |their )?(?:[\w'’.&-]+ ){0,3}?[\w'’.&-]+) (?:who|that) (?:(?:\w+ly|then|finally) )?$")]
    private static partial Regex CleftSide();

    /// <summary>"who had spent the week in Calama, ": a relative aside that closes with a comma right before the verb (an adverb may stand between).</summary>
    [GeneratedRegex(@"^(?:who|which)\b[^,;:]{1,160},\s*(?:(?:\w+ly|then|duly|finally|eventually|soon|also)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsideThenVerb();

    /// <summary>What may stand before a subject's name in its clause: nothing, an adverbial with its comma, an article and a role.</summary>
    [GeneratedRegex(@"^(?:.*,\s*)?(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\w'’-]*|[a-z-]+)\s+){0,3}$")]
    private static partial Regex SubjectOpening();

    /// <summary>"The hosts", "the home side", "Our boys": a side told by a description.</summary>
    [GeneratedRegex(@"^(?:.*,\s*)?(?:the|our|their)\s+(?:[\w-]+\s+){0,2}(?:hosts|visitors|home side|away side|home team|away team|side|team|club|outfit|champions|leaders|guests|holders|men|women|boys|girls|youngsters|underdogs|favourites|favorites|[\w-]+s)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SideDescription();

    private static bool SideIsSubject(ExtractionContext context, int clauseStart, int at)
    {
        var lead = context.Text.AsSpan(clauseStart, at - clauseStart).ToString();
        if (SideSubjectTail().Match(lead) is not { Success: true } tail) return false;
        var side = tail.Groups["side"].Value.TrimEnd();
        return TeamLikeNames.IsTeamName(context, side);
    }

    /// <summary>The capitalised words right before a verb, past a few adverbs or auxiliaries ("Tottenham then", "City had").</summary>
    [GeneratedRegex(@"(?<![\w'’-])(?<!(?-i:\p{Lu})[\w'’.&-]*\s)(?<!\b(?:the|a|an|of|into|in|at|to|for|against|from|by|over|past|with|beyond|under)\s)(?<side>(?:(?-i:\p{Lu})[\w'’.&-]*\s+){1,4})(?:(?:\w+ly|then|had|have|has|finally|eventually|soon|also|duly|again|were|was)\s+)*$")]
    private static partial Regex SideSubjectTail();

    /// <summary>"'s stunning shot", "'s low drive from 20 yards": a shot a possessive owns, right after it.</summary>
    [GeneratedRegex(@"^['’]?s?\s+(?:[\w-]+\s+){0,3}?(?:shot|strike|effort|header|volley|finish|drive|lob|chip|curler|free-kick|penalty|spot-kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnedShotAfter();

    /// <summary>"Olmo's long-range shot deflected off of him and into the net": a shot someone else turned in or kept out is not its owner's goal.</summary>
    [GeneratedRegex(@"\b(?:deflect\w*|off|rebound\w*|parr\w+|saved|spill\w*|fumbl\w+|blocked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShotTurnedIn();

    [GeneratedRegex(@"\b(?:through|courtesy of|thanks to|via|with)\s+(?:an?\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedOwner();

    /// <summary>"levelled through a ": the link in the goal verb's own clause (no comma between: "gave Town the lead after six minutes,
    /// and though Swindon equalised through a Marcus Egan penalty" is another goal's). "went ahead by way of an uncontested Militao header":
    /// "by way of" links too, and a lower-case word may qualify the shot.</summary>
    [GeneratedRegex(@"^[^,;.]*\b(?:through|courtesy of|thanks to|via|by way of)\s+an?\s+(?:(?-i:[a-z])[\w-]*\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedAttributive();

    /// <summary>" penalty", " low strike", " lob over the keeper": the goal's noun (any shot that went in) right after a name used as its
    /// modifier.</summary>
    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:penalty|spot[- ]kick|header|strike|free[- ]kick|finish|volley|goal|tap-in|lob|chip|drive|curler|shot|effort)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveGoalNoun();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    /// <summary>"nodded in on the goalline by ": a verb's own agent after it, not a provider ("a cross set up by").</summary>
    [GeneratedRegex(@"^[\w-]*(?:\s+(?!(?:set|teed|provided|supplied|fed|created|laid|picked|found|crossed|delivered|assisted|played|sent|released|won|earned)\b)[\w-]+){0,5}\s+by\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentBy();

    /// <summary>"headed down Walcott's free-kick", "punch away Bennett's free-kick": a verb that takes the attempt over from its owner.</summary>
    [GeneratedRegex(@"\b(?:headed down|head down|met|meet|meeting|latched on ?to|on the end of|collected|converted|convert|converting|turned in|nodded in|nodded down|onto|on to|parried|parry|punch(?:ed)? away|punch|tipped|saved|saving|save|fumbled|fumbling|cleared|clear|deny|denied|blocked|block|kept out|keep out|palm(?:ed)? away|claw(?:ed)? away|field|plucked|pluck|caught|catch|held|hold|beat away|beaten away|handled|deflected|diverted|turned)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    internal static partial Regex ReceivedBefore();
}
