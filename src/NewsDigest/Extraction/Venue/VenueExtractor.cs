using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Venue;

/// <summary>Finds where the match was played: a ground the gazetteer knows ("at the Emirates"), else the home side's ground when the
/// opening says who was at home ("a 3-1 home defeat", "a winner at Aston Villa"), else a stadium-like name after "at".</summary>
public sealed partial class VenueExtractor : IFactExtractor
{
    /// <summary>How many opening sentences may say which side was at home.</summary>
    private const int OpeningSentences = 3;

    public void Extract(ExtractionContext context)
    {
        // A ground the opening names outright, known or not, is surer than the home side's ground inferred from "a home win".
        // The opening's ground, known or read, comes before a known ground named later ("the World Cup opener at Stadium Australia next week").
        // A dateline's ground ("Wembley, Saturday.") is where the writer sat: surer than any ground the prose names.
        var venue = DatelineGround(context) ?? LabelledGround(context) ?? NamedGround(context, OpeningSentences + 1) ?? UnknownGround(context, OpeningSentences + 1) ?? NamedGround(context, int.MaxValue)
            ?? HomeGround(context) ?? AnyGroundOfPair(context) ?? UnknownGround(context, int.MaxValue) ?? CrowdGround(context)
            ?? TiedGround(context);
        if (venue is not null) context.Facts = context.Facts with { Venue = venue };
    }

    /// <summary>"Venue: Edion Stadium Hiroshima", "Stadium: Stadion Miejski, Gliwice · Referee: ...", "Ground: Mill Meadow": a line or a
    /// fact box's part that labels the ground outright. The name runs to a comma, a separator or the line's end; a team is no ground.</summary>
    private static Sourced<string>? LabelledGround(ExtractionContext context)
    {
        var text = context.Text;
        foreach (Match m in GroundLabel().Matches(text))
        {
            var name = m.Groups["name"];
            if (NoGround(context, name) || context.TeamMentions.Any(t => t.Span.Start <= name.Index && name.Index + name.Length <= t.Span.End)) continue;
            var known = context.VenueMentions.Where(v => v.Span.Start == name.Index && v.Span.Length == name.Length).Select(v => v.Value.Name).FirstOrDefault();
            return new Sourced<string>(known ?? name.Value.TrimEnd('.').Replace('’', '\''), context.EvidenceAt(name.Index));
        }
        return null;
    }

    /// <summary>A ground's label at a line's start or after a fact box's separator ("·", "|", "•"), then one to six capitalised words (a
    /// lower-case particle or a digit between them) up to a comma, a separator, a full stop or the line's end.</summary>
    [GeneratedRegex(@"(?:(?<=^|\n)|(?<=[·|•/] ))[ \t]*(?:Venue|VENUE|Stadium|STADIUM|Ground|GROUND)[ \t]*:[ \t]*(?<name>[\p{Lu}0-9][\p{L}\p{M}0-9'’.\-]*(?: (?:(?:de|do|da|del|di|la|le|du|des|of|the|van|von|der|am|an) )?[\p{Lu}0-9][\p{L}\p{M}0-9'’.\-]*){0,5})[ \t]*(?=[,·|•(]| / |\.?[ \t]*(?:\r?\n|$)| [—–-] )")]
    private static partial Regex GroundLabel();

