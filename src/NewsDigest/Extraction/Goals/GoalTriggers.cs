using System.Text;
using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Finds the words that tell a goal in a sentence, as a verb ("nodded in") or a noun ("Tchouameni's opener"), with a cheap test of each word before the big regex.</summary>
/// <remarks>
/// The generated scan for the trigger regex can only narrow its starts to "some letter", so it made a full attempt of over two hundred
/// alternatives at nearly every letter of every sentence, a fifth of a batch's CPU. Every alternative opens, after a word boundary, on one
/// of <see cref="FirstWords"/>, so a word whose first letters start none of them cannot open a match and the attempt is skipped.
/// </remarks>
internal static partial class GoalTriggers
{
    private const string Pattern = @"\b(?:(?<noun>(?:second|third|fourth|fifth)(?<=['’]s? (?:[\w-]+ ){0,2}[a-z]+)(?![- ](?:half|yellow|booking|card|caution|period|leg|minute|successive|consecutive|straight|time|place|row|season|spell|attempt|effort|shot|chance|appearance|start|game|match))|opener|opening goal|equaliser|equalizer|leveller|leveler|(?<!\b(?:d['’]or|award|title|cup|league|medal|trophy|prize) )winner(?!['’]s)(?! of (?:the |this |a |an )?(?:[\w'’-]+ ){0,3}(?:competition|title|trophy|award|league|cup|prize|tournament|championship|ballon|medal))|winning goal|strike|header|goal|effort|finish|volley|penalty|spot[- ]kick|brace|hat-trick|double(?!s? (?:the|their|his|her|its)(?: side['’]s)? (?:lead|advantage))|tap-in|own[- ]goal|consolation|free[- ]kick|lob|chip|drive|curler|thunderbolt|screamer|piledriver)s?|(?<verb>(?:crashed|hammered|fired|headed|nodded|slotted|smashed|drilled|curled|blasted|poked|prodded|tapped|rifled|lashed|volleyed|grabbed|bagged|scored|netted|notched|struck|powered|thumped|converted|stabbed|bundled|swept|steered|glanced|turned|side-footed|guided|tucked|got|added|finished|had|picked up|picking up|picks up) (?:(?:in|home) )?(?:a|the|his|her|their|another) (?:[\w-]+ )?(?:second|third|fourth|fifth|sixth|seventh)\b(?![- ](?:half|yellow|booking|card|caution|period|leg|minute|successive|consecutive|straight|time|place|row|season|string|spell|attempt|effort|shot|chance|assists?|caps?|appearances?|starts?|wins?|victory|games?|match|clean|titles?|trophy|league|booking))|(?:fire|fired|fires|firing|head|headed|heads|heading|nod|nodded|shoot|shot|send|sent|power|powered|drill|drilled|volley|volleyed|steer|steered|poke|poked|curl|curled|edge|edged|pull|pulled|pulls|pulling|move|moved|moves|moving) (?:[\w'’-]+ ){1,3}?(?:into (?:an? |the )(?:\w+ )?lead|in front|ahead|to an? (?:[\w-]+ )?lead\b)|(?:found|find|finds|finding|picked out|picks out|picking out|pick out|located|locate) the (?:top|bottom|far|near)(?:[- ](?:left|right))?(?:[- ]hand)? corner|(?:hit|find)(?<=\bto [a-z]+) the (?:back of the )?net|score(?<=\bto (?:[a-z]+ly )?score)\b|(?:convert|finish|level|equali[sz]e|score)(?<=\bfor (?:(?-i:\p{Lu})[\w'’-]+ ){1,3}to (?:convert|finish|level|equali[sz]e|score))\b|(?:sidefoot|side-foot|tap|nod|head|poke|slot|drill|smash|stab|prod|bundle|lash|rifle|curl|steer|volley|sweep|turn|hammer|blast|thump|bury|stroke|roll|guide|glance|flick|fire)(?<=\bfor (?:(?-i:\p{Lu})[\w'’-]+ ){1,3}to [a-z-]+)(?= (?:(?:the ball|it) )?(?:home|in\b|into (?:the )?(?:net|goal|corner|roof|bottom|top)|past|beyond))|break(?<=\bto break) the deadlock|make(?<=\bfor (?:(?-i:\p{Lu})[\w'’-]+ ){1,3}to make) the (?:[\w-]+ )?breakthrough|dispatched|despatched|(?:got|grabbed|claimed|snatched|notched|bagged|scored|netted|contributed|contributes) (?:the|a|an|his|her|their|[\w-]+['’]s?) (?:[\w-]+ ){0,2}?(?:goal|winner|equaliser|equalizer|opener|clincher|leveller|game-winner|match-winner)\b|(?:were|was) (?:back )?(?:ahead|in front)|went back (?:ahead|in front)|taken the lead|(?:slot|fire|head|nod|tap|poke|prod|rifle|drill|smash|curl|sweep|turn|steer|stab|bundle|lash|volley|stroke|side-foot|chip|lob|hammer|thump|power|glance|guide|bury|crash|tuck|roll)(?<=\bto (?:[a-z]+ly )?[a-z-]+) (?:(?:it|the ball) )?(?:home|in|into|past)\b|crashed (?:home|in|into)|tucked (?:home|in|away)|rolled (?:home|in)|dinked (?:home|in|over)|(?:heading|headed|heads|head) (?:in |home )?the (?:\w+ )?(?:winner|equaliser|equalizer|opener|leveller)|(?:heading|nodding|firing|slotting|tapping|sweeping|turning|flicking|poking|prodding|curling|drilling|lashing|smashing|rifling|volleying|steering|guiding|bundling|stabbing|glancing|thumping|hammering|blasting|stroking|tucking|hooking|rolling|side-footing|sidefooting|chipping|dinking|planting) (?:in|home|into)|(?:flicked|turned|hooked|hammered|blasted|powered|planted|placed|angled|clipped|stroked) (?:in|home|into)|won it|wins it|settled it|settles it|snatched it|scored the winner|grabbed the winner|hit the winner|struck(?= (?:a |an |\w+ )?(?:minute|minutes|in the|on|after|late|early|twice|again|first|home)| for (?-i:\p{Lu}))|made sure|made certain|sealed it|wrapped it up|(?:swept|went|moved|raced|edged|surged|nosed|stormed|shot) (?:into|in) (?:the|an early|a deserved|a [0-9]-[0-9]) lead|were level|drew level|back on level terms|guided (?:it )?home|guide (?:it )?home|rose (?:highest |unchallenged )?to (?:head|nod|guide|power)|from the (?:penalty )?spot|(?:dragged|drew|draw(?<=\bto draw)|pulled|brought|got|hauled) (?:\w+ ){1,2}level|(?:into|in) the (?:top|bottom|far|near)(?:[- ](?:left|right))?(?:[- ]hand)? corner|into the (?:left|right)(?:[- ]hand)? corner|(?:into|in) the (?:roof|back|top|bottom) of the net|into (?:an?|the) (?:empty|unguarded|open|gaping) net|into the net|(?:into|in) (?:his|her|their) own (?:net|goal)|(?<=\b(?:turn|turns|turned|turning|slice|slices|sliced|slicing|divert|diverts|diverted|diverting|deflect|deflects|deflected|deflecting|steer|steers|steered|steering|poke|pokes|poked|poking|head|heads|headed|heading|put|puts|putting|send|sends|sent|sending|knock|knocks|knocked|knocking|bundle|bundled|bundling) (?:the ball|it) )(?:past|beyond|over) (?:his|her|their) own (?:goalkeeper|keeper|goalie|stopper)|(?:was|is|got|gets|getting) off the mark\b(?! (?:for|this|in|at|with) (?:the |his |her |their |a |an )?(?:[\w-]+ )?(?:season|campaign|club|league|career|shot|cross|crosses|effort|efforts|finish|pass|passes|header|delivery|attempt))|from close range|found the (?:top|bottom|far|near) corner|from twelve yards|from 12 yards|took the lead|take the lead|taking the lead|takes the lead|went ahead|go ahead|went in front|scored|scores(?! (?:were|are|was|is|level|finished|ended|stood|remained)\b)|scoring(?! chances?| opportunit)|netted|(?<!side[- ]|the |of )(?:nets|netting|net)|headed (?:home|in|into|past|the \w+ (?:goal|winner|equaliser|opener))|heads (?:home|in|into)|nodded (?:home|in|into|past)|nods (?:home|in)|fired (?:home|in|into|past)|fires (?:home|in|into)|slotted|slots|slotting|converted|converts|converting|tapped (?:home|in)|taps (?:home|in)|poked (?:home|in)|prodded (?:home|in)|volleyed (?:home|in|into)|curled (?:home|in|into)|drilled (?:home|in|into)|smashed (?:home|in|into)|rifled (?:home|in|into)|lashed (?:home|in|into)|bundled (?:home|in)|swept (?:home|in)|stabbed (?:home|in)|thumped (?:home|in|into)|turned (?:home|in)|glanced (?:home|in)|steered (?:home|in)|guided (?:home|in)|side-?footed (?:home|in)|struck (?:home|again|first|twice|late)|equalised|equalized|equalising|equalises|equalizes|levelled|leveled|levelling|doubled|trebled|extended|(?:added|adding|adds) (?:a|the|another|his|her) (?:second|third|fourth|fifth|sixth|late|goal|fine|superb|brilliant)|(?:got|gets|pulled|pulls|dragged|drags|brought|brings|hauled|hauls) (?:[\w'’-]+ ){1,3}?back into (?:it|the game|the match|the contest|the tie)\b|pulled (?:one|a goal) back|(?:pegged|pegs|pegging|pulls|pulling|(?:pull|peg)(?<=\bto (?:[a-z]+ly )?(?:pull|peg))) (?:one|a goal) back|(?<=(?-i:\p{Lu})[\w'’-]+ )(?:got|gets|grabbed|grabs|clawed|claws|brought|brings|nicked|snatched) (?:one|a goal) back|(?:hit|hits|hitting|struck|strikes|striking) back(?= through\b)|(?:reduced|cut|cuts|cutting) (?:the|their|[\w-]+['’]s?) (?:arrears|deficit)|(?:tied|tying|ties|tie(?<=\bto tie)) (?:up )?(?:the (?:game|match|score|contest)|things|it)(?: up)?(?= at [0-9]-[0-9]\b| in the [0-9]{1,3}(?:st|nd|rd|th)\b)|(?:tied|tying|ties|tie(?<=\bto tie)) (?:up )?the (?:game|match|score|contest)(?! (?:series|record))|halved the deficit|(?:evened|evens|evening|even(?<=\bto even)) (?:up )?(?:the (?:score|game|match|contest)|things|it)(?: up)?\b(?! (?:series|record))|(?:put|puts|putting(?<!\b(?:from|of|to|without|at|on) putting)) (?:\w+ ){1,3}?(?:ahead|in front(?! of)|(?:back )?in(?:to)? the lead\b|[0-9]-[0-9] (?:up|ahead))|(?:gave|given|giving|give(?<=\bto give)) (?:\w+ ){1,2}(?:the lead|a [0-9]-[0-9] lead|an early lead|the advantage)|opened the scoring|(?:open|opened|opens|opening) (?:the|their|his|her|(?:[\w-]+ )?[\w-]+['’]s?) account\b(?! for the (?:season|club|campaign))|broke the deadlock|found the net|found the back of the net|found the bottom corner|found the top corner|(?:was|were|is|are|been) (?:also )?on target|on the scoresheet|grabbed (?:the|a|his) (?:\w+ )?(?:goal|winner|equaliser|opener)|bagged|completed (?:his|her|the) (?:brace|hat-trick)|made it [0-9]-[0-9]|makes it [0-9]-[0-9]|sealed (?:the|a) (?:[\w-]+ )?(?:win|victory|points|deal)|wrapped up|cancelled out|canceled out|restored (?:the|their|his|her) (?:[\w-]+ ){0,2}?(?:lead|advantage)|hit (?:the )?(?:winner|equaliser|opener)|rounded off|finished off|finished (?:coolly|clinically|calmly|superbly|neatly)|finished (?:from|off) (?:[\w'’-]+ ){0,3}?(?:pass|cross|ball|assist|cut-back|cutback|through-ball|delivery|lay-off|centre)\b|beat (?:[\w'’-]+ ){0,4}?(?:goalkeeper|keeper) \w+|lobbed|chipped|(?:double|doubles|doubling) (?:the|their|his|her|its)(?: side['’]s)? (?:lead|advantage)|banged (?:in|home)|put (?:(?:it|the ball) )?away\b(?! (?:a|the|an) (?:win|victory|game|match|points|chance))|(?:fired|slotted|drilled|smashed|tucked|poked|rolled|stroked|steered|curled|lashed|blasted|volleyed|placed|side-?footed|swept|thumped|hammered|rifled|stabbed|bundled|knocked|put|chipped|lifted|dinked|headed|nodded|turned) (?:it|the ball) (?:home|in|past|beyond|into (?:the|an?) (?:[\w-]+ )?(?:net|goal|corner))|made it (?:two|three|four|five|six|seven|eight|nine)(?![- ](?:[\w-]+ )?(?:wins|games|matches|points|victories|defeats|clean|straight|successive|consecutive|in a row|from|out of|in (?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+)|times|years|seasons))|completed the (?:rout|scoring)|capped (?:off )?(?:the|a|an) (?:[\w-]+ )?(?:scoring|rout)|(?:took|take|takes|taking|taken) (?:an|a) (?:(?:early|deserved|surprise|shock|first-half|quick|narrow|slender|late|precious|fine|dramatic|[0-9]-[0-9]) )?lead\b|equali[sz]e(?<=\bto (?:[a-z]+ly )?equali[sz]e)|make it [0-9]-[0-9]|(?:level|levels|levelling|leveling) the (?:score|scores|scoreline|tie|game|match|contest)|(?:firing|poking|slotting|curling|drilling|sliding|rifling|lashing|smashing|stroking|steering|tucking|side-footing|chipping|lifting|volleying|driving) past(?! (?:the|a|an) (?:[\w-]+ )?(?:post|upright|bar|crossbar|wall|defender|woodwork))|(?:slid|slides|sliding) (?:(?:it|the ball) )?(?:home|past|into the net)|(?:fired|drilled|curled|steered|struck|smashed|rifled|lashed|hammered|blasted|volleyed|stroked|side-footed|placed|slotted|thumped|powered|drove|swept|guided|clipped|lifted|chipped|poked|prodded|tucked|rolled|slid|planted|dispatched|despatched|buried|nodded|headed|glanced|flicked|directed) (?:a|an|his|her|the|their) (?:[\w'’-]+ ){0,3}?(?:shot|strike|effort|drive|volley|half-volley|finish|header|ball|free-kick|penalty|spot-kick|curler|lob|chip) (?:(?:[\w-]+ly|high|low) )?(?:past|beyond|into the (?:[\w-]+ ){0,2}?(?:net|corner|goal))(?! (?:the|a|an|his|her) (?:[\w-]+ )?(?:post|upright|bar|crossbar|wall|woodwork|defender|target))|struck (?:[\w-]+ly )?(?:past|beyond)|(?:steered|fired|slotted|drilled|curled|swept|poked|stroked|rolled|tucked|clipped|lifted|chipped|placed|guided|smashed|rifled|lashed|blasted|volleyed|side-?footed) (?:(?:it|the ball) )?(?:past|beyond) (?:(?:the )?(?:goalkeeper|keeper|onrushing|advancing|diving|stranded|helpless)\b|(?-i:\p{Lu})[\w'’-]+ (?-i:\p{Lu})[\w'’-]+(?=[.;]| (?:after|and|as|from|in|into|on|to|with)\b))|(?:stuck|popped|tucked|slotted|knocked) away\b(?! (?:a|the|an) (?:win|victory|game|match|points|chance))|(?:sneak|sneaks|sneaked|snuck|squeeze|squeezes|squeezed|slip|slips|slipped|stick|sticks|stuck|knock|knocks|knocked|put|puts|putting(?<!\b(?:from|of|to|without|at|on) putting)) (?:one|it|the ball) (?:home|past|beyond|into the (?:[\w-]+ ){0,2}?(?:net|corner|goal))(?! (?:the|a|an|his|her) (?:[\w-]+ )?(?:post|upright|bar|crossbar|wall|woodwork|target))|(?:fired|drilled|hit|struck|smashed|lashed|curled|rifled|slotted|flicked|glanced|nodded|placed|side-footed|stabbed|poked|drove|powered|thumped|hammered|blasted|steered|guided|volleyed|headed|sent|squeezed|lifted|chipped|clipped) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:shot|effort|one-timer|strike|drive|volley|half-volley|header|finish) (?:(?:past|beyond) (?!(?:the |a )?(?:[\w-]+ )?(?:post|upright|woodwork|bar|crossbar|wall|defender|cover|target)\b)(?=\S)|inside the (?:far|near|left|right|right-hand|left-hand) post|into the (?:net|goal|empty net|(?:top|bottom|far|near)(?:[- ](?:left|right))?(?:[- ]hand)? corner|roof of the net|back of the net))|added (?:his|her) [0-9]+(?:st|nd|rd|th)(?! (?:appearance|cap|game|match|start|outing|clean|league (?:game|match|appearance)))))\b";

