using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Extraction.OtherMatches;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>Reads the final score aligned with the report's team order, with extra time and a shoot-out: "Arsenal 1-1 Sheff Utd", "a 1-2 defeat", "won 3-0", "a goalless draw", "won 4-2 on penalties after a 1-1 draw".</summary>
public sealed partial class ScoreExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is not { } pair) return;
        var result = FromScoreBox(context, pair) ?? FromTitle(context, pair) ?? FromSideGoals(context, pair);
        var verdict = new Lazy<Verdict?>(() => OpeningOutcome.Read(context, pair), LazyThreadSafetyMode.None);
        // "beating Brighton 7-6 in a tense penalty shoot-out ... In a match that finished goalless": a shoot-out told before the sentence
        // that gives the score belongs to that score.
        Scoreline? shootout = null;
        if (result is null)
            foreach (var sentence in context.Sentences)
            {
                result = FromSentence(context, pair, sentence, verdict);
                if (result is not null) break;
                shootout ??= ShootoutIn(context, pair, sentence);
            }
        result ??= FromOnlyGoal(context, pair, verdict.Value);
        if (result is { Shootout: null } && shootout is { } earlier && earlier.First != earlier.Second && result.Score.First == result.Score.Second)
            result = result with { Shootout = earlier };
        if (result is not null) context.Facts = context.Facts with { Result = result };
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
            if (PastMatch().IsMatch(context.Text.AsSpan(sentenceSpan.Start, sentenceSpan.Length))) continue;
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
        foreach (var (found, inTitle) in title.Concat(SideGoals.InText(context.Text).Select(found => (Found: found, InTitle: false))))
        {
            string? a = ResolveSide(context, found.First), b = ResolveSide(context, found.Second);
            if (a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || !pair.Contains(a) || !pair.Contains(b)) continue;
            var score = new Scoreline(found.FirstGoals, found.SecondGoals);
            if (!string.Equals(a, pair.First, StringComparison.OrdinalIgnoreCase)) score = score.Swapped();
            var sentence = inTitle ? default : context.Sentences.FirstOrDefault(s => s.Contains(found.Position));
            if (sentence.Length == 0 && context.Sentences.Count > 0) sentence = context.Sentences[0];
            return new MatchResult(score, null, false, context.EvidenceFor(sentence));
        }
        return null;
    }

    /// <summary>A name as a result line writes it ("Henderson Eels FC", "Stourbridge Women") as the team it is, or null.</summary>
    private static string? ResolveSide(ExtractionContext context, string written) =>
        Resolve(context, written) ?? (ResultSentenceReader.Clean(written) is { } clean ? Resolve(context, clean) : null);

    private static MatchResult? FromTitle(ExtractionContext context, TeamPair pair)
    {
        if (context.Article.Title is not { Length: > 0 } title) return null;
        var m = TitleScore().Match(title);
        // "LA Galaxy 2 New York Red Bulls 1: ...": each side's goals after its name.
        if (!m.Success) m = TitleScoreAfterEach().Match(title);
        if (!m.Success) return FromTitleResultNoun(context, pair, title) ?? FromTitleBareResult(context, pair, title);
        string? a = Resolve(context, m.Groups["a"].Value), b = Resolve(context, m.Groups["b"].Value);
        // "Late Winner Hands Liverpool Cup After 1-0 Win Against Chelsea": no side before the scoreline, a result noun after it.
        if (a is null || b is null || a == b || !pair.Contains(a) || !pair.Contains(b)) return FromTitleResultNoun(context, pair, title);
        var score = new Scoreline(int.Parse(m.Groups["x"].Value), int.Parse(m.Groups["y"].Value));
        if (a != pair.First) score = score.Swapped();
        var evidence = context.EvidenceFor(context.Sentences.Count > 0 ? context.Sentences[0] : new TextSpan(0, 0));
        return new MatchResult(score, null, false, evidence);
    }

    /// <summary>"After 1-0 Win Against Chelsea", "through to final after 2-1 victory over Italy", "3-1 loss to Orlando": a headline scoreline
    /// whose result noun names one side of the pair gives the other side's result.</summary>
    private static MatchResult? FromTitleResultNoun(ExtractionContext context, TeamPair pair, string title)
    {
        var m = TitleResultNoun().Match(title);
        if (!m.Success || title.AsSpan(0, m.Index).Contains("aggregate", StringComparison.OrdinalIgnoreCase)) return null;
        var written = m.Groups["b"].Value.Split(' ');
        string? named = null;
        // The name is cut before the headline's next words ("Chelsea To Reach Final"): the longest head of it that is one of the pair.
        for (int n = written.Length; n >= 1 && named is null; n--) named = Resolve(context, string.Join(' ', written[..n])) is { } side && pair.Contains(side) ? side : null;
        if (named is null) return null;
        int x = int.Parse(m.Groups["x"].Value), y = int.Parse(m.Groups["y"].Value);
        int high = Math.Max(x, y), low = Math.Min(x, y);
        var forOther = m.Groups["draw"].Success ? new Scoreline(x, y) : m.Groups["lost"].Success ? new Scoreline(low, high) : new Scoreline(high, low);
        var score = named == pair.Second ? forOther : forOther.Swapped();
        return new MatchResult(score, null, false, context.EvidenceFor(context.Sentences.Count > 0 ? context.Sentences[0] : new TextSpan(0, 0)));
    }

    /// <summary>"Liverpool pile more misery on Manchester United with 3-0 victory", "Real Madrid comeback against Liverpool to win 5-2": a headline
    /// scoreline before a result noun, or after "to win", that names no side after it is the result of the headline's subject, the first side of the pair it names that is no object ("on", "over", "against").</summary>
    private static MatchResult? FromTitleBareResult(ExtractionContext context, TeamPair pair, string title)
    {
        var m = TitleBareResult().Match(title);
        if (!m.Success || title.AsSpan(0, m.Index).Contains("aggregate", StringComparison.OrdinalIgnoreCase)) return null;
        var tokens = Tokenizer.Tokenize(title);
        var named = context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count).Where(t => t.Span.End <= m.Index && pair.Contains(t.Value.Name)).ToList();
        if (named.Count == 0 || named.Select(t => t.Value.Name).Distinct().Count() != 2) return null;
        var subject = named[0];
        if (TitleObjectBefore().IsMatch(title.AsSpan(0, subject.Span.Start))) return null;
        int x = int.Parse(m.Groups["x"].Value), y = int.Parse(m.Groups["y"].Value);
        int high = Math.Max(x, y), low = Math.Min(x, y);
        var forSubject = m.Groups["lost"].Success ? new Scoreline(low, high) : m.Groups["draw"].Success ? new Scoreline(x, y) : new Scoreline(high, low);
        var score = subject.Value.Name == pair.First ? forSubject : forSubject.Swapped();
        return new MatchResult(score, null, false, context.EvidenceFor(context.Sentences.Count > 0 ? context.Sentences[0] : new TextSpan(0, 0)));
    }

    [GeneratedRegex(@"(?:(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:(?i:home |away )?(?i:win|victory|triumph|thrashing|rout|success)|(?<lost>(?i:home |away )?(?i:defeat|loss))|(?<draw>(?i:draw)))|\b(?i:to win|wins|won) (?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}))(?= *(?:$|[-–|:,]| (?i:in|at|as|to|for|on)\b))")]
    private static partial Regex TitleBareResult();

    [GeneratedRegex(@"\b(?i:on|over|against|to|at|past|by|beat|beats|beating|defeat|defeats)\s+(?:the\s+)?$")]
    private static partial Regex TitleObjectBefore();

    [GeneratedRegex(@"(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:(?i:home |away )?(?i:win|victory|triumph|thrashing|rout) (?i:over|against|at)|(?<lost>(?i:home |away )?(?i:defeat|loss) (?i:to|against|by|at))|(?<draw>(?i:draw) (?i:with|against|at))) (?:the )?(?<b>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,3})")]
    private static partial Regex TitleResultNoun();

    /// <summary>Words closing a women's side's name in a headline ("Chelsea Women", "Arsenal Ladies").</summary>
    private static readonly HashSet<string> WomenSuffix = new(StringComparer.OrdinalIgnoreCase) { "Women", "Women's", "Women’s", "Ladies", "Féminine", "Femenino" };

    private static string? Resolve(ExtractionContext context, string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Reading 0-6 Arsenal Women": a women's side is written with its club's name, so the closing "Women" is no part of it.
        if (words.Length > 1 && WomenSuffix.Contains(words[^1])) words = words[..^1];
        // The regex may take words before the team ("Report: Arsenal"); try the longest tail that names a team.
        for (int skip = 0; skip < words.Length; skip++)
        {
            var candidate = string.Join(' ', words[skip..]);
            if (context.Gazetteer.Teams.TryGet(candidate, out var entry)) return entry.Name;
            if (context.Facts.Teams is { } pair && pair.Contains(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>A shoot-out told in a sentence outside a quote, aligned with the pair; null when there is none.</summary>
    private static Scoreline? ShootoutIn(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan)
    {
        if (context.IsQuoted(sentenceSpan.Start)) return null;
        string sentence = sentenceSpan.Substring(context.Text);
        var so = Shootout().Match(sentence);
        if (!so.Success) return null;
        var raw = new Scoreline(int.Parse(so.Groups["x"].Value), int.Parse(so.Groups["y"].Value));
        return Align(context, pair, sentenceSpan, sentence, so.Index, so.Index + so.Length, raw, null);
    }

    private static MatchResult? FromSentence(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, Lazy<Verdict?> verdict)
    {
        // A sentence opening on a quote may tell the result after it ('"Best day ever," Heyman beamed after United's 1-0 victory over
        // Wellington Phoenix'): each score is checked for a quote where it stands, not by where the sentence starts.
        string sentence = sentenceSpan.Substring(context.Text);
        var past = PastMatch().Matches(sentence);
        Scoreline? shootout = null;
        var so = Shootout().Match(sentence);
        if (so.Success)
        {
            var raw = new Scoreline(int.Parse(so.Groups["x"].Value), int.Parse(so.Groups["y"].Value));
            shootout = Align(context, pair, sentenceSpan, sentence, so.Index, so.Index + so.Length, raw, null);
        }
        foreach (Match m in Scoreline().Matches(sentence))
        {
            if (so.Success && m.Index >= so.Index && m.Index < so.Index + so.Length) continue;
            if (!IsFinal(sentence, m)) continue;
            // "helped us stay at 0-0 at the end of the first half," the coach said: a score inside a quote is a state of the game told by someone.
            if (context.IsQuoted(sentenceSpan.Start + m.Index)) continue;
            if (AgainstAnotherSide(context, pair, sentenceSpan.Start, sentence, m.Index + m.Length)) continue;
            if (NearPastMatch(sentence, past, m.Index) && !WeekdayResultOverPair(context, pair, sentence, m.Index, m.Index + m.Length)) continue;
            var raw = new Scoreline(int.Parse(m.Groups["x"].Value), int.Parse(m.Groups["y"].Value));
            if (raw.First > 15 || raw.Second > 15) continue;
            if (!MentionsTheMatch(context, sentenceSpan, sentence)) continue;
            if (IndefiniteOtherMatch(context, pair, sentenceSpan, sentence)) continue;
            if (ThirdTeamAsObject(context, pair, sentenceSpan, sentenceSpan.Start + m.Index + m.Length)) continue;
            if (AboutAnotherTeam(context, pair, sentenceSpan, m.Index, m.Index + m.Length)) continue;
            if (WrittenBesideThirdTeam(context, pair, sentenceSpan.Start + m.Index, sentenceSpan.Start + m.Index + m.Length)) continue;
            if (AtAnotherGround(context, pair, sentenceSpan.Start + m.Index + m.Length)) continue;
            var score = Align(context, pair, sentenceSpan, sentence, m.Index, m.Index + m.Length, raw, verdict.Value);
            return new MatchResult(score, shootout, ExtraTime().IsMatch(sentence), context.EvidenceFor(sentenceSpan));
        }
        var goalless = Goalless().Match(sentence);
        if (goalless.Success && (past.Count == 0 || WeekdayGoallessWithPair(context, pair, sentenceSpan, sentence, past, goalless)) && !context.IsQuoted(sentenceSpan.Start + goalless.Index) && !HeadedFor().IsMatch(sentence.AsSpan(Math.Max(0, goalless.Index - 30), Math.Min(30, goalless.Index)))
            && MentionsTheMatch(context, sentenceSpan, sentence) && !AboutAnotherTeam(context, pair, sentenceSpan, goalless.Index, goalless.Index + goalless.Length))
            return new MatchResult(new Scoreline(0, 0), shootout, ExtraTime().IsMatch(sentence), context.EvidenceFor(sentenceSpan));
        return null;
    }

    /// <summary>A past-match phrase anywhere in the sentence ("Tuesday's 3-0 win", "a 3-0 win over Benfica in midweek") makes its scoreline
    /// another match's, unless the phrase sits in a relative clause before it ("The striker, who scored here last season, ... romped to a 6-0 win").</summary>
    private static bool NearPastMatch(string sentence, MatchCollection past, int start)
    {
        foreach (Match p in past)
            if (!InRelativeClauseBefore(sentence, p.Index, p.Index + p.Length, start) && !ClaimedByEarlierScore(sentence, p.Index + p.Length, start)
                && !NamesThisMatch(sentence, start, p)) return true;
        return false;
    }

    /// <summary>"for a deserved 1-0 victory over England in Sunday's final": a weekday's match named after the scoreline, in its clause, as
    /// where that result happened, is the match the scoreline tells, not an earlier one; so is "Sunday's game had finished 1-1".</summary>
    private static bool NamesThisMatch(string sentence, int scoreAt, Match past)
    {
        if (!WeekdayOwner().IsMatch(past.Value)) return false;
        // "England beat Spain 3-1 on penalties after Sunday's game had finished 1-1": the weekday's game ending on the score is the one told.
        if (past.Index < scoreAt) return WeekdayGameEnded().IsMatch(sentence.AsSpan(past.Index + past.Length, scoreAt - past.Index - past.Length));
        var between = sentence.AsSpan(scoreAt, past.Index - scoreAt);
        return between.IndexOfAny(',', ';') < 0 && between.EndsWith(" in ", StringComparison.Ordinal) && between.Length <= 60;
    }

    [GeneratedRegex(@"\G (?:side|club|outfit|team|champions|giants|minnows|opponents|rivals?) [\p{Lu}]")]
    private static partial Regex CountryOfSide();

    [GeneratedRegex(@"^ (?:game|match|final|clash|encounter|showdown|tie|contest) (?:had )?(?:finished|ended) (?:at )?$")]
    private static partial Regex WeekdayGameEnded();

    [GeneratedRegex(@"^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s$")]
    private static partial Regex WeekdayOwner();

    /// <summary>"Beaten three times in their previous five games, a run that started with their 4-1 loss at Newcastle, Chelsea ... won 4-2 on
    /// penalties after a 1-1 draw": a past phrase whose own scoreline stands after it and a clause before this one is about that scoreline only.</summary>
    private static bool ClaimedByEarlierScore(string sentence, int pastEnd, int scoreAt)
    {
        if (pastEnd >= scoreAt) return false;
        var earlier = Scoreline().Match(sentence, pastEnd, scoreAt - pastEnd);
        return earlier.Success && sentence.AsSpan(earlier.Index + earlier.Length, scoreAt - earlier.Index - earlier.Length).IndexOf(',') >= 0;
    }

    /// <summary>"Saturday's 1-0 home win over Racing Louisville" in a report of that match: a weekday's result against the pair's other side is this one.</summary>
    private static bool WeekdayResultOverPair(ExtractionContext context, TeamPair pair, string sentence, int start, int end)
    {
        if (!WeekdayBefore().IsMatch(sentence.AsSpan(0, start))) return false;
        var against = AgainstSide().Match(sentence, end);
        if (!against.Success) return false;
        var name = against.Groups["name"].Value.TrimEnd('.', ',');
        if (context.Gazetteer.Teams.TryGet(name, out var entry)) return pair.Contains(entry.Name);
        return pair.Contains(name) || OpensSide(pair, name);
    }

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+$")]
    private static partial Regex WeekdayBefore();

    /// <summary>"AC Milan took another step ... after Saturday's goalless draw at Serie A rivals Juventus": the only past phrase is the weekday
    /// owning the goalless draw itself, and a side of the pair follows it closely, so the draw is this match.</summary>
    private static bool WeekdayGoallessWithPair(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, MatchCollection past, Match goalless)
    {
        if (past.Count != 1 || !WeekdayBefore().IsMatch(sentence.AsSpan(0, goalless.Index))) return false;
        int after = sentenceSpan.Start + goalless.Index + goalless.Length;
        return context.Teams.Within(new TextSpan(after, Math.Min(40, sentenceSpan.End - after))).Any(m => pair.Contains(m.Team));
    }

    private static bool InRelativeClauseBefore(string sentence, int from, int to, int scoreAt)
    {
        if (to > scoreAt) return false;
        int comma = sentence.LastIndexOf(',', from);
        if (comma < 0 || !RelativeOpening().IsMatch(sentence.AsSpan(comma))) return false;
        int close = sentence.IndexOf(',', to);
        return close >= 0 && close < scoreAt;
    }

    /// <summary>Right after a scoreline: "to Kings Domain", "win over Racing Louisville", "defeat against the Reds", "to Mozambican champions Black Bulls",
    /// "over Northern California rival Bay FC", "against Norwegian side Bodo/Glimt".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:home |away )?(?:win|victory|triumph|defeat|loss|draw|thrashing|reverse)\s+)?(?:to|against|over|versus|vs\.?|v)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\-]*\s+|[\p{Ll}\-]+\s+){0,2}(?:winners|champions|holders|leaders|strugglers|neighbours|opponents|newcomers|debutants|minnows|giants|underdogs|rivals?|side|outfit|club|team|foes?),?\s+)?(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,3})")]
    private static partial Regex AgainstSide();

    [GeneratedRegex(@"^,\s*(?:who|which|whose|where)\b")]
    private static partial Regex RelativeOpening();

    /// <summary>Whether a past-match phrase stands near a position of a sentence ("last week's defeat").</summary>
    /// <summary>Whether a past-match phrase stands within <paramref name="reach"/> characters of a position and in the same clause
    /// (no comma between): "a win over them last weekend" is another match, "The Baggies, fresh from a win last weekend, extended their lead" is not.</summary>
    internal static bool PastMatchWithin(string sentence, int at, int reach)
    {
        foreach (Match p in PastMatch().Matches(sentence))
        {
            int from = Math.Min(at, p.Index), to = Math.Max(at, p.Index + p.Length);
            if (to - from - p.Length > reach) continue;
            if (sentence.AsSpan(from, to - from).IndexOfAny(',', ';') < 0) return true;
        }
        return false;
    }

    internal static bool NearPastMatch(string sentence, int at) => NearPastMatch(sentence, PastMatch().Matches(sentence), at);

    /// <summary>A scoreline next to a third team ("a 3-0 win over Benfica in midweek") is that team's match, not this one.</summary>
    internal static bool AboutAnotherTeam(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, int start, int end)
    {
        int from = sentenceSpan.Start + Math.Max(0, start - 30), to = sentenceSpan.Start + end + 45;
        int nearestOther = int.MaxValue, nearestOwn = int.MaxValue;
        int scoreAt = sentenceSpan.Start + start;
        var own = context.Teams.Within(new TextSpan(from, Math.Max(0, Math.Min(to, sentenceSpan.End) - from))).ToList();
        foreach (var m in context.TeamMentions)
        {
            if (m.Span.Start < from) continue;
            if (m.Span.Start >= to) break;
            // "the 2025 Coupe de France Féminine": a nation inside a competition's name is no team.
            if (context.CompetitionMentions.Any(c => c.Span.Overlaps(m.Span))) continue;
            if (!pair.Contains(m.Value.Name) && ComingOpponent().IsMatch(context.Text.AsSpan(Math.Max(sentenceSpan.Start, m.Span.Start - 60), Math.Min(60, m.Span.Start - sentenceSpan.Start)))) continue;
            // "a 3-0 victory over Togo's ASKO": a nation qualifying a club or a player is no third team.
            if (m.Value.National && !pair.Contains(m.Value.Name) && (!ResultSentenceReader.MayBeSide(context.Text, m.Span.Start, m.Span.Length) || ResultSentenceReader.OwnsNext(context.Text, m.Span.Start, m.Span.Length))) continue;
            // "a 3-1 win against Norwegian side Bodo/Glimt": a nation's adjective before a noun for a side and a name tells that side's country.
            if (m.Value.National && !pair.Contains(m.Value.Name) && CountryOfSide().IsMatch(context.Text, m.Span.End)) continue;
            int distance = Math.Abs(m.Span.Start - scoreAt);
            // "a 3-2 victory over Newcastle" in a report on Newcastle Jets: a bare city the gazetteer gives another club is the side of the pair it opens.
            if (pair.Contains(m.Value.Name) || OpensSide(pair, m.Span.Substring(context.Text))) nearestOwn = Math.Min(nearestOwn, distance);
            // "Rangers" inside "Lakeside Rangers", a side the gazetteer does not know, is that side, not a third team.
            // "Rangers" closing "Riverside Rangers", a side the gazetteer reads as another club, is that side too.
            else if (EndsWrittenSide(context.Text, pair, m.Span)) nearestOwn = Math.Min(nearestOwn, distance);
            // "... beating the Philippines 8-0. Arsenal's Ana Dane scored": a third team opening the next sentence is no neighbour of this scoreline.
            else if (!own.Any(o => o.Span.Overlaps(m.Span)) && m.Span.Start < sentenceSpan.End) nearestOther = Math.Min(nearestOther, distance);
        }
        foreach (var m in own)
            nearestOwn = Math.Min(nearestOwn, Math.Abs(m.Span.Start - scoreAt));
        return nearestOther < nearestOwn;
    }

    /// <summary>"Arsenal 5-0 Brighton - Juventus 0-4 Arsenal - Liverpool 0-1 Arsenal": a scoreline written right beside a team outside the pair
    /// is that team's match, whichever side of the pair stands on its other side.</summary>
    private static bool WrittenBesideThirdTeam(ExtractionContext context, TeamPair pair, int scoreStart, int scoreEnd)
    {
        foreach (var m in context.TeamMentions)
        {
            if (m.Span.End < scoreStart - 3) continue;
            if (m.Span.Start > scoreEnd + 3) break;
            bool beside = (m.Span.End <= scoreStart && IsGap(context.Text, m.Span.End, scoreStart)) || (m.Span.Start >= scoreEnd && IsGap(context.Text, scoreEnd, m.Span.Start));
            if (!beside || pair.Contains(m.Value.Name) || OpensSide(pair, m.Span.Substring(context.Text)) || EndsWrittenSide(context.Text, pair, m.Span)) continue;
            if (context.CompetitionMentions.Any(c => c.Span.Overlaps(m.Span))) continue;
            // "Athletico FC of Ivory Coast 3-2": a nation qualifying a club is no third team.
            if (m.Value.National && (!ResultSentenceReader.MayBeSide(context.Text, m.Span.Start, m.Span.Length) || ResultSentenceReader.OwnsNext(context.Text, m.Span.Start, m.Span.Length))) continue;
            return true;
        }
        return false;
    }

    /// <summary>Whether the text writes one of the pair's names so that it ends where this mention ends ("Riverside Rangers" around "Rangers").</summary>
    private static bool EndsWrittenSide(string text, TeamPair pair, TextSpan mention)
    {
        foreach (var side in new[] { pair.First, pair.Second })
        {
            int start = mention.End - side.Length;
            if (side.Length > mention.Length && start >= 0 && text.AsSpan(start, side.Length).SequenceEqual(side)) return true;
        }
        return false;
    }

    private static bool OpensSide(TeamPair pair, string written) =>
        pair.First.StartsWith(written + " ", StringComparison.Ordinal) || pair.Second.StartsWith(written + " ", StringComparison.Ordinal);

    /// <summary>"going down 3-1 to Kings Domain": a scoreline against a named side that is neither of the pair, known to the gazetteer or not, is that side's match.</summary>
    private static bool AgainstAnotherSide(ExtractionContext context, TeamPair pair, int sentenceStart, string sentence, int end)
    {
        var m = AgainstSide().Match(sentence, end);
        if (!m.Success) return false;
        var name = m.Groups["name"].Value.TrimEnd('.', ',');
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) name = name[..^2];
        // "to Saudi Arabia's Al-Hilal": the words up to the possessive name the side's country or owner.
        int owner = Math.Max(name.LastIndexOf("'s ", StringComparison.Ordinal), name.LastIndexOf("’s ", StringComparison.Ordinal));
        if (owner >= 0) name = name[(owner + 3)..];
        if (context.Gazetteer.Teams.TryGet(name, out var entry)) return !pair.Contains(entry.Name) && !OpensSide(pair, name);
        // A name the gazetteer does not know is one of the pair when the pair's side shares its first word ("Jets" for Newcastle Jets is known; "Gwalia" for Gwalia United).
        foreach (var side in new[] { pair.First, pair.Second })
        {
            if (side.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(side, StringComparison.OrdinalIgnoreCase)) return false;
            var word = name.Split(' ')[0];
            if (side.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase)) return false;
        }
        // Only result prepositions lead here, but a ground or a competition named there ("a 2-1 win over Easter at Wembley") is still no side.
        int at = sentenceStart + m.Groups["name"].Index;
        return !context.VenueMentions.Any(v => v.Span.Contains(at)) && !context.CompetitionMentions.Any(c => c.Span.Contains(at));
    }

    /// <summary>"the 2-2 draw at the Etihad Stadium" when neither side plays there: a scoreline told with a third team's ground is that other match.</summary>
    private static bool AtAnotherGround(ExtractionContext context, TeamPair pair, int scoreEnd)
    {
        foreach (var v in context.VenueMentions)
        {
            if (v.Span.Start < scoreEnd) continue;
            if (v.Span.Start - scoreEnd > 40) break;
            return v.Value.HomeTeam is { } home && !v.Value.IsHomeOfEither(pair) && context.Gazetteer.Teams.TryGet(home, out _);
        }
        return false;
    }

    /// <summary>"the boys won an exhibition match against a visiting team by 4-0": a match the sentence brings in with "a"/"an", or an opponent
    /// it names with "a"/"an", in a sentence that names neither side of the pair, is some other match told in passing.</summary>
    private static bool IndefiniteOtherMatch(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence) =>
        IndefiniteMatch().IsMatch(sentence) && !context.Teams.Within(sentenceSpan).Any(m => pair.Contains(m.Team));

    /// <summary>"A 3-1 victory in the Champions League qualifying first leg at Fenerbahce" in a report on another match: a scoreline whose
    /// sentence names neither side of the pair, with a third team as the object of its result ("at", "against", "over", "to"), is that team's match.</summary>
    private static bool ThirdTeamAsObject(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, int scoreEnd)
    {
        if (context.Teams.Within(sentenceSpan).Any(m => pair.Contains(m.Team))) return false;
        int to = Math.Min(scoreEnd + 80, sentenceSpan.End);
        foreach (var m in context.TeamMentions)
        {
            if (m.Span.Start < scoreEnd) continue;
            if (m.Span.Start >= to) break;
            if (pair.Contains(m.Value.Name) || OpensSide(pair, m.Span.Substring(context.Text)) || EndsWrittenSide(context.Text, pair, m.Span)) return false;
            if (context.CompetitionMentions.Any(c => c.Span.Overlaps(m.Span))) continue;
            if (m.Value.National && (!ResultSentenceReader.MayBeSide(context.Text, m.Span.Start, m.Span.Length) || ResultSentenceReader.OwnsNext(context.Text, m.Span.Start, m.Span.Length))) continue;
            if (ObjectPreposition().IsMatch(context.Text.AsSpan(Math.Max(sentenceSpan.Start, m.Span.Start - 12), Math.Min(12, m.Span.Start - sentenceSpan.Start)))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:at|against|over|to|versus|vs|v)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPreposition();

    [GeneratedRegex(@"\b(?:an?\s+(?:[\w-]+\s+)?(?:exhibition|friendly|practice|warm-up|training|charity|testimonial|trial|invitational)\s+(?:match|game|fixture|tie)|(?:against|over|to|beat|beating)\s+an?\s+(?:[\p{Lu}][\w'’-]*\s+){0,2}(?:team|side|club|XI|select|selection|outfit|squad))\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteMatch();

    private static bool MentionsTheMatch(ExtractionContext context, TextSpan sentenceSpan, string sentence)
    {
        if (context.Teams.Within(sentenceSpan).Any()) return true;
        return ResultWord().IsMatch(sentence);
    }

    /// <summary>A scoreline that is a lead, a half-time score or an aggregate is not the final score.</summary>
    private static bool IsFinal(string sentence, Match m)
    {
        var before = sentence.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)).ToString();
        var after = sentence.AsSpan(m.Index + m.Length, Math.Min(30, sentence.Length - m.Index - m.Length)).ToString();
        if (NotFinalBefore().IsMatch(before) && !FinalAt().IsMatch(before)) return false;
        // "having won 3-0 on the opening day": a result the team already had before this match.
        if (HavingWon().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))) return false;
        if (NotFinalAfter().IsMatch(after)) return false;
        return true;
    }

    /// <summary>Orders a scoreline as the report's team order: written side by side, or by who the sentence says won.</summary>
    private static Scoreline Align(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, int start, int end, Scoreline raw, Verdict? verdict)
    {
        // "LIVERPOOL, England -- Real Madrid left Liverpool ... to win 5-2": the place a wire report was filed from is no subject.
        var mentions = context.Teams.Within(sentenceSpan).Where(m => !TeamExtractor.DatelinePlace(context.Text, m.Span)).ToList();
        int absStart = sentenceSpan.Start + start, absEnd = sentenceSpan.Start + end;
        // "France 2-1 England": a team on each side, adjacent.
        var left = mentions.LastOrDefault(m => m.Span.End <= absStart && IsGap(context.Text, m.Span.End, absStart));
        var right = mentions.FirstOrDefault(m => m.Span.Start >= absEnd && IsGap(context.Text, absEnd, m.Span.Start));
        if (left.Team is not null && right.Team is not null && left.Team != right.Team)
            return left.Team == pair.First ? raw : raw.Swapped();
        // "Manchester City secured a 4-0 win over Liverpool", "his team's 2-1 Champions League defeat against Lens": a result noun right after
        // the scoreline with one of the pair as its object says whose result it is, whatever the headline's "after Liverpool win" seemed to say.
        if (raw.First != raw.Second && ObjectOfResultNoun(context, pair, sentence, sentenceSpan, mentions, end) is { } told)
        {
            int top = Math.Max(raw.First, raw.Second), bottom = Math.Min(raw.First, raw.Second);
            var forObject = told.ObjectWon ? new Scoreline(top, bottom) : new Scoreline(bottom, top);
            return told.Side == pair.First ? forObject : forObject.Swapped();
        }
        // The opening said who won ("Chelsea beat Fulham"): a later "the 2-0 win" is theirs, however the sentence is built.
        if (verdict is { Winner: { } winner } && raw.First != raw.Second && verdict.Evidence?.Span != sentenceSpan)
        {
            var won = new Scoreline(Math.Max(raw.First, raw.Second), Math.Min(raw.First, raw.Second));
            return winner == pair.First ? won : won.Swapped();
        }
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

    /// <summary>Right after a scoreline: up to three capitalised words (a competition, "home", "away"), a result noun and its preposition.</summary>
    [GeneratedRegex(@"\G(?: (?:[\p{Lu}][\p{L}'’\-]*|home|away|league|cup)){0,3} (?:(?:win|victory|triumph|thrashing|rout) (?:over|against|at)|(?<lost>(?:defeat|loss) (?:to|against|by|at|at the hands of))) (?:the )?")]
    private static partial Regex ResultNounAfterScore();

    [GeneratedRegex(@"(?:hand(?:ed|s|ing)?|inflict(?:ed|s|ing)?|condemn(?:ed|s|ing)?|consign(?:ed|s|ing)?)[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultCueInflicted();

    /// <summary>The subject of the clause holding the outcome word: "Wigan were relegated as Arsenal moved up with a 4-1 win" is about Arsenal;
    /// "as they outplayed Palace" points back to the sentence's subject; a team after "over", "against" or "to" is the other side.</summary>
    internal static string Subject(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, List<TeamMention> mentions, int cueAbs)
    {
        if (mentions.Count == 0) return pair.First;
        // "to help Manchester City to their first away win": the team helped is the one the result is about.
        foreach (var m in mentions)
        {
            if (m.Span.Start >= cueAbs) break;
            if (Helped().IsMatch(context.Text.AsSpan(Math.Max(0, m.Span.Start - 20), Math.Min(20, m.Span.Start)))) return m.Team;
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
            // "Aluko stunned Newcastle as Hull fought back": with no team before a transitive result verb, the team right after it is beaten.
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

    /// <summary>"sets up a final against champions Barcelona", "will face Lyon next": a team named as a coming opponent is no third team of this scoreline.</summary>
    [GeneratedRegex(@"\b(?:sets?\s+up|setting\s+up|books?|booked|earns?|earned)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:final|semi-final|tie|meeting|clash|date|showdown|decider)\s+(?:against|with)\s+(?:\w+\s+){0,2}$|\b(?:will|to|next)\s+(?:face|meet|play|host|visit)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ComingOpponent();

    [GeneratedRegex(@"\bhelp(?:ed|s|ing)?\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Helped();

    [GeneratedRegex(@"^(?:beat|beats|beating|stunned|stun|stuns|thrashed|thrash|hammered|hammer|downed|down|downs|edged|edge|sank|sink|sinks|crushed|routed|defeated|humbled|battered|dispatched|overcame|swept aside|eased past|edged past|saw off|see off|knocked out|dumped out)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TransitiveWin();

    [GeneratedRegex(@"\b(?:head(?:ed|ing|s)? for|destined for|set for|looked like|on course for)\s+(?:a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadedFor();

    [GeneratedRegex(@"\b(?:the only goal|the game's only goal|the match's only goal|(?:a|the|\w+['’]s?) (?:solitary|lone) (?:goal|strike|effort|header)|\w+['’]s? only goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyGoal();

    [GeneratedRegex(@"\b(?:head(?:ed|ing|s)?|destined|set|bound)\s+for\s+a\s+(?:goalless|scoreless)\s+(?:draw|stalemate)\b[^.;]*?\b(?:only\s+for|until|before|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LateOnlyGoal();

    [GeneratedRegex(@"\b(?:down|downed|beat|sink|sank|see off|saw off|edge|edged|stun|stunned|over|against|at|to|by|past|defeat|condemn|condemned)\s+(?:[a-z][\w-]*\s+){0,2}(?:the\s+)?$")]
    private static partial Regex LoserBefore();

    [GeneratedRegex(@"\s+as\s+|,\s*while\s+|\s+while\s+|;\s*|\s+but\s+|\s+when\s+|,\s+and\s+|\s+after\s+(?=\p{Lu})")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^\s*(?:they|he|she|it(?!\s+(?:was|is)\b)|who|the visitors|the hosts|his side|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounStart();

    /// <summary>Words before a team that make it the object of the result: "a win over", "tore through", "thrashed", "swept aside"; a
    /// description may stand between ("swept aside inland winners Executive Ladies").</summary>
    [GeneratedRegex(@"\b(?:over|against|to|at home to|at|by|from|versus|vs|v|beat|beating|defeat of|win at|past|through|thrashed|thrashing|trashing|hammered|hammering|demolished|routed|crushed|aside|trounced|thumped|walloped|humbled|defeated|defeating|downed|stunned|edged)\s+(?:the\s+)?(?:(?-i:(?:\p{Lu}[\p{L}\-]*|[\p{Ll}\-]+)\s+){0,2}(?:winners|champions|holders|leaders|strugglers|neighbours|opponents|newcomers|debutants|minnows|giants|underdogs),?\s+)?(?-i:(?:\p{Lu}[\w\-]*\s+){0,2}\p{Lu}[\w\-]*['’]s\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectBefore();

    private static bool IsGap(string text, int from, int to) => to - from <= 2 && text.AsSpan(from, to - from).Trim().IsEmpty;

    [GeneratedRegex(@"(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})(?![0-9\-–]|\s?(?:yard|min|minute|metre|point))")]
    private static partial Regex Scoreline();

    [GeneratedRegex(@"(?<a>(?:[A-Z][\w'’.&]*\s){1,4})(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})\s(?<b>[A-Z][\w'’.&]*(?:\s[A-Z][\w'’.&]*){0,3})")]
    private static partial Regex TitleScore();

    [GeneratedRegex(@"^(?<a>(?:[A-Z][\w'’.&]*\s){1,4})(?<x>[0-9]{1,2})\s(?<b>[A-Z][\w'’.&]*(?:\s[A-Z][\w'’.&]*){0,3})\s(?<y>[0-9]{1,2})(?![0-9\-–])")]
    private static partial Regex TitleScoreAfterEach();

    [GeneratedRegex(@"(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:(?:win|victory|triumph|success|defeat|loss) )?(?:on penalties|on pens|in (?:a|the) (?:[\w\-]+ ){0,2}?(?:penalty )?shoot-?outs?|(?:in a )?penalty shoot-?outs?)|(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:penalty )?shoot-?out (?:win|victory|triumph|success|defeat|loss)", RegexOptions.IgnoreCase)]
    private static partial Regex Shootout();

    [GeneratedRegex(@"\b(?:" + OtherOccasionCues.EarlierMatch + @")\b|\b(?:last|earlier this|earlier in the|previous|the reverse|this time last) (?:year|month|week|december|january|february|march|april|may|june|july|august|september|october|november|time)\b|\belsewhere\b|\bin midweek\b|\bmidweek\b|\blast (?:weekend|week|time out|time)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)['’]s\b|\bmemories of\b|\b(?:revenge|avenge[ds]?|make amends) for\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)['’]s\b|\bbuoyed by\b|\bon matchweek\b|\bin the week\b|\bfirst (?:two|three|four) (?:home |away )?(?:games|matches)\b|\b(?:previous|last) (?:\w+ ){1,2}(?:games|matches|outings|fixtures|meetings)\b|\b(?:run|streak|sequence) (?:that )?(?:started|began) with\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastMatch();

    [GeneratedRegex(@"\b(?:goalless|scoreless|nil-nil)\s+(?:draw|stalemate|game|match|encounter|affair|contest|(?:90|120)\s+minutes)\b|\bheld (?:to )?(?:a )?(?:goalless|scoreless)|\b(?:finished|ended|finishing|ending|remained|stayed) (?:goalless|scoreless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goalless();

    [GeneratedRegex(@"\b(?:after extra[- ]time|aet|a\.e\.t\.?|in extra[- ]time|extra-time winner)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtraTime();

    [GeneratedRegex(@"\b(?:win|won|victory|defeat|draw|drew|beat|beaten|loss|lost|score|scoreline|result)\b|\b(?:match|game|contest|tie)\s+(?:ended|finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWord();

    [GeneratedRegex(@"\b(?:led|lead|leads|leading|half-time|half time|halftime|the break|the interval|made it|make it|making it|makes it|to put|aggregate|first leg|first-leg|last season|reverse fixture|earlier this season|previous|last time|in the first meeting|with the score at|trailing|trailed|at|go up|goes up|went up|going up|with the (?:game|match|score|scores) (?:tied|level|locked|deadlocked)(?: at)?|(?:led|leading|trailed|trailing) [0-9]{1,2} ?[-–] ?[0-9]{1,2},? (?:and )?(?:then|later|again))\s*(?:a|an|the)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinalBefore();

    /// <summary>"to leave the score at 1-1", "it finished at 2-2": the score the match ended on.</summary>
    [GeneratedRegex(@"\b(?:leave|left|leaving|leaves|finish|finished|finishing|end|ended|ending|stay|stayed|remain|remained|stood|stand)\s+(?:the\s+(?:score|scoreline|scores)\s+|it\s+|things\s+)?at\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FinalAt();

    [GeneratedRegex(@"\bhaving\s+(?:been\s+)?(?:won|lost|drawn|beaten|thrashed|hammered|humbled|routed|defeated)(?:\s+\w+){0,2}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HavingWon();

    [GeneratedRegex(@"^\s*(?:on aggregate|agg|aggregate|at half[- ]time|at the break|at the interval|lead|advantage|half-time lead|up|down|ahead|in front(?! of)|deficit|at HT|HT)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinalAfter();
}
