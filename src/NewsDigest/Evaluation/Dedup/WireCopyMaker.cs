namespace NewsDigest.Evaluation.Dedup;

/// <summary>Makes a synthetic outlet's copy of a wire story by the edits sub-editors make: a new headline, trimmed closing paragraphs, an inserted quote, regional spelling. Seeded, so the same seed gives the same copy.</summary>
public static class WireCopyMaker
{
    private static readonly (string British, string American)[] Spellings =
    [
        ("colour", "color"), ("favour", "favor"), ("centre", "center"), ("defence", "defense"), ("offence", "offense"),
        ("organise", "organize"), ("realise", "realize"), ("recognise", "recognize"), ("apologise", "apologize"), ("criticise", "criticize"),
        ("programme", "program"), ("travelled", "traveled"), ("honour", "honor"), ("labour", "labor"), ("metres", "meters"),
        ("analyse", "analyze"), ("behaviour", "behavior"), ("neighbour", "neighbor"), ("cancelled", "canceled"), ("whilst", "while"),
    ];

    private static readonly string[] Headlines =
    [
        "LIVE: reaction as it happened", "What we learned", "Talking points", "Five things we learned", "The verdict", "Match report",
    ];

    private static readonly string[] Quotes =
    [
        "\"We knew it would be difficult, but the players gave everything and I am proud of them,\" the manager told reporters.",
        "\"It is a big result for us and now we have to keep going,\" said the captain after the final whistle.",
        "\"The supporters were incredible tonight and they deserved that,\" the head coach added.",
        "\"We did not start well, but the reaction in the second half was what I wanted,\" a spokesperson for the club said.",
    ];

    /// <summary>A copy of <paramref name="text"/> with two or three of the edits chosen by <paramref name="seed"/>.</summary>
    public static string Copy(string text, int seed)
    {
        var random = new Random(seed);
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (paragraphs.Count == 0) return text;
        bool any = false;
        if (random.NextDouble() < 0.6)
        {
            paragraphs[0] = $"{Headlines[random.Next(Headlines.Length)]}: {paragraphs[0]}";
            any = true;
        }
        if (paragraphs.Count > 4 && random.NextDouble() < 0.6)
        {
            // Trim up to a fifth of the paragraphs from the end, as papers cut wire copy to fit.
            int drop = 1 + random.Next(Math.Max(1, paragraphs.Count / 5));
            paragraphs.RemoveRange(paragraphs.Count - drop, drop);
            any = true;
        }
        if (random.NextDouble() < 0.5)
        {
            paragraphs.Insert(1 + random.Next(paragraphs.Count), Quotes[random.Next(Quotes.Length)]);
            any = true;
        }
        var joined = string.Join("\n", paragraphs);
        if (!any || random.NextDouble() < 0.5) joined = Respell(joined, toAmerican: random.NextDouble() < 0.5);
        return joined;
    }

    private static string Respell(string text, bool toAmerican)
    {
        foreach (var (british, american) in Spellings)
            text = toAmerican ? text.Replace(british, american, StringComparison.Ordinal) : text.Replace(american, british, StringComparison.Ordinal);
        return text.Replace('"', '“');
    }
}
