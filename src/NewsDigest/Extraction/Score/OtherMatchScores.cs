using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Extraction.OtherMatches;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>Whether a scoreline a sentence gives is another match's: a past match ("Tuesday's 3-0 win"), a third team beside it or as
/// its object, another side's ground, a match brought in with "a"/"an". The score reader skips such scorelines, and the opening's verdict,
/// the told tally, the scoring moments and the venue reader ask the same questions.</summary>
internal static partial class OtherMatchScores
{
    /// <summary>A past-match phrase anywhere in the sentence ("Tuesday's 3-0 win", "a 3-0 win over Benfica in midweek") makes its scoreline
    /// another match's, unless the phrase sits in a relative clause before it ("The striker, who scored here last season, ... romped to a 6-0 win").</summary>
    internal static bool NearPastMatch(string sentence, IEnumerable<Match> past, int start)
    {
        foreach (Match p in past)
            if (!TellsARunAfter(start, p) && !InRelativeClauseBefore(sentence, p.Index, p.Index + p.Length, start) && !ClaimedByEarlierScore(sentence, p.Index + p.Length, start)
                && !NamesThisMatch(sentence, start, p) && !InLaterClause(sentence, start, p) && !RematchOf().IsMatch(sentence.AsSpan(0, p.Index))) return true;
        return false;
    }

    /// <summary>"The 3-1 home defeat by Nantes leaves them 19th, with one win in their last eleven league matches": a run of games told after
    /// the scoreline is the form the result adds to, not the match the scoreline belongs to.</summary>
    private static bool TellsARunAfter(int scoreAt, Match past) => past.Index > scoreAt && RunOfGames().IsMatch(past.Value);

    [GeneratedRegex(@"^(?:(?:previous|last) (?:\w+ ){1,2}(?:games|matches|outings|fixtures|meetings)|first (?:two|three|four) (?:home |away )?(?:games|matches))$", RegexOptions.IgnoreCase)]
    private static partial Regex RunOfGames();

    /// <summary>"Juventus beat Roma 3-1 at the Pozzo, and her second goal ... since the final day of last season": a past phrase in a later
    /// clause of the sentence dates something else told there, not the scoreline.</summary>
    private static bool InLaterClause(string sentence, int scoreAt, Match past) =>
        past.Index > scoreAt && ClauseBreak().IsMatch(sentence.AsSpan(scoreAt, past.Index - scoreAt));

    [GeneratedRegex(@", (?:and|but|while|whereas) |; | since ")]
    private static partial Regex ClauseBreak();