    /// <summary>The literal word each alternative of <see cref="Pattern"/> opens with (read off the pattern; keep the two in step).</summary>
    internal static readonly string[] FirstWords =
    [
        "added", "adding", "adds", "angled", "are", "back", "bagged", "banged", "beat", "been", "blast", "blasted", "blasting", "brace", "break", "bring", "broke", "brought",
        "bundle", "bundled", "bundling", "buried", "bury", "canceled", "cancelled", "capped", "chip", "chipped", "chipping", "claimed", "claw", "clipped", "completed",
        "consolation", "contributed", "cut", "cuts", "cutting", "contributes", "convert", "converted", "converting", "converts", "crash", "crashed", "curl", "curled", "curler", "curling",
        "despatched", "dinked", "dinking", "draw", "directed", "dispatched", "double", "doubled", "doubling", "drag", "dragged", "drew", "drill", "drilled", "drilling", "drive", "driving", "drove",
        "edge", "edged", "effort", "even", "evened", "evening", "evens", "equalise", "equalised", "equaliser", "equalising", "equalize", "equalized", "equalizer", "extended", "fifth", "find",
        "finding", "finds", "finish", "finished", "fire", "fired", "fires", "firing", "flick", "flicked", "flicking", "found", "fourth",
        "free", "from", "gave", "get", "give", "given", "giving", "glance", "glanced", "glancing", "go", "goal", "got", "grab", "grabbed", "guide", "guided", "guiding",
        "had", "halved", "hammer", "hammered", "hammering", "hat", "haul", "hauled", "head", "headed", "header", "heading", "heads", "hit",
        "hooked", "hooking", "in", "into", "is", "gets", "getting", "over", "past", "beyond", "knocked", "lash", "lashed", "lashing", "level", "leveled", "levelled", "leveller", "levelling", "lob",
        "lifted", "lifting", "lobbed", "locate", "located", "made", "make", "makes", "move", "moved", "moves", "moving", "net", "nets", "netted", "netting", "nick", "nod", "nodded", "nodding",
        "nods", "nosed", "notched", "on", "open", "opened", "opener", "opening", "own", "penalty", "pick", "picked", "picking", "picks",
        "piledriver", "placed", "planted", "planting", "poke", "poked", "poking", "power", "powered", "prod", "prodded", "prodding", "peg", "pegged", "pegging", "pegs", "pull", "pulled", "pulling", "pulls", "hits", "hitting", "strikes", "striking",
        "put", "raced", "reduced", "restored", "rifle", "rifled", "rifling", "roll", "rolled", "rolling", "rose", "rounded", "score",
        "scored", "scores", "scoring", "screamer", "sealed", "second", "send", "sent", "settled", "settles", "shoot", "shot", "sidefooted", "sidefoots", "sneak", "sneaked", "sneaks", "snuck", "squeeze", "squeezed", "squeezes", "stick", "sticks", "stuck", "popped", "slip", "slips", "slipped", "knock", "knocks",
        "side", "sidefooting", "slid", "slot", "slots", "slotted", "slotting", "smash", "smashed", "smashing", "snatch", "snatched", "spot", "stab", "stabbed",
        "stabbing", "steer", "steered", "steering", "stormed", "strike", "stroke", "stroking", "struck", "surged", "sweep", "sweeping",
        "swept", "take", "taken", "takes", "taking", "tap", "tapped", "tapping", "taps", "third", "thump", "thumped", "thumping",
        "thunderbolt", "tie", "tied", "ties", "tying", "took", "trebled", "tuck", "tucked", "tucking", "turn", "turned", "turning", "volley", "volleyed", "volleying", "was",
        "went", "were", "winner", "winning", "wins", "won", "wrapped",
    ];