    /// <summary>"at the Emirates": a known ground after "at", unless it is the ground of a third team ("his return to Old Trafford").</summary>
    private static Sourced<string>? NamedGround(ExtractionContext context, int sentences)
    {
        var text = context.Text;
        int end = sentences >= context.Sentences.Count ? text.Length : context.Sentences[sentences - 1].End;
        foreach (var m in context.VenueMentions)
        {
            if (m.Span.Start >= end) break;
            if (context.IsQuoted(m.Span.Start)) continue;
            // "at Brentford's Gtech Community Stadium": a possessive owner may stand between "at" and the ground.
            var before = text.AsSpan(Math.Max(0, m.Span.Start - 40), Math.Min(40, m.Span.Start)).ToString();
            if (!AtBefore().IsMatch(before)) continue;
            // A final or a neutral tie is played on a third side's ground ("the cup final at Berlin's Olympiastadion").
            // A national stadium ("At Hampden Park last night East Fife ... beat Kilmarnock") hosts other sides' cup ties and finals as
            // often as its own nation's games, so it is no third side's ground.
            if (context.Facts.Teams is { } pair && m.Value.HomeTeam is { } home && !m.Value.IsHomeOfEither(pair) && IsClub(context, home)
                && !(NeutralOpening(context) && FinalInSentence(context, m.Span) && !FutureVisit(context, m.Span))) continue;
            if (AnotherVisit(context, m.Span)) continue;
            return new Sourced<string>(m.Value.Name, context.EvidenceAt(m.Span.Start));
        }
        return null;
    }