    /// <summary>"beat the Orlando Pride 3-2 in a rematch of last season's semifinal": this match repeats the earlier one.</summary>
    [GeneratedRegex(@"\b(?:re-?match|repeat|replay) of (?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex RematchOf();

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

    /// <summary>Right after a nation: the rest of its league's name ("Premier League", "Premier Football League", "Pro League", "National League").</summary>
    [GeneratedRegex(@"\G\s+(?:Premier|Pro|Super|National|First|Second|Professional|Elite)\s+(?:Football\s+|Soccer\s+)?(?:League|Division)\b")]
    private static partial Regex NationsLeague();

    [GeneratedRegex(@"^ (?:game|match|final|clash|encounter|showdown|tie|contest) (?:had )?(?:finished|ended) (?:at )?$")]
    private static partial Regex WeekdayGameEnded();

    [GeneratedRegex(@"^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s$")]
    internal static partial Regex WeekdayOwner();

    /// <summary>"Beaten three times in their previous five games, a run that started with their 4-1 loss at Newcastle, Chelsea ... won 4-2 on
    /// penalties after a 1-1 draw": a past phrase whose own scoreline stands after it and a clause before this one is about that scoreline only.</summary>
    private static bool ClaimedByEarlierScore(string sentence, int pastEnd, int scoreAt)
    {
        if (pastEnd >= scoreAt) return false;
        var earlier = ScoreExtractor.Scoreline().Match(sentence, pastEnd, scoreAt - pastEnd);
        return earlier.Success && sentence.AsSpan(earlier.Index + earlier.Length, scoreAt - earlier.Index - earlier.Length).IndexOf(',') >= 0;
    }

    /// <summary>"Saturday's 1-0 home win over Racing Louisville" in a report of that match: a weekday's result against the pair's other side is this one.</summary>
    internal static bool WeekdayResultOverPair(ExtractionContext context, TeamPair pair, string sentence, int start, int end)
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

    /// <summary>"supporters rang in after Saturday's 3-1 home defeat" in a report published that Saturday, "chants during Sunday's 2-0 win"
    /// published on the Monday: a report tells its own match by the weekday it was played, the day it is published or the day before, so a
    /// weekday owning the scoreline, the only past phrase of the sentence, that names one of those two days is this match.</summary>
    internal static bool WeekdayOfPublication(ExtractionContext context, string sentence, MatchCollection past, int start)
    {
        if (past.Count != 1 || context.Article.Published is not { } published) return false;
        var owner = WeekdayOwning().Match(sentence, 0, start);
        if (!owner.Success || owner.Index != past[0].Index) return false;
        var day = Enum.Parse<DayOfWeek>(owner.Groups["day"].Value, ignoreCase: true);
        return day == published.DayOfWeek || day == published.AddDays(-1).DayOfWeek;
    }

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+$")]
    private static partial Regex WeekdayOwning();

    /// <summary>"AC Milan took another step ... after Saturday's goalless draw at Serie A rivals Juventus": the only past phrase is the weekday
    /// owning the goalless draw itself, and a side of the pair follows it closely, so the draw is this match.</summary>
    internal static bool WeekdayGoallessWithPair(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence, MatchCollection past, Match goalless)
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

    /// <summary>Right after a scoreline: "to Kings Domain", "win over Racing Louisville", "a 2-0 winner over Marion Central", "defeat against the Reds", "to Mozambican champions Black Bulls",
    /// "over Northern California rival Bay FC", "against Norwegian side Bodo/Glimt".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:home |away )?(?:win|winner|victory|triumph|defeat|loss|draw|thrashing|reverse)\s+)?(?:to|against|over|versus|vs\.?|v)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\-]*\s+|[\p{Ll}\-]+\s+){0,2}(?:winners|champions|holders|leaders|strugglers|neighbours|opponents|newcomers|debutants|minnows|giants|underdogs|rivals?|side|outfit|club|team|foes?),?\s+)?(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,3})")]
    private static partial Regex AgainstSide();

    /// <summary>", who scored here last season,", and a participle's aside (", signed from Estudiantes last week for a fee,", ", beaten at home
    /// last weekend,"): a clause set between commas that tells something else about the subject.</summary>
    [GeneratedRegex(@"^,\s*(?:who|which|whose|where|\p{Ll}{2,}ed|beaten|brought|bought|sold|taken|held)\b")]
    private static partial Regex RelativeOpening();

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

    /// <summary>Whether a past-match phrase stands near a position of a sentence ("last week's defeat").</summary>
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
            // "1-0 in the Ghana Premier League", "of the Nigeria Premier Football League": a nation opening a league's name is no team.
            if (m.Value.National && !pair.Contains(m.Value.Name) && NationsLeague().IsMatch(context.Text, m.Span.End)) continue;
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
    internal static bool WrittenBesideThirdTeam(ExtractionContext context, TeamPair pair, int scoreStart, int scoreEnd)
    {
        foreach (var m in context.TeamMentions)
        {
            if (m.Span.End < scoreStart - 3) continue;
            if (m.Span.Start > scoreEnd + 3) break;
            bool beside = (m.Span.End <= scoreStart && ScoreExtractor.IsGap(context.Text, m.Span.End, scoreStart)) || (m.Span.Start >= scoreEnd && ScoreExtractor.IsGap(context.Text, scoreEnd, m.Span.Start));
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
    internal static bool AgainstAnotherSide(ExtractionContext context, TeamPair pair, int sentenceStart, string sentence, int end)
    {
        var m = AgainstSide().Match(sentence, end);
        return m.Success && IsAnotherSide(context, pair, sentenceStart, m.Groups["name"]);
    }

    /// <summary>"Earlier, St Anthony's Kitale beat Musingu High 3-1 in the third-place play-off", "who beat Banket United 1-0 on Sunday": a side
    /// beaten right before the scoreline, named without "the" (which may open a nickname of the pair's own side) and no nickname the report writes
    /// with "the" elsewhere, that is neither of the pair is that side's match.</summary>
    internal static bool BeatenAnotherSide(ExtractionContext context, TeamPair pair, int sentenceStart, string sentence, int start)
    {
        var m = BeatenSide().Match(sentence[..start]);
        return m.Success && !TeamExtractor.NicknameOnly(context, m.Groups["name"].Value) && IsAnotherSide(context, pair, sentenceStart, m.Groups["name"]);
    }

    [GeneratedRegex(@"\b(?:beat|beats|beating|defeated|defeating|edged|edging|thrashed|thrashing|hammered|hammering|downed|downing|stunned|routed|crushed|overcame|saw off|sees off|seeing off) (?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,3}) ?$")]
    private static partial Regex BeatenSide();

    /// <summary>Whether a side named in a result told beside a scoreline is neither of the pair: the gazetteer's team outside the pair, or a
    /// name it does not know that shares no first word with either side and is no ground or competition.</summary>
    private static bool IsAnotherSide(ExtractionContext context, TeamPair pair, int sentenceStart, Group named)
    {
        var name = named.Value.TrimEnd('.', ',');
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
        int at = sentenceStart + named.Index;
        return !context.VenueMentions.Any(v => v.Span.Contains(at)) && !context.CompetitionMentions.Any(c => c.Span.Contains(at));
    }

    /// <summary>"the 2-2 draw at the Etihad Stadium" when neither side plays there: a scoreline told with a third team's ground is that other match.</summary>
    internal static bool AtAnotherGround(ExtractionContext context, TeamPair pair, int scoreEnd)
    {
        // "Mexico beat Jamaica 3-1 at the Estadio Azteca": nations play at their clubs' grounds, so a club's ground is no other match of two nations.
        if (BothNations(context, pair)) return false;
        foreach (var v in context.VenueMentions)
        {
            if (v.Span.Start < scoreEnd) continue;
            if (v.Span.Start - scoreEnd > 40) break;
            // "at the Estadio Olímpico Universitario": a ground's short name inside a longer capitalised name is another ground.
            if (InLongerName(context.Text, v.Span)) continue;
            return v.Value.HomeTeam is { } home && !v.Value.IsHomeOfEither(pair) && context.Gazetteer.Teams.TryGet(home, out _);
        }
        return false;
    }

    private static bool BothNations(ExtractionContext context, TeamPair pair) =>
        context.Gazetteer.Teams.TryGet(pair.First, out var first) && first.National && context.Gazetteer.Teams.TryGet(pair.Second, out var second) && second.National;

    /// <summary>Whether a capitalised word runs straight on before or after a span ("Estadio Olímpico Universitario" around "Olímpico").</summary>
    private static bool InLongerName(string text, TextSpan span)
    {
        bool before = span.Start >= 2 && text[span.Start - 1] == ' ' && char.IsLetter(text[span.Start - 2]) && WordStartsUpper(text, span.Start - 2);
        bool after = span.End + 1 < text.Length && text[span.End] == ' ' && char.IsUpper(text[span.End + 1]);
        return before || after;
    }

    private static bool WordStartsUpper(string text, int inWord)
    {
        int i = inWord;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return char.IsUpper(text[i]);
    }

    /// <summary>"the boys won an exhibition match against a visiting team by 4-0": a match the sentence brings in with "a"/"an", or an opponent
    /// it names with "a"/"an", in a sentence that names neither side of the pair, is some other match told in passing.</summary>
    internal static bool IndefiniteOtherMatch(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, string sentence) =>
        IndefiniteMatch().IsMatch(sentence) && !context.Teams.Within(sentenceSpan).Any(m => pair.Contains(m.Team));

    /// <summary>"A 3-1 victory in the Champions League qualifying first leg at Fenerbahce" in a report on another match: a scoreline whose
    /// sentence names neither side of the pair, with a third team as the object of its result ("at", "against", "over", "to"), is that team's match.</summary>
    internal static bool ThirdTeamAsObject(ExtractionContext context, TeamPair pair, TextSpan sentenceSpan, int scoreEnd)
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

    /// <summary>"sets up a final against champions Barcelona", "will face Lyon next": a team named as a coming opponent is no third team of this scoreline.</summary>
    [GeneratedRegex(@"\b(?:sets?\s+up|setting\s+up|books?|booked|earns?|earned)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:final|semi-final|tie|meeting|clash|date|showdown|decider)\s+(?:against|with)\s+(?:\w+\s+){0,2}$|\b(?:will|to|next)\s+(?:face|meet|play|host|visit)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ComingOpponent();

    /// <summary>Phrases that put a scoreline in another match: an earlier meeting ("last season", "Tuesday's", "in midweek", "who had held
    /// City to a goalless draw", "in October", "when the sides met", "in the regular season"), elsewhere, a run of games. A report tells its
    /// own match by weekday or date, never by a month alone: a month after "in" dates another game, unless it dates what comes next ("a 0-0 draw
    /// in their final game before they launch their qualifying campaign in September").</summary>
    [GeneratedRegex(@"\b(?:" + OtherOccasionCues.EarlierMatch + @")\b|\b(?:last|earlier this|earlier in the|previous|the reverse|this time last) (?:year|month|week|december|january|february|march|april|may|june|july|august|september|october|november|time)\b|\belsewhere\b|\bin midweek\b|\bmidweek\b|\blast (?:weekend|week|time out|time)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)['’]s\b|\bmemories of\b|\b(?:revenge|avenge[ds]?|make amends) for\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)['’]s\b|\bbuoyed by\b|\bon matchweek\b|\bin the week\b|\bfirst (?:two|three|four) (?:home |away )?(?:games|matches)\b|\b(?:previous|last) (?:\w+ ){1,2}(?:games|matches|outings|fixtures|meetings)\b|\b(?:run|streak|sequence) (?:that )?(?:started|began) with\b|\bhad (?:held|beaten|beat|drawn|lost|won|thrashed|defeated|edged)\b|(?<!\b(?:before|until|ahead of|launch|launches|start|starts|begin|begins|resume|resumes|kick off|kicks off)\b[^.,;]{0,80})\b(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?! [0-9]{4})|\b(?:sides|teams|clubs|they|we|the two) (?:last |first |previously |had |have )?met\b|\bin the regular season\b|\bthe (?:first|previous|earlier|last|reverse) (?:meeting|game|match|fixture) (?:between|of|with)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PastMatch();
}
