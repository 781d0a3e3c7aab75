using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Minutes;

/// <summary>Reads match minutes in the forms reports use: "17'", "45+2", "on 54 minutes", "in the 84th minute", "a minute from time",
/// "12 minutes from time" (78), "took just six minutes to" (6), "needed only 13 minutes to" (13), "it took nine minutes for" (9), "six minutes from the end" (84), "on the hour", "in stoppage time", "eight minutes later", "equalised in the 58th,",
/// "with 27 minutes gone", "four minutes were on the clock when", "three minutes had gone when", "the clock read 58 minutes", "after half an hour", "after 20 seconds" (1), "20 seconds into the second half" (46), "with 15 minutes of normal time remaining" (75), "with half an hour still to play" (60),
/// "with a minute left in extra time" (119), "eight minutes into extra time" (98), "five minutes from the end of extra time" (115),
/// "in the second minute of stoppage time at the end of extra time" (120+2), "in the first of 11 minutes of stoppage time" (90+1), "five minutes into the allotted seven minutes of injury time" (90+5), "a minute before halftime" (44), "in stoppage time at the end of the first half" (45+), "six minutes into first-half injury time" (45+6), "at the 23:41 mark" (24), "in the minute 34" (34), "at minute 22" (22). Vague times
/// ("just before the break", "late on") give no minute: they are never guessed.</summary>
public static partial class MinuteReader
{
    private const string Card = NumberWords.CardinalPattern;
    private const string Ord = NumberWords.OrdinalPattern;
    private const string Min = @"min(?:ute)?s?";
    /// <summary>"in stoppage time at the end of the first half", "in added time before the break", "in injury time of the first half":
    /// the words after the added time that put it at the end of the first half (45+), not the match's (90+).</summary>
    private const string FirstHalfEnd = @"(?:(?:at the end|of|before|ahead) (?:of )?(?:the )?(?:first half|first period|opening half|opening period|break|interval|half[- ]time|halftime)\b)";

