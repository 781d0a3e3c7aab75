using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Reads goals from lists: a line-up box ("Goals: Bowyer 35, Dyer 69 pen") and a highlights list ("78' – GOAL! – England 1-2 France. Giroud heads home ...").</summary>
internal static partial class GoalListReader
{
    /// <summary>Adds the goals of every list line and returns the spans of the lines read, so that narrative reading skips them.</summary>
    public static List<TextSpan> Read(ExtractionContext context, List<GoalCandidate> candidates)
    {
        var handled = new List<TextSpan>();
        var text = context.Text;
        (int, int)? runningScore = null;
        // The sides' keys are worked out once, at the first highlight line, not per line: no goal line changes them.
        HashSet<string>? sideKeys = null;
        int lineStart = 0;
        bool underHeading = false;
        string? capitalSide = null;
        // "Goals:" / "Newcastle United:" / "Isak 30, 51, Gordon 32": a side's line under a goals heading, then that side's list.
        string? headingSide = null;
        bool underGoals = false;
        // The last line no list rule read: a heading-less scorer line ("Sam Kerr 19′, 46′") is not read under a cards or substitutes heading.
        string? lastUnread = null;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = new TextSpan(lineStart, lineEnd - lineStart);
            if (line.Length > 0)
            {
                var lineText = line.Substring(text);
                var box = GoalsBox().Match(lineText);
                // "• Gotham, Geyse, 21'" lines run on under a "Goals:" heading, "Mashike 2" under "ĦAMRUN SPARTANS 2", until a line that is not one.
                if (underHeading && SideUnderHeading(context, lineText) is { } namedSide)
                {
                    (headingSide, underGoals) = (namedSide, true);
                    handled.Add(line);
                    lineStart = lineEnd + 1;
                    continue;
                }
                // (Under a side's name with no goals heading, only minutes with a mark: "Raya 1, Saliba 2" may be a line-up's shirt numbers.)
                if (headingSide is { } listSide && !box.Success && ListLine().IsMatch(lineText) && (underGoals || MarkedMinute().IsMatch(lineText)))
                {
                    ReadBox(context, candidates, line.Start, WithCommaBeforeNames(lineText), line, listSide);
                    handled.Add(line);
                    lineStart = lineEnd + 1;
                    continue;
                }
                headingSide = null;
                // "Australia" on a line of its own, then "Mary Fowler 15′": a side's name alone heads that side's scorer lines.
                if (!box.Success && BareSide(context, lineText) is { } bare)
                {
                    (headingSide, underGoals, underHeading, capitalSide, lastUnread) = (bare, underHeading, false, null, lineText);
                    lineStart = lineEnd + 1;
                    continue;
                }
                if ((underHeading && (SideScorerLines.TryReadBullet(context, candidates, line, lineText) || SideScorerLines.TryReadMinuteFirst(context, candidates, line, lineText)))
                    || (capitalSide is { } side && SideScorerLines.TryReadUnderSide(context, candidates, line, lineText, side)))
                {
                    handled.Add(line);
                    lineStart = lineEnd + 1;
                    continue;
                }
                underHeading = SideScorerLines.IsGoalsHeading(lineText);
                capitalSide = SideScorerLines.CapitalSide(lineText);
                if (!underHeading && SideScorerLines.TryReadSideLine(context, candidates, line, lineText)) handled.Add(line);
                else if (box.Success && IsCountedList(box.Groups["list"].Value))
                {
                    ReadCountedBox(context, candidates, line.Start + box.Groups["list"].Index, box.Groups["list"].Value, line);
                    handled.Add(line);
                }
                else if (box.Success)
                {
                    ReadBox(context, candidates, line.Start + box.Groups["list"].Index, SummaryForm(box.Groups["list"].Value), line);
                    handled.Add(line);
                }
                else
                {
                    var highlight = Highlight().Match(lineText);
                    if (highlight.Success)
                    {
                        ReadHighlight(context, candidates, line, highlight, ref runningScore, ref sideKeys);
                        handled.Add(line);
                    }
                    else if (ScoringSummaryLine().Match(lineText) is { Success: true } summary)
                    {
                        // "PHI – Dániel Gazdag (Kai Wagner) 19'", "NYC — Talles Magno (own goal), 67'": an American box score's
                        // scoring summary, a line per goal, its side's short code first and the assist in brackets.
                        var rest = summary.Groups["rest"];
                        ReadBox(context, candidates, line.Start + rest.Index, SummaryForm(rest.Value), line, SideScorerLines.SideOfCode(context, summary.Groups["code"].Value));
                        handled.Add(line);
                    }
                    else if (SideScorersLine(context, lineText) is { } sideList)
                    {
                        // "Everton: Vignola 24’, 54’; Snoeijs 45’+4": one side's scorers after its name and a colon, on one line.
                        ReadBox(context, candidates, line.Start + sideList.ListAt, sideList.List, line, sideList.Side);
                        handled.Add(line);
                    }
                    else if (IsHeadlessScorerLine(WithoutLeadingMark(lineText)))
                    {
                        // (A run of such lines under a cards heading keeps the heading as the line they follow.)
                        if (!UnderOtherHeading(lastUnread))
                        {
                            ReadBox(context, candidates, line.Start, WithCommaBeforeNames(WithoutLeadingMark(lineText)), line);
                            handled.Add(line);
                        }
                    }
                    else if (InnerGoalsBox().Match(lineText) is { Success: true } inner)
                    {
                        // "Sunderland: Borthwick, Ashcroft, ... Ward. Goal: Fairbairn 40.": a goals box that follows a line-up on its
                        // line; a line-up's side label gives its goals their side, unless a running score shows both sides' goals.
                        var list = inner.Groups["list"];
                        var labelSide = inner.Groups["side"].Success && !RunningScoreItem().IsMatch(list.Value) ? SideScorerLines.SideOf(context, inner.Groups["side"].Value) : null;
                        ReadBox(context, candidates, line.Start + list.Index, SummaryForm(list.Value), line, labelSide);
                        int boxStart = inner.Groups["label"].Index;
                        handled.Add(new TextSpan(line.Start + boxStart, line.Length - boxStart));
                    }
                    else
                    {
                        ReadScorerRun(context, candidates, line, lineText);
                        lastUnread = lineText;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return handled;
    }

    /// <summary>
    /// A box's list in the plain form the segments read, letter for letter in place (spaces pad what goes, so offsets hold): a box
    /// score's summary ("1. HVC - Tobias Lindqvist (Jonah Reyes) 23:41; 2. MPU - Sam Osei (PK) 61:05") loses its item numbers, its
    /// sides' short codes and its assists in brackets, a running clock's time becomes the minute it falls in ("23:41" is the 24th),
    /// and a note in brackets ("(PK)", "(penalty kick)", "(OG)") a bare note ("Papadimitriou (OG) 58'" reads as "Papadimitriou og 58'").
    /// </summary>
    internal static string SummaryForm(string list)
    {
        list = ItemNumber().Replace(list, m => new string(' ', m.Length));
        list = SideCode().Replace(list, m => new string(' ', m.Length));
        list = ClockTime().Replace(list, m => (int.Parse(m.Groups["m"].Value) + 1 + "'").PadRight(m.Length));
        // "Arslan (dk. 30, 90+1)", "Lomas (min. 12)": the word or abbreviation for minute before the number goes.
        list = MinuteWordBefore().Replace(list, m => new string(' ', m.Length));
        // "Nouri (77-penalty)", "Goryachev (64, from penalty)": a penalty told after the minute is the bare note.
        list = PenaltyAfterMinute().Replace(list, m => " pen".PadRight(m.Length));
        // "Paiva, at 38 minutes of the 1st time (1-0); Ferraz, at 19 minutes of the 2nd time (2-0)", "Tashpulatov, 17 (1:0)": a
        // running score in brackets goes, a half's own clock becomes its minute, and the comma between a name and its minute goes.
        list = RunningScore().Replace(list, m => new string(' ', m.Length));
        list = HalfClockItem().Replace(list, m => MinuteReader.Parse(m.Value) is { } minute ? minute.ToString().PadRight(m.Length) : m.Value);
        list = CommaBeforeMinute().Replace(list, " ");
        return BracketAside().Replace(list, m => (m.Groups["pen"].Success ? " pen" : m.Groups["og"].Success ? " og" : "").PadRight(m.Length));
    }

    [GeneratedRegex(@"(?<=^|[;,]\s*)[0-9]{1,2}\.\s")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"\b(?:dk|min|minute)\.?\s*(?=[0-9]{1,3}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteWordBefore();

    [GeneratedRegex(@"(?<=[0-9])\s*(?:[-–,]\s*)?(?:from (?:the )?)?(?:penalty(?: kick)?|spot[- ]kick)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyAfterMinute();

    [GeneratedRegex(@"\s*\(\s*[0-9]{1,2}\s*[-–:]\s*[0-9]{1,2}\s*\)")]
    private static partial Regex RunningScore();

    [GeneratedRegex(@"\b(?:at|in) (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?(?: minutes?)? of the (?:first|1st|second|2nd) (?:half|time|period)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfClockItem();

    [GeneratedRegex(@"(?<=\p{L}),(?=\s*[0-9]{1,3}(?:\+[0-9]{1,2})?['’′]?\s*(?:[,;.)]|$|pen\b|og\b))")]
    private static partial Regex CommaBeforeMinute();

    [GeneratedRegex(@"\b\p{Lu}{2,5}\s+[-–—]\s+")]
    private static partial Regex SideCode();

    [GeneratedRegex(@"\b(?<m>[0-9]{1,3}):[0-5][0-9]\b")]
    private static partial Regex ClockTime();

    /// <summary>A bracket with no digit: an assist or a side's initial (dropped), or a note ("(PK)", "(penalty kick)", "(OG)"), which
    /// becomes the bare note the segments read before or after the minutes.</summary>
    [GeneratedRegex(@"\s*\(\s*(?:(?<pen>PKs?|p|pen|penalty(?: kick)?)|(?<og>og|o\.g\.?|own goal)|[^()0-9]{1,40})\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketAside();

    /// <summary>Reads a box's list of scorers with minutes; <paramref name="team"/> is the side the line names before the list, if any.</summary>
    internal static void ReadBox(ExtractionContext context, List<GoalCandidate> candidates, int listStart, string list, TextSpan line, string? team = null)
    {
        foreach (Match segment in BoxSegment().Matches(list))
        {
            if (segment.Groups["team"].Success)
            {
                // "Goals: 17' Ferrante (A), 40' Castagnoli (B). Sent off: 86' Pellegrini-Vitale (B).": another heading ends the goals.
                if (NotGoalsHeading().IsMatch(segment.Groups["team"].Value)) break;
                team = context.Gazetteer.Teams.TryGet(segment.Groups["team"].Value, out var t) && context.Facts.Teams?.Contains(t.Name) == true ? t.Name : team;
                continue;
            }
            var name = WithoutCapitalSurnames(segment.Groups["name"].Value.Trim());
            var note = segment.Groups["note"].Value.ToLowerInvariant();
            // "Ollerenshaw pen 77", "Vidal (og) 12": a note written before the minutes belongs to them, not to the name.
            if (NoteBeforeMinutes().Match(name) is { Success: true } early)
            {
                note = early.Groups["note"].Value.ToLowerInvariant();
                name = name[..early.Index].Trim();
            }
            // "OG 18’": an own goal the list gives no player for names nobody.
            if (name.Length < 2 || UnnamedOwnGoal().IsMatch(name)) continue;
            bool noteBefore = note.Length > 0 && segment.Groups["note"].Length == 0;
            var player = context.People.FullName(name);
            // "Goals: Tashpulatov 17" under prose that tells "Jasur Toshpulatov": a line's own spelling of a name the prose spells a letter apart.
            if (player == name && context.People.NearSpelling(name) is { } near) player = near;
            var minutes = segment.Groups["min"].Captures;
            for (int i = 0; i < minutes.Count; i++)
            {
                var minuteText = minutes[i];
                // "Banda 14', 55' pen, 89'", "Wilson 22, 45+4 pen": a note after a minute of the list is that minute's alone; one
                // written before the minutes ("Ollerenshaw pen 77") is all of theirs.
                var ownNote = noteBefore ? note : MinuteNote(segment, minutes, i);
                bool penalty = ownNote.StartsWith('p'), ownGoal = ownNote.StartsWith('o');
                var minute = MinuteReader.Parse(minuteText.Value + "'");
                var scorerTeam = team ?? context.PlayerTeams.TeamOf(player);
                if (ownGoal && scorerTeam is { } own && team is null) scorerTeam = context.Teams.Opponent(own);
                candidates.Add(new GoalCandidate(player, scorerTeam, minute, listStart + segment.Index, context.EvidenceFor(line))
                {
                    Penalty = penalty,
                    OwnGoal = ownGoal,
                    Method = penalty ? GoalMethod.Penalty : GoalMethod.Unknown,
                    FromList = true,
                });
            }
        }
    }

    /// <summary>The note written right after the <paramref name="i"/>th minute of a box segment ("55' pen"), or after the closing
    /// bracket or the list when it is the last ("(Keel 22, 51) pen"); empty when it has none.</summary>
    private static string MinuteNote(Match segment, CaptureCollection minutes, int i)
    {
        int from = minutes[i].Index + minutes[i].Length, to = i + 1 < minutes.Count ? minutes[i + 1].Index : int.MaxValue;
        foreach (Capture c in segment.Groups["mnote"].Captures)
            if (c.Index >= from && c.Index < to) return c.Value.ToLowerInvariant();
        return i == minutes.Count - 1 ? segment.Groups["note"].Value.ToLowerInvariant() : "";
    }

    private static void ReadHighlight(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, Match header, ref (int, int)? runningScore, ref HashSet<string>? sideKeys)
    {
        var text = context.Text;
        var minute = MinuteReader.Parse(header.Groups["minute"].Value + "'");
        string? team = null;
        if (header.Groups["x"].Success && context.Facts.Teams is { } pair)
        {
            // The score after the goal tells who scored: the side whose count went up.
            int x = int.Parse(header.Groups["x"].Value), y = int.Parse(header.Groups["y"].Value);
            string? left = Resolve(context, header.Groups["a"].Value);
            var before = runningScore ?? (0, 0);
            var now = left is not null && left == pair.Second ? (y, x) : (x, y);
            if (now.Item1 > before.Item1) team = pair.First;
            else if (now.Item2 > before.Item2) team = pair.Second;
            runningScore = now;
        }
        int bodyStart = line.Start + header.Length;
        var body = new TextSpan(bodyStart, line.End - bodyStart);
        var bodyText = body.Substring(text);
        PersonMention? scorer = null;
        // "69': GOAL! 2-2. Churchill are level again. ... Sebastian Thomas turns it into his own net": a side's name is nobody's.
        sideKeys ??= TeamLikeNames.Keys(context);
        foreach (var person in context.People.Within(body))
        {
            if (TeamLikeNames.NamesASide(context, sideKeys, context.People.FullNameOf(person))) continue;
            if (ScorerClues.IsScorerByForm(text, person)) { scorer = person; break; }
            if (scorer is null && !ScorerClues.IsBystander(text, person)) scorer = person;
        }
        if (scorer is not { } s) return;
        var player = context.People.FullNameOf(s);
        bool ownGoal = OwnGoalWords().IsMatch(bodyText);
        bool penalty = !ownGoal && PenaltyWords().IsMatch(bodyText);
        candidates.Add(new GoalCandidate(player, team ?? context.PlayerTeams.TeamOf(player), minute, line.Start, context.EvidenceFor(line))
        {
            Penalty = penalty,
            OwnGoal = ownGoal,
            Method = penalty ? GoalMethod.Penalty : HeaderWords().IsMatch(bodyText) ? GoalMethod.Header : GoalMethod.Unknown,
            FromList = true,
        });
    }

    /// <summary>"Marie KAIPU" as "Marie Kaipu": lists that write surnames in capitals name the same players as the prose.</summary>
    internal static string WithoutCapitalSurnames(string name)
    {
        var words = name.Split(' ');
        for (int i = 0; i < words.Length; i++)
            if (words[i].Length >= 2 && words[i].All(c => !char.IsLetter(c) || char.IsUpper(c)) && words[i].Count(char.IsLetter) >= 2)
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..].ToLowerInvariant();
        return string.Join(' ', words);
    }

    private static string? Resolve(ExtractionContext context, string name) =>
        context.Gazetteer.Teams.TryGet(name.Trim(), out var entry) ? entry.Name : context.Facts.Teams is { } p && p.Contains(name.Trim()) ? name.Trim() : null;

    [GeneratedRegex(@"\s+\(?(?<note>pen|p|penalty|og|o\.g\.|own goal)\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteBeforeMinutes();

    [GeneratedRegex(@"^(?:og|o\.g\.?|own[- ]goal)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedOwnGoal();

    /// <summary>A line under a goals heading that is one of the match's sides and a colon ("Newcastle United:"): the side whose list follows.</summary>
    private static string? SideUnderHeading(ExtractionContext context, string lineText)
    {
        var m = SideColon().Match(lineText);
        if (!m.Success || context.Facts.Teams is not { } pair) return null;
        var side = m.Groups["side"].Value.Trim();
        if (string.Equals(side, pair.First, StringComparison.OrdinalIgnoreCase)) return pair.First;
        if (string.Equals(side, pair.Second, StringComparison.OrdinalIgnoreCase)) return pair.Second;
        return context.Gazetteer.Teams.TryGet(side, out var t) && pair.Contains(t.Name) ? t.Name : null;
    }

    [GeneratedRegex(@"^\s*(?<side>\p{Lu}[\w'’. &-]{1,40}?)\s*:\s*$")]
    private static partial Regex SideColon();

    /// <summary>A line that is only one of the match's sides ("Australia", "Newcastle United:"): the side whose scorer lines may follow.</summary>
    private static string? BareSide(ExtractionContext context, string lineText)
    {
        var m = BareSideLine().Match(lineText);
        return m.Success && context.Facts.Teams is not null ? SideScorerLines.SideOf(context, m.Groups["side"].Value) : null;
    }

    [GeneratedRegex(@"^\s*(?<side>\p{Lu}[\p{L}\p{M}'’. &-]{1,40}?)\s*:?\s*$")]
    private static partial Regex BareSideLine();

    /// <summary>"Mary Fowler 15′", "Sam Kerr 19', 45+2', 46'": a line of scorers whose minutes carry a minute mark, with no goals heading
    /// (after the prose, or in a run of such lines); not under a short heading of cards, substitutions or assists, whose lines look the same.</summary>
    /// <summary>One goal of a scoring summary: an optional item number, a side's code or name, a dash, the scorer, a bracket (an assist or a
    /// note, never a card's or a substitution's: "NY – Dante Vanzeir (caution) 44'" is a booking), and the minute with its mark or a running
    /// clock's time.</summary>
    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}\.\s+)?(?<code>\p{Lu}[\p{L}.&'’ ]{1,30}?)\s+[-–—]\s+(?<rest>\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?\s*(?:\((?!\s*(?:cautions?|yellow|red|second yellow|ejection|ejected|sent off|booking|booked|YC|RC|sub|substitut|replaced|injur|missed|saved)\b)[^()\n0-9]{1,40}\)\s*)?,?\s*[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?\s*(?:['’′]|:[0-5][0-9]\b))\s*$")]
    private static partial Regex ScoringSummaryLine();

    /// <summary>
    /// "Kinvig (4, 29, 61), Quayle (11, 66 pen), Corlett (40, 78) and an own goal from Foxdale's Skillicorn (88) made up the scoring": a
    /// sentence that opens on two or more scorers, each with the minutes of his goals in brackets, and goes on to the scoring or the goals,
    /// is a scorers line written as prose. The rest of the line is still read as prose (the goals it tells after the run are not in it).
    /// </summary>
    private static void ReadScorerRun(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, string lineText)
    {
        foreach (Match run in ScorerRun().Matches(lineText))
            foreach (Match item in RunItem().Matches(run.Value))
            {
                var player = context.People.FullName(item.Groups["name"].Value);
                bool ownGoal = item.Groups["og"].Success;
                var team = context.PlayerTeams.TeamOf(player);
                if (ownGoal) team = team is { } own ? context.Teams.Opponent(own) : null;
                foreach (Capture told in item.Groups["min"].Captures)
                {
                    var minuteText = told.Value;
                    bool penalty = !ownGoal && minuteText.EndsWith(" pen", StringComparison.OrdinalIgnoreCase);
                    var minute = MinuteReader.Parse(minuteText.Split(' ')[0] + "'");
                    candidates.Add(new GoalCandidate(player, team, minute, line.Start + run.Index + item.Index, context.EvidenceFor(line))
                    {
                        Penalty = penalty,
                        OwnGoal = ownGoal || minuteText.EndsWith(" og", StringComparison.OrdinalIgnoreCase),
                        Method = penalty ? GoalMethod.Penalty : GoalMethod.Unknown,
                        FromList = true,
                    });
                }
            }
    }

    private const string RunItemPattern = @"(?:(?<og>an? own goal (?:from|by) (?:\p{Lu}[\p{L}\p{M}'’-]+['’]s? )?))?(?<name>\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2}) \((?:(?<min>[0-9]{1,3}(?:\+[0-9]{1,2})?(?: pen| og)?)(?:, )?)+\)";

    [GeneratedRegex(@"(?<=^|[.!?]\s+)" + RunItemPattern + @"(?:(?:,? and |, )" + RunItemPattern + @")+(?=[^.!?\n]{0,80}?\b(?:the scoring|scorers?|goals?|scored|netted|on target|on the scoresheet)\b)")]
    private static partial Regex ScorerRun();

    [GeneratedRegex(RunItemPattern)]
    private static partial Regex RunItem();

    /// <summary>"Scorers: Neill 3, Hewitt, Magee.", "Scorers: Wednesday—Rimmer, Ball (pen.). United—Dunne 2.": a scorers line that gives no
    /// minutes (no minute mark, no number past a handful) and names a scorer with no number at all counts goals, not minutes: a lone small
    /// number after a name is how many that player scored.</summary>
    private static bool IsCountedList(string list) =>
        !MarkedMinute().IsMatch(list) && !BigNumber().IsMatch(list) && CountedItem().Matches(list).Any(m => !m.Groups["count"].Success);

    private static void ReadCountedBox(ExtractionContext context, List<GoalCandidate> candidates, int listStart, string list, TextSpan line)
    {
        foreach (Match item in CountedItem().Matches(list))
        {
            var name = WithoutCapitalSurnames(item.Groups["name"].Value.Trim());
            if (name.Length < 2 || UnnamedOwnGoal().IsMatch(name)) continue;
            var note = item.Groups["note"].Value.ToLowerInvariant();
            bool penalty = note.StartsWith('p'), ownGoal = note.StartsWith('o');
            var player = context.People.FullName(name);
            var team = context.PlayerTeams.TeamOf(player);
            if (ownGoal) team = team is { } own ? context.Teams.Opponent(own) : null;
            int count = item.Groups["count"].Success ? int.Parse(item.Groups["count"].Value) : 1;
            for (int k = 0; k < count; k++)
                candidates.Add(new GoalCandidate(player, team, null, listStart + item.Index, context.EvidenceFor(line))
                {
                    Penalty = penalty,
                    OwnGoal = ownGoal,
                    Method = penalty ? GoalMethod.Penalty : GoalMethod.Unknown,
                    FromList = true,
                });
        }
    }

    [GeneratedRegex(@"[0-9]{2}")]
    private static partial Regex BigNumber();

    /// <summary>One scorer of a counted list, after the side's label if the list gives one ("United—Dunne 2").</summary>
    [GeneratedRegex(@"(?:(?<=^|[,;.]\s*)\s*\p{Lu}[\p{L}'’ ]{1,30}?\s*[—–:]\s*)?(?<name>\p{Lu}[\p{L}\p{M}'’\- ]{1,40}?)(?:\s+(?<count>[2-6]))?\s*(?:\(\s*(?<note>pen|p|penalty|og|o\.g|own goal)\.?\s*\))?\s*(?:[,;.]|$)")]
    private static partial Regex CountedItem();

    /// <summary>"⚽ Dimitriou 23'", "• Kerr 19'": a club post's scorer line opens on a ball or a bullet, blanked (offsets hold) so the
    /// line reads as a bare scorer line.</summary>
    /// <summary>
    /// "Everton: Vignola 24’, 54’, 56’; Snoeijs 45’+4": a line that is one of the match's sides, a colon, and a list of its scorers whose
    /// minutes carry a minute mark (a line-up after a side's colon has no marked minutes). A mark written before the added time ("45’+4")
    /// is moved after it ("45+4’", offsets hold) so the list reads as any other.
    /// </summary>
    private static (string Side, int ListAt, string List)? SideScorersLine(ExtractionContext context, string lineText)
    {
        if (SideThenList().Match(lineText) is not { Success: true } m) return null;
        var list = MarkBeforeAddedTime().Replace(m.Groups["list"].Value, a => a.Groups["added"].Value + a.Groups["mark"].Value);
        if (!ListLine().IsMatch(list.Replace(';', ',')) || !MarkedMinute().IsMatch(list)) return null;
        return SideScorerLines.SideOf(context, m.Groups["side"].Value) is { } side ? (side, m.Groups["list"].Index, list) : null;
    }

    [GeneratedRegex(@"^\s*(?<side>\p{Lu}[\p{L}\p{M}'’. &-]{1,40}?)\s*:\s*(?<list>\p{Lu}.*?)\s*$")]
    private static partial Regex SideThenList();

    [GeneratedRegex(@"(?<=[0-9])(?<mark>['’′])(?<added>\+[0-9]{1,2})")]
    private static partial Regex MarkBeforeAddedTime();

    private static string WithoutLeadingMark(string lineText) => LeadingMark().Replace(lineText, m => new string(' ', m.Length));

    [GeneratedRegex(@"^\s*[⚽•▪►*–-]\uFE0F?(?=\s*\p{Lu})")]
    private static partial Regex LeadingMark();

    private static bool IsHeadlessScorerLine(string lineText) => ListLine().IsMatch(lineText) && MarkedMinute().IsMatch(lineText);

    private static bool UnderOtherHeading(string? lastUnread) => lastUnread is { } heading && heading.Trim().Length <= 40 && NotGoalsHeading().IsMatch(heading);

    [GeneratedRegex(@"[0-9]\s?(?:['’′]|mins?\b)")]
    private static partial Regex MarkedMinute();

    [GeneratedRegex(@"\b(?:cards?|bookings?|booked|cautions?|yellow|red|sent off|dismiss\w*|subs?|substitut\w*|replaced|changes|injur\w*|assists?|miss\w*|saved|disallowed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotGoalsHeading();

    /// <summary>"Wilson 28, 75 Joelinton 72" as "Wilson 28, 75,Joelinton 72": a list that leaves out the comma between one scorer's
    /// last minute and the next scorer's name gets it back in place of the space (offsets hold), so the segments end where the names do.</summary>
    private static string WithCommaBeforeNames(string lineText) => SpaceBeforeNextName().Replace(lineText, ",");

    /// <summary>A scorer's second or later minute, after a comma ("28, 75"): the only place a list leaves out the comma before the next
    /// name. A line with no such minute ("Corners were Burnley 4 (3) Newcastle 11 (5)", "match ended Newcastle 0 Everton 1") is a stats
    /// or result line, not a list.</summary>
    private const string LaterMinute = @"[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?(?:['’′]|\s?mins?\b)?(?:\s*(?i:pen|p|og)\b)?\)?";

    [GeneratedRegex(@"(?<=,\s*" + LaterMinute + @")\s(?=\s*\p{Lu})(?!\s*(?i:pen|p|og|o\.g\.|own goal)\b)")]
    private static partial Regex SpaceBeforeNextName();

    /// <summary>A line that is only a list of scorers with minutes: "Isak 30, 51, Gordon 32, Schar 87", "Wilson 28, 75 Joelinton 72",
    /// "Wilson 54, 81, Walcott OG 79," (a comma left out before a name after a scorer's later minute, or one left over at the end).</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?\s*\(?\s*[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?(?:['’′]|\s?mins?\b)?(?:\s*(?:pen|p|og)\b)?\)?(?:(?:\s*,\s*|(?<=,\s*" + LaterMinute + @")\s+(?=\p{Lu}))(?:\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?\s*)?\(?\s*[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?(?:['’′]|\s?mins?\b)?(?:\s*(?:pen|p|og)\b)?\)?)*\s*[.,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLine();

    /// <summary>A goals box after a sentence's end within a line ("... Roberts (Lowes 66), Ward. Goal: Fairbairn 40."), the line's
    /// opening label before a colon ("Sunderland:") kept as the side it may name.</summary>
    [GeneratedRegex(@"^(?:\s*(?<side>\p{Lu}[\p{L}\p{M}'’.&\- ]{1,40}?)\s*:)?[^\n]*?[.;]\s+(?<label>(?:Goals?|Scorers?|Goalscorers?|GOALS?|SCORERS?)\s*:)\s*(?<list>\p{Lu}.+|[0-9].+)$")]
    private static partial Regex InnerGoalsBox();

    [GeneratedRegex(@"\b[0-9]{1,2}\s*[:-]\s*[0-9]{1,2}\b")]
    private static partial Regex RunningScoreItem();

    /// <summary>"Goals: Bowyer 35, Dyer 69 pen", "- Goals: Ahtinen (27’), Tandberg (49’).": a goals box, on a bullet of its own or not.</summary>
    [GeneratedRegex(@"^\s*(?:[-–•*▪►]\s*)?(?:Goals?|Scorers?|Goalscorers?|Scoring(?: summary)?|Goal summary)\s*:\s*(?<list>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalsBox();

    /// <summary>One item of a box's list: a side's label ("Sunderland:"), a name with its minutes, each minute with its own note
    /// ("Banda 14', 55' pen, 89'"), or a minute then a name. An item ends at a comma, a semicolon, a full stop, the end, or a bar or (after
    /// a minute's mark, so "29 – Marcus Rashford, 11 – Bruno Fernandes", a season's tallies, stays unread) a dash standing alone between
    /// the two sides' lists ("Anucha 56' (pen), 89' – Thanawat 33'", "Fennick 80 | Lutz 70").</summary>
    [GeneratedRegex(@"(?:(?<team>\p{Lu}[\w'’. &]+?)\s*:\s*)|(?<name>\p{Lu}[^0-9,;():]+?)\s*\(?\s*(?:(?<min>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)(?:['’′]|\s?mins?\b)?\s*(?:\(?\s*(?<mnote>pen|p|penalty|og|o\.g\.|own goal)(?!\p{L})\s*\)?\s*(?=[,;.)]|$|[0-9]))?,?\s*)+(?:\(?\s*(?<note>pen|p|penalty|og|o\.g\.|own goal)\s*\)?)?\s*\)?\s*(?:[,;.]|$|(?<=['’′)]\s+)(?=[-–—]\s)|(?<=\s)(?=\|\s))|(?<min>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)(?:['’′]|\s?mins?\b)\s*(?:(?<note>pen|p|penalty|og|o\.g\.|own goal)\s+)?(?<name>\p{Lu}[^0-9,;():]+?)\s*(?:[,;.]|$)")]
    private static partial Regex BoxSegment();

    [GeneratedRegex(@"^\s*(?<minute>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)\s?['’′]?\s*[-–—:]+\s*GOAL!*\s*(?:[-–—:]+\s*(?<a>[^0-9\n]+?)\s+(?<x>[0-9]{1,2})\s?[-–]\s?(?<y>[0-9]{1,2})\s+(?<b>[^.\n]+?)\s*[.!]+)?")]
    private static partial Regex Highlight();

    /// <summary>Words that tell a goal scored from the spot. "from 12 yards" after a finish whose direction is told ("swept home from 12
    /// yards", "fired in from twelve yards", "into the roof of the net from 12 yards") measures an open-play shot, not a kick from the
    /// spot, unless a foul told after it gives the kick ("fires in from twelve yards after a foul on Tate").</summary>
    [GeneratedRegex(@"\b(?:penalty(?! (?:area|box)\b)|spot[- ]kick|(?-i:PKs?)|from the spot|(?<!\b(?:in|home|net|keeper|goalkeeper) )from (?:twelve|12) yards|from (?:twelve|12) yards(?= after (?:[\w'’-]+ ){0,4}?(?:foul|fouled|handball|handled|tripped|brought down|pulled down|hauled down|bundled over|felled)\b))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PenaltyWords();

    [GeneratedRegex(@"\b(?:own[- ]goal|own net|into his own|into her own|put through his own|(?:past|beyond|over) (?:his|her|their) own (?:goalkeeper|keeper|goalie|stopper))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex OwnGoalWords();

    [GeneratedRegex(@"\b(?:head|heads|headed|header|nod|nods|nodded|glanced header|headers)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex HeaderWords();
}
