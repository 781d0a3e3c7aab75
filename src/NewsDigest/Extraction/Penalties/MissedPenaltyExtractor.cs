using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Extraction.OtherMatches;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Penalties;

/// <summary>Finds penalties missed or saved in play (never shoot-out kicks): "Kane blazed another spot kick over the bar", "Lloris saved Kane's penalty".</summary>
public sealed partial class MissedPenaltyExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is null) return;
        var text = context.Text;
        var found = new List<MissedPenalty>();
        for (int index = 0; index < context.Sentences.Count; index++)
        {
            var sentence = context.Sentences[index];
            // A round-up's other games, and quotes, tell no miss of this match.
            if (context.OtherMatchSentences[index] || context.IsQuoted(sentence.Start)) continue;
            var s = sentence.Substring(text);
            var miss = Miss().Match(s);
            if (!miss.Success || (Hypothetical().IsMatch(s) && !RealAfterCounterfactual(s, miss.Index)) || ShootOut().IsMatch(s)) continue;
            // In a match settled by a shoot-out, a miss told with no minute and no time of play is one of its kicks ("Barnes missed his spot-kick").
            // The kick may be named a sentence or two before the miss ("England were handed another spot kick ... This time Kane fired over").
            var window = WindowBefore(context, index, 2);
            // A kick awarded in the sentence before, which times it in play ("In the 104th minute NEC were awarded a penalty. X took it, but
            // the keeper parried"), is no shoot-out kick either.
            if (context.Facts.Result?.Shootout is not null && !InPlay().IsMatch(s) && MinuteReader.Find(text, sentence.Start, sentence.Length).Count == 0
                && !AwardedInPlayJustBefore(context, index)) continue;
            // ... but a chance told after it ("X came close, but the keeper tipped her shot over") is another moment of play.
            // "... and the referee pointed to the spot, but the keeper dived to keep out X's kick": the award may open the miss's own sentence.
            bool awardedBefore = AwardedPenalty().IsMatch(window.Substring(text)) || PointedToSpot().IsMatch(s.AsSpan(0, miss.Index).ToString());
            // An attempt the sentence itself places in open play ("keep out X's long-range effort", "X's free-kick") is not the kick awarded
            // before, however close the award is told.
            if (!Penalty().IsMatch(s) && !(awardedBefore && KickWords().IsMatch(s) && !NearMiss().IsMatch(s) && !OpenPlayAttempt().IsMatch(s))) continue;
            int at = sentence.Start + miss.Index;
            var (taker, byAnaphor) = FindTaker(context, sentence, s, at, miss);
            // "The Norwegian missed his spot kick" after the miss was already told is the same kick told again.
            if (taker is null || (byAnaphor && found.Count > 0)) continue;
            var player = context.People.FullName(taker);
            // A key-moments list is one "sentence" of many lines: only a minute on the miss's own line times it.
            var minutes = MinuteReader.Find(text, sentence.Start, sentence.Length).Where(m => !text.AsSpan(Math.Min(m.Start, at), Math.Abs(m.Start - at)).Contains('\n')).ToList();
            if (minutes.Count == 0 && !Penalty().IsMatch(s)) minutes = MinuteReader.Find(text, window.Start, window.Length);
            // "In the 70th minute X was fouled and the referee pointed to the spot. X himself took the penalty, but ... saved": the award's minute.
            if (minutes.Count == 0 && index > 0 && WindowBefore(context, index, 1) is var last && (AwardedPenalty().IsMatch(last.Substring(text)) || PointedToSpot().IsMatch(last.Substring(text))))
                minutes = MinuteReader.Find(text, last.Start, last.Length);
            Minute? minute = minutes.Count > 0 ? minutes.OrderBy(m => Math.Abs(m.Start - at)).First().Resolve(null) : null;
            int existing = found.FindIndex(f => PersonIndex.SurnameKey(f.Player) == PersonIndex.SurnameKey(player) && (f.Minute is null || minute is null || Math.Abs(f.Minute.Value.Regular - minute.Value.Regular) <= 2));
            bool saved = Saved().IsMatch(miss.Value);
            if (existing >= 0)
            {
                var f = found[existing];
                found[existing] = f with { Minute = f.Minute ?? minute, Player = player.Length > f.Player.Length ? player : f.Player, Saved = f.Saved || saved };
                continue;
            }
            found.Add(new MissedPenalty(player, context.PlayerTeams.TeamOf(player), minute, context.EvidenceFor(sentence)) { Saved = saved });
        }
        // A missed penalty turned in on the rebound still counts as missed; one the report says was scored is not.
        context.MissedPenalties.AddRange(found.Where(f => !context.Goals.Any(g => g.Penalty && PersonIndex.SurnameKey(g.Player) == PersonIndex.SurnameKey(f.Player)
            && g.Minute is { } gm && f.Minute is { } fm && gm.Regular == fm.Regular)));
    }

    /// <summary>"Zhuhai could have doubled the lead, but X's penalty was saved", "should have been level when Y was tripped, but Z blazed over":
    /// the might-have-been is the clause before "but" (or "when": "might have led when X saved Y's penalty"); the miss told after it happened, unless that clause is itself hypothetical.</summary>
    private static bool RealAfterCounterfactual(string s, int missAt)
    {
        Match? turn = null;
        foreach (Match m in ButTurn().Matches(s))
            if (m.Index < missAt) turn = m;
        if (turn is null) return false;
        return Counterfactual().IsMatch(s.AsSpan(0, turn.Index).ToString()) && !Hypothetical().IsMatch(s[turn.Index..]);
    }

    [GeneratedRegex(@"\b(?:but|only for|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButTurn();

    [GeneratedRegex(@"\b(?:but|only for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Turn();

    [GeneratedRegex(@"\b(?:would|could|should|might) have\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counterfactual();

    /// <summary>The last person before <paramref name="before"/> written right after a nationality word, with up to two lower-case words
    /// between ("Brazilian forward Matheus Cardoso Lima", "the Dutch international Joey Veerman"), or null.</summary>
    private static PersonMention? DescribedAs(ExtractionContext context, string nationality, int before)
    {
        var text = context.Text;
        PersonMention? found = null;
        foreach (var m in context.People.Mentions)
        {
            if (m.Start >= before) break;
            var lead = text.AsSpan(Math.Max(0, m.Start - 45), Math.Min(45, m.Start)).ToString();
            var d = DescribedLead().Match(lead);
            if (d.Success && string.Equals(d.Groups["n"].Value, nationality, StringComparison.OrdinalIgnoreCase)) found = m;
        }
        return found;
    }

    [GeneratedRegex(@"\b(?<n>\p{Lu}\p{Ll}+)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$")]
    private static partial Regex DescribedLead();

    private static bool IsSideWord(ExtractionContext context, string name)
    {
        if (context.Facts.Teams is not { } pair) return false;
        var folded = TextFolding.Fold(name.Trim());
        if (context.Gazetteer.Teams.TryGet(name.Trim(), out var entry) && pair.Contains(entry.Name)) return true;
        // Letters folding leaves as they are ("Ħamrun" beside "Hamrun Spartans") compare by their last letters.
        return new[] { pair.First, pair.Second }.Any(t => TextFolding.Fold(t).Split(' ').Any(w => w == folded || (w.Length == folded.Length && w.Length > 3 && w[1..] == folded[1..])));
    }

    [GeneratedRegex(@"\bpointed to the (?:penalty )?spot\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointedToSpot();

    private static bool AwardedInPlayJustBefore(ExtractionContext context, int index)
    {
        if (index == 0) return false;
        var before = context.Sentences[index - 1];
        var b = before.Substring(context.Text);
        return AwardedPenalty().IsMatch(b) && !ShootOut().IsMatch(b) && (InPlay().IsMatch(b) || MinuteReader.Find(context.Text, before.Start, before.Length).Count > 0);
    }

    private static TextSpan WindowBefore(ExtractionContext context, int index, int count)
    {
        int first = Math.Max(0, index - count);
        var start = context.Sentences[first].Start;
        return new TextSpan(start, context.Sentences[index].Start - start);
    }

    private static (string? Taker, bool ByAnaphor) FindTaker(ExtractionContext context, TextSpan sentence, string s, int at, Match miss)
    {
        var text = context.Text;
        var people = context.People.Within(sentence).ToList();
        // "X stepped up", "X took it, but ...", "X had the chance to restore the lead from the spot": the name that takes the kick.
        foreach (var p in people)
            if (p.End <= at && at - p.End <= 160 && !text.AsSpan(p.End, at - p.End).Contains('.') && !p.Possessive && TakerVerbAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(60, text.Length - p.After(text))))) return (context.People.NameOf(p), false);
        // "Hart saved from Lampard", "dived to save the effort of Lampard": the name after "saved from" took the kick.
        foreach (var p in people)
            if (SavedFromBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, p.Start - 45), p.Start - Math.Max(sentence.Start, p.Start - 45)).ToString())) return (context.People.NameOf(p), false);
        // "Lloris saved Kane's penalty", "saw his penalty saved by Lloris": the possessive owns the kick.
        foreach (var p in people)
            if (p.Possessive && KickAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(40, text.Length - p.After(text))).ToString())) return (context.People.NameOf(p), false);
        // "Quirke was tripped by Ferreri but saw his spot-kick pushed round the post", "X was upended ..., only for the keeper to palm away the
        // Frenchman's penalty": the fouled player takes his own kick when only the fouler, the referee or the keeper is named between.
        if (FouledTakesOwnKick(context, sentence, people, at) is { } fouled) return (context.People.NameOf(fouled), false);
        // "X missed", "X blazed over": the nearest name before the miss that is not the keeper or a fouled player.
        // After an active save ("but Hart, who stayed on, saved") the nearest such name is the keeper, so the taker is the one before it.
        PersonMention? best = null, before = null;
        // "X could have completed his hat-trick, but goalkeeper Y dived to save": when the keeper is named and set aside after the
        // nearest name, that name already is the taker ...
        bool keeperSetAsideAfterBest = false;
        foreach (var p in people)
        {
            if (p.End > at) break;
            if (IsKeeper(text, p))
            {
                // ... only when the keeper answers the kick after a turn ("but", "only for"); "with X scoring twice and goalkeeper Y saving a
                // penalty" tells two moments.
                if (best is { } b0 && Turn().IsMatch(text.AsSpan(b0.End, p.Start - b0.End).ToString())) keeperSetAsideAfterBest = true;
                continue;
            }
            if (p.Possessive || CannotTakeTheKick(context, p)) continue;
            before = best;
            best = p;
            keeperSetAsideAfterBest = false;
        }
        // A save told as a noun ("a sensational save") or a keeper's limb ("got his knee to") names no taker by position.
        if (KeeperOnly().IsMatch(miss.Value))
        {
            // ... unless the sentence names who struck the kick: "Benteke struck the penalty low, where Szczesny made a superb save".
            foreach (var p in people)
                if (p.End <= at && KickVerbAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(40, text.Length - p.After(text))))) return (context.People.NameOf(p), false);
            // ... or names the keeper after a turn, the taker before it: "Brandt could have had a hat-trick, but goalkeeper Tully dived to save".
            // (A save told as a noun, "it was goalkeeper Y who was the hero with a penalty save", names no kick of the name before.)
            if (keeperSetAsideAfterBest && ActiveSave().IsMatch(miss.Value) && best is { } beforeTurn) return (context.People.NameOf(beforeTurn), false);
            return (null, false);
        }
        bool passive = PassiveBefore().IsMatch(s.AsSpan(0, at - sentence.Start).ToString()) || ByAfter().IsMatch(text.AsSpan(at + miss.Length, Math.Min(6, text.Length - at - miss.Length)));
        if (ActiveSave().IsMatch(miss.Value) && !passive && !keeperSetAsideAfterBest) best = before;
        if (best is { } b) return (context.People.NameOf(b), false);
        // "the England captain blazed over": the last named player before the sentence.
        var lead = s[..Math.Min(s.Length, at - sentence.Start)];
        // "The Brazilian took the kick himself" after "Hamrun's Brazilian forward Matheus Cardoso Lima had the best chance": the player the
        // report last called by that nationality.
        if (Nationality().Match(lead) is { Success: true } nation && DescribedAs(context, nation.Value[4..], sentence.Start) is { } described)
            return (context.People.NameOf(described), true);
        // (A word of one of the sides' names read as a person, "awarded Hamrun a penalty", is no taker.)
        if ((Anaphor().IsMatch(lead) || Nationality().IsMatch(lead)) && context.LastSubjectBefore(sentence.Start) is { } last && !IsSideWord(context, context.People.NameOf(last)))
            return (context.People.NameOf(last), true);
        return (null, false);
    }

    [GeneratedRegex(@"\b(?:penalty(?![- ](?:area|box))|penalties|spot[- ]kicks?|from the spot|from 12 yards|from twelve yards|pen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Penalty();

    [GeneratedRegex(@"\b(?:penalty|penalties|spot[- ]kicks?)\b[^.]{0,80}\b(?:awarded|given|handed|won|earned|pointed to the spot)\b|\b(?:awarded|given|handed|won|earned|conceded|gave away|gave)\b[^.]{0,60}\b(?:penalty|spot[- ]kick|second penalty)", RegexOptions.IgnoreCase)]
    private static partial Regex AwardedPenalty();

    [GeneratedRegex(@"\b(?:took it|takes it|stepped up|steps up|went to the spot|attempt|kick|effort|shot|fired|firing|blazed|blazing|skied|struck|side-footed|drove|placed|his \w+ kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KickWords();

    [GeneratedRegex(@"\b(?:shoot-?outs?|on penalties|on pens|sudden death|(?:to|of|into) penalties|settled (?:by|on|in|from) (?:the )?(?:spot[- ]?kicks|penalties|spot)|(?:decisive|deciding|winning) (?:penalty|spot[- ]?kick|kick)|(?:first|opening) (?:\w+ )?(?:penalties|kicks|spot[- ]kicks) (?:were|had been) (?:converted|scored)|(?:scored|converted) their (?:attempts|kicks|spot[- ]kicks|penalties))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShootOut();

    /// <summary>Words that place a kick in the match's play, not its shoot-out.</summary>
    [GeneratedRegex(@"\b(?:(?:first|second)[- ]half|normal time|regular time|regulation|before (?:the break|half-?time|the interval)|after the (?:break|restart|interval)|opening (?:minutes|exchanges)|extra[- ]time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPlay();

    [GeneratedRegex(@"\b(?:(?:dived|dove|dives|diving|went|guessed|(?:flung|fling|flings) (?:himself|herself))(?: the right way| right| low| full length| \w+ly)?(?: to (?:his|her|the) (?:left|right))?,? (?:to|and) (?:(?:made|make) (?:a|an) (?:[\w-]+ )?save|save|saved|parry|parried|push|pushed|tip|tipped|turn|turned|palm|palmed|keep|kept|block|blocked|stop|stopped|beat|claw|clawed)|parried|parries|pushed (?:[\w-]+ ){0,2}away|pushed (?:[\w-]+ ){0,2}(?:round|around|on ?to) the (?:(?:left|right|near|far)(?:-hand)? )?(?:post|bar|crossbar|cross-bar|woodwork|upright)|palm(?:ed)? (?:[\w-]+ ){0,2}away|(?:hit|struck) the (?:foot|base|outside) of the (?:post|upright)|tipped (?:[\w-]+ ){0,2}(?:round|around|over|onto)|missed|misses|blazed|blazes|blasted (?:it |his \w+ )?over|skied|skies|fluffed|fluffs|(?:hit|hits|struck|strikes) the (?:(?:left|right|near|far)(?:-hand)? )?(?:post|bar|crossbar|cross-bar|woodwork|upright)|against the (?:(?:left|right|near|far)(?:-hand)? )?(?:post|bar|crossbar|cross-bar|woodwork|upright)|off the (?:(?:left|right|near|far)(?:-hand)? )?(?:post|bar|crossbar|cross-bar|woodwork|upright)|(?:the|his|her) (?:penalty|spot[- ]kick|kick) (?:[\w-]+ ){0,3}past the (?:post|upright)|over (?:the )?(?:bar|crossbar|top)|wide of the (?:post|target|goal)|dragged (?:it |his \w+ )?wide|fired wide|put (?:it |his \w+ )?wide|saved|saves|saving|palmed away|kept out|keeps? out|keeping out|stopped|denied|got (?:a|his|her) (?:[\w-]+ ){0,2}(?:hand|hands|glove|gloves|knee|foot|leg|legs|fingertips|body|boot) to|(?:a|the|his|her) (?:[\w-]+ ){0,3}save|(?<saved>saved by))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Miss();

    [GeneratedRegex(@"\b(?:saved|saves|saving|save|parried|parries|parry|pushed|push|tipped|dived|dove|diving|guessed|palmed away|kept out|keeps? out|keeping out|stopped|denied|got (?:a|his|her) (?:[\w-]+ ){0,2}\w+ to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Saved();

    [GeneratedRegex(@"\b(?:would have|could have|should have|might have|if|had (?:he|she) scored|appeals?|claims?|shouts?|waved away|no penalty|not a penalty|turned down|penalty[- ]area|penalty[- ]box|saved (?:his|her|their) (?:side|team|blushes|career)|denied (?:a|an) (?:[\w-]+ )?(?:penalty|spot[- ]kick)|appeal(?:ed|ing)|not (?:to be |been |be )?(?:awarded|given)|thought (?:he|she|they) had|made no mistake|this season|prior to this|at the weekend|last weekend|in the (?:quarter|semi)-finals|in the (?:previous|last) round|" + OtherOccasionCues.EarlierMatch + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"^(?:saved|saving|parried|parries|pushed .*|tipped .*|(?:dived|dove|dives|diving|went|guessed|flung) .*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveSave();

    [GeneratedRegex(@"\b(?:was|were|been|being|is|be|had it|(?:had|having|saw|seeing) (?:a|his|her) (?:[\w-]+ )?(?:penalty|spot[- ]kick|effort|kick))\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"^\s*(?:\w+ly\s+)?(?:struck|took|hit|fired|drove|placed|blasted|sent|side-footed|stepped up to take|lined up)\s+(?:the|his|her|a)\s+(?:[\w-]+\s+)?(?:penalty|spot[- ]kick|kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KickVerbAfter();

    [GeneratedRegex(@"^\s*(?:,[^,.;]{1,50},\s*)?(?:(?:himself|herself)\s+)?(?:\w+ly\s+)?(?:stepped up|steps up|took (?:it|the (?:kick|penalty|spot[- ]kick|resulting penalty))|takes (?:it|the (?:kick|penalty|spot[- ]kick))|had (?:the|a|an) (?:chance|opportunity|golden chance) to|(?:struck|hit|fired|drove|placed|side-footed|blasted|sent|smashed|rolled|chipped) (?:the|his|her) (?:[\w-]+ )?(?:penalty|spot[- ]kick|kick))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakerVerbAfter();

    [GeneratedRegex(@"\b(?:came close|went close|close to|almost|nearly|half-chance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NearMiss();

    /// <summary>Words only an attempt in open play wears: its range ("long-range", "from 25 yards", "from outside the box"; a penalty is
    /// taken from twelve), a set piece or a finish no spot kick is ("free-kick", "header", "volley").</summary>
    [GeneratedRegex(@"\b(?:long-range|long range|from (?:distance|range|outside the (?:box|area))|from (?:1[6-9]|[2-4][0-9]) yards|(?:1[6-9]|[2-4][0-9])-yard|free[- ]kick|header|volley|overhead kick|bicycle kick|scissor kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenPlayAttempt();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfter();

    [GeneratedRegex(@"(?:save|\bto)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeeperOnly();


    [GeneratedRegex(@"\b(?:(?:saved|saving|to save|(?:penalty|spot[- ]kick) save)(?: \w+ly| well)? from|(?:saved|saving|save|stopped|stopping|stop|denied|denying|deny|parried|parrying|parry) (?:the|a|an) (?:[\w-]+ ){0,2}(?:effort|kick|penalty|penalty kick|spot[- ]kick|attempt|shot) (?:of|from))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFromBefore();

    // "The Norwegian missed his spot kick": a capitalised nationality stands for the player named before.
    [GeneratedRegex(@"\b[Tt]he (?:[A-Z][a-z]+(?:ian|ean|ese|ish|an|ine|ch)|Dutchman|Frenchman|Englishman|Welshman|Irishman|Scotsman|Scot|Swede|Dane|Pole|Swiss|Greek|Czech|Serb|Croat|Turk|Spaniard)\b")]
    private static partial Regex Nationality();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:penalty|spot[- ]kick|effort from the spot|kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KickAfter();

    [GeneratedRegex(@"^\s*(?:to (?:fling|dive|save|keep out|palm|push|parry)\b|saved|palmed|kept|stopped|denied|dived|guessed|went the right way|got a hand|made a save|made a superb save|made a fine save|pulled off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeeperAfter();

    private static PersonMention? FouledTakesOwnKick(ExtractionContext context, TextSpan sentence, List<PersonMention> people, int at)
    {
        var text = context.Text;
        for (int i = 0; i < people.Count; i++)
        {
            var p = people[i];
            if (p.End > at || p.Possessive || !FouledAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(40, text.Length - p.After(text))))) continue;
            var rest = text.AsSpan(p.End, sentence.End - p.End).ToString();
            if (OwnKick().Match(rest) is not { Success: true } kick) continue;
            int kickAt = p.End + kick.Index;
            bool onlyBystandersBetween = people.Skip(i + 1).TakeWhile(q => q.Start < kickAt)
                .All(q => IsKeeper(text, q) || CannotTakeTheKick(context, q));
            if (onlyBystandersBetween) return p;
        }
        return null;
    }

    /// <summary>A name that cannot be the kick's taker: a bystander of the play (a player beaten or passed), the player who gave the penalty
    /// away, or someone who is no player (a referee, a manager).</summary>
    private static bool CannotTakeTheKick(ExtractionContext context, PersonMention p) =>
        ScorerClues.IsBystander(context.Text, p) || IsFouler(context.Text, p) || context.NonPlayers.Contains(PersonIndex.SurnameKey(context.People.NameOf(p)));

    /// <summary>"was tripped by Ferreri", "after a foul by Llinás on Duque": the player who gave the penalty away never takes it.</summary>
    private static bool IsFouler(string text, PersonMention p) =>
        FoulerBefore().IsMatch(text.AsSpan(Math.Max(0, p.Start - 45), Math.Min(45, p.Start)).ToString());

    [GeneratedRegex(@"\b(?:tripped|fouled|brought down|hauled down|pulled down|upended|clipped|felled|bundled over|taken down|caught|dragged down|chopped down|held|pushed|tackled|challenged|foul|challenge|push|handball)\s+(?:\w+\s+){0,3}?by\s+(?:[\w'’-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FoulerBefore();

    [GeneratedRegex(@"^\s*(?:(?:won|earned|drew) (?:a|the) (?:penalty|spot[- ]kick)|(?:was|were|had been|got|is)\s+(?:\w+\s+)?(?:tripped|fouled|brought down|hauled down|pulled down|upended|clipped|felled|bundled over|taken down|dragged down|chopped down|scythed down|sent sprawling))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FouledAfter();

    [GeneratedRegex(@"\b(?:his|her|the (?:[\w-]+ )?[\w-]+(?:'s|’s)) (?:[\w-]+ ){0,2}?(?:penalty|spot[- ]kick|kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnKick();

    private static bool IsKeeper(string text, PersonMention p) =>
        !p.Possessive && (KeeperAfter().IsMatch(text.AsSpan(p.After(text), Math.Min(25, text.Length - p.After(text))).ToString())
            || KeeperRoleBefore().IsMatch(text.AsSpan(Math.Max(0, p.Start - 30), Math.Min(30, p.Start)).ToString()));

    [GeneratedRegex(@"\b(?:goalkeeper|keeper|custodian|stopper|goalie)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex KeeperRoleBefore();

    [GeneratedRegex(@"\b(?:he|she|the [\w'’ -]{0,25}?(?:striker|forward|captain|skipper|midfielder|defender|winger|substitute|man|star|international))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();
}
