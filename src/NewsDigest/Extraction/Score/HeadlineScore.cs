using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>The score a headline gives: "Arsenal 1-1 Sheff Utd", "LA Galaxy 2 New York Red Bulls 1", "after 1-0 win against Chelsea",
/// "Liverpool pile more misery on Manchester United with 3-0 victory"; and a side's name as a headline or result line writes it.</summary>
internal static partial class HeadlineScore
{
    internal static MatchResult? FromTitle(ExtractionContext context, TeamPair pair)
    {
        if (context.Article.Title is not { Length: > 0 } title) return null;
        var m = TitleScore().Match(title);
        // "LA Galaxy 2 New York Red Bulls 1: ...": each side's goals after its name.
        if (!m.Success) m = TitleScoreAfterEach().Match(title);
        // "Persebaya vs PSS Sleman 2-2", "Aris – OFI 2-1 (1-0)", "Nasaf – Navbahor – 2:1": the pair first, then the score, in the pair's order.
        if (!m.Success) m = TitlePairScore().Match(title);
        // "Cagliari-Lazio 2-2: the Rossoblù are caught at the end": two one-word sides joined by a bare hyphen, as Italian and other European
        // outlets write a fixture, then the score.
        if (!m.Success) m = TitleHyphenPairScore().Match(title);
        if (!m.Success) return FromTitleResultNoun(context, pair, title) ?? FromTitleBareResult(context, pair, title) ?? FromTitleGoalless(context, pair, title) ?? FromTitleLevel(context, pair, title);
        string? a = Resolve(context, m.Groups["a"].Value), b = Resolve(context, m.Groups["b"].Value);
        // "Pars 2-2 Partick Thistle": a club's nickname beside the pair's other side stands for the club the teams were read as.
        if (a is null && b is not null && pair.Contains(b) && TeamExtractor.NicknameOnly(context, LastWord(m.Groups["a"].Value))) a = PairChoice.Other(pair, b);
        else if (b is null && a is not null && pair.Contains(a) && TeamExtractor.NicknameOnly(context, m.Groups["b"].Value.Trim())) b = PairChoice.Other(pair, a);
        // "City 2-2 United" atop a Manchester derby: a headline word that is a word of one side's name only stands for that side.
        if (a is null || !pair.Contains(a)) a = SideByWord(pair, LastWord(m.Groups["a"].Value)) ?? a;
        if (b is null || !pair.Contains(b)) b = SideByWord(pair, m.Groups["b"].Value.Trim().Split(' ')[0]) ?? b;
        // "Late Winner Hands Liverpool Cup After 1-0 Win Against Chelsea": no side before the scoreline, a result noun after it.
        if (a is null || b is null || a == b || !pair.Contains(a) || !pair.Contains(b)) return FromTitleResultNoun(context, pair, title);
        var score = new Scoreline(int.Parse(m.Groups["x"].Value), int.Parse(m.Groups["y"].Value));
        if (a != pair.First) score = score.Swapped();
        var evidence = context.OpeningEvidence();
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
        return new MatchResult(score, null, false, context.OpeningEvidence());
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
        return new MatchResult(score, null, false, context.OpeningEvidence());
    }

