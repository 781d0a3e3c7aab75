using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Descriptions standing for a speaker ("the Italian", "the Peamount United captain", "the former England midfielder"): whether words are one, and which earlier speaker one points to.</summary>
internal static class SpeakerDescriptions
{
    internal static bool IsDescription(string who)
    {
        var trimmed = who.AsSpan().TrimStart();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("her ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("their ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the description's role word is what the report calls someone other than <paramref name="speaker"/> ("the referee"
    /// after a manager's quote), so the description is not the last speaker going on.</summary>
    internal static bool RoleNamed(ExtractionContext context, string description, string speaker)
    {
        var head = description.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (head.Length < 3 || !char.IsLower(head[0])) return false;
        var described = SpeakerSalience.Described(context, description, context.Text.Length);
        return described is not null && PersonIndex.SurnameKey(described) != PersonIndex.SurnameKey(speaker) && SpeakerRoles.Find(context, described).Role?.EndsWith(head, StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>True for "the Peamount United captain", "the Lionesses boss": "the", then words ending in a lower-case role word.</summary>
    internal static bool DescribedRole(string who)
    {
        var words = who.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words[^1].Length > 2 && char.IsLower(words[^1][0]);
    }

    /// <summary>Among the people quoted so far, the one the description fits by its role word ("the Gunners boss" and "Arsenal boss Mikel
    /// Arteta"), else the last one quoted within the last few paragraphs; null when nobody was quoted.</summary>
    internal static string? EarlierSpeaker(ExtractionContext context, string description, int position, IReadOnlyList<(string Name, int End)> speakers)
    {
        var head = description.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        for (int i = speakers.Count - 1; i >= 0; i--)
            if (SpeakerRoles.Find(context, speakers[i].Name).Role is { } role && role.EndsWith(head, StringComparison.OrdinalIgnoreCase)) return speakers[i].Name;
        return speakers.Count > 0 && position - speakers[^1].End < 800 ? speakers[^1].Name : null;
    }

    /// <summary>The person "the former" (the first) or "the latter" (the second) points to among the last two people named, outside quotes
    /// and not as owners, between <paramref name="from"/> and <paramref name="pointer"/>; null when fewer than two are named there.</summary>
    internal static string? FormerOrLatter(ExtractionContext context, int from, int pointer, string which)
    {
        var named = new List<string>();
        foreach (var mention in context.People.Within(new NewsDigest.Text.TextSpan(from, pointer - from)))
        {
            if (context.IsQuoted(mention.Start) || mention.Possessive) continue;
            var name = context.People.NameOf(mention);
            if (!SpeakerNames.CanSpeak(context, name)) continue;
            var full = context.People.FullName(name);
            if (named.Count == 0 || named[^1] != full) named.Add(full);
        }
        if (named.Count < 2) return null;
        return which == "latter" ? named[^1] : named[^2];
    }
}
