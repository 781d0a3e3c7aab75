using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Reads the goal lists that name a side on each line: a side's count with its scorers in brackets ("Hekari United FC: 3
/// (Marie KAIPU 20’, Anashtasia GUNEMBA 53’)", "Arsenal 2 (Saka 23, Rice 67) Chelsea 1 (Palmer 88)") and the bulleted lines under a
/// "Goals:" heading ("• Gotham, Midge Purce, 30' (P)"), and the scorer lines under a side in capitals with its count ("ĦAMRUN SPARTANS 2",
/// "Mashike 2", "Camenzuli 11").</summary>
internal static partial class SideScorerLines
{
    /// <summary>Reads a line made only of sides with counts and bracketed scorers; false when the line is not one.</summary>
    public static bool TryReadSideLine(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, string lineText)
    {
        // Every such line brackets its scorers: most lines of a report have no bracket and are not tried.
        if (lineText.IndexOf('(') < 0) return false;
        var whole = SideLine().Match(lineText);
        var sides = whole.Groups["side"].Captures;
        // Only a line about the match's own sides is its box ("Teen Mom 2 (Season 10)" is not).
        if (!whole.Success || sides.Any(s => SideOf(context, s.Value) is null)) return TryReadSidePairWithin(context, candidates, line, lineText);
        int before = candidates.Count;
        // A side that scored none has no brackets ("Arsenal 2 (Saka 23, Rice 67) Chelsea 0"): each list goes to the side before it.
        foreach (Capture list in whole.Groups["list"].Captures)
        {
            var side = sides.Where(s => s.Index < list.Index).Last();
            GoalListReader.ReadBox(context, candidates, line.Start + list.Index, list.Value, line, SideOf(context, side.Value));
        }
        return candidates.Count > before;
    }

    /// <summary>
    /// The pair of the match's sides with their counts and bracketed scorers inside a longer line: after a label ("THE FACTS Sampdoria 4
    /// (Rinaldi 9, 51, Gasparini 88) Napoli 3 (Coppola 21, 37)", "Full time: Zambia 3 (...) Canada 2 (...)", "SCORERS: ...") or before
    /// the box's other items ("... Sent off: Merlo (Napoli) 60 Referee: ...", ". Halftime 0-1.", " - after extra time."). Each list goes to
    /// the side before it; both sides must be the match's two sides, so another match's result line gives nothing.
    /// </summary>
    private static bool TryReadSidePairWithin(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, string lineText)
    {
        int before = candidates.Count;
        foreach (Match pair in SidePairWithin().Matches(lineText))
        {
            if (!pair.Groups["la"].Success && !pair.Groups["lb"].Success) continue;
            var first = SideEndingIn(context, pair.Groups["a"].Value);
            var second = SideOf(context, pair.Groups["b"].Value);
            if (first is null || second is null || first == second) continue;
            if (pair.Groups["la"].Success) GoalListReader.ReadBox(context, candidates, line.Start + pair.Groups["la"].Index, pair.Groups["la"].Value, line, first);
            if (pair.Groups["lb"].Success) GoalListReader.ReadBox(context, candidates, line.Start + pair.Groups["lb"].Index, pair.Groups["lb"].Value, line, second);
        }
        return candidates.Count > before;
    }

    /// <summary>The match's side that ends the words before a count ("Sampdoria" in "THE FACTS Sampdoria"): the longest run of last words that names one.</summary>
    private static string? SideEndingIn(ExtractionContext context, string written)
    {
        var words = written.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
            if (SideOf(context, string.Join(' ', words[i..])) is { } side) return side;
        return null;
    }

    /// <summary>A side in capitals with its count on a line of its own ("ĦAMRUN SPARTANS 2"), as result boxes head their scorer lines; null when the line is not one.</summary>
    public static string? CapitalSide(string lineText) =>
        CapitalSideLine().Match(lineText) is { Success: true } m && m.Groups["side"].Value.Count(char.IsLetter) >= 3 ? m.Groups["side"].Value : null;

    /// <summary>Reads one scorer line under a capital side line ("Mashike 2", "Camenzuli 11"); false when the line is not one.</summary>
    public static bool TryReadUnderSide(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, string lineText, string side)
    {
        var scorer = ScorerUnderSide().Match(lineText);
        if (!scorer.Success || !scorer.Groups["name"].Value.Any(char.IsLower) || MinuteReader.Parse(scorer.Groups["min"].Value + "'") is not { } minute) return false;
        var note = scorer.Groups["note"].Value.ToLowerInvariant();
        bool penalty = note.StartsWith('p'), ownGoal = note.StartsWith('o');
        var player = context.People.FullName(scorer.Groups["name"].Value.Trim());
        if (SideOf(context, side) is not { } team) return false;
        candidates.Add(Listed(context, line, player, team, minute, line.Start + scorer.Groups["name"].Index, penalty, ownGoal));
        return true;
    }

