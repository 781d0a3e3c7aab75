using NewsDigest.Learning.Models;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>Distant labels for the name tagger: the longest gazetteer match at each token wins; on equal length a team beats a competition, a venue and a person.</summary>
public static class NameDistantLabeler
{
    private static readonly NameKind[] Preference = [NameKind.Team, NameKind.Competition, NameKind.Venue, NameKind.Person];

    public static List<NameSpan> Label(string text, TextSpan sentence, NameGazetteer gazetteer)
    {
        var tokens = Tokenizer.Tokenize(text, sentence);
        var marks = gazetteer.Mark(text, tokens);
        int kinds = gazetteer.Lexicons.Count;
        var spans = new List<NameSpan>();
        int t = 0;
        while (t < tokens.Count)
        {
            int bestLength = 0;
            NameKind bestKind = NameKind.Person;
            foreach (var kind in Preference)
            {
                int k = (int)kind;
                if (marks[t * kinds + k] != NameGazetteer.Begin) continue;
                int length = 1;
                while (t + length < tokens.Count && marks[(t + length) * kinds + k] == NameGazetteer.Inside) length++;
                if (length > bestLength) { bestLength = length; bestKind = kind; }
            }
            if (bestLength == 0) { t++; continue; }
            int from = tokens[t].Start, to = tokens[t + bestLength - 1].End;
            spans.Add(new NameSpan(new TextSpan(from, to - from), bestKind));
            t += bestLength;
        }
        return spans;
    }
}
