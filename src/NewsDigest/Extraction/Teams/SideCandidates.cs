using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>One name a report could give as a side of its match, all its written forms folded into one: a team the gazetteer knows (by its
/// gazetteer name), or a capitalised run the report writes where sides are named. <see cref="Mentions"/> are the body's occurrences (text
/// offsets, in order); <see cref="TitleAt"/> is its offset in the headline, or -1.</summary>
internal sealed class SideCandidate(string name, bool known, bool national)
{
    public string Name { get; set; } = name;
    public bool Known { get; } = known;
    public bool National { get; } = national;
    /// <summary>The folded words that say which club it is (generic club words left out).</summary>
    public string[] Words { get; set; } = SideCandidates.KeyWords(name);
    public List<TextSpan> Mentions { get; } = [];
    public int TitleAt { get; set; } = -1;
    /// <summary>Gazetteer mentions of the name the player filter left out ("Chelsea's Cole Palmer", "a move from Sunderland").</summary>
    public int Filtered { get; set; }
    /// <summary>Capitalised runs found where sides are named (the opening, beside a scoreline, after "against", before a club word).</summary>
    public int SidePlaces { get; set; }
    /// <summary>Runs the person index reads as a person's name, kept for standing right where a side is named ("won 2-1 at Fortuna Hjørring").</summary>
    public int PersonRuns { get; set; }

    /// <summary>Where it is first named: its headline offset first, then the body's.</summary>
    public int FirstAt => TitleAt >= 0 ? TitleAt - 1_000_000 : Mentions.Count > 0 ? Mentions[0].Start : int.MaxValue;

    public override string ToString() => Name;
}

/// <summary>Gathers the names a report could give as the sides of its match (<see cref="SideCandidate"/>): the gazetteer's team mentions that
/// are no player's, and capitalised runs where sides are named — the headline, the opening sentences, beside a scoreline ("X 2-1 Y"), in
/// "X v Y", after "against", "beat", "over", "hosted", "at", "visit", before a club word (FC, United, Town, Rovers, Athletic, Women,
/// University, College ...) — minus the names the person index reads as people. A short and a long form of one club are one candidate.</summary>
internal static partial class SideCandidates
{
    /// <summary>Words that say what kind of side a club is, not which one (as the evaluator's team match folds them).</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "fc", "afc", "cf", "sc", "ac", "club", "football", "soccer", "the", "women", "womens", "ladies", "men", "mens", "w",
    };

    /// <summary>Words a club's name closes or opens on.</summary>
    internal static readonly HashSet<string> ClubWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "FC", "AFC", "CF", "SC", "AC", "United", "Utd", "City", "Town", "Rovers", "Rangers", "Athletic", "Athletico", "Wanderers", "County", "Albion",
        "Women", "Ladies", "University", "College", "Academy", "Secondary", "School", "High", "Celtic", "Villa", "Borough", "Dynamo", "Sporting",
        "Real", "Olympic", "Olympique", "Racing", "Union", "Juniors", "Stars", "Hotspur", "Thistle", "Harriers", "Swifts", "Rovers", "Orient",
        "Alexandra", "Argyle", "Vale", "Wednesday", "Stanley", "Park", "Club", "SV", "VfB", "VfL", "FK", "SK", "IF", "BK", "CD", "CA", "SD", "UD", "RC", "AS", "US",
    };

    /// <summary>Capitalised words that open a sentence or a clause without naming anything.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "At", "On", "For", "But", "And", "As", "When", "While", "After", "Before", "With", "From", "Against", "Over",
        "Under", "By", "To", "Of", "It", "Its", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "We", "They", "He", "She", "I",
        "If", "Then", "So", "Yet", "Both", "Despite", "Although", "Though", "Meanwhile", "Elsewhere", "There", "Here", "What", "Who", "How",
        "Why", "Where", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Sir", "Dr", "My", "Your", "You",
        "Not", "No", "All", "One", "Two", "Three", "Half", "Full", "Goal", "Goals", "Final", "Report", "Match", "Live", "Watch", "Read", "Photo",
        "Having", "Until", "Since", "Once", "Only", "Even", "Just", "Now", "Today", "Tonight", "Last", "Next", "First", "Second", "Also", "Still",
        "Well", "Yes", "Oh", "However", "Indeed", "Sadly", "Unfortunately", "Thankfully", "Luckily", "Incredibly", "Remarkably", "Instead",
        "Would", "Could", "Should", "Will", "Can", "Might", "Must", "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
        // Page furniture.
        "Subscribe", "Advertisement", "Share", "Sign", "Login", "Log", "Click", "Follow", "Related", "Comments", "Updated", "Published", "By",
    };

    /// <summary>Connecting words a club's name may hold between capitalised words ("Republic of Ireland", "Brighton and Hove Albion").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?:St\.|\p{Lu}[\p{L}\p{M}'’\-]*)(?:[ ](?:(?:of|de|del|da|do|di|du|van|von|der|den|la|le|los|las|and|&)[ ])?(?:St\.|\p{Lu}[\p{L}\p{M}'’\-]*))*")]
    private static partial Regex CapitalRun();

    /// <summary>A scoreline: "2-1", "2 - 1", "2–1".</summary>
    [GeneratedRegex(@"(?<![\d:.])\d{1,2} ?[-–] ?\d{1,2}(?![\d:])")]
    internal static partial Regex Scoreline();

    /// <summary>Words after which a side is named.</summary>
    internal static readonly HashSet<string> SideCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "against", "beat", "beats", "beating", "over", "hosted", "host", "hosts", "hosting", "at", "visit", "visits", "visiting", "v", "vs", "versus",
        "to", "past", "edged", "edge", "edges", "thrashed", "defeated", "defeat", "downed", "stunned", "drew", "draw", "with", "and", "faced", "face",
        "faces", "played", "play", "welcomed", "welcome", "overcame", "saw", "off", "by",
    };

    private const int OpeningSentences = 3;
    private const int ScorelineReach = 30;

    internal static string[] KeyWords(string name) =>
        TextFolding.Fold(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0 && !Generic.Contains(word))
            .ToArray();

    /// <summary>Whether two names are one club: the same gazetteer team, or one's folded words a run of the other's.</summary>
    internal static bool SameClub(SideCandidate a, SideCandidate b)
    {
        if (a.Known && b.Known) return a.Name == b.Name;
        return SameWords(a.Words, b.Words);
    }

    internal static bool SameWords(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        for (int start = 0; start + shorter.Length <= longer.Length; start++)
            if (longer.AsSpan(start, shorter.Length).SequenceEqual(shorter)) return true;
        return false;
    }

    /// <summary>The candidates of the report, in order of first naming.</summary>
    internal static List<SideCandidate> Find(ExtractionContext context)
    {
        var text = context.Text;
        var byKnown = new Dictionary<string, SideCandidate>(StringComparer.Ordinal);
        var list = new List<SideCandidate>();
        var free = TeamMentionFilter.PlayerFree(context);
        foreach (var m in free)
        {
            if (!byKnown.TryGetValue(m.Value.Name, out var c))
            {
                byKnown[m.Value.Name] = c = new SideCandidate(m.Value.Name, true, m.Value.National);
                list.Add(c);
            }
            c.Mentions.Add(m.Span);
        }
        foreach (var m in context.TeamMentions)
            if (byKnown.TryGetValue(m.Value.Name, out var c) && !c.Mentions.Contains(m.Span)) c.Filtered++;

        // The headline's teams and runs.
        var title = HeadlineSides.Headline(context);
        bool titleRuns = title is not null && !HeadlineSides.TitleCaseLine(title) && title.Any(char.IsLower);
        if (title is not null)
        {
            var tokens = Tokenizer.Tokenize(title);
            foreach (var m in context.Gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count))
            {
                if (!byKnown.TryGetValue(m.Value.Name, out var c))
                {
                    byKnown[m.Value.Name] = c = new SideCandidate(m.Value.Name, true, m.Value.National);
                    list.Add(c);
                }
                if (c.TitleAt < 0) c.TitleAt = m.Span.Start;
            }
        }

        // Capitalised runs where sides are named.
        var opening = TeamExtractor.Opening(context).Take(OpeningSentences).ToList();
        var scores = Scoreline().Matches(text).Select(m => m.Index).ToList();
        var people = context.People.Mentions;
        var runs = new List<(string Name, TextSpan Span, bool SidePlace, bool Person)>();
        foreach (var (start, length) in Runs(text))
        {
            if (Trimmed(text, start, length) is not { } span) continue;
            if (free.Any(m => m.Span.Start <= span.Start && span.End <= m.Span.End)) continue;
            var name = span.Substring(text);
            if (name.Length < 3 || (name.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && name.Contains(' '))) continue;
            if (CreditLine(text, span) || ResultSentenceReader.StandingsLeague(text, span.Start)) continue;
            var place = SidePlace(text, span, opening, scores);
            // A run the person index reads as a person's name ("Brannock Heath led twice", "won 2-1 at Fortuna Hjørring") is a candidate like
            // any other, marked so: two plain words name a person or a small club alike, and the scorer weighs the mark.
            bool person = people.Any(p => p.Start <= span.Start && span.End <= p.End);
            runs.Add((name, span, place != Place.None, person));
        }
        if (title is not null && titleRuns)
            foreach (var (start, length) in Runs(title))
            {
                if (Trimmed(title, start, length) is not { } span) continue;
                var name = span.Substring(title);
                if (name.Length < 3 || byKnown.ContainsKey(name) || list.Any(c => c.Known && c.TitleAt >= 0 && c.TitleAt <= span.Start && span.Start < c.TitleAt + c.Name.Length)) continue;
                if (context.Gazetteer.Teams.TryGet(name, out _)) continue;
                runs.Add((name, new TextSpan(-1 - span.Start, span.Length), true, false));
            }

        // A run's name joins the known team it is a form of, else the unknown candidate of the same words (a side place makes it one).
        var unknown = new List<SideCandidate>();
        foreach (var (name, span, sidePlace, person) in runs.OrderBy(r => r.SidePlace ? 0 : 1))
        {
            var words = KeyWords(name);
            if (words.Length == 0) continue;
            // A known candidate keeps its name, so its words are the ones folded when it was made.
            var target = list.FirstOrDefault(c => c.Known && SameWords(c.Words, words))
                ?? unknown.FirstOrDefault(c => SameWords(c.Words, words));
            if (target is null)
            {
                if (!sidePlace) continue;
                target = new SideCandidate(name, false, false);
                unknown.Add(target);
                list.Add(target);
            }
            else if (!target.Known && words.Length > target.Words.Length)
            {
                target.Name = name;
                target.Words = words;
            }
            if (sidePlace) target.SidePlaces++;
            if (person) target.PersonRuns++;
            if (span.Start < 0)
            {
                if (target.TitleAt < 0) target.TitleAt = -1 - span.Start;
            }
            else if (!target.Mentions.Any(m => m.Overlaps(span))) target.Mentions.Add(span);
        }
        foreach (var c in list) c.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        list.RemoveAll(c => c.Mentions.Count == 0 && c.TitleAt < 0);
        list.Sort((a, b) => a.FirstAt.CompareTo(b.FirstAt));
        return list;
    }

    /// <summary>The run without leading function words, cut before an inner one ("Lekié FF In Final Battle" of a title-case line), without a
    /// possessive "'s" or dangling punctuation at its end; null when nothing is left.</summary>
    private static TextSpan? Trimmed(string text, int start, int length)
    {
        int end = start + length;
        while (true)
        {
            int space = text.IndexOf(' ', start, end - start);
            string first = space < 0 ? text[start..end] : text[start..space];
            if (!FunctionWords.Contains(first)) break;
            if (space < 0) return null;
            start = space + 1;
        }
        for (int space = text.IndexOf(' ', start, end - start); space >= 0; space = text.IndexOf(' ', space + 1, end - space - 1))
        {
            int next = text.IndexOf(' ', space + 1, end - space - 1);
            if (FunctionWords.Contains(text[(space + 1)..(next < 0 ? end : next)])) { end = space; break; }
            if (next < 0) break;
        }
        if (end - start >= 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && (text[end - 2] == '\'' || text[end - 2] == '’')) end -= 2;
        while (end > start && (text[end - 1] == '\'' || text[end - 1] == '’' || text[end - 1] == '-')) end--;
        return end - start >= 2 ? new TextSpan(start, end - start) : null;
    }

    /// <summary>"By JANE DOE / Kessler Sports Info": a line of its own that credits the office that wrote the report (a college's sports
    /// information desk, an athletics department's communications) names the writer's school, not a side, however near the opening it stands.</summary>
    private static bool CreditLine(string text, TextSpan span)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        int lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0) lineEnd = text.Length;
        return lineStart == span.Start && CreditOffice().IsMatch(text.AsSpan(lineStart, lineEnd - lineStart).Trim());
    }

    /// <summary>The office that closes a credit line: "Sports Info", "Sports Information", "Athletics Communications", "Media Relations".</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'’\- ]* (?:Sports Info(?:rmation)?|Athletics? Communications|Media Relations|Sports Communications)$")]
    private static partial Regex CreditOffice();

    private enum Place { None, Opening, Strong }

    /// <summary>Whether a run stands where a report names a side: in the opening, or (strong) beside a scoreline, after a result or
    /// meeting word, before "v", or closing on a club word.</summary>
    private static Place SidePlace(string text, TextSpan span, List<TextSpan> opening, List<int> scores)
    {
        foreach (int at in scores)
            if (Math.Abs(at - span.End) <= ScorelineReach || Math.Abs(span.Start - at) <= ScorelineReach + 7) return Place.Strong;
        var last = LastWord(text, span.End);
        if (ClubWords.Contains(last)) return Place.Strong;
        var before = WordBefore(text, span.Start);
        if (before.Length > 0 && SideCues.Contains(before) && before is not ("and" or "to" or "with" or "by" or "saw" or "off")) return Place.Strong;
        var after = WordAfter(text, span.End);
        if (after is "v" or "vs" or "v." or "vs." or "versus") return Place.Strong;
        foreach (var s in opening) if (s.Contains(span.Start)) return Place.Opening;
        return Place.None;
    }

    /// <summary>The capitalised runs of a text, each cut at "and" / "&amp;" ("the Red Lion and Ashwell Rovers" is two clubs; a club whose
    /// name holds "and", "Brighton and Hove Albion", is the gazetteer's).</summary>
    private static IEnumerable<(int Start, int Length)> Runs(string text)
    {
        foreach (Match run in CapitalRun().Matches(text))
        {
            int start = run.Index, end = run.Index + run.Length;
            while (true)
            {
                int cut = IndexOfJoin(text, start, end, out int joinLength);
                if (cut < 0) break;
                yield return (start, cut - start);
                start = cut + joinLength;
            }
            yield return (start, end - start);
        }
    }

    private static int IndexOfJoin(string text, int start, int end, out int length)
    {
        int and = text.IndexOf(" and ", start, end - start, StringComparison.Ordinal), amp = text.IndexOf(" & ", start, end - start, StringComparison.Ordinal);
        if (and < 0 && amp < 0) { length = 0; return -1; }
        if (amp < 0 || (and >= 0 && and < amp)) { length = 5; return and; }
        length = 3;
        return amp;
    }

    internal static string LastWord(string text, int end)
    {
        int start = end;
        while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') start--;
        return text[start..end];
    }

    /// <summary>The word right before <paramref name="start"/>, lower-cased ("" at a line's start or after punctuation).</summary>
    internal static string WordBefore(string text, int start)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ') return "";
        int from = end;
        while (from > 0 && char.IsLetter(text[from - 1])) from--;
        return from == end ? "" : text[from..end].ToLowerInvariant();
    }

    /// <summary>The word right after <paramref name="end"/>, lower-cased ("" at punctuation).</summary>
    internal static string WordAfter(string text, int end)
    {
        if (end >= text.Length - 1 || text[end] != ' ') return "";
        int to = end + 1;
        while (to < text.Length && (char.IsLetter(text[to]) || text[to] == '.')) to++;
        return text[(end + 1)..to].ToLowerInvariant();
    }
}
