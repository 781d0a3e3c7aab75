namespace NewsDigest.Ingest.Language;

/// <summary>How many letters of each writing script a sample holds; a mutable tally kept on the stack while a text is read.</summary>
internal struct ScriptCounts
{
    private int _latin, _cyrillic, _greek, _arabic, _hebrew, _devanagari, _bengali, _thai, _georgian, _armenian, _han, _kana, _hangul;

    /// <summary>Letters of Ukrainian, Serbian and Bulgarian that Russian does not use (or rarely does), counted apart to tell them from Russian.</summary>
    public int Ukrainian { get; private set; }
    public int Serbian { get; private set; }

    public readonly int Letters => _latin + _cyrillic + _greek + _arabic + _hebrew + _devanagari + _bengali + _thai + _georgian + _armenian + _han + _kana + _hangul;

    public readonly int Han => _han;

    public readonly int Kana => _kana;

    public void Add(WritingScript script)
    {
        switch (script)
        {
            case WritingScript.Latin: _latin++; break;
            case WritingScript.Cyrillic: _cyrillic++; break;
            case WritingScript.Greek: _greek++; break;
            case WritingScript.Arabic: _arabic++; break;
            case WritingScript.Hebrew: _hebrew++; break;
            case WritingScript.Devanagari: _devanagari++; break;
            case WritingScript.Bengali: _bengali++; break;
            case WritingScript.Thai: _thai++; break;
            case WritingScript.Georgian: _georgian++; break;
            case WritingScript.Armenian: _armenian++; break;
            case WritingScript.Han: _han++; break;
            case WritingScript.Kana: _kana++; break;
            case WritingScript.Hangul: _hangul++; break;
        }
    }

    /// <summary>Counts the Cyrillic letters that single out Ukrainian (і ї є ґ) or Serbian (ђ ћ џ љ њ ј).</summary>
    public void AddCyrillicMarker(char c)
    {
        if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ') Ukrainian++;
        else if (c is 'ђ' or 'ћ' or 'џ' or 'љ' or 'њ' or 'ј' or 'Ђ' or 'Ћ' or 'Џ' or 'Љ' or 'Њ' or 'Ј') Serbian++;
    }

    /// <summary>The script with the most letters; Han and Kana count together, since Japanese writes both.</summary>
    public readonly (WritingScript Script, int Letters) Dominant()
    {
        var best = (Script: WritingScript.None, Letters: 0);
        Consider(ref best, WritingScript.Latin, _latin);
        Consider(ref best, WritingScript.Cyrillic, _cyrillic);
        Consider(ref best, WritingScript.Greek, _greek);
        Consider(ref best, WritingScript.Arabic, _arabic);
        Consider(ref best, WritingScript.Hebrew, _hebrew);
        Consider(ref best, WritingScript.Devanagari, _devanagari);
        Consider(ref best, WritingScript.Bengali, _bengali);
        Consider(ref best, WritingScript.Thai, _thai);
        Consider(ref best, WritingScript.Georgian, _georgian);
        Consider(ref best, WritingScript.Armenian, _armenian);
        Consider(ref best, WritingScript.Han, _han + _kana);
        Consider(ref best, WritingScript.Hangul, _hangul);
        return best;
    }

    private static void Consider(ref (WritingScript Script, int Letters) best, WritingScript script, int letters)
    {
        if (letters > best.Letters) best = (script, letters);
    }
}
