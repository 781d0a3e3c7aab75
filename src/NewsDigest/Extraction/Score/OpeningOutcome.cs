using System.Text.RegularExpressions;
using NewsDigest.Text;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Score;

/// <summary>Who won, as a report's opening tells it in words ("Chelsea beat Fulham", "Newcastle fought back to beat Southampton",
/// "rescued a point"): the side a scoreline without a team beside it belongs to, and a check on scores counted from goals.</summary>
public static partial class OpeningOutcome
{
    /// <summary>How many opening sentences may tell the result.</summary>
    private const int OpeningSentences = 2;

    /// <summary>How many sentences, naming a team or not, the opening may span.</summary>
    private const int OpeningReach = 4;

    /// <summary>The winner of the match as the opening tells it; a verdict without a winner for a draw; null when the opening does not say.</summary>
    public static Verdict? Read(ExtractionContext context, TeamPair pair)
    {
        // "LAFC edges Sounders on early goal": a headline that says who beat whom is surer than an opening sentence whose first team
        // named may be the beaten one ("Fifty-four seconds into a showdown with the Seattle Sounders, ... a 1-0 win").
        if (FromTitle(context, pair) is { } told) return told;
        int n = 0, read = 0;
        foreach (var sentenceSpan in context.Sentences)
        {
            if (n >= OpeningSentences || read++ >= OpeningReach) break;
            if (context.IsQuoted(sentenceSpan.Start)) { n++; continue; }
            // "GUADALAJARA, Mexico — Club América won ..., beating Chivas": the place a wire report was filed from is no subject.
            var mentions = TeamMentionFilter.WithinOutsideDateline(context, sentenceSpan);
            // "Kochi has always been loud. On Sunday night it was louder than ever. A crowd of 61,323 ... watched Kerala Blasters come from
            // behind to beat Chennaiyin FC": scene-setting sentences that name no team before the first that does do not use up the opening.
            if (mentions.Count == 0 && n == 0) continue;
            n++;
            if (mentions.Count == 0) continue;
            if (FromSentence(context, pair, sentenceSpan, mentions) is { } verdict) return verdict;
        }
        return null;
    }

    /// <summary>Every verdict the report gives: each sentence's (<see cref="Throughout"/>), then the headline's or opening's (<see cref="Read"/>).
    /// A score the report never states (counted from goals, or the running score told last) must agree with all of them.</summary>
    public static List<Verdict> Everywhere(ExtractionContext context, TeamPair pair)
    {
        var verdicts = Throughout(context, pair).ToList();
        if (Read(context, pair) is { } opening) verdicts.Add(opening);
        return verdicts;
    }

    /// <summary>Every sentence outside quotes, anywhere in the report, that tells who won or that nobody did, as the opening's sentences are read:
    /// a check on a score counted from goals, which must agree with all of them.</summary>
    public static IEnumerable<Verdict> Throughout(ExtractionContext context, TeamPair pair)
    {
        foreach (var sentenceSpan in context.Sentences)
        {
            if (context.IsQuoted(sentenceSpan.Start)) continue;
            var mentions = TeamMentionFilter.WithinOutsideDateline(context, sentenceSpan);
            if (mentions.Count == 0) continue;
            if (FromSentence(context, pair, sentenceSpan, mentions) is { } verdict) yield return verdict;
        }
    }

    private static Verdict? FromSentence(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, List<TeamMention> mentions)
    {
        string sentence = sentenceSpan.Substring(context.Text);
        var drawn = Drawn().Match(sentence);
        if (drawn.Success && IsThisResult(sentence, drawn.Index)
            && !OtherMatchScores.AboutAnotherTeam(context, pair, sentenceSpan, drawn.Index, drawn.Index + drawn.Length)) return new Verdict(null, context.EvidenceFor(sentenceSpan));
        var (outcome, cueAt, _) = ResultCue.ReadAll(sentence).FirstOrDefault(c => IsStrong(sentence, c.At) && IsThisResult(sentence, c.At) && !IsRun(sentence, c.At, c.Length));
        if (outcome == Outcome.Unknown) return null;
        string subject = ScoreOrientation.Subject(context, pair, sentenceSpan, sentence, mentions, sentenceSpan.Start + cueAt);
        string winner = outcome == Outcome.Won ? subject : subject == pair.First ? pair.Second : pair.First;
        return new Verdict(winner, context.EvidenceFor(sentenceSpan));
    }