    /// <summary>"Sarajevo derby ends goalless as Zajmović misses from the spot", "Leeds and Burnley play out scoreless draw": a headline that
    /// names a side of the pair and says the match ended without a goal.</summary>
    private static MatchResult? FromTitleGoalless(ExtractionContext context, TeamPair pair, string title)
    {
        if (!TitleGoalless().IsMatch(title) || title.Contains('?')) return null;
        var tokens = Tokenizer.Tokenize(title);
        // "Sarajevo derby" for FK Sarajevo: a capitalised word of one side's name is enough.
        if (!context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count).Any(t => pair.Contains(t.Value.Name))
            && !title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => SideByWord(pair, word.TrimEnd(',', ':', '\'', '’')) is not null)) return null;
        return new MatchResult(new Scoreline(0, 0), null, false, context.OpeningEvidence());
    }

    /// <summary>"Valur and Breiðablik draw 0-0 at Hlíðarendi", "Sporting KC, Minnesota United tie 2-2 after stoppage-time PK", "Brazil draw 1 - 1 with
    /// Venezuela": a headline naming a side of the pair before "draw", "tie" or "held" and a level score right after it; a level score needs no side.</summary>
    private static MatchResult? FromTitleLevel(ExtractionContext context, TeamPair pair, string title)
    {
        if (TitleLevel().Match(title) is not { Success: true } m || title.Contains('?') || m.Groups["x"].Value != m.Groups["y"].Value) return null;
        if (title.AsSpan(0, m.Index).Contains("aggregate", StringComparison.OrdinalIgnoreCase)) return null;
        var tokens = Tokenizer.Tokenize(title);
        if (!context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count).Any(t => t.Span.End <= m.Index && pair.Contains(t.Value.Name))
            && !title[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => SideByWord(pair, word.TrimEnd(',', ':', '\'', '’')) is not null)) return null;
        int n = int.Parse(m.Groups["x"].Value);
        return new MatchResult(new Scoreline(n, n), null, false, context.OpeningEvidence());
    }

    [GeneratedRegex(@"\b(?i:draw|draws|drew|tie|ties|tied|held)\s+(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})(?![0-9\-–])")]
    private static partial Regex TitleLevel();

    [GeneratedRegex(@"\b(?:ends?|ended|finish(?:es|ed)?|stays?|stayed|remains?|remained) (?:goalless|scoreless)\b|\b(?:play(?:s|ed)? out|settle for|settled for|share) (?:a )?(?:goalless|scoreless|0-0) (?:draw|stalemate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleGoalless();

    [GeneratedRegex(@"(?:(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:(?i:home |away )?(?i:win|victory|triumph|thrashing|rout|success)|(?<lost>(?i:home |away )?(?i:defeat|loss))|(?<draw>(?i:draw)))|\b(?i:to win|wins|won) (?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}))(?= *(?:$|[-–|:,]| (?i:in|at|as|to|for|on)\b))")]
    private static partial Regex TitleBareResult();

    [GeneratedRegex(@"\b(?i:on|over|against|to|at|past|by|beat|beats|beating|defeat|defeats)\s+(?:the\s+)?$")]
    private static partial Regex TitleObjectBefore();

    [GeneratedRegex(@"(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2}) (?:(?i:home |away )?(?i:win|victory|triumph|thrashing|rout) (?i:over|against|at)|(?<lost>(?i:home |away )?(?i:defeat|loss) (?i:to|against|by|at))|(?<draw>(?i:draw) (?i:with|against|at))) (?:the )?(?<b>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,3})")]
    private static partial Regex TitleResultNoun();

    /// <summary>Words closing a women's side's name in a headline ("Chelsea Women", "Arsenal Ladies").</summary>
    private static readonly HashSet<string> WomenSuffix = new(StringComparer.OrdinalIgnoreCase) { "Women", "Women's", "Women’s", "Ladies", "Féminine", "Femenino" };

    private static string LastWord(string words) => words.Trim().Split(' ')[^1];

    /// <summary>The one side of the pair whose name holds the word as a whole word ("City" in "Manchester City" but not in "Manchester
    /// United"), or null when neither or both do.</summary>
    private static string? SideByWord(TeamPair pair, string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return null;
        bool Holds(string side) => side.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase);
        bool first = Holds(pair.First), second = Holds(pair.Second);
        return first == second ? null : first ? pair.First : pair.Second;
    }

    internal static string? Resolve(ExtractionContext context, string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Reading 0-6 Arsenal Women": a women's side is written with its club's name, so the closing "Women" is no part of it.
        if (words.Length > 1 && WomenSuffix.Contains(words[^1])) words = words[..^1];
        // "Everton U23s 2-2 Leicester City U23s", "Buriram United U17": the squad that played is the club, as the pair names it.
        else if (words.Length > 1) words = TeamExtractor.WithoutSquadTag(string.Join(' ', words)).Split(' ');
        // The regex may take words before the team ("Report: Arsenal"); try the longest tail that names a team.
        for (int skip = 0; skip < words.Length; skip++)
        {
            var candidate = string.Join(' ', words[skip..]);
            if (context.Gazetteer.Teams.TryGet(candidate, out var entry)) return entry.Name;
            if (context.Facts.Teams is { } pair && pair.Contains(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>"Arsenal 1-1 Sheff Utd", "Crvena zvezda 2-1 Partizan recap": a side's name opens on a capital, its later words may not.</summary>
    [GeneratedRegex(@"(?<a>[A-Z][\w'’.&]*\s(?:[\w'’.&]+\s){0,3})(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})\s(?<b>[A-Z][\w'’.&]*(?:\s[A-Z][\w'’.&]*){0,3})")]
    private static partial Regex TitleScore();

    /// <summary>"Persebaya vs PSS Sleman 2-2", "Krylia Sovetov – Spartak – 2:2": two sides joined by "v", "vs" or a spaced dash, then the score;
    /// a football score's numbers, no kick-off time's ("A v B 15:00").</summary>
    [GeneratedRegex(@"(?<![\w'’.&/\-])(?<a>[\p{Lu}][\w'’.&\-]*(?: [\p{Lu}][\w'’.&\-]*){0,3}) (?:vs\.?|v\.?|versus|–|—|-) (?<b>[\p{Lu}][\w'’.&\-]*(?: [\p{Lu}][\w'’.&\-]*){0,3})(?: [–—-])?:? (?<x>1[0-5]|[0-9]) ?[-–:] ?(?<y>1[0-5]|[0-9])(?![0-9])")]
    private static partial Regex TitlePairScore();

    /// <summary>"Inter-Lazio 1-2", "Cagliari-Lazio 2-2:": one word each side of a bare hyphen (a longer name may hold a hyphen itself, as
    /// "Paris Saint-Germain"; both words must still be the pair's sides), then the score.</summary>
    [GeneratedRegex(@"(?<![\w'’.&/\-])(?<a>[\p{Lu}][\w'’.&]*)-(?<b>[\p{Lu}][\w'’.&]*):? (?<x>1[0-5]|[0-9]) ?[-–:] ?(?<y>1[0-5]|[0-9])(?![0-9])")]
    private static partial Regex TitleHyphenPairScore();

    [GeneratedRegex(@"^(?<a>(?:[A-Z][\w'’.&]*\s){1,4})(?<x>[0-9]{1,2})\s(?<b>[A-Z][\w'’.&]*(?:\s[A-Z][\w'’.&]*){0,3})\s(?<y>[0-9]{1,2})(?![0-9\-–])")]
    private static partial Regex TitleScoreAfterEach();
}