    /// <summary><see cref="FirstWords"/> of three letters or more by their first three, indexed by <see cref="Key3"/>; null where none starts so.</summary>
    private static readonly string[]?[] ByFirstThree = Table3();

    /// <summary>The two-letter first words ("in", "on"), indexed by <see cref="Key2"/>.</summary>
    private static readonly bool[] Opens2 = Table2();

    /// <summary>The same matches, in the same order, as <c>Scan().Matches(sentence)</c>.</summary>
    public static List<Match> Find(string sentence) => GatedRegexScan.Matches(At(), sentence, MayOpenMatch);

    /// <summary>
    /// False only where no match can start: not an ASCII letter (the pattern's first characters are), a letter inside a word (the
    /// pattern opens with <c>\b</c>), or a word that starts with none of <see cref="FirstWords"/> (found by its first three letters,
    /// a two-letter first word letting every word it opens through). A word with letters beyond ASCII is left to the regex, whose
    /// case-insensitive matching may pair them with ASCII ones.
    /// </summary>
    private static bool MayOpenMatch(string text, int pos)
    {
        if (!char.IsAsciiLetter(text[pos]) || (pos > 0 && (char.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] == '_'))) return false;
        if (pos + 1 >= text.Length) return false;
        char second = text[pos + 1];
        if (!char.IsAscii(second)) return true;
        if (!char.IsAsciiLetter(second)) return false;
        if (Opens2[Key2(text[pos], second)]) return true;
        if (pos + 2 >= text.Length) return false;
        char third = text[pos + 2];
        if (!char.IsAscii(third)) return true;
        if (!char.IsAsciiLetter(third) || ByFirstThree[Key3(text[pos], second, third)] is not { } candidates) return false;
        var word = text.AsSpan(pos);
        int end = 0;
        while (end < word.Length && char.IsLetter(word[end])) end++;
        word = word[..end];
        if (!Ascii.IsValid(word)) return true;
        foreach (var first in candidates)
            if (word.StartsWith(first, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int Letter(char c) => (c | 0x20) - 'a';

    private static int Key2(char a, char b) => Letter(a) * 26 + Letter(b);

    private static int Key3(char a, char b, char c) => (Letter(a) * 26 + Letter(b)) * 26 + Letter(c);

    private static bool[] Table2()
    {
        var table = new bool[26 * 26];
        foreach (var word in FirstWords)
            if (word.Length == 2) table[Key2(word[0], word[1])] = true;
        return table;
    }

    private static string[]?[] Table3()
    {
        var table = new string[]?[26 * 26 * 26];
        foreach (var word in FirstWords)
            if (word.Length >= 3) table[Key3(word[0], word[1], word[2])] = [.. table[Key3(word[0], word[1], word[2])] ?? [], word];
        return table;
    }

    /// <summary><see cref="Pattern"/> tried at one position only.</summary>
    [GeneratedRegex(@"\G" + Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex At();

    /// <summary><see cref="Pattern"/> scanning freely: what <see cref="Find"/> must agree with (tests compare the two).</summary>
    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase)]
    internal static partial Regex Scan();
}