    /// <summary>"Wembley, Saturday." or "From OUR CORRESPONDENT, Old Trafford, Wednesday.": a known ground that opens one of the first two
    /// paragraphs, after a byline at most, and is followed by the day or date the way a dateline is.</summary>
    private static Sourced<string>? DatelineGround(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var m in context.VenueMentions)
        {
            int lineStart = m.Span.Start == 0 ? 0 : text.LastIndexOf('\n', m.Span.Start - 1) + 1;
            // Only the first two paragraphs carry a dateline.
            if (text.AsSpan(0, lineStart).Count('\n') > 1) break;
            if (!BylineOnly().IsMatch(text.AsSpan(lineStart, m.Span.Start - lineStart))) continue;
            if (!DatelineDay().IsMatch(text.AsSpan(m.Span.End, Math.Min(30, text.Length - m.Span.End)))) continue;
            return new Sourced<string>(m.Value.Name, context.EvidenceAt(m.Span.Start));
        }
        return null;
    }

    /// <summary>"Arsenal will face Barcelona in the final at the Alvalade", "who'll go to the Alvalade": a third side's ground told as a
    /// coming visit in its own sentence is no venue of this match, final or not.</summary>
    private static bool FutureVisit(ExtractionContext context, TextSpan ground)
    {
        var sentence = context.SentenceAt(ground.Start);
        int start = sentence.Length > 0 ? sentence.Start : Math.Max(0, ground.Start - 200);
        return FutureBefore().IsMatch(context.Text.AsSpan(start, ground.Start - start));
    }

    /// <summary>The ground's own sentence tells of a final or a neutral ground ("won the final at Berlin's Olympiastadion").</summary>
    private static bool FinalInSentence(ExtractionContext context, TextSpan ground)
    {
        var sentence = context.SentenceAt(ground.Start);
        return sentence.Length > 0 && FinalOrNeutral().IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    /// <summary>The opening says the match was a final or on neutral ground.</summary>
    private static bool NeutralOpening(ExtractionContext context)
    {
        int end = OpeningSentences >= context.Sentences.Count ? context.Text.Length : context.Sentences[OpeningSentences - 1].End;
        return FinalOrNeutral().IsMatch(context.Text.AsSpan(0, end));
    }

    /// <summary>The ground of the side the opening puts at home: the subject of "a home defeat", or the team after "at" ("won at Villa").</summary>
    private static Sourced<string>? HomeGround(ExtractionContext context)
    {
        if (context.Facts.Teams is not { } pair) return null;
        var text = context.Text;
        int n = 0;
        foreach (var sentence in context.Sentences)
        {
            if (n++ >= OpeningSentences) break;
            if (context.IsQuoted(sentence.Start)) continue;
            var mentions = context.Teams.Within(sentence).ToList();
            if (mentions.Count == 0) continue;
            string? home = null;
            foreach (var mention in mentions)
            {
                var before = text.AsSpan(Math.Max(0, mention.Span.Start - 40), Math.Min(40, mention.Span.Start)).ToString();
                if (AtTeam().IsMatch(before) || RoadResultAgainst().IsMatch(before)) { home = mention.Team; break; }
            }
            if (home is null)
            {
                var cue = HomeCue().Match(text, sentence.Start, sentence.Length);
                // The side the sentence is about, its first team, is the one at home: "Arsenal crashed to a home defeat to Villa".
                if (cue.Success) home = mentions[0].Team;
            }
            if (home is null) continue;
            var ground = GroundOf(context, home);
            if (ground is not null) return new Sourced<string>(ground, context.EvidenceFor(sentence));
        }
        return null;
    }

    /// <summary>A ground told as another visit: a past or coming match ("a point at Carrow Road last season", "at Old Trafford in nine
    /// days' time", "a 0-0 draw at Old Trafford during his last spell") or a career ("12 years at Stamford Bridge"). A weekday after
    /// the ground ("at Carrow Road on Saturday") is usually this match's, so it is no sign.</summary>
    private static bool AnotherVisit(ExtractionContext context, TextSpan ground)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(ground.Start);
        if (sentence.Length > 0 && PastPhraseInGroundClause(sentence.Substring(text), ground.Start - sentence.Start, ground.End - sentence.Start)) return true;
        if (CareerBefore().IsMatch(text.AsSpan(Math.Max(0, ground.Start - 30), Math.Min(30, ground.Start)))) return true;
        if (sentence.Length > 0 && ComingFixture(text.AsSpan(sentence.Start, ground.Start - sentence.Start))) return true;
        return OtherTimeAfter().IsMatch(text.AsSpan(ground.End, Math.Min(40, text.Length - ground.End)));
    }

    /// <summary>"The USWNT faces Germany on Tuesday in an Olympic semifinal match at Stade de Lyon", "They are due to play Villa in the last 16
    /// at noon on Saturday at Walsall's Poundland Bescot Stadium", "City will now meet Arsenal at Wembley": a ground after a verb of a coming
    /// fixture in its own sentence is that fixture's. A result told between the verb and the ground puts the ground back to this match ("Albion
    /// will now face Aston Villa in the fifth round after victory this evening at the ...").</summary>
    private static bool ComingFixture(ReadOnlySpan<char> beforeGround)
    {
        foreach (var cue in ComingFixtureCue().EnumerateMatches(beforeGround))
            return !ResultWord().IsMatch(beforeGround[(cue.Index + cue.Length)..]);
        return false;
    }

    /// <summary>A verb of a fixture still to come: "will (now) face", "'ll play", "faces", "meets", "are due to play", "is set to meet", "next
    /// travel to". Not inside a relative clause: "England, who will travel to the European championship next month, were given an
    /// afternoon to forget at the Racecourse Ground" tells the subject's coming trip, not the ground's.</summary>
    [GeneratedRegex(@"(?<!\b(?:who|which|that) )\b(?:(?:will|shall|['’]ll|(?:is|are) (?:due|set|scheduled) to)(?: now| next| then| also)? (?:face|play|meet|host|visit|travel to|take on|go to)|(?:faces|meets|travels to|takes on)(?= [\p{Lu}])|next (?:face|play|meet|host|visit|travel to|take on|go to))\b")]
    private static partial Regex ComingFixtureCue();

    /// <summary>A word of a result told: this match's, when it stands between a coming fixture's verb and the ground.</summary>
    [GeneratedRegex(@"\b(?:victory|win|won|beat|beating|beaten|draw|drew|defeat|defeated|loss|lost|triumph|[0-9]{1,2}\s?[-–]\s?[0-9]{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWord();

    /// <summary>A past-match phrase dates a ground only inside the ground's own clause: in "A crowd of 63,000 at Tianhe Stadium watched the
    /// hosts, who had beaten them in the past" the earlier win is the team's, not the ground's.</summary>
    private static bool PastPhraseInGroundClause(string sentence, int groundStart, int groundEnd)
    {
        int start = 0;
        foreach (Match m in ClauseBreakBefore().Matches(sentence[..groundStart])) start = m.Index + m.Length;
        foreach (Match m in RelativeOpening().Matches(sentence[..groundStart]))
        {
            int close = sentence.IndexOf(',', m.Index + m.Length);
            // "Charlestown, who beat Warners Bay 10-2 at Lisle Carr Oval on Saturday, are next": a ground inside a relative clause that
            // tells a result is that result's.
            if (close < 0 || close > groundStart)
            {
                if (Scoreline().IsMatch(sentence.AsSpan(m.Index, groundStart - m.Index))) return true;
            }
            // A relative clause closed before the ground dates its own subject, not the ground.
            else if (close + 1 > start) start = close + 1;
        }
        var after = ClauseBreakAfter().Match(sentence, groundEnd);
        int end = after.Success ? after.Index : sentence.Length;
        var clause = sentence[start..end];
        int groundInClause = groundStart - start;
        var past = Score.OtherMatchScores.PastMatch().Matches(clause).Where(p => !NamesTheGroundsMatch(clause, p, groundInClause));
        return Score.OtherMatchScores.NearPastMatch(clause, past, groundInClause);
    }

    /// <summary>"Sunday's derby at Toumba", "Sunday's Nicosia derby at the GSP stadium": a weekday's match a few words before the ground is the
    /// match played there, this one; further off it is a result of its own ("Sunday's win sets up a meeting with the leaders on Saturday at
    /// McKellar Park").</summary>
    private static bool NamesTheGroundsMatch(string clause, Match past, int groundAt) =>
        Score.OtherMatchScores.WeekdayOwner().IsMatch(past.Value) && past.Index < groundAt
        && FewWordsThenAt().IsMatch(clause.AsSpan(past.Index + past.Length, groundAt - past.Index - past.Length));

    [GeneratedRegex(@"^(?:\s+[\w'’\-]+){1,3}\s+(?:at|in)\s+(?:the\s+)?$")]
    private static partial Regex FewWordsThenAt();

    /// <summary>Where a clause before the ground ends: "; ", a dash, or a comma opening a coordinate clause. A leading comma of an adverbial is
    /// no break ("Last season, City lost 3-0 at Anfield" dates the ground); a relative clause is read apart (see <see cref="RelativeOpening"/>).</summary>
    [GeneratedRegex(@"; | [—–] |, (?:and|but|while|whereas) ")]
    private static partial Regex ClauseBreakBefore();

    [GeneratedRegex(@", (?:who|which|whose) ")]
    private static partial Regex RelativeOpening();

    [GeneratedRegex(@"\b[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\b")]
    private static partial Regex Scoreline();

    /// <summary>Where the ground's clause ends after it: a comma, a semicolon, a dash, or a relative pronoun.</summary>
    [GeneratedRegex(@"[,;]| [—–] | (?:who|which|whose|that) ")]
    private static partial Regex ClauseBreakAfter();

    private static Sourced<string>? AnyGroundOfPair(ExtractionContext context)
    {
        foreach (var m in context.VenueMentions)
        {
            // A last resort: a ground of either side, even one named for another visit, is more often than not where they met.
            if (context.IsQuoted(m.Span.Start)) continue;
            if (m.Value.HomeTeam is not null && context.Facts.Teams is { } pair && m.Value.IsHomeOfEither(pair))
                return new Sourced<string>(m.Value.Name, context.EvidenceAt(m.Span.Start));
        }
        return null;
    }

    /// <summary>A stadium-like name after "at" or "in" in the first <paramref name="sentences"/> sentences: "at the Sam Kerr Football Centre",
    /// "at Stade de la Paix", "at the Diego Maradona stadium".</summary>
    private static Sourced<string>? UnknownGround(ExtractionContext context, int sentences)
    {
        var text = context.Text;
        int n = 0;
        foreach (var sentence in context.Sentences)
        {
            if (n++ >= sentences) break;
            // A sentence may name another visit's ground before this match's ("after last week's loss at Ashby Road, ... at Mill Field").
            for (var m = UnknownGroundName().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                if (context.IsQuoted(m.Index)) continue;
                var name = m.Groups["name"];
                if (AnotherVisit(context, new TextSpan(name.Index, name.Length))) continue;
                // A name read as written keeps one apostrophe form ("Stade de l’Épopée" and "Stade de l'Épopée" are one ground).
                return new Sourced<string>(name.Value.Replace('’', '\''), context.EvidenceFor(sentence));
            }
        }
        return null;
    }

    /// <summary>"For 93 minutes at a rain-lashed Plainmoor ... Plainmoor fell silent", "a replay at Kingfield ... Kingfield erupted", "at
    /// Netherdale ... the Netherdale faithful": a name with no ground word that the gazetteer does not know is the ground when the report
    /// writes the match "at" it and gives it a crowd (it erupts, falls silent, has a crowd or faithful). A place after "in" may be a town, so
    /// only "at" counts; a known team's name ("the Celtic faithful") is left out.</summary>
    private static Sourced<string>? CrowdGround(ExtractionContext context)
    {
        var text = context.Text;
        foreach (Match m in GroundCrowd().Matches(text))
        {
            if (context.IsQuoted(m.Index)) continue;
            var words = m.Groups["name"].Value.Split(' ').ToList();
            while (words.Count > 0 && ResultSentenceReader.LeadingWord(words[0])) words.RemoveAt(0);
            if (words.Count == 0) continue;
            var name = string.Join(' ', words);
            if (name.Length < 4 || context.Gazetteer.Teams.TryGet(name, out _) || context.TeamMentions.Any(t => t.Span.Contains(m.Groups["name"].Index + m.Groups["name"].Length - 1))) continue;
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (at + name.Length < text.Length && char.IsLetter(text[at + name.Length])) continue;
                var before = text.AsSpan(Math.Max(0, at - 40), Math.Min(40, at)).ToString();
                if (context.IsQuoted(at) || !AtOnly().IsMatch(before)) continue;
                if (AnotherVisit(context, new TextSpan(at, name.Length))) continue;
                return new Sourced<string>(name.Replace('’', '\''), context.EvidenceAt(at));
            }
        }
        return null;
    }

    /// <summary>"Chelsea beat City 3-1 at Kingsmeadow on Sunday", "won 3-1 at Við Djúpumýrar in front of 2,650 spectators", "a crowd of 388 at
    /// Cae'r Felin": a name with no ground word that the gazetteer does not know is the ground when the sentence ties it to the match, by the
    /// day the match was played right after it or by the crowd that watched it there. The last reading: only a report with no other ground
    /// gets it. A team ("at Arsenal on Saturday"), a name holding a club word, a town that names a club ("at Bristol", a club's first word),
    /// a holiday or a month ("at Christmas") is no ground; a known ground is left to the readings before.</summary>
    private static Sourced<string>? TiedGround(ExtractionContext context)
    {
        var text = context.Text;
        foreach (Match m in TiedGroundName().Matches(text))
        {
            var name = m.Groups["name"];
            if (NoGround(context, name) || context.TeamMentions.Any(t => t.Span.Start < name.Index + name.Length && name.Index < t.Span.End)) continue;
            if (TownOfClub(context, name.Value)) continue;
            // "a crowd of 300 at Penrhos Athletic": a club's name the gazetteer lacks; a ground the gazetteer knows was judged by NamedGround.
            if (name.Value.Split(' ').Any(SideCandidates.ClubWords.Contains) || context.VenueMentions.Any(v => v.Span.Start < name.Index + name.Length && name.Index < v.Span.End)) continue;
            if (AnotherVisit(context, new TextSpan(name.Index, name.Length))) continue;
            return new Sourced<string>(name.Value.Replace('’', '\''), context.EvidenceAt(name.Index));
        }
        return null;
    }

    /// <summary>"Bristol" of "Bristol City", "Leeds" of "Leeds United": a town a club is named for, written for its club's ground or for the town.</summary>
    private static bool TownOfClub(ExtractionContext context, string name)
    {
        var start = name + " ";
        foreach (var team in context.Gazetteer.Teams.Values)
            if (team.Name.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"at Kingsmeadow on Sunday", "at the Oaks on Friday evening", "at Espiñedo in front of 3,000 fans", "spectators at Malmö IP",
    /// "a bumper crowd of 388 at Cae'r Felin": one to three capitalised words after "at", tied to the match by its day or its crowd.</summary>
    [GeneratedRegex(@"(?:\b(?:crowd|spectators|fans|supporters|attendance)(?: of [0-9][0-9,.]*)? at (?:the )?(?<name>[\p{Lu}][\p{L}\p{M}'’\-]+(?: [\p{Lu}][\p{L}\p{M}'’\-]+){0,2})(?![\p{L}\p{M}'’\-]| [\p{Lu}])|\bat (?:the )?(?<name>[\p{Lu}][\p{L}\p{M}'’\-]+(?: [\p{Lu}][\p{L}\p{M}'’\-]+){0,2}),? (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|in front of\b))")]
    private static partial Regex TiedGroundName();

    /// <summary>Whether a name read after a ground's label or "at" is no ground: quoted, a time (<see cref="NoGroundName"/>), or a team the
    /// gazetteer knows.</summary>
    private static bool NoGround(ExtractionContext context, Group name) =>
        context.IsQuoted(name.Index) || NoGroundName().IsMatch(name.Value) || context.Gazetteer.Teams.TryGet(name.Value, out _);

    /// <summary>A time, not a place: "at Christmas on Sunday", "at Easter", a month or a day; a word that opens a sentence's name ("at The").</summary>
    [GeneratedRegex(@"^(?:Christmas|Easter|New Year|Halloween|Home|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Last|Half|Full|Times?)\b")]
    private static partial Regex NoGroundName();

    /// <summary>"at", "at a rain-lashed", "back at their": a place "in" is as often a town ("the spectators in Babelsberg went quiet").</summary>
    [GeneratedRegex(@"\bat\s+(?:the\s+|their\s+|a\s+)?(?:" + GroundAdjective + @"\s+)?$")]
    private static partial Regex AtOnly();

    /// <summary>A capitalised name and its crowd: "Kingfield erupted", "Plainmoor fell silent", "Prestonfield went quiet", "Solitude was
    /// rocking", "a bumper Roots Hall crowd", "the Netherdale faithful".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}'’.\-])(?<name>[\p{Lu}][\p{L}\p{M}'’\-]+(?: [\p{Lu}][\p{L}\p{M}'’\-]+){0,2})(?: crowd\b| faithful\b| (?:erupted|exploded|fell silent|fell quiet|went quiet|went silent|went wild|was rocking|was bouncing|roared)\b)")]
    private static partial Regex GroundCrowd();

    /// <summary>A team's ground: one the report names, else the first the gazetteer lists for it.</summary>
    private static string? GroundOf(ExtractionContext context, string team)
    {
        foreach (var m in context.VenueMentions)
            if (m.Value.HomeTeam == team || m.Value.SharedWith == team) return m.Value.Name;
        foreach (var entry in context.Gazetteer.Venues.Values)
            if (entry.HomeTeam == team || entry.SharedWith == team) return entry.Name;
        return null;
    }

    private static bool IsClub(ExtractionContext context, string team) => context.Gazetteer.Teams.TryGet(team, out var entry) && !entry.National;

    /// <summary>"12 years at", "his time at", "a loan spell at": a career before the ground. "time" told as a moment of the match ("in stoppage
    /// time at", "two minutes from time at", "after extra time at", "at full time at") is no career: the goal or the result was there.</summary>
    [GeneratedRegex(@"\b(?:years|seasons|spell|spells|stint|(?<!\b(?:extra|stoppage|added|injury|from|full|normal|regular|half)[\s\-])time|career|days|months|tenure|reign)\s+(?:\w+\s+)?(?:at|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CareerBefore();

    [GeneratedRegex(@"^\s*(?:in\s+(?:\w+\s+)?(?:days|weeks|months)['’]?\s+time|next\s+(?:week|month|season|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a\s+week\s+on\b|last\s+(?:week|month|season|weekend|time)|earlier|during|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|in\s+the\s+(?:final|semi|first\s+leg|second\s+leg|reverse))", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTimeAfter();

    [GeneratedRegex(@"\b(?:will|shall|['’]ll|face|faces|meet|meets|go to|goes to|head to|heads to|travel to|travels to|next|set up|sets up|booked|book)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureBefore();

    [GeneratedRegex(@"^(?:(?:From|By)\s+[^,\n]{2,40},\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineOnly();

    [GeneratedRegex(@"^\s*,\s*(?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|January|February|March|April|May|June|July|August|September|October|November|December)\b|[0-9]{1,2}(?:st|nd|rd|th)?\b|[\p{Lu}][\p{L}]+\s+\((?:AP|AFP|Reuters|PA|dpa|Xinhua)\))")]
    private static partial Regex DatelineDay();

    [GeneratedRegex(@"\b(?:(?:semi-|quarter-)?finals?\b(?!\s+(?:time|whistle|day|game|minutes?|match|stages?|round|weeks?|seconds?|ball|third|word|touch|kick|pass|act|hurdle|score|table|standings|position|home|away|league|fixture|result|quarter|half|say|appearance|season|chance))|neutral (?:ground|venue))", RegexOptions.IgnoreCase)]
    private static partial Regex FinalOrNeutral();

    [GeneratedRegex(@"\b(?:[Aa]t|[Ii]n|inside|on the pitch at|to)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:" + GroundAdjective + @"\s+)?(?:[\p{Lu}][\w\-]*['’]s\s+)?$")]
    private static partial Regex AtBefore();

    /// <summary>Words that may describe a ground between "at" and its name: "at a rain-lashed Wembley Stadium", "at a sold-out Anfield".</summary>
    private const string GroundAdjective = @"(?:[a-z]+-[a-z]+(?:-[a-z]+)?|packed|famous|iconic|historic|new|old|sold-out|rainy|windswept|wet|sunny|raucous|boisterous|atmospheric|empty|sodden|freezing|frozen|expanded|renovated|revamped|soaked|hostile|noisy|jubilant|bouncing|full|rocking)";

    /// <summary>Lower-case words inside a ground's name between two capitalised ones: "Jassim bin Hamad Stadium", "Stadion Galgenwaard van
    /// Utrecht". A digit may open the name when a capitalised word follows ("30 June Stadium"), and a lone capital may stand inside it
    /// ("Mohammed V Stadium").</summary>
    private const string NameParticle = @"(?:bin|ibn|bint|al|el|de|da|do|dos|del|van|von|der|den)";

    /// <summary>"won at Villa", "a winner at relegation-threatened Aston Villa", "a draw away at Stoke", "rescued a point for Arsenal at West Brom"
    /// (not "on loan at", "at home to").</summary>
    [GeneratedRegex(@"\b(?:won|win|winner|victory|defeat|draw|drew|lost|loss|point|points|beaten|held|goal|goals|strike|header|game|trip|clash|derby|afternoon|evening|night|away|equaliser|equalizer|leveller|comeback|stalemate|opener)\s+(?:[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\s+)?(?:for\s+(?:[\p{Lu}][\w'’\-]*\s+){1,3})?(?:away\s+)?at\s+(?:[a-z][\w-]*\s+){0,2}$")]
    private static partial Regex AtTeam();

    /// <summary>"a 1-0 road loss to Houston Dash", "a road win over Seattle", "their road trip to Portland": the side a road result is against
    /// played at home.</summary>
    [GeneratedRegex(@"\broad\s+(?:win|victory|loss|defeat|draw|tie|trip|game|match|result)\s+(?:to|at|against|over|versus|vs\.?|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoadResultAgainst();

    [GeneratedRegex(@"\b(?:home (?:defeat|loss|win|victory|draw|debut|crowd|fans|supporters)|at home\b(?! to)|in front of their own (?:fans|supporters|crowd))", RegexOptions.IgnoreCase)]
    private static partial Regex HomeCue();

    /// <summary>"at the Sam Kerr Football Centre", "at Brentford's Gtech Community Stadium" (the owner left out), "at Stade de la Paix",
    /// "at the bet365 Stadium" (a sponsor's lower-case name), "at Pohang Steel Yard", "at Park Avenue", "at a packed Sportpark De Kievit",
    /// "travelling to Olympic Village", "at TD Place", "at Gayfield Street", "at the Brandywell Showgrounds",
    /// "in the Estadio do Dragao", "at the Diego Maradona stadium", "at their King Abdullah Sports City Stadium", "inside Gateshead International
    /// Stadium", "at the MKO Abiola Sports Complex", "at the Jassim bin Hamad Stadium", "at the 30 June Stadium", "a sold-out Mohammed V Stadium",
    /// "at the Stade du 5-Juillet-1962", "In the Estadio Hernando Siles", "at King Abdullah Sports City's Al-Jawhara Stadium"; a verb of the crowd
/// or the players ("packed into the", "walked out of the", "turned X Stadium into a cauldron", "sending the sold-out X into delirium");
/// one word that is a ground by its ending ("at the Kybunpark", "in the Ruhrstadion", "at Commerzbank-Arena", "in the Swissporarena").</summary>
    [GeneratedRegex(@"\b(?:at|[Ii]n|inside|in front of|into|out of|turned|sending|(?:travel|travell?ing|travell?ed|travels|trip|visit) to) (?:the |their |its |a )?(?:" + GroundAdjective + @" )?(?:(?:[\p{Lu}][\w\-]* ){0,3}[\p{Lu}][\w\-]*['’]s )?(?<name>(?:[\p{Lu}][\w'’.\-]+|[\p{Ll}]+[0-9]+[\w]*|[0-9]{1,2}(?= [\p{Lu}])) (?:(?:[\p{Lu}][\w'’.\-]*|" + NameParticle + @" [\p{Lu}][\w'’.\-]+) ){0,3}(?:Stadium|Park|Arena|Aréna|ArenA|Ground|Road|Lane|Stadion|Stadio|Estadio|Stade|Bowl|Field|Dome|Oval|Centre|Center|Village|Complex|Yard|Meadow|Meadows|Avenue|Gardens|Castle|Place|Street|Showground|Showgrounds|Grounds|Pavilion|Velodrome|Coliseum|Colosseum)|(?:Stade|Stadio|Estadio|Estádio|Stadion|Estadi|Sportpark|Sportplatz|Sportcomplex|Parc|Campo|Arena)(?:(?: (?:de|do|da|del|della|di|la|las|los|le|les|des|du|dos|das))* (?:l['’])?(?:[\p{Lu}]|[0-9]{1,2}(?:er|e)?-[\p{Lu}])[\w'’.\-]+){1,4}|(?:[\p{Lu}][\w'’.\-]+ ){1,3}stadium|[\p{Lu}]\p{L}{2,}(?:-?[Ss]tadion|-?[Ss]tadium|-?[Aa]rena|-?[Pp]ark))\b")]
    private static partial Regex UnknownGroundName();
}