    /// <summary>The winner a headline names: "Barcelona beat Lyon", "Hosts Morocco beat stubborn Comoros", "Sydney edge Melbourne City",
    /// "comeback win at West Ham", "2-1 victory over Italy", "loss to Orlando"; null for a question, a hope ("aim to beat") or a side outside the pair.</summary>
    private static Verdict? FromTitle(ExtractionContext context, TeamPair pair)
    {
        if (context.Article.Title is not { Length: > 0 } title || title.Contains('?')) return null;
        var beat = TitleBeat().Match(title);
        if (beat.Success && !NotThisResult().IsMatch(title.AsSpan(0, beat.Groups["verb"].Index)))
        {
            // The beaten side must be one of the pair: in a title-case headline the words after the verb may be anything ("Shock Defeat To Chelsea").
            if (Side(context, pair, beat.Groups["b"].Value, fromStart: true) is not { } beaten) return null;
            return Decided(pair, Side(context, pair, beat.Groups["a"].Value, fromStart: false), beaten);
        }
        var over = TitleOver().Match(title);
        if (!over.Success || NotThisResult().IsMatch(title.AsSpan(0, over.Index))) return null;
        var other = Side(context, pair, over.Groups["b"].Value, fromStart: true);
        return over.Groups["lost"].Success ? Decided(pair, other, null) : Decided(pair, null, other);
    }

    /// <summary>A verdict from a winner and a loser read, either of which may be missing ("Galeno stuns Arsenal": a player beat Arsenal), when they agree.</summary>
    private static Verdict? Decided(TeamPair pair, string? winner, string? loser)
    {
        if (winner is null && loser is null) return null;
        winner ??= loser == pair.First ? pair.Second : pair.First;
        if (loser is not null && winner == loser) return null;
        return new Verdict(winner, null);
    }

    /// <summary>The side of the pair a headline's name stands for: the gazetteer's team for the name, or for its longest tail before a verb ("Hosts Morocco")
    /// or its longest head after one ("Chelsea To Reach Final"), or a side of the pair written shorter ("Sydney" for Sydney FC, "Sounders" for Seattle Sounders).</summary>
    private static string? Side(ExtractionContext context, TeamPair pair, string written, bool fromStart)
    {
        var words = written.Trim().TrimEnd('\'', '’').Replace("’s", "").Replace("'s", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int cut = 0; cut < words.Length; cut++)
        {
            var name = string.Join(' ', fromStart ? words[..(words.Length - cut)] : words[cut..]);
            if (context.Gazetteer.Teams.TryGet(name, out var entry) && pair.Contains(entry.Name)) return entry.Name;
            foreach (var side in new[] { pair.First, pair.Second })
                if (string.Equals(side, name, StringComparison.OrdinalIgnoreCase) || side.StartsWith(name + " ", StringComparison.Ordinal) || side.EndsWith(" " + name, StringComparison.Ordinal))
                    return side;
        }
        return null;
    }

    /// <summary>A cue word that tells the whole match's result; "winning" only as "a match-winning brace".</summary>
    private static bool IsStrong(string sentence, int at) =>
        StrongCue().IsMatch(sentence.AsSpan(at))
        || (at >= 6 && sentence.AsSpan(at - 6).StartsWith("match-winning", StringComparison.OrdinalIgnoreCase));

    /// <summary>A cue denied, hoped for or from another match ("denied a first win", "on course for a win", "last week's defeat") is not this result.</summary>
    private static bool IsThisResult(string sentence, int cueAt)
    {
        var before = sentence.AsSpan(Math.Max(0, cueAt - 45), Math.Min(45, cueAt));
        return !NotThisResult().IsMatch(before) && !OtherMatchScores.NearPastMatch(sentence, cueAt);
    }

    /// <summary>"ended a run of five straight away defeats": results counted in a run are other matches.</summary>
    private static bool IsRun(string sentence, int cueAt, int length) =>
        RunNoun().IsMatch(sentence.AsSpan(cueAt, length)) && RunCount().IsMatch(sentence.AsSpan(Math.Max(0, cueAt - 60), Math.Min(60, cueAt)));

    [GeneratedRegex(@"^(?:defeats|losses|wins|victories)$", RegexOptions.IgnoreCase)]
    private static partial Regex RunNoun();

