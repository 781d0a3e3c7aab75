using System.Globalization;
using System.Text;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>Folds names for matching gold against text: accents removed, lower case ("Gómez" and "Gomez" match).</summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char original in name)
        {
            // The base letter stands for the whole decomposition ("ó" → 'o'): string.Normalize cannot decompose under invariant globalization.
            char c = UnicodeNormalisation.BaseLetter(original);
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The surname of a gold scorer entry, which may be messy ("Gómez  , 70'"): the last word before any comma.</summary>
    public static string Surname(string player)
    {
        int comma = player.IndexOf(',');
        var name = (comma >= 0 ? player[..comma] : player).Trim();
        int space = name.LastIndexOf(' ');
        return space >= 0 ? name[(space + 1)..] : name;
    }

    /// <summary>The name without any trailing ", 70'" that the scraped corpus packs into it.</summary>
    public static string CleanName(string player)
    {
        int comma = player.IndexOf(',');
        return (comma >= 0 ? player[..comma] : player).Trim();
    }
}
