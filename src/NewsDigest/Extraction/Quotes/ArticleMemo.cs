using System.Runtime.CompilerServices;

namespace NewsDigest.Extraction.Quotes;

/// <summary>An answer about a name, worked out once per article: the quote readers ask whether a name is a group, a place or a woman many
/// times over one report, and each answer reads the whole text. Entries go with their article (a weak table), and readers on several
/// threads share them safely.</summary>
internal sealed class ArticleMemo<TValue>
{
    private readonly ConditionalWeakTable<ExtractionContext, Dictionary<string, TValue>> answers = new();

    public TValue Get(ExtractionContext context, string key, Func<ExtractionContext, string, TValue> work)
    {
        var known = answers.GetValue(context, _ => new Dictionary<string, TValue>(StringComparer.Ordinal));
        lock (known)
        {
            if (known.TryGetValue(key, out var answer)) return answer;
            answer = work(context, key);
            known[key] = answer;
            return answer;
        }
    }
}
