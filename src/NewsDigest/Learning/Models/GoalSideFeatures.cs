using System.Text.RegularExpressions;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.People;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>What the goal-side reader knows of the report beyond one goal: the pair, the opening's verdict, the score read so far.</summary>
internal sealed record GoalSideReport(ExtractionContext Context, TeamPair Pair, Verdict? Verdict)
{
    public static GoalSideReport Of(ExtractionContext context, TeamPair pair) => new(context, pair, OpeningOutcome.Read(context, pair));
}

/// <summary>Features of one goal for the question "did it count for the pair's first side?". Every side the features name is written as
/// "F" (the pair's first side) or "S" (the second), never by name: the team the rules credited; the sides named in the goal's own sentence
/// and its neighbours, each with the word before and after it ("for X", "gave X the lead", "X hit back", "X's") and whether it stands
/// before or after the scorer; home and away words ("the hosts", "the visitors") with the side the venue makes home; the side the player
/// is known by elsewhere (line-ups, "X's Name", "Name (X)", "the X striker"); a running scoreline in the sentence; own goal (learned apart,
/// as it flips the side); the opening's verdict with the goal's order; the other goals' sides; and the score read so far with the goals
/// it leaves to each side. No names, no ids.</summary>
public static partial class GoalSideFeatures
{
    public const string Name = "goal-side-features/1";

    private static readonly uint Bias = FeatureHasher.Namespace(601);
    private static readonly uint Flag = FeatureHasher.Namespace(602);
    private static readonly uint Mention = FeatureHasher.Namespace(603);
    private static readonly uint Player = FeatureHasher.Namespace(604);
    private static readonly uint Order = FeatureHasher.Namespace(605);
    private static readonly uint Count = FeatureHasher.Namespace(606);

    /// <summary>How far from a mention of the player a side's name is taken as the player's own ("Arsenal's Saka", "Saka (Arsenal)").</summary>
    private const int PlayerReach = 40;

