using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.People;

/// <summary>Reads who in a report is not an outfield player: "Arsenal manager Arsene Wenger", "referee Anthony Taylor", "goalkeeper Brad Guzan", "Pardew, the Newcastle boss".</summary>
public static partial class PersonRoles
{
    public static HashSet<string> NonPlayers(ExtractionContext context)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var text = context.Text;
        foreach (var m in context.People.Mentions)
        {
            var before = text.AsSpan(Math.Max(0, m.Start - 30), Math.Min(30, m.Start)).ToString();
            var after = text.AsSpan(m.After(text), Math.Min(40, text.Length - m.After(text))).ToString();
            if (RoleBefore().IsMatch(before) || RoleAfter().IsMatch(after)) set.Add(PersonIndex.SurnameKey(context.People.NameOf(m)));
        }
        return set;
    }

    [GeneratedRegex(@"\b(?:manager|boss|coach|head coach|referee|ref|chairman|owner|goalkeeper|keeper|stopper|custodian|director|assistant|pundit|commentator)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"^,?\s+(?:the|his|their)\s+(?:[\w'’-]+\s+){0,2}(?:manager|boss|coach|head coach|referee|chairman|owner|goalkeeper|keeper)\b|^\s*(?:'s|’s)\s+(?:side|men|team|charges)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();
}