    [GeneratedRegex(@"\b(?:straight|successive|consecutive|back-to-back|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|run of|string of|series of)\b[^.;,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RunCount();

    [GeneratedRegex(@"\b(?:den(?:y|ied|ying)|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|fail(?:s|ed|ing)?\s+to|without|waiting\s+for|on\s+course\s+for|set\s+for|head(?:ed|ing)?\s+for|looked\s+like|look\s+like|would|could|might|had|hopes?\s+of|chances?\s+of|bid\s+for|search\s+for|quest\s+for|run\s+of|since|unbeaten|winless|refus(?:e|ed|es|ing)\s+to|not|never|avoid(?:s|ed|ing)?)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotThisResult();

    private const string TitleName = @"[\p{Lu}][\p{L}\p{M}\p{Nd}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}\p{Nd}'’.\-]*){0,3}";

    /// <summary>"A beat B" in a headline, in any case ("Arsenal Beat Chelsea"), with up to two words before the beaten side ("beat stubborn Comoros").</summary>
    [GeneratedRegex(@"(?<a>" + TitleName + @") (?<verb>(?i:beat|beats|edge|edges|edged|stun|stuns|stunned|down|downs|downed|thrash|thrashes|thrashed|hammer|hammers|hammered|crush|crushes|crushed|rout|routs|routed|sink|sinks|sank|see off|sees off|saw off|dump|dumps|dumped|defeated|shock|shocks|shocked|humble|humbles|humbled|topple|topples|toppled|sweep aside|sweeps aside|swept aside|(?:ease|eases|eased|edge|edges|edged|cruise|cruises|cruised|sweep|sweeps|swept) past)) (?:[\p{Ll}][\w\-]* ){0,2}?(?<b>" + TitleName + ")")]
    private static partial Regex TitleBeat();

    /// <summary>"win at West Ham", "2-1 victory over Italy" (the named side lost); "loss to Orlando", "defeat by Leeds" (the named side won).</summary>
    [GeneratedRegex(@"\b(?:(?i:win|victory|triumph|success) (?i:over|against|at)|(?<lost>(?i:loss|defeat|losses|defeats) (?i:to|against|by|at the hands of))) (?:the )?(?<b>" + TitleName + ")")]
    private static partial Regex TitleOver();

    /// <summary>Cue words that tell a whole match's result; "claimed", "secured" or "down" alone may be about anything.</summary>
    [GeneratedRegex(@"^(?:(?:claim(?:ed|s)?|took|take|secured?|earned|bagged)\s+(?:them\s+|him\s+|it\s+)?(?:all\s+)?(?:the\s+)?three\s+points|beat|beats|beating|stuns|sinks|thrashes|hammers|routs|defeat(?:s|ed)?|win|wins|won|winner|victory|victories|loss|losses|lost|lose|loses|fell to|crashed to|slumped to|went down|were beaten|was beaten|been beaten|were defeated|were thrashed|were hammered|were held|thrash|thrashed|hammer|hammered|rout|routed|sink|sank|edged|edge past|edged past|eased past|cruised past|cruise past|cruises past|swept aside|saw off|overcame|triumph(?:ed)?|stunned|downed|dispatched|battered|humbled|crushed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();

    /// <summary>"rescued a point", "held to a draw", "shared the spoils": nobody won.</summary>
    [GeneratedRegex(@"\b(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}draw\b(?!\s+(?:for|was|is))|(?:rescued|salvaged|secured|earned|snatched|grabbed|claimed|took|take|settle for|settled for|had to settle for)\s+a\s+(?:\w+\s+)?point|(?:held|holds?)\s+(?:\w+\s+)?to\s+a\s+(?:\w+\s+)?draw|(?:a|an)\s+(?:\w+\s+){0,2}draw\s+(?:against|with|at)|share(?:d)?\s+the\s+spoils|snatch(?:ed)?\s+a\s+draw|fought\s+back\s+to\s+draw|drew\s+(?:level\s+)?(?:with|against|at)\b|battled\s+to\s+a\s+draw)", RegexOptions.IgnoreCase)]
    private static partial Regex Drawn();
}

/// <summary>The opening's word on the result: the winning team, or nobody for a draw.</summary>
public sealed record Verdict(string? Winner, Evidence? Evidence)
{
    public bool IsDraw => Winner is null;
}
