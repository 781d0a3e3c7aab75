using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Extraction.OtherMatches;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Cards;

/// <summary>Finds sendings-off, straight red or second yellow: "Koscielny was shown a second yellow", "Arsenal had Arteta sent off".</summary>
public sealed partial class RedCardExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is null) return;
        var text = context.Text;
        var otherMatch = context.OtherMatchSentences;
        for (int index = 0; index < context.Sentences.Count; index++)
        {
            var sentence = context.Sentences[index];
            // A round-up's other games, and quotes, tell no card of this match.
            if (otherMatch[index] || context.IsQuoted(sentence.Start)) continue;
            var s = sentence.Substring(text);
            var trigger = SendingOff().Match(s);
            // A hedge in another clause ("It could have been worse for them, who finished with ten men after X saw red") leaves the card standing.
            if (!trigger.Success || NotSentOff().IsMatch(s[ClauseStartBefore(s, trigger.Index)..]) || EarlierMatch().IsMatch(s)) continue;
            int at = sentence.Start + trigger.Index;
            var player = FindPlayer(context, sentence, s, at, trigger);
            if (player is null) continue;
            var name = context.People.FullName(player);
            var kind = SecondYellow().IsMatch(s) ? CardKind.SecondYellow : CardKind.Red;
            // Only a minute in the card's own clause: "Gueye was sent off, and Gray won it in the 79th minute" does not time the card.
            var minutes = MinuteReader.Find(text, sentence.Start, sentence.Length).Where(m => !ClauseBreak().IsMatch(text.AsSpan(Math.Min(m.Start, at), Math.Abs(m.Start - at)).ToString())).ToList();
            Minute? minute = minutes.Count > 0 ? minutes.OrderBy(m => Math.Abs(m.Start - at)).First().Resolve(null) : null;
            int existing = context.Cards.FindIndex(c => c.IsSendingOff && PersonIndex.SurnameKey(c.Player) == PersonIndex.SurnameKey(name));
            if (existing >= 0)
            {
                var c = context.Cards[existing];
                context.Cards[existing] = c with { Minute = c.Minute ?? minute, Kind = c.Kind == CardKind.SecondYellow ? c.Kind : kind, Player = name.Length > c.Player.Length ? name : c.Player };
                continue;
            }
            context.Cards.Add(new Card(name, context.PlayerTeams.TeamOf(name), minute, kind, context.EvidenceFor(sentence)));
        }
    }

    /// <summary>Where the clause holding the trigger starts: after the last comma, semicolon or dash before it that a relative or time word
    /// follows ("..., who finished with ten men after X saw red"); else the sentence's start.</summary>
    private static int ClauseStartBefore(string s, int triggerIndex)
    {
        var m = HedgeClauseBreak().Matches(s[..triggerIndex]);
        return m.Count > 0 ? m[^1].Index + m[^1].Length : 0;
    }

    [GeneratedRegex(@"[,;—–]\s+(?=(?:who|which|when|after|as|and|but|while|whereupon)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeClauseBreak();

    private static string? FindPlayer(ExtractionContext context, TextSpan sentence, string s, int at, Match trigger)
    {
        var text = context.Text;
        var people = context.People.Within(sentence).ToList();
        // "X's dismissal", "X's red card".
        foreach (var p in people)
            if (p.Possessive && CardNounAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(40, text.Length - p.After(text))).ToString())) return context.People.NameOf(p);
        // "a second yellow card for X", "the dismissal of X": the card's own noun names its receiver.
        int triggerEnd = at + trigger.Length;
        if (CardNoun().IsMatch(trigger.Value))
            foreach (var p in people)
                if (p.Start > triggerEnd && p.Start - triggerEnd < 30 && CardForBefore().IsMatch(text.AsSpan(triggerEnd, p.Start - triggerEnd).ToString())) return context.People.NameOf(p);
        // "referee Reed showing the former Leeds man a red card": the receiver is the show verb's object, named or not, never a name further back.
        var show = ShowVerbBefore().Match(text, Math.Max(sentence.Start, at - 70), at - Math.Max(sentence.Start, at - 70));
        if (show.Success)
        {
            var shown = show.Groups["shown"];
            foreach (var p in people)
                if (p.Start >= shown.Index && p.Start < shown.Index + shown.Length) return context.People.NameOf(p);
            // "X caught his man late and the referee showed him a second yellow": a pronoun stands for the player named before.
            if (!PronounObject().IsMatch(shown.Value)) return null;
        }
        // "had X sent off", "X was sent off", "X saw red": the nearest name before the trigger that is not the referee.
        PersonMention? best = null;
        foreach (var p in people)
        {
            if (p.End > at) break;
            var before = text.AsSpan(Math.Max(0, p.Start - 40), Math.Min(40, p.Start)).ToString();
            if (p.Possessive || RefereeBefore().IsMatch(before) || FouledBefore().IsMatch(before) || context.NonPlayers.Contains(PersonIndex.SurnameKey(context.People.NameOf(p)))) continue;
            best = p;
        }
        if (best is { } b) return context.People.NameOf(b);
        // "sent off X"; a fouled player ("for clattering into X") is passed over, and a coach or official sent off is no player's card.
        foreach (var p in people)
        {
            if (p.Start <= at || p.Start - at >= 40) continue;
            var before = text.AsSpan(Math.Max(0, p.Start - 40), Math.Min(40, p.Start)).ToString();
            if (RefereeBefore().IsMatch(before) || FouledBefore().IsMatch(before)) continue;
            if (context.NonPlayers.Contains(PersonIndex.SurnameKey(context.People.NameOf(p)))) return null;
            return context.People.NameOf(p);
        }
        // "Dalot's positive contribution was followed by a needless one when he was shown a second yellow": a pronoun points back to the
        // player whose possessive opens its own sentence, before any name of an earlier sentence.
        if (PronounSubject().Match(s, 0, Math.Min(s.Length, at - sentence.Start)) is { Success: true } pronoun)
            foreach (var p in people)
            {
                if (p.Start - sentence.Start > 25 || p.Start - sentence.Start >= pronoun.Index) break;
                if (!p.Possessive || context.IsQuoted(p.Start) || context.NonPlayers.Contains(PersonIndex.SurnameKey(context.People.NameOf(p)))) continue;
                return context.People.NameOf(p);
            }
        if (Anaphor().IsMatch(s[..Math.Min(s.Length, at - sentence.Start)]) && context.LastSubjectBefore(sentence.Start) is { } last)
            return context.People.NameOf(last);
        return null;
    }

    [GeneratedRegex(@"\b(?:sent off|sent-off|sending[- ]off|red card|red-carded|straight red|dismissed|dismissal|marching orders|saw red|sees red|second yellow|second booking|two yellow cards|early bath)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendingOff();

    [GeneratedRegex(@",\s+and\b|;|\s+but\s+|\s+before\s+|\.\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:second yellow|second booking|two yellow cards|booked for a second time|second caution)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondYellow();

    [GeneratedRegex(@"\b(?:avoid(?:ed|s|ing)? (?:a |an |being )?(?:second |straight )?(?:red|sent|dismiss|yellow|booking)|no (?:second yellow|second booking|straight red)|(?:attempt|attempts|tried|trying|try|bid) to get|touchline|escaped (?:a |with )|could have been|should have been|might have been|would have been|lucky not to|fortunate not to|fortunate to (?:only|have only|escape)|screaming for|appeals? for|calls? for|claims? for|no red|not a red|rescinded|overturned|upgraded to red by VAR but|yellow rather than|only a yellow|only booked|downgraded|wanted a red|for a red card|penalty and a red|a red card for|(?:said|says|felt|feels|thought|thinks|called|calls|described|describes|complained|complains|insisted|insists) (?:that )?the (?:red card|straight red|sending[- ]off|dismissal|second yellow)\b(?! (?:of|for|to) ))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotSentOff();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:dismissal|red card|sending[- ]off|second yellow|expulsion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CardNounAfter();

    [GeneratedRegex(@"^(?:red card|straight red|dismissal|sending[- ]off|second yellow|second booking|two yellow cards|marching orders)$", RegexOptions.IgnoreCase)]
    private static partial Regex CardNoun();

    [GeneratedRegex(@"^\s*(?:card\s+)?(?:for|of)\s+(?:(?:the|his|her|their|[A-Z][\w'’-]+|defender|midfielder|forward|striker|winger|captain|skipper|keeper|goalkeeper|substitute|full-back|centre-back)\s+){0,2}$")]
    private static partial Regex CardForBefore();

    // The object of an active show verb, up to the card: "showing the former Leeds man a", "showed Smith a straight".
    [GeneratedRegex(@"\b(?:show|showing|showed|shows|handing|handed|hands|brandishing|brandished)\s+(?<shown>[^,;.]{1,45}?)\s+(?:a|his|her|another)(?:\s+straight)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShowVerbBefore();

    // A dismissal told of another match: "Chelsea's most recent home defeat ... when X was sent off", "had last played ... to be sent off".
    [GeneratedRegex(@"\b(?:" + OtherOccasionCues.EarlierMatch + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMatch();

    [GeneratedRegex(@"^(?:him|her)$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounObject();

    [GeneratedRegex(@"\b(?:referee|ref|official|linesman|VAR)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RefereeBefore();

    // "fouled by X" names the fouler of another moment; "bundled over Barcelona's X" a fouled player behind a possessive side.
    [GeneratedRegex(@"\b(?:on|fouling|fouled|tripping|tripped|into|clattering|challenge on|foul on|denying|denied|wiping out|felling|felled|over|by|(?:hacked|hacking|brought|bringing|chopped|chopping|scythed|scything|hauled|hauling|pulled|pulling|dragged|dragging|cut|cutting|took|taking|knocked|knocking) down|(?:took|taking|wiped|wiping) out|upended|upending|clipped|clipping|kicked|kicking|caught|catching|elbowed|elbowing|shoved|shoving|hit|hitting|struck|striking|lunged at|stamped on|pulled|pulling|grabbed|grabbing|held|holding|tugged|tugging)\s+(?:[\w-]+['’]s?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FouledBefore();

    /// <summary>A "he" or "she" that is the subject of the card's clause: "when he was shown", "before she saw red".</summary>
    [GeneratedRegex(@"\b(?:he|she)\s+(?:was|got|received|picked\s+up|earned|saw|then|also|later)\b")]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:he|she|the [\w'’ -]{0,25}?(?:striker|forward|captain|skipper|midfielder|defender|winger|substitute|man|keeper|goalkeeper|full-back|centre-back|international))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();
}