    /// <summary>A goal verb and the goal it names, before a bare "on 37": "added the second on 37", "heading the equaliser on 73", "added the
    /// fifth and sixth on 80 and 90". Only after such a lead is a bare number a minute (not "third on 59 points", "the opener on 20 July").</summary>
    private const string GoalNounLead = @"\b(?:add(?:ed|s|ing)?|scor(?:ed|es|ing)|net(?:ted|s|ting)|grab(?:bed|s|bing)|bag(?:ged|s|ging)|head(?:ed|s|ing)|fir(?:ed|es|ing)|got|gets|getting|notch(?:ed|es|ing)|str(?:uck|ikes|iking)|slot(?:ted|s|ting)|nod(?:ded|s|ding)|convert(?:ed|s|ing)|tap(?:ped|s|ping)|curl(?:ed|s|ing)|smash(?:ed|es|ing)|drill(?:ed|s|ing)|volley(?:ed|s|ing)|blast(?:ed|s|ing)|rifl(?:ed|es|ing)) (?:the|a|his|her|their|another) (?:[\w-]+ )?" + GoalNoun + @"(?: and (?:the |a )?" + GoalNoun + @")? ";
    private const string GoalNoun = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|opener|winner|equali[sz]er|leveller|goal|header|clincher|consolation)";
    /// <summary>What may follow a bare minute: the clause's end or a word that opens another clause.</summary>
    private const string BareMinuteEnd = @"(?![0-9]|[.,:][0-9]|%)(?=\s*(?:[,.;:)!–—]|$)|\s+(?:when|as|after|before|and|but|thanks|through|courtesy|via|from|while|following|to|then)\b)";

    /// <summary>Extra time as reports name it: "extra time", "the extra-time", "the extra half-hour", "the additional period".</summary>
    private const string ExtraTime = @"(?:(?:the )?extra[- ]time|the (?:additional|extra) (?:half[- ]hour|period|thirty minutes|30 minutes))";
    /// <summary>A minute of a list of bare numbers ("on 41, 64 and 90+3 minutes").</summary>
    private const string ListedMinute = @"[0-9]{1,3}(?: ?\+ ?[0-9]{1,2})?";

    /// <summary>Every minute expression in a span of the text, in order.</summary>
    public static List<MinuteExpression> Find(string text, int start, int length)
    {
        var found = new List<MinuteExpression>();
        if (!MayHoldMinute(text.AsSpan(start, length))) return found;
        foreach (var m in Matches(text.Substring(start, length)))
        {
            // "played 59 minutes", "after playing 90 minutes in": time on the pitch, not a moment of the match.
            if (PlayingTimeBefore().IsMatch(text.AsSpan(Math.Max(start, start + m.Index - 30), Math.Min(30, m.Index)))) continue;
            var value = Interpret(m);
            if (value is { } v) found.Add(new MinuteExpression(start + m.Index, start + m.Index + m.Length, v.Minute, v.Kind));
        }
        return found;
    }

    /// <summary>
    /// The same matches, in the same order, as <c>Expression().Matches(span)</c>, attempted only where <see cref="MayOpenAt"/> allows: the
    /// generated scan can only narrow its starts to a set of letters and digits, mid-word ones included, and each attempt tries every form.
    /// </summary>
    internal static List<Match> Matches(string span) => GatedRegexScan.Matches(ExpressionAt(), span, MayOpenAt);

    /// <summary>The literal word each form opens with when it does not open with a digit (read off the pattern with the number words; keep them in step).</summary>
    internal static readonly string[] FirstWords =
    [
        "a", "after", "around", "at", "by", "deep", "dk", "during", "eight", "eighteen", "eighteenth", "eighth", "eightieth", "eighty",
        "eleven", "eleventh", "fifteen", "fifteenth", "fifth", "fiftieth", "fifty", "first", "five", "fortieth", "forty", "four",
        "fourteen", "fourteenth", "fourth", "in", "inside", "into", "nine", "nineteen", "nineteenth", "ninetieth", "ninety",
        "injury", "min", "needed", "ninth", "on", "one", "required", "second", "seven", "seventeen", "seventeenth", "seventh", "seventieth", "seventy", "six", "sixteen",
        "sixteenth", "sixth", "sixtieth", "sixty", "ten", "tenth", "third", "thirteen", "thirteenth", "thirtieth", "thirty",
        "stoppage", "three", "took", "twelfth", "twelve", "twentieth", "twenty", "two", "with", "within",
    ];

    /// <summary><see cref="FirstWords"/> by their first letter, a to z.</summary>
    private static readonly string[][] FirstWordsByLetter = Enumerable.Range(0, 26)
        .Select(letter => FirstWords.Where(w => w[0] - 'a' == letter).ToArray()).ToArray();

    /// <summary>
    /// False only where no form can open: every form opens with <c>\b</c> before a digit or one of <see cref="FirstWords"/>, so not inside a
    /// word, not at anything but an ASCII letter or digit, and not at a word that none of them starts. A word with a letter beyond ASCII
    /// is left to the regex, whose case-insensitive matching may pair it with an ASCII one.
    /// </summary>
    private static bool MayOpenAt(string text, int pos)
    {
        char c = text[pos];
        if (!char.IsAsciiLetterOrDigit(c) || (pos > 0 && (char.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] == '_'))) return false;
        if (char.IsAsciiDigit(c)) return true;
        var word = text.AsSpan(pos);
        int end = 0;
        while (end < word.Length && char.IsLetter(word[end])) end++;
        word = word[..end];
        if (!Ascii.IsValid(word)) return true;
        foreach (var first in FirstWordsByLetter[(c | 0x20) - 'a'])
            if (word.StartsWith(first, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The first minute a piece of text gives, or null ("just before the break" gives null).</summary>
    public static Minute? Parse(string text)
    {
        var found = Find(text, 0, text.Length);
        return found.Count > 0 && found[0].Kind != MinuteKind.Later ? found[0].Value : null;
    }

    /// <summary>
    /// Words one of the expression's forms must contain: a worded minute writes "min" after a space or a hyphen ("84th-minute",
    /// "six minutes"), "the hour", "stoppage/injury/added time".
    /// </summary>
    private static readonly SearchValues<string> Keywords =
        SearchValues.Create([" min", "-min", "hour", "stoppage", "injury", "added", " seconds"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What a form with digits adds: "45+2", "17'", "19′" (a prime), "54 mins" (the minute written straight after the digits), "23:41" (a clock),
/// "dk. 30", "the 41st of the second time".</summary>
    private static readonly SearchValues<string> DigitMarks = SearchValues.Create(["+", "'", "’", "′", "min", ":", "dk.", "th of the ", "st of the ", "nd of the ", "rd of the "], StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters the case-insensitive regex may treat as one of the keywords' letters although ordinal case folding does not.</summary>
    private static readonly SearchValues<char> CaseOddities = SearchValues.Create("\u0130\u0131\u212A\u017F");

    /// <summary>
    /// A quick necessary test before the (slow, many-branched) expression runs. Most sentences fail it, and skipping them keeps
    /// the result identical while saving most of the expression's time.
    /// </summary>
    private static bool MayHoldMinute(ReadOnlySpan<char> sentence) =>
        sentence.ContainsAny(Keywords) || sentence.ContainsAny(CaseOddities)
        || (sentence.IndexOfAnyInRange('0', '9') >= 0 && (sentence.ContainsAny(DigitMarks) || HasBareOrdinal(sentence) || HasOnBeforeDigit(sentence)));

    /// <summary>"headed in on 61": "on " before a digit, the one other digit form without a mark.</summary>
    private static bool HasOnBeforeDigit(ReadOnlySpan<char> sentence)
    {
        for (int i = sentence.IndexOf("on ", StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            if (i + 3 < sentence.Length && char.IsAsciiDigit(sentence[i + 3])) return true;
            int next = sentence[(i + 1)..].IndexOf("on ", StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>"in the 58th": the one digit form without a mark after the digits, tested only where "in the " is followed by an ordinal.</summary>
    private static bool HasBareOrdinal(ReadOnlySpan<char> sentence)
    {
        const string Lead = "in the ";
        for (int i = sentence.IndexOf(Lead, StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            int k = i + Lead.Length;
            while (k < sentence.Length && char.IsAsciiDigit(sentence[k])) k++;
            if (k > i + Lead.Length && k + 2 <= sentence.Length && IsOrdinalSuffix(sentence.Slice(k, 2))) return true;
            int next = sentence[(i + 1)..].IndexOf(Lead, StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static (Minute Minute, MinuteKind Kind)? Interpret(Match m)
    {
        var g = m.Groups;
        if (g["plus"].Success)
        {
            int regular = int.Parse(g["pr"].Value), added = int.Parse(g["pa"].Value);
            return regular is 45 or 90 or 105 or 120 && added is > 0 and < 30 ? (new Minute(regular, added), MinuteKind.Absolute) : null;
        }
        if (g["ordstop"].Success)
        {
            int? n = NumberWords.Ordinal(g["osn"].Value);
            int regular = g["osextra"].Success ? 120 : g["osfirst"].Success ? 45 : 90;
            return n is > 0 and < 30 ? (new Minute(regular, n), MinuteKind.Absolute) : null;
        }
        // "in the third minute of extra time" (93), "the fifth minute of the second half of extra time" (110).
        if (g["ordet"].Success)
            return NumberWords.Ordinal(g["oen"].Value) is int oe and > 0 and <= 15 ? Absolute((g["oesecond"].Success ? 105 : 90) + oe) : null;
        // "in the 10th minute of the second half" (55), "at 19 minutes of the 2nd time" (64), "at 38 minutes of the 1st time" (38), "at the
        // 41st of the second time" (86): a translated report counts each half's own clock, and the second half's starts at 45.
        if (g["halfclock"].Success)
        {
            int? n = g["hcord"].Success ? NumberWords.Ordinal(g["hcord"].Value) : NumberWords.Cardinal(g["hccard"].Value);
            return n is > 0 and <= 50 ? Absolute(g["hcsecond"].Success ? 45 + n : n) : null;
        }
        // "in the min. 12", "dk. 30" (Turkish dakika), "from minute 17", "in the 12. minute": a translated report's minute.
        if (g["minabbr"].Success) return Absolute(int.Parse(g["mab"].Value));
        if (g["dotmin"].Success) return Absolute(int.Parse(g["dmn"].Value));
        if (g["tick"].Success) return Absolute(int.Parse(g["tn"].Value));
        // "at the 23:41 mark", "at 61:05": a running clock's time falls in the minute after its whole minutes; a time below 24:00 with no
        // "mark" may be the time of day.
        if (g["clock"].Success)
        {
            int whole = int.Parse(g["ckm"].Value);
            return g["ckmark"].Success || whole >= 24 ? Absolute(whole + 1) : null;
        }
        // "Reiten added a second minutes later", "a tackle in the middle third minutes later": an ordinal before "minutes later" counts goals
        // or names a place, and tells no minute.
        if (g["ord"].Success) return g["ordlater"].Success ? null : Absolute(NumberWords.Ordinal(g["on"].Value));
        if (g["ordand"].Success) return Absolute(NumberWords.Ordinal(g["oan"].Value));
        // "on 41, 64 and 88 minutes", "in the 12th, 55th and 67th minutes": each minute of a list that the last one's word closes.
        if (g["ordrun"].Success) return Absolute(NumberWords.Ordinal(g["orn"].Value));
        if (g["cardrun"].Success) return Absolute(int.Parse(g["crn"].Value));
        if (g["cardlast"].Success) return Absolute(int.Parse(g["cln"].Value));
        if (g["bareord"].Success) return Absolute(NumberWords.Ordinal(g["bn2"].Value));
        // "headed in on 61", "a penalty on 74 after", "made it 3-2 on 61,": a bare number after the goal's own last word.
        if (g["bareon"].Success) return Absolute(int.Parse(g["bon"].Value));
        // "Burgess added the second on 37", "added the fifth and sixth on 80 and 90": a bare number after a goal verb and the goal it names.
        if (g["bareongoal"].Success) return Absolute(int.Parse(g["bgn"].Value));
        if (g["gone"].Success) return Absolute(NumberWords.Cardinal(g["gn"].Value));
        if (g["secs2"].Success) return NumberWords.Cardinal(g["scn2"].Value) is int restart and > 0 and < 600 ? Absolute(45 + restart / 60 + 1) : null;
        if (g["secs"].Success) return NumberWords.Cardinal(g["scn"].Value) is int seconds and > 0 and < 600 ? Absolute(seconds / 60 + 1) : null;
        if (g["quarterleft"].Success) return Absolute(75);
        if (g["quarterafter"].Success) return Absolute(15);
        if (g["halfleft"].Success) return Absolute(60);
        if (g["halfhourafter"].Success) return Absolute(30);
        if (g["hourafter"].Success) return Absolute(60);
        if (g["fromtime"].Success) return Absolute(90 - NumberWords.Cardinal(g["fn"].Success ? g["fn"].Value : g["fn2"].Value));
        if (g["etleft"].Success) return Absolute(120 - NumberWords.Cardinal(g["en"].Value));
        // "eight minutes into extra time" (98), "four minutes into the second half of extra time" (109).
        if (g["etinto"].Success)
            return NumberWords.Cardinal(g["etn"].Value) is int et and > 0 && et <= (g["etsecond"].Success ? 15 : 30) ? Absolute((g["etsecond"].Success ? 105 : 90) + et) : null;
        if (g["intostop"].Success)
            return NumberWords.Cardinal(g["isn"].Value) is int into and > 0 and < 30 ? (new Minute(g["isfirst"].Success ? 45 : 90, into), MinuteKind.Absolute) : null;
        if (g["beforebreak"].Success) return Absolute(45 - NumberWords.Cardinal(g["bn"].Value));
        if (g["second"].Success) return Absolute(45 + NumberWords.Cardinal(g["sn"].Value));
        if (g["later"].Success) return NumberWords.Cardinal(g["ln"].Value) is int l and > 0 and < 60 ? (new Minute(l), MinuteKind.Later) : null;
        if (g["took"].Success) return Absolute(NumberWords.Cardinal(g["tkn"].Value));
        if (g["after"].Success)
        {
            var after = Absolute(NumberWords.Cardinal(g["an"].Value));
            return g["within"].Success && after is { } w ? (w.Item1, MinuteKind.Within) : after;
        }
        if (g["into"].Success) return Absolute(NumberWords.Cardinal(g["in"].Value));
        if (g["hour"].Success) return Absolute(60);
        if (g["halfhour"].Success) return Absolute(30);
        if (g["stoppage"].Success) return (new Minute(g["sextra"].Success ? 120 : g["sfirst"].Success ? 45 : 90), MinuteKind.Absolute);
        if (g["minnoun"].Success) return Absolute(int.Parse(g["mnn"].Value));
        if (g["mins"].Success) return Absolute(int.Parse(g["mn"].Value));
        // "in the minute 34", "at minute 22": a translated report's minute ("en el minuto 34", "no minuto 34", "au minute 22").
        if (g["minuteof"].Success) return Absolute(int.Parse(g["mon"].Value));
        return null;
    }

    private static (Minute, MinuteKind)? Absolute(int? minute) => minute is >= 1 and <= 130 ? (new Minute(minute.Value), MinuteKind.Absolute) : null;

    /// <summary>Every form of a minute; each alternative opens with a word boundary before an ASCII letter or digit.</summary>
    private const string Pattern =
        @"(?<plus>\b(?<pr>[0-9]{2,3}) ?\+ ?(?<pa>[0-9]{1,2})(?: ?(?:'|’|′|″|" + Min + @"))?)" +
        @"|(?<ordstop>(?:\b(?<osn>" + Ord + @")[- ]" + Min + @"|\b(?<osn>" + Ord + @") of (?:the )?" + Card + @" (?:added |additional |extra )?" + Min + @") of (?:(?:(?<osfirst>first[- ]half) )?(?:stoppage|injury|added)(?:[- ]time)?|time added on|additional time)(?:(?<osextra> (?:at the end of|of) (?:extra[- ]time|the (?:additional|extra) (?:half[- ]hour|period|thirty minutes|30 minutes)))|(?<osfirst> " + FirstHalfEnd + @"))?)" +
        @"|(?<ordet>\b(?<oen>" + Ord + @")[- ]" + Min + @" of (?:the )?(?:(?<oesecond>second (?:half|period) of )|first (?:half|period) of )?extra[- ]time\b)" +
        @"|(?<halfclock>(?:\b(?<hcord>" + Ord + @")[- ]" + Min + @"|(?<!\b(?:first|last|opening|closing|final|early|remaining|few) )\b(?<hccard>" + Card + @") " + Min + @"|(?<=\bthe )\b(?<hcord>[0-9]{1,2}(?:st|nd|rd|th))) of the (?:first|1st|(?<hcsecond>second|2nd)) (?:half|time|period)\b(?! of extra))" +
        @"|(?<minabbr>\b(?:min|dk)\. ?(?<mab>[0-9]{1,3})(?![0-9]| ?\+)|\bminute (?<mab>[0-9]{1,3})\b(?! ?\+|[-–:][0-9]))" +
        @"|(?<dotmin>\b(?<dmn>[0-9]{1,3})\. (?-i:minute)\b)" +
        @"|(?<clock>\b(?:at|in) (?:the )?(?<ckm>[0-9]{1,3}):(?<cks>[0-5][0-9])(?![0-9:])(?!\s*(?:[ap]\.?m\b|[ap]\.m\.))(?<ckmark> mark\b)?)" +
        @"|(?<tick>(?<![0-9.,])\b(?<tn>[0-9]{1,3}) ?(?:'|’|′)(?![a-zA-Z]))" +
        @"|(?<ord>\b(?<on>" + Ord + @")[- ]" + Min + @"(?![a-z])(?<ordlater>(?<=s) (?:later|afterwards)\b)?)" +
        @"|(?<ordand>\bin the (?<oan>" + Ord + @")(?= and (?:the )?" + Ord + @"[- ]" + Min + @"))" +
        @"|(?<ordrun>(?:\bin the |(?<=\bin the " + Ord + @"(?:, (?:the )?" + Ord + @")*, (?:the )?)\b)(?<orn>" + Ord + @")(?=(?:, (?:the )?" + Ord + @")*,? and (?:the )?" + Ord + @"[- ]" + Min + @"))" +
        @"|(?<cardrun>(?:\b(?:on|in|after) |(?<=\b(?:on|in|after) " + ListedMinute + @"(?:, " + ListedMinute + @")*, )\b)(?<crn>[0-9]{1,3})(?![0-9+])(?=(?:, " + ListedMinute + @")*,? and " + ListedMinute + " " + Min + @"\b))" +
        @"|(?<cardlast>(?<=\b(?:on|in|after) " + ListedMinute + @"(?:, " + ListedMinute + @")*,? and )\b(?<cln>[0-9]{1,3}) " + Min + @"\b)" +
        @"|(?<bareord>\bin the (?<bn2>[0-9]{1,3}(?:st|nd|rd|th))(?=\s*(?:[,.;:)!–—]|$)|\s+(?:when|as|after|before|and|but|with|thanks|through|courtesy|via|from|while|following|to|on)\b))" +
        @"|(?<bareon>(?<=\b(?:in|home|it|again|one|back|level|post|bar|crossbar|penalty|spot|spot-kick|yards|metres|kick|header|volley|strike|shot|finish|effort|two|three|four|five|equalise|equalised|equalises|equalize|equalized|equalizes|levelled|levels|scored|scores|netted|nets|struck|strikes|replied|replies|[0-9]-[0-9]) )\bon (?<bon>[0-9]{1,3})(?![0-9]|[.,:][0-9]|%)(?=\s*(?:[,.;:)!–—]|$)|\s+(?:when|as|after|before|and|but|thanks|through|courtesy|via|from|while|following|to)\b))" +
        @"|(?<bareongoal>(?<=" + GoalNounLead + @")\bon (?<bgn>[0-9]{1,3})" + BareMinuteEnd + @"|(?<=" + GoalNounLead + @"on [0-9]{1,3} and )\b(?<bgn>[0-9]{1,3})" + BareMinuteEnd + @")" +
        @"|(?<gone>\bwith (?:just |only |barely )?(?<gn>" + Card + @") " + Min + @" (?:gone|played|on the clock)\b|\bwith the (?:game|match|contest) (?:just |only |barely )?(?<gn>" + Card + @") " + Min + @" old\b|\b(?<gn>" + Card + @") " + Min + @" (?:were|was|had been) (?:already |still )?on the clock\b|\b(?<gn>" + Card + @") " + Min + @" had (?:gone|elapsed|been played|passed|ticked by)\b(?! (?:since|of|in|into|after|from|before)\b)|(?<=\bthe clock (?:read|reads|showed|shows|showing|reading|said|says) )\b(?<gn>" + Card + @") " + Min + @"\b)" +
        @"|(?<secs2>\b(?<scn2>[0-9]{1,3}|" + Card + @") seconds (?:into|after) (?:the (?:second half|second period|restart|re-start|resumption|break|interval)|half-?time)\b)" +
        @"|(?<secs>\b(?:after|inside|within|in|took)(?: just| only| barely)? (?<scn>[0-9]{1,3}|" + Card + @") seconds\b|\b(?<scn>[0-9]{1,3}|" + Card + @") seconds (?:into|in|after (?:kick-off|kickoff|the (?:start|kick-off|kickoff|(?:opening|first) whistle)))\b)" +
        @"|(?<quarterleft>\bwith (?:a |just a |only a )?quarter of an hour (?:still )?(?:left|remaining|to go|to play)\b)" +
        @"|(?<quarterafter>\b(?:after|within|inside) (?:just |only )?(?:a )?quarter of an hour\b)" +
        @"|(?<halfleft>\bwith (?:just |only )?half an hour (?:still )?(?:left|remaining|to go|to play)\b)" +
        @"|(?<halfhourafter>\b(?:after|within|inside) (?:just )?half an hour\b)" +
        @"|(?<hourafter>\b(?:after|within|inside) (?:just )?an hour\b)" +
        @"|(?<fromtime>\b(?<fn>" + Card + @") " + Min + @" (?:from|before) (?:time|the end(?! of " + ExtraTime + @")|full[- ]time|the final whistle)\b|\bwith (?:just |only |barely )?(?<fn2>" + Card + @") " + Min + @" (?:of (?:normal|regular|regulation|ordinary) time )?(?:left|remaining|to go|to play)\b(?! (?:in|of) (?:" + ExtraTime + @"|the first half|the half)))" +
        @"|(?<etleft>\bwith (?:just |only |barely )?(?<en>" + Card + @") " + Min + @" (?:(?:left|remaining|to go|to play) (?:in|of) " + ExtraTime + @"|of " + ExtraTime + @" (?:still )?(?:left|remaining|to go|to play))\b|\b(?<en>" + Card + @") " + Min + @" (?:from|before) the end of " + ExtraTime + @"\b)" +
        @"|(?<etinto>\b(?<etn>" + Card + @") " + Min + @" into (?:(?:the )?(?:(?<etsecond>second (?:half|period) of )|first (?:half|period) of ))?" + ExtraTime + @"\b)" +
        @"|(?<beforebreak>\b(?<bn>" + Card + @") " + Min + @" (?:before|from) (?:the break|half[- ]?time|the interval|the end of the first half)\b|\bwith (?:just |only |barely )?(?<bn>" + Card + @") " + Min + @" (?:of (?:normal|regular|regulation|ordinary) time )?(?:left|remaining|to go|to play) (?:in|of) the first half\b)" +
        @"|(?<second>\b(?:(?:within|inside) )?(?<sn>" + Card + @") " + Min + @" (?:(?:into|after|of) the (?:second half|second period|restart|re-start|interval|break|resumption)|after half[- ]?time)\b)" +
        @"|(?<intostop>\b(?<isn>" + Card + @") " + Min + @" into (?:the )?(?:(?:allotted |indicated |announced |signalled |signaled )?" + Card + @" (?:added |additional |extra )?" + Min + @" of (?:the )?)?(?:(?<isfirst>first[- ]half) )?(?:stoppage|injury|added)[- ]time\b(?<isfirst> " + FirstHalfEnd + @")?)" +
        @"|(?<later>\b(?<ln>" + Card + @") " + Min + @" (?:later|after that|afterwards|on(?=\s*[,;]|\s+from\b)|after (?:the|that|this|his|her|their|(?:[\w-]+ )?[\w-]+['’]s?) (?:[\w-]+ ){0,2}?(?:goal|opener|equaliser|equalizer|leveller|strike|header|penalty|spot-kick)\b))" +
        @"|(?<took>\b(?:took|needed|required) (?:[\w'’-]+ ){0,2}?(?:just |only |barely )?(?<tkn>" + Card + @") " + Min + @" (?:to|for)\b)" +
        // "on 53 minutes before Kane scored" is the 53rd minute; only "N minutes before the break / half-time / a moment" counts back from another time.
        @"|(?<after>\b(?:after|on|at|(?<within>inside|within)(?: the (?:opening|first))?|(?<!\b(?:goals|twice|times|brace|double) )in) (?:just |only |barely )?(?<an>" + Card + @") " + Min + @"(?! (?:later|of|into|from(?! close range| long range| distance| the spot| the edge| the penalty (?:spot|mark)| an? (?:[\w-]+ )?(?:pass|cross|corner|free[- ]kick|header|penalty|spot[- ]kick)\b| [0-9]{1,2} (?:yards|metres)\b)|before(?= (?:the|half|half-time|halftime|full-time|fulltime|time|kick-off|kickoff|a|an|his|her|their|its|that|this)\b)|left|remaining|to go|earlier|after (?:the|half)))(?![a-z]))" +
        @"|(?<into>\b(?<in>" + Card + @") " + Min + @" (?:in|into the (?:game|match|contest|first half|half))\b)" +
        @"|(?<hour>\b(?:on|at|around|by) the hour(?:[- ]mark)?\b)" +
        @"|(?<halfhour>\b(?:on|at|around|by) the half[- ]hour(?:[- ]mark)?\b)" +
        @"|(?<stoppage>\b(?:in|during|deep into|into|at the end of) (?:the )?(?:(?<sfirst>first[- ]half) )?(?:stoppage|injury|added)[- ]time\b(?:(?<sextra> (?:at the end of|of) (?:extra[- ]time|the (?:additional|extra) (?:half[- ]hour|period|thirty minutes|30 minutes)))|(?<sfirst> " + FirstHalfEnd + @"))?|\b(?:stoppage|injury)[- ]time(?= (?:winner|equaliser|equalizer|leveller|strike|goal)\b))" +
        @"|(?<minnoun>\b(?<mnn>[0-9]{1,3})-minute (?=(?:[\w-]+ )?(?:goal|strike|header|opener|winner|equali[sz]er|penalty|volley|finish)\b))" +
        @"|(?<mins>\b(?<mn>[0-9]{1,3}) ?(?:mins?)\b)" +
        @"|(?<minuteof>\b(?:in|at) (?:the )?minute (?<mon>[0-9]{1,3})\b(?! ?\+))";

    // ("against the run of play nine minutes after the break": the run of play is no time on the pitch.)
    [GeneratedRegex(@"\b(?<!\bof )(?:play(?:ed|ing|s)?|lasted|lasting|spent|spending|logged|clocked|managed|featured for|went the full)\s+(?:(?:just|only|the full|all|every|over|about|around|nearly|almost)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlayingTimeBefore();

    /// <summary>The forms scanning freely: what <see cref="Find"/> must agree with (tests compare the two).</summary>
    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Expression();

    /// <summary>The forms tried at one position only.</summary>
    [GeneratedRegex(@"\G(?:" + Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionAt();
}