    /// <summary>A heading that a bulleted goal list follows: "Goals:", "Scorers".</summary>
    public static bool IsGoalsHeading(string lineText) => GoalsHeading().IsMatch(lineText);

    /// <summary>
    /// Reads one line of a goals heading's list written minute first: "17' AKR – Chidi Okafor (Luca Bernardi)", "58' – CAL – Liam
    /// O'Driscoll (PK)", "27' TANABE Ryota (Sanfrecce)": the minute with its mark, a side's code or name and a dash if given, the scorer,
    /// and a bracket that is a note (penalty, own goal), the side, or an assist; false when the line is not one (a card's or a
    /// substitution's bracket is no goal's).
    /// </summary>
    public static bool TryReadMinuteFirst(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, string lineText)
    {
        var item = MinuteFirstItem().Match(lineText);
        if (!item.Success || MinuteReader.Parse(item.Groups["min"].Value + "'") is not { } minute) return false;
        // A side's code that fits neither side ("MCU" for a side the report names otherwise) leaves the line to the other readers.
        var team = item.Groups["code"].Success ? SideOfCode(context, item.Groups["code"].Value) : null;
        if (item.Groups["code"].Success && team is null) return false;
        var aside = item.Groups["aside"].Value.Trim();
        bool ownGoal = OwnGoalAside().IsMatch(aside), penalty = !ownGoal && PenaltyAside().IsMatch(aside);
        var player = context.People.FullName(GoalListReader.WithoutCapitalSurnames(FamilyNameLast(item.Groups["name"].Value.Trim())));
        // The side written first is the one the goal counts for; a bracket that is a side names the scorer's.
        if (team is null && aside.Length > 0 && SideOf(context, aside) is { } bracketSide) team = ownGoal ? context.Teams.Opponent(bracketSide) : bracketSide;
        team ??= context.PlayerTeams.TeamOf(player) is { } own && ownGoal ? context.Teams.Opponent(own) : context.PlayerTeams.TeamOf(player);
        candidates.Add(Listed(context, line, player, team, minute, line.Start + item.Groups["name"].Index, penalty, ownGoal));
        return true;
    }