    /// <summary>The goal's features; <paramref name="mirror"/> reads the pair the other way round (the first side as "S", the second as
    /// "F"), so that training on each goal both ways teaches every cue for both sides alike.</summary>
    internal static void Featurize(GoalSideReport report, IReadOnlyList<Goal> goals, int index, FeatureBuffer features, bool mirror = false)
    {
        var context = report.Context;
        var pair = mirror ? report.Pair with { First = report.Pair.Second, Second = report.Pair.First } : report.Pair;
        var goal = goals[index];
        string text = context.Text;
        bool og = goal.OwnGoal;
        features.Add(Bias);
        // Own goals learn their own weights for every side cue (the scorer's side is the other one); the rest are shared.
        void Side(uint ns, string what)
        {
            features.Add(FeatureHasher.Add(ns, what));
            if (og) features.Add(FeatureHasher.Add(FeatureHasher.Add(ns, "og"), what));
        }

        // The rules' team, the player's known side, the goal's kind.
        string rule = SideOf(pair, goal.Team);
        features.Add(FeatureHasher.Add(Flag, "rule=" + rule));
        if (og) features.Add(FeatureHasher.Add(Flag, "og"));
        if (goal.Penalty) features.Add(FeatureHasher.Add(Flag, "pen"));
        Side(Player, "known=" + SideOf(pair, context.PlayerTeams.TeamOf(goal.Player)));

        // The goal's sentence and its neighbours.
        var sentence = goal.Evidence.Span;
        if (sentence.Start < 0 || sentence.End > text.Length) sentence = new TextSpan(0, 0);
        int sentenceIndex = sentence.Length > 0 ? context.SentenceIndexAt(sentence.Start) : -1;
        string surname = Surname(goal.Player);
        int nameAt = surname.Length > 0 && sentence.Length > 0 ? text.IndexOf(surname, sentence.Start, sentence.Length, StringComparison.Ordinal) : -1;
        if (nameAt < 0) features.Add(FeatureHasher.Add(Flag, "nameNotInSentence"));
        int firstSides = 0, secondSides = 0;
        for (int d = -1; d <= 1; d++)
        {
            int si = sentenceIndex + d;
            if (sentenceIndex < 0 || si < 0 || si >= context.Sentences.Count) continue;
            var span = d == 0 ? sentence : context.Sentences[si];
            string where = d switch { -1 => "prev", 0 => "same", _ => "next" };
            foreach (var m in context.Teams.Within(span))
            {
                string side = SideOf(pair, m.Team);
                if (d == 0) { if (side == "F") firstSides++; else if (side == "S") secondSides++; }
                string before = WordBefore(text, m.Span.Start, span.Start), after = WordAfter(text, m.Span.End, span.End);
                Side(Mention, $"{where}:{side}");
                Side(Mention, $"{where}:{side}:b={before}");
                Side(Mention, $"{where}:{side}:a={after}");
                if (d != 0) continue;
                Side(Mention, $"same:{side}:b={before}:a={after}");
                if (WordBefore(text, m.Span.Start - before.Length - 1, span.Start) is { Length: > 0 } before2) Side(Mention, $"same:{side}:bb={before2} {before}");
                if (nameAt >= 0)
                {
                    int distance = m.Span.End <= nameAt ? nameAt - m.Span.End : m.Span.Start - (nameAt + surname.Length);
                    string at = m.Span.End <= nameAt ? "before" : "after";
                    Side(Mention, $"same:{side}:{at}:{Bucket(distance)}");
                }
            }
            // Home and away words, read through the side the venue makes home (else the pair's order decides, which the weights learn).
            foreach (Match hw in HomeAway().Matches(span.Substring(text)))
            {
                bool home = hw.Groups["home"].Success;
                string homeSide = SideOf(pair, context.Teams.HomeTeam);
                Side(Mention, $"{where}:{(home ? "homeWord" : "awayWord")}:home={homeSide}");
            }
        }
        features.Add(FeatureHasher.Add(Flag, $"sidesInSentence={Math.Min(firstSides, 2)}{Math.Min(secondSides, 2)}"));

        // A running scoreline in the goal's sentence ("made it 2-1"): whether the first number leads.
        if (sentence.Length > 0 && RunningScore().Match(sentence.Substring(text)) is { Success: true } running
            && int.TryParse(running.Groups["a"].Value, out int a) && int.TryParse(running.Groups["b"].Value, out int b))
        {
            string lead = a > b ? "lead" : a < b ? "trail" : "level";
            features.Add(FeatureHasher.Add(Flag, "running=" + lead));
            Side(Mention, $"running={lead}:F{Math.Min(firstSides, 1)}S{Math.Min(secondSides, 1)}");
        }

        // The player's other mentions with a side beside them.
        if (surname.Length > 2)
        {
            string key = PersonIndex.SurnameKey(goal.Player);
            int seen = 0;
            foreach (var pm in context.People.Mentions)
            {
                if (PersonIndex.SurnameKey(context.People.NameOf(pm)) != key) continue;
                var around = context.SentenceAt(pm.Start);
                foreach (var m in context.Teams.Within(around))
                {
                    int distance = m.Span.End <= pm.Start ? pm.Start - m.Span.End : m.Span.Start - pm.End;
                    if (distance < 0 || distance > PlayerReach) continue;
                    string side = SideOf(pair, m.Team);
                    string at = m.Span.End <= pm.Start ? "before" : "after";
                    char joint = m.Span.End <= pm.Start ? (m.Span.End < text.Length ? text[m.Span.End] : ' ') : (pm.End < text.Length ? text[pm.End] : ' ');
                    Side(Player, $"near:{side}:{at}");
                    Side(Player, $"near:{side}:{at}:{Joint(joint)}:{Bucket(distance)}");
                    seen++;
                }
                if (seen > 12) break;
            }
        }

        // The opening's verdict, the goal's order, the other goals' sides, the score read so far.
        string verdict = report.Verdict is not { } v || v.Evidence is null ? "none" : v.Winner is null ? "draw" : SideOf(pair, v.Winner);
        int n = goals.Count;
        string place = n == 1 ? "only" : index == 0 ? "first" : index == n - 1 ? "last" : "middle";
        features.Add(FeatureHasher.Add(Order, $"verdict={verdict}"));
        Side(Order, $"verdict={verdict}:{place}");
        features.Add(FeatureHasher.Add(Order, $"goals={Math.Min(n, 6)}:{place}"));
        int otherFirst = 0, otherSecond = 0, earlierFirst = 0, earlierSecond = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == index) continue;
            string s = SideOf(pair, goals[i].Team);
            if (s == "F") { otherFirst++; if (i < index) earlierFirst++; }
            else if (s == "S") { otherSecond++; if (i < index) earlierSecond++; }
        }
        features.Add(FeatureHasher.Add(Count, $"others={Cmp(otherFirst, otherSecond)}"));
        Side(Count, $"others={Cmp(otherFirst, otherSecond)}:verdict={verdict}");
        features.Add(FeatureHasher.Add(Count, $"earlier={Cmp(earlierFirst, earlierSecond)}"));
        if (context.Facts.Result is { } result)
        {
            int scoreFirst = mirror ? result.Score.Second : result.Score.First, scoreSecond = mirror ? result.Score.First : result.Score.Second;
            Side(Count, $"left={Left(scoreFirst - otherFirst)}{Left(scoreSecond - otherSecond)}");
            features.Add(FeatureHasher.Add(Count, $"result={Cmp(scoreFirst, scoreSecond)}"));
        }
        else features.Add(FeatureHasher.Add(Count, "noResult"));
    }

    /// <summary>"F" for the pair's first side, "S" for the second, "other" for a team outside the pair, "none" for no team.</summary>
    internal static string SideOf(TeamPair pair, string? team) =>
        team is null ? "none"
        : string.Equals(team, pair.First, StringComparison.OrdinalIgnoreCase) ? "F"
        : string.Equals(team, pair.Second, StringComparison.OrdinalIgnoreCase) ? "S" : "other";

    private static string Cmp(int a, int b) => a > b ? ">" : a < b ? "<" : "=";

    private static string Left(int left) => left switch { < 0 => "-", 0 => "0", _ => "+" };

    private static string Joint(char c) => c switch { '\'' or '’' => "poss", '(' or ')' => "paren", ',' => "comma", ' ' => "space", _ => "other" };

    private static uint Bucket(int distance) => distance switch { <= 2 => 0, <= 10 => 1, <= 30 => 2, <= 80 => 3, _ => 4 };

    /// <summary>The last word of a name as written ("Smith" of "John Smith").</summary>
    private static string Surname(string player)
    {
        var parts = player.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }

    /// <summary>The lower-cased word right before <paramref name="at"/>, not reaching back before <paramref name="floor"/>; "&lt;s&gt;" at the edge.</summary>
    private static string WordBefore(string text, int at, int floor)
    {
        int end = at;
        while (end > floor && end <= text.Length && end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= floor || end > text.Length) return "<s>";
        if (!char.IsLetterOrDigit(text[end - 1])) return text[end - 1].ToString();
        int start = end;
        while (start > floor && char.IsLetterOrDigit(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }

    /// <summary>The lower-cased word right after <paramref name="at"/> before <paramref name="limit"/> ("'s" for a possessive); "&lt;/s&gt;" at the edge.</summary>
    private static string WordAfter(string text, int at, int limit)
    {
        limit = Math.Min(limit, text.Length);
        if (at < limit && text[at] is '\'' or '’') return "'s";
        int start = at;
        while (start < limit && char.IsWhiteSpace(text[start])) start++;
        if (start >= limit) return "</s>";
        if (!char.IsLetterOrDigit(text[start])) return text[start].ToString();
        int end = start;
        while (end < limit && char.IsLetterOrDigit(text[end])) end++;
        return text[start..end].ToLowerInvariant();
    }

    internal static int BiasSlot(int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        buffer.Add(Bias);
        return buffer.Slots[0];
    }

    [GeneratedRegex(@"\b(?:(?<home>the hosts|the home side|the home team|the home club)|(?<away>the visitors|the away side|the away team|the travelling side|the traveling side|the guests))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeAway();

    [GeneratedRegex(@"(?<![\d-])(?<a>\d{1,2})\s?[-–]\s?(?<b>\d{1,2})(?![\d-])")]
    private static partial Regex RunningScore();
}
