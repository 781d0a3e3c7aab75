using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.People;

/// <summary>Reads the words around a name in an event sentence: does the name make the play (scorer, penalty taker) or only help or face it (crosser, goalkeeper, fouled player, referee)?</summary>
public static partial class ScorerClues
{
    /// <summary>True when the words just before or after a name say the person is not the one who scored or took the kick.</summary>
    public static bool IsBystander(string text, PersonMention mention)
    {
        var before = text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start)).ToString();
        var after = text.AsSpan(mention.After(text), Math.Min(40, text.Length - mention.After(text))).ToString();
        if (mention.Possessive && AssistNoun().IsMatch(after)) return true;
        // "directed a David Luiz shot into the goal", "another Ruiz corner": a name used as an adjective of the ball he played.
        if (!mention.Possessive && Article().IsMatch(before) && AssistNoun().Match(after) is { Success: true } played && !played.Value.AsSpan().ContainsAny(Upper)) return true;
        if (IsGoalFrameOwner(text, mention)) return true;
        if (BystanderBefore().IsMatch(before) || ProviderBefore().IsMatch(before) || KeptOutShotBefore().IsMatch(before)) return true;
        if (RoleBefore().IsMatch(before)) return true;
        if (BystanderAfter().IsMatch(after)) return true;
        return false;
    }

    /// <summary>"over the top of Speroni's goal", "across Mannone's goal": the goal the name owns is the frame he keeps, so he is the goalkeeper.</summary>
    public static bool IsGoalFrameOwner(string text, PersonMention mention)
    {
        if (!mention.Possessive) return false;
        var before = text.AsSpan(Math.Max(0, mention.Start - 30), Math.Min(30, mention.Start));
        var after = text.AsSpan(mention.After(text), Math.Min(30, text.Length - mention.After(text)));
        return GoalFrame().IsMatch(after) && FramePreposition().IsMatch(before);
    }

    private static readonly System.Buffers.SearchValues<char> Upper = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    [GeneratedRegex(@"\b(?:a|an|another|the)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"^\s*(?:goal|net|goalmouth|goal-line|goalline|near post|far post|crossbar|six-yard box)\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex GoalFrame();

    [GeneratedRegex(@"\b(?:of|across|at|over|towards|toward|threatening|troubling|troubled|threatened|test|tested|testing|into|on|past|beyond|under|peppered|bombarded)\s+(?:the\s+)?(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FramePreposition();

    /// <summary>"for Welbeck to convert", "Giroud's header", "through Tchouameni": the name is the scorer.</summary>
    public static bool IsScorerByForm(string text, PersonMention mention)
    {
        var before = text.AsSpan(Math.Max(0, mention.Start - 30), Math.Min(30, mention.Start)).ToString();
        var after = text.AsSpan(mention.After(text), Math.Min(50, text.Length - mention.After(text))).ToString();
        if (mention.Possessive && GoalNoun().IsMatch(after)) return true;
        if (!mention.Possessive && TheScorer().IsMatch(after)) return true;
        // "straight to Sangare for the equaliser", "sent Haaland clear for the opener", "allowed the Norwegian in for his second".
        // ("lifting his shot past the advancing Guendouz for the opener": the keeper a shot beat is no scorer.)
        if (!mention.Possessive && ForTheGoal().IsMatch(after) && !BeatenBefore().IsMatch(before)) return true;
        if (ForToScore().IsMatch(before) && ToScoreAfter().IsMatch(after)) return true;
        // "a second Otto goal restored City's cushion", "a Magdalena Eriksson brace": a name worn by the goal noun right after it.
        if (!mention.Possessive && ArticleOrOrdinal().IsMatch(before) && WornGoalNoun().IsMatch(after)) return true;
        // "drilled the ball home via Naismith": a deflection on a goal already told, not its scorer.
        if (ThroughBefore().IsMatch(before) && !HomeVia().IsMatch(before) && !after.TrimStart().StartsWith("'s legs", StringComparison.Ordinal) && !mention.Possessive) return true;
        // "extended their lead in the 21st minute with Denzel Dumfries finding the net": the "with" clause names who scored.
        if (!mention.Possessive && WithBefore().IsMatch(before) && WithScoringAfter().IsMatch(after)) return true;
        return false;
    }

    [GeneratedRegex(@"\bwith\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex WithBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+)?(?:finding the (?:net|back of the net|target|corner)|scoring|netting|heading (?:home|in)|firing (?:home|in)|slotting (?:home|in)|tapping (?:home|in)|converting|nodding (?:home|in)|poking (?:home|in)|bundling (?:home|in)|turning (?:home|in)|smashing (?:home|in)|rifling (?:home|in)|lashing (?:home|in)|sweeping (?:home|in)|curling (?:home|in)|volleying (?:home|in)|stabbing (?:home|in)|drilling (?:home|in)|putting the ball (?:in|into the net|past))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithScoringAfter();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,3}?(?:cross|crosses|pass|passes|corner|corners|free[- ]kick|through[- ]ball|ball|delivery|centre|cut-back|cutback|knock-down|knockdown|flick|flick-on|lay-off|layoff|assist|throw|long throw|set-piece|shot|effort|save|saves|legs|challenge|tackle|foul|error|mistake|clearance|header back|knock|pull-back|chip|lob|backheel|back-heel|run|dribble|mis-kick|miscue|block|parry|fumble|goalkeeping|hands|glove|gloves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssistNoun();

    /// <summary>True when the text at a position starts with a noun for a goal or an attempt ("strike", "opener").</summary>
    public static bool StartsWithGoalNoun(ReadOnlySpan<char> text) => GoalNoun().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,3}?(?:goal|goals|strike|header|headed goal|finish|volley|opener|equaliser|equalizer|leveller|winner|penalty|spot[- ]kick|brace|hat-trick|double|effort|shot|tap-in|own goal|own-goal|free-kick|free kick|second|third|fourth|lob|chip|drive|curler|thunderbolt|screamer|piledriver|rocket)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalNoun();

    [GeneratedRegex(@"\b(?:under (?:pressure|a challenge|heavy pressure) from|pressured by|harried by|challenged by|closed down by|hassled by|past|beyond|beat|beating|beats|over|around|round|under|between|off|against|fouled|fouling|tripped|tripping|felled|set up by|teed up by|assisted by|served by|picked out by|found by|supplied by|fed by|released by|replaced|replacing|keeper|goalkeeper|referee|ref|linesman|assistant|official|manager|boss|coach|denied|denying|thwarted|foiled|stopped|outjumped|beaten|beat|rounded|rounding|lobbed|chipped|nutmegged|challenge on|foul on|barge on|brought down|bringing down|hauled down|saved by|blocked by|level with|alongside|above|across|robbed|outpaced|cut inside|cutting inside|cuts inside|challenge of|heads with|tangled with|expense of|replaced by|on for|on for a|overtook|overtaking|overtake|equalled|equalling|matched|matching|club|outfit|escaped|escaping|eluded|eluding|skinned|skinning|anticipated|anticipating|outmuscled|outmuscling|held off|holding off|shrugged off|shrugging off|brushed off|brushing off|(?:turned|turning|spun|spinning|got|getting|pulled|pulling|broke|breaking|darted|darting) away from|got the better of|getting the better of)\s*$|\b(?:past|beyond|over|beat|beating|beats|rounded|rounding|round|around|outpaced|outpacing|evaded|evading|escaped|escaping|eluded|eluding|skinned|skinning|anticipated|anticipating|skipped past|ghosted past|lobbed|chipped|nutmegged|wrongfooted|wrong-footed)\s+(?:(?!(?:for|to|and|by|from|as|when|with|while|before|after|but|then)\s)[\w'’-]+\s+){1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex BystanderBefore();

    [GeneratedRegex(@"\b(?:referee|ref|keeper|goalkeeper|linesman|assistant referee|manager|boss|coach|head coach|chairman|owner|director)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    /// <summary>"received a return pass from Anichebe", "a long ball from Toure", "on a cross of Maanum", "headed in a free kick from Morales": the
    /// name after a ball he played is its provider (a free kick only after a verb that met it: "a free kick from Emerson" alone may be his goal).</summary>
    // ("met a long throw-in by X": a ball "by" a player that the scorer met is his delivery too.)
    [GeneratedRegex(@"\b(?:pass|passes|ball|cross|corner|corner kick|delivery|through[- ]ball|lay-off|layoff|pull-back|cut-back|cutback|knock-down|flick-on|throw|throw-in|clearance|centre|feed|assist)\s+(?:\w+\s+)?(?:from|of)\s+(?!(?:which|whom)\b)(?:[\w-]+\s+)?$|\b(?:met|meets|meeting|meet|headed|heads|heading|nodded|volleyed|glanced|flicked|steered|converted|onto|on to)\s+(?:(?:in|home)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:pass|cross|delivery|through[- ]ball|throw|throw-in|free[- ]kick|centre|feed)\s+by\s+(?:[\w-]+\s+)?$|\b(?:headed|heads|heading|head|nodded|nods|nodding|nod|met|meets|meeting|meet|volleyed|glanced|flicked|turned|steered|diverted|bundled|converted|on|onto|to)\s+(?:(?:in|home)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:free[- ]kick|set[- ]piece)\s+(?:from|of)\s+(?!(?:which|whom)\b)(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderBefore();

    /// <summary>"parried a shot from Junior": the owner of an attempt a goalkeeper or a defender kept out only made the chance (the rebound is
    /// someone else's).</summary>
    public static bool OwnsKeptOutShot(string text, PersonMention mention) =>
        KeptOutShotBefore().IsMatch(text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start)));

    [GeneratedRegex(@"\b(?:parried|parries|saved|saves|blocked|blocks|spilled|spills|palmed|palms|pushed out|beat out|kept out)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:shot|effort|header|strike|drive|volley|attempt)\s+(?:from|by)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeptOutShotBefore();

    [GeneratedRegex(@"^\s*(?:crossed|squared|centred|centered|(?:picked out|found)(?! (?:the|his|her) (?:(?:top|bottom|far|near)(?:[- ](?:left|right))?(?:[- ]hand)? corner|net|back of the net|target|roof of the net))|teed up|set up|played in|slipped in|put through|fed|released|laid off|laid it off|flicked on|nodded down|headed down|cut back|pulled back|whipped in|swung in|delivered|guilty|at fault|to blame|was fouled|was tripped|was brought down|went down|saved|parried|palmed|spilled|fumbled|could only|was beaten|got a hand|made a save|dived|conceded|gave away|brought down|fouled|tripped|handled|won the penalty|won a penalty|earned the penalty|earned a penalty|was booked|pointed to the spot|awarded|to beat\b|backed off|(?:almost|nearly) spilled|smothered|was adjudged|did (?:just )?enough to (?:prevent|stop|deny)|for dead|in (?:his|her) wake|trailing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BystanderAfter();

    [GeneratedRegex(@"^\s*(?:(?:clear|in|through|free|onside)\s+)?for\s+(?:the|a|an|his|her|their|[\w-]+['’]s?)\s+(?:[\w-]+\s+)?(?:goal|opener|equaliser|equalizer|winner|leveller|clincher|second|third|fourth)\b(?![\s-]+(?:half|period|leg|round|season|time|game|match|successive|straight|consecutive)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ForTheGoal();

    /// <summary>"past the advancing ", "beyond ", "over the stranded ": the keeper or defender a shot beat stands after it.</summary>
    [GeneratedRegex(@"\b(?:past|beyond|over|round|around)\s+(?:(?:the|a|an)\s+)?(?:(?-i:[a-z])[\w-]*\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BeatenBefore();

    /// <summary>"with Wilshere the scorer".</summary>
    [GeneratedRegex(@"^\s*(?:was\s+)?the\s+(?:\w+\s+)?(?:scorer|goalscorer|marksman)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheScorer();

    /// <summary>"for Welbeck", "for central defensive partner Koscielny" (then "to convert").</summary>
    [GeneratedRegex(@"\bfor\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex ForToScore();

    [GeneratedRegex(@"^\s*to\s+(?:\w+\s+)?(?:score|convert|finish|head|fire|get|grab|add|seal|complete|claim|bag|notch|register|round off|wrap up|sweep|swivel|rifle|power|slot|tap|nod|poke|volley|sweep|turn|drill|smash|stab|prod|bundle|lash|rifle|curl|guide|steer|side-foot|sidefoot|place|thump|glance|flick|touch|knock|roll|hammer|blast|chip|lob|bury|despatch|dispatch|net|strike|finish off|apply|make it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToScoreAfter();

    /// <summary>"through Tchouameni", "through in-form Rasmus Hojlund", "courtesy of substitute Leon Bailey".</summary>
    [GeneratedRegex(@"\b(?:through|courtesy of|thanks to|via)\s+(?:(?!(?:by|the|a|an|to|on|of|and|from|in|into)\b(?!-))(?-i:[a-z])[\w-]*\s+){0,2}$|\b(?:through|courtesy of|thanks to|via)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ThroughBefore();

    [GeneratedRegex(@"\b(?:home|in|net|goal)\s+(?:via|through)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HomeVia();

    [GeneratedRegex(@"\b(?:a|an|another|the)\s+(?:(?:first|second|third|fourth|fifth|late|early|stunning|superb|brilliant|fine|quick|stoppage-time|injury-time|[0-9]+(?:st|nd|rd|th)-minute)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleOrOrdinal();

    [GeneratedRegex(@"^\s*(?:goal|brace|double|hat-trick|hat trick|winner|opener|equaliser|equalizer|leveller|own[- ]goal)\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex WornGoalNoun();
}
