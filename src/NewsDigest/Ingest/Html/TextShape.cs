namespace NewsDigest.Ingest.Html;

/// <summary>Counts in a block's text that tell prose from furniture in any script: sentence ends, commas, digits, separators.</summary>
internal readonly record struct TextShape(int SentenceEnds, int Commas, int Digits, int Separators, bool EndsLikeSentence, bool StartsUpper, bool EndsColon)
{
    public static TextShape Of(string text)
    {
        int ends = 0, commas = 0, digits = 0, separators = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' or '。' or '！' or '？' or '।' or '؟')
            {
                // A full stop between digits (3.5, 24.01.2022) does not end a sentence.
                bool inNumber = c == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
                if (!inNumber) ends++;
            }
            else if (c is ',' or '，' or '、' or '،' or '；' or ';') commas++;
            else if (char.IsDigit(c)) digits++;
            else if (c is '|' or '•' or '·' or '»' or '›') separators++;
        }
        char last = text.Length > 0 ? text[^1] : ' ';
        bool endsSentence = last is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '।' or '؟' or '"' or '”' or '»' or '“' or ')' or '」' or '』';
        return new TextShape(ends, commas, digits, separators, endsSentence, text.Length > 0 && char.IsUpper(text[0]), last is ':' or '：');
    }
}