    [GeneratedRegex(@"^\s*(?<min>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)\s*['’′]\s*(?:[-–—:]\s*)?(?:(?<code>\p{Lu}[\p{L}.&'’ ]{0,30}?)\s+[-–—]\s+)?(?<name>\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)\s*(?:\((?!\s*(?:cautions?|yellow|red|second yellow|ejection|ejected|sent off|booking|booked|YC|RC|sub|substitut|replaced|injur|missed|saved)\b)(?<aside>[^()\n0-9]{1,40})\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteFirstItem();

    /// <summary>"TANABE Ryota" as "Ryota TANABE": a list that writes the family name in capitals and first (as Japanese and Korean
    /// sheets do) names the player the prose calls "Ryota Tanabe"; "Marcelo TAVARES" is left as written.</summary>
    private static string FamilyNameLast(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool IsCapitals(string w) => w.Count(char.IsLetter) >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return words.Length >= 2 && IsCapitals(words[0]) && !words.Skip(1).Any(IsCapitals) ? string.Join(' ', words.Skip(1).Append(words[0])) : name;
    }

    [GeneratedRegex(@"^(?:PKs?|p|pen|penalty(?: kick)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyAside();

    [GeneratedRegex(@"^(?:og|o\.g\.?|own goal)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnGoalAside();

    /// <summary>Reads one bulleted line under a goals heading ("• Gotham, Geyse, 21'"); false when the line is not one.</summary>
    public static bool TryReadBullet(ExtractionContext context, List<GoalCandidate> candidates, TextSpan line, string lineText)
    {
        var bullet = Bullet().Match(lineText);
        if (!bullet.Success || MinuteReader.Parse(bullet.Groups["min"].Value + "'") is not { } minute) return false;
        var note = bullet.Groups["note"].Value.ToLowerInvariant();
        bool penalty = note.StartsWith('p'), ownGoal = note.StartsWith('o');
        var player = context.People.FullName(GoalListReader.WithoutCapitalSurnames(bullet.Groups["name"].Value.Trim()));
        // The side written first is the one the goal counts for, an own goal's included (as in the line-up boxes).
        var team = bullet.Groups["side"].Success ? SideOf(context, bullet.Groups["side"].Value) : null;
        candidates.Add(Listed(context, line, player, team ?? context.PlayerTeams.TeamOf(player), minute, line.Start + bullet.Groups["name"].Index, penalty, ownGoal));
        return true;
    }

    /// <summary>A goal read from a list line, its evidence the line, a penalty marked as the goal's method.</summary>
    private static GoalCandidate Listed(ExtractionContext context, TextSpan line, string player, string? team, Minute minute, int start, bool penalty, bool ownGoal) =>
        new(player, team, minute, start, context.EvidenceFor(line))
        {
            Penalty = penalty,
            OwnGoal = ownGoal,
            Method = penalty ? GoalMethod.Penalty : GoalMethod.Unknown,
            FromList = true,
        };

    /// <summary>The match's side a list names ("Hekari United FC" for Hekari United, "Gotham" for Gotham FC), or null when it names neither.</summary>
    internal static string? SideOf(ExtractionContext context, string written)
    {
        var side = ClubSuffix().Replace(written.Trim(), "");
        if (context.Gazetteer.Teams.TryGet(side, out var entry) && context.Facts.Teams?.Contains(entry.Name) != false) return entry.Name;
        if (context.Facts.Teams is not { } pair) return null;
        foreach (var team in new[] { pair.First, pair.Second })
        {
            var name = team.TrimEnd('.');
            if (name.Equals(side, StringComparison.OrdinalIgnoreCase) || StartsWithWords(name, side) || StartsWithWords(side, name)) return team;
        }
        return null;
    }

    /// <summary>The match's side a scoring summary's short code stands for ("PHI" for Philadelphia Union, "NYRB" for New York Red Bulls):
    /// the one side with a word that opens on the code's letters (the first word for a two-letter code) or whose words' initials spell it; a side's name is read as <see cref="SideOf"/>
    /// reads it; null when neither side or both fit.</summary>
    internal static string? SideOfCode(ExtractionContext context, string code)
    {
        code = code.Trim();
        if (SideOf(context, code) is { } named) return named;
        if (context.Facts.Teams is not { } pair || code.Length is < 2 or > 5 || !code.All(char.IsUpper)) return null;
        var fits = new[] { pair.First, pair.Second }.Where(team => FitsCode(team, code)).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static bool FitsCode(string team, string code)
    {
        var folded = TextFolding.Fold(team).ToUpperInvariant();
        var words = folded.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        if (words[0].StartsWith(code, StringComparison.Ordinal) || (code.Length >= 3 && words.Any(w => w.StartsWith(code, StringComparison.Ordinal)))) return true;
        var initials = string.Concat(words.Select(w => w[0]));
        return initials == code || (code.Length >= 3 && initials.StartsWith(code, StringComparison.Ordinal));
    }

    private static bool StartsWithWords(string name, string start) =>
        name.StartsWith(start, StringComparison.OrdinalIgnoreCase) && (name.Length == start.Length || name[start.Length] == ' ');

    [GeneratedRegex(@"\s+(?:FC|AFC|SC|CF|FK|SK)$")]
    private static partial Regex ClubSuffix();

    /// <summary>One or two "Side[:] N (scorers with minutes)" groups filling the line.</summary>
    [GeneratedRegex(@"^\s*(?:(?<side>\p{Lu}[\p{L}'’.&\- ]{1,40}?)\s*:?\s+[0-9]{1,2}\s*(?:\((?<list>[^()\n]*?\p{Lu}[^()\n]*?[0-9][^()\n]*)\))?\s*[,;–-]?\s*){1,2}(?<=\))\s*$|^\s*(?:(?<side>\p{Lu}[\p{L}'’.&\- ]{1,40}?)\s*:?\s+[0-9]{1,2}\s*(?:\((?<list>[^()\n]*?\p{Lu}[^()\n]*?[0-9][^()\n]*)\))?\s*[,;–-]?\s*){2}$")]
    private static partial Regex SideLine();

    /// <summary>Two "Side N (scorers with minutes)" groups anywhere in a line, a bracket after at least one; the first side may follow a label's words.</summary>
    [GeneratedRegex(@"(?<a>\p{Lu}[\p{L}\p{M}'’.&\- ]{1,60}?)\s*:?\s+[0-9]{1,2}\b\s*(?:\((?<la>[^()\n]*?\p{Lu}[^()\n]*?[0-9][^()\n]*)\))?\s*[,;–—-]?\s*(?<b>\p{Lu}[\p{L}\p{M}'’.&\- ]{1,40}?)\s*:?\s+[0-9]{1,2}\b\s*(?:\((?<lb>[^()\n]*?\p{Lu}[^()\n]*?[0-9][^()\n]*)\))?")]
    private static partial Regex SidePairWithin();

    [GeneratedRegex(@"^\s*(?<side>\p{Lu}[\p{Lu}\p{M}'’.& -]*\p{Lu})\s+[0-9]{1,2}\s*$")]
    private static partial Regex CapitalSideLine();

    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)\s+(?<min>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)\s*['’′]?\s*(?:\(\s*(?<note>pen|p|penalty|og|o\.g\.|own goal)\s*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScorerUnderSide();

    [GeneratedRegex(@"^\s*(?:Goals?|Scorers?|Goalscorers?|Goal ?scorers|Scoring summary|Goals? summary)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalsHeading();

    [GeneratedRegex(@"^\s*[•·▪‣◦*\-–]\s*(?:(?<side>[^,\n]{2,40}?),\s*)?(?<name>\p{Lu}[^,\n0-9]{1,60}?),?\s+(?<min>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)\s*['’′]?\s*(?:\(\s*(?<note>P|pen|penalty|OG|o\.g\.|own goal)\s*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bullet();
}
