using NewsDigest.Merging.Fusion;

namespace NewsDigest.Rendering.Summary;

/// <summary>
/// Writes "at the Amex Stadium" or "at Elland Road": whether a ground takes "the" is a habit of the language, not a rule
/// on its name ("the Etihad Stadium" but "Wembley Stadium"), so the summary follows how the sources wrote it.
/// </summary>
public static class VenuePhrase
{
    public static string Of(FusedFact<string> venue)
    {
        string name = venue.Value;
        bool sourcesUseThe = venue.Variants[0].Evidence.Any(e => WritesTheBefore(e.Sentence, name));
        return sourcesUseThe ? $"at the {name}" : $"at {name}";
    }

    /// <summary>True when the sentence names the ground as "the Name" more often than as a bare "Name".</summary>
    private static bool WritesTheBefore(string sentence, string name)
    {
        int withThe = 0, bare = 0;
        for (int at = sentence.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = sentence.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (at >= 4 && sentence.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)) withThe++;
            else bare++;
        }
        return withThe > bare;
    }
}
