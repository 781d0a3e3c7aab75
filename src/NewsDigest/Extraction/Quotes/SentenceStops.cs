namespace NewsDigest.Extraction.Quotes;

/// <summary>Tells a full stop that ends a sentence from one that ends an initial or a title ("K. Neibou Sekhose", "Dr. T. Ao Trophy",
/// "Mr. Smith"), so that walking back over sentences does not take half a name for a sentence of its own.</summary>
internal static class SentenceStops
{
    private static readonly string[] Titles = ["Dr", "Mr", "Mrs", "Ms", "Mx", "St", "Jr", "Sr", "Prof", "Rev", "Gen", "Capt", "Sgt", "Hon"];

    /// <summary>Words after which a lone capital letter is a label, not an initial: "in Group A. The", "Plan B. They".</summary>
    private static readonly string[] Labels = ["Group", "Plan", "Pool", "Division", "Section", "Class", "Grade", "Category", "Level", "Zone", "Tier", "Block", "Stand", "Gate", "Row", "Part", "Option"];

    /// <summary>True when a sentence starts at <paramref name="start"/>: after a line break, or after a space that follows a stop which
    /// ends no initial or title.</summary>
    public static bool StartsAt(string text, int start)
    {
        if (start <= 0) return true;
        if (text[start - 1] == '\n') return true;
        return text[start - 1] == ' ' && start >= 2 && text[start - 2] is '.' or '!' or '?' && !(text[start - 2] == '.' && EndsInitialOrTitle(text, start - 2))
            && !GoesOnLowerCase(text, start);
    }

    /// <summary>"... of the National Women’s Soccer League. said the Nadeshiko will ...": a stop the copy slipped in before a lower-case verb
    /// ends no sentence; a name's lower-case particle ("van Dijk") may still open one.</summary>
    private static bool GoesOnLowerCase(string text, int start)
    {
        if (start >= text.Length || !char.IsLower(text[start])) return false;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text.AsSpan(start, end - start);
        foreach (var particle in Particles)
            if (word.SequenceEqual(particle)) return false;
        return true;
    }

    private static readonly string[] Particles = ["van", "von", "de", "di", "da", "del", "der", "den", "la", "le", "ten", "ter", "dos", "das", "du", "el", "al", "bin", "ibn"];

    /// <summary>True when the full stop at <paramref name="stop"/> closes an initial ("K.") or a title ("Dr.") before a capitalised word.</summary>
    public static bool EndsInitialOrTitle(string text, int stop)
    {
        if (stop + 2 >= text.Length || !char.IsUpper(text[stop + 2])) return false;
        int wordStart = stop;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        int length = stop - wordStart;
        if (length == 0 || (wordStart > 0 && text[wordStart - 1] is not (' ' or '(' or '\n' or '.' or ','))) return false;
        var word = text.AsSpan(wordStart, length);
        if (length == 1) return char.IsUpper(word[0]) && !AfterLabel(text, wordStart);
        foreach (var title in Titles)
            if (word.SequenceEqual(title)) return true;
        return false;
    }

    private static bool AfterLabel(string text, int letter)
    {
        int end = letter - 1;
        if (end <= 0 || text[end] != ' ') return false;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, end - start);
        foreach (var label in Labels)
            if (word.SequenceEqual(label)) return true;
        return false;
    }
}
