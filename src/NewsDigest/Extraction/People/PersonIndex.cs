using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>Every person's name in one article, and the fullest form of each surname ("Kane" resolves to "Harry Kane").</summary>
public sealed partial class PersonIndex
{
    private readonly string _text;
    private readonly List<PersonMention> _mentions;
    private readonly Dictionary<string, string> _fullNameBySurname = new(StringComparer.Ordinal);

    private PersonIndex(string text, List<PersonMention> mentions)
    {
        _text = text;
        _mentions = mentions;
        foreach (var mention in mentions)
        {
            var name = NameOf(mention);
            var key = SurnameKey(name);
            if (key.Length == 0) continue;
            if (!_fullNameBySurname.TryGetValue(key, out var known) || WordCount(name) > WordCount(known)) _fullNameBySurname[key] = name;
        }
    }

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    /// <summary>How many different written forms each surname key has in the article ("Salah" and "Mohamed Salah" are two): a key
    /// written in more than one form is a person's surname, whatever the words around its short form suggest (a side, a place).
    /// Counted once per article: the side and place readers ask for it several times per report.</summary>
    public IReadOnlyDictionary<string, int> FormCountBySurname() => _formCountBySurname ??= CountFormsBySurname();

    private IReadOnlyDictionary<string, int>? _formCountBySurname;

    private Dictionary<string, int> CountFormsBySurname()
    {
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in _mentions)
        {
            var name = NameOf(m);
            var key = SurnameKey(name);
            if (!forms.TryGetValue(key, out var seen)) forms[key] = seen = new HashSet<string>(StringComparer.Ordinal);
            seen.Add(TextFolding.Fold(name));
        }
        return forms.ToDictionary(f => f.Key, f => f.Value.Count, StringComparer.Ordinal);
    }

    public string NameOf(PersonMention mention) => WithoutQuotedNickname(WithCapitalsOpenerCased(mention.Span.Substring(_text)));

    /// <summary>"Lee Thompson" for "Lee "Tommo" Thompson": the nickname the report set in quotes inside a name is not part of it.</summary>
    private static string WithoutQuotedNickname(string name) => name.IndexOfAny(NicknameQuotes) < 0 ? name : QuotedNickname().Replace(name, "");

    private static readonly char[] NicknameQuotes = ['"', '“'];

    [GeneratedRegex(@"\s+[""“][^""“”]{1,20}[""”](?=\s)")]
    private static partial Regex QuotedNickname();

    /// <summary>The token index of the surname after a quoted nickname that follows a name word ("Lee" then "Tommo" in quotes, then
    /// "Thompson"), or -1.</summary>
    private static int QuotedNicknameEnd(string text, IReadOnlyList<Token> tokens, int last, bool[] excluded)
    {
        int open = last + 1, nick = last + 2, close = last + 3, surname = last + 4;
        if (surname >= tokens.Count || !SameLine(text, tokens[last], tokens[open]) || !SameLine(text, tokens[close], tokens[surname])) return -1;
        if (text[tokens[open].Start] is not ('"' or '“') || tokens[open].Span.Length != 1 || tokens[open].End != tokens[nick].Start) return -1;
        if (tokens[nick].Shape != TokenShape.Capitalised || tokens[close].Start != tokens[nick].End || text[tokens[close].Start] is not ('"' or '”')) return -1;
        return IsNameWord(text, tokens, surname, excluded) ? surname : -1;
    }

    /// <summary>"ANDREW Macrae", "BARRY Corr": a local paper's report opens on its first word in capitals; the name is "Andrew Macrae".</summary>
    internal static string WithCapitalsOpenerCased(string name)
    {
        int space = name.IndexOf(' ');
        if (space < 2 || !IsAllCapitals(name.AsSpan(0, space)) || IsAllCapitals(name.AsSpan(space + 1))) return name;
        var cased = name.ToCharArray();
        for (int k = 1; k < space; k++)
            if (cased[k - 1] is not ('\'' or '’' or '-')) cased[k] = char.ToLowerInvariant(cased[k]);
        return new string(cased);
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsUpper(c);
        }
        return letter;
    }

    /// <summary>The fullest name the article uses for this person ("Kane" becomes "Harry Kane"; a single word the article uses in
    /// just one longer name, "Vinicius" for "Vinicius Junior" or "Fazila" for "Fazila Ikwaput", becomes that name).</summary>
    public string FullName(string name)
    {
        var key = SurnameKey(name);
        if (_fullNameBySurname.TryGetValue(key, out var full) && WordCount(full) >= WordCount(name) && WordCount(full) > 1) return full;
        if (WordCount(name) == 1 && OnlyLongerNameWith(TextFolding.Fold(name.Trim()).Replace('’', '\'')) is { } longer) return longer;
        return full is not null && WordCount(full) >= WordCount(name) ? full : name;
    }

    /// <summary>The one name of two or more words whose surname a lone surname spells a letter apart ("Tashpulatov" for "Jasur Toshpulatov",
    /// "Yusupaliev" for "Sardor Yusupaliyev": a transliterated name a results line spells its own way), or null when none or several are.</summary>
    public string? NearSpelling(string surname)
    {
        if (WordCount(surname) != 1) return null;
        var near = _fullNameBySurname.Values.Where(full => WordCount(full) > 1 && Merging.PersonNameMatcher.SamePerson(surname, full))
            .Distinct(StringComparer.Ordinal).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>The fullest name for a name written at a position: a bare first name that opens several fuller names ("Gabriel" with
    /// "Gabriel Jesus" and "Gabriel Martinelli") is the one of them named most recently before that position, not the first or the most
    /// frequent; a surname, or a first name no fuller name before the position opens, resolves as <see cref="FullName(string)"/> does.</summary>
    public string FullNameAt(string name, int position)
    {
        if (WordCount(name) != 1) return FullName(name);
        var key = SurnameKey(name);
        if (_fullNameBySurname.TryGetValue(key, out var bySurname) && WordCount(bySurname) > 1) return FullName(name);
        for (int i = FirstAtOrAfter(position) - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.LastToken == mention.FirstToken) continue;
            var other = NameOf(mention);
            int space = other.IndexOf(' ');
            if (space > 0 && TextFolding.Fold(other.AsSpan(0, space)).Replace('’', '\'') == key) return FullName(other);
        }
        return FullName(name);
    }

    /// <summary>The fullest name for one mention, read at the mention's own place (<see cref="FullNameAt"/>).</summary>
    public string FullNameOf(PersonMention mention) => FullNameAt(NameOf(mention), mention.Start);

    private Dictionary<string, HashSet<string>>? _longerNamesByWord;

    /// <summary>The one name of two or more words that opens with this word (folded), or null when none or several do.</summary>
    private string? OnlyLongerNameWith(string word)
    {
        if (_longerNamesByWord is null)
        {
            _longerNamesByWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var mention in _mentions)
            {
                var name = NameOf(mention);
                if (WordCount(name) < 2) continue;
                // A first name stands for the full name ("Vinicius", "Fazila"); a last word is the surname, which the surname index resolves.
                foreach (var w in TextFolding.Fold(name).Replace('’', '\'').Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Take(1))
                {
                    if (!_longerNamesByWord.TryGetValue(w, out var names)) _longerNamesByWord[w] = names = new HashSet<string>(StringComparer.Ordinal);
                    names.Add(name);
                }
            }
        }
        if (!_longerNamesByWord.TryGetValue(word, out var found)) return null;
        // The same person written twice ("Vinícius Júnior", "Vinicius Junior") is still one name.
        var distinct = found.GroupBy(n => TextFolding.Fold(n)).ToList();
        return distinct.Count == 1 ? distinct[0].OrderByDescending(n => n.Length).First() : null;
    }

    /// <summary>The mentions inside a span, in text order.</summary>
    public IEnumerable<PersonMention> Within(TextSpan span)
    {
        int i = FirstAtOrAfter(span.Start);
        for (; i < _mentions.Count && _mentions[i].End <= span.End; i++) yield return _mentions[i];
    }

    /// <summary>The last mention that ends at or before a position, or null.</summary>
    public PersonMention? LastBefore(int position)
    {
        int i = FirstAtOrAfter(position) - 1;
        while (i >= 0 && _mentions[i].End > position) i--;
        return i >= 0 ? _mentions[i] : null;
    }

    /// <summary>A person's surname folded for comparison ("Aurélien Tchouaméni" gives "tchouameni").</summary>
    public static string SurnameKey(string name)
    {
        var trimmed = name.AsSpan().Trim();
        int space = trimmed.LastIndexOf(' ');
        var last = space >= 0 ? trimmed[(space + 1)..] : trimmed;
        return TextFolding.Fold(last).Replace('’', '\'');
    }

    /// <summary>Finds the names in an article, given the spans already known to be teams, venues or competitions.</summary>
    public static PersonIndex Build(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> notPeople)
    {
        var sentenceStarts = new HashSet<int>();
        foreach (var s in sentences) sentenceStarts.Add(s.Start);
        var excluded = new bool[tokens.Count];
        int t = 0;
        foreach (var span in notPeople.OrderBy(s => s.Start))
        {
            while (t < tokens.Count && tokens[t].End <= span.Start) t++;
            for (int k = t; k < tokens.Count && tokens[k].Start < span.End; k++) excluded[k] = true;
        }

        // A capitalised word seen away from a sentence start is a name wherever it appears; at a sentence start alone it may just be the first word.
        var midSentenceWords = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
            if (IsNameWord(text, tokens, i, excluded) && !StartsSentence(text, tokens, i, sentenceStarts))
                midSentenceWords.Add(TextFolding.Fold(WordWithoutPossessive(text, tokens[i])));

        // Words written in lower case somewhere in the article: capitalised only by a sentence start ("Alongside", "Classy").
        var lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
            if (token.Shape == TokenShape.Word) lowerCaseWords.Add(TextFolding.Fold(text.AsSpan(token.Start, token.Span.Length).ToString()));

        var mentions = new List<PersonMention>();
        var sentenceOpeners = new List<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            int first = i, last = i;
            bool opened = false;
            // "Ó Ceallaigh", "Ap Iorwerth": a Gaelic or Welsh particle opens a name; "Park Seong-min", "Oh Hyeon-gyu": a family name that is
            // also an English word opens one when a hyphenated given name follows it.
            if (!IsNameWord(text, tokens, i, excluded))
            {
                if (OpeningParticleEnd(text, tokens, i, excluded) is int openEnd and > 0) last = openEnd;
                else if (IsFamilyNameFirst(text, tokens, i, excluded)) last = i + 1;
                else continue;
                opened = true;
            }
            bool possessive = HasPossessive(text, tokens[last]);
            while (!possessive)
            {
                int next = last + 1;
                // "T. Hernandez": an initial and its dot belong to the name.
                if (next + 1 < tokens.Count && tokens[last].Span.Length == 1 && tokens[last].Shape == TokenShape.Upper && text[tokens[next].Start] == '.'
                    && tokens[next].Start == tokens[last].End && IsNameWord(text, tokens, next + 1, excluded)) { last = next + 1; possessive = HasPossessive(text, tokens[last]); continue; }
                if (next < tokens.Count && SameLine(text, tokens[last], tokens[next]) && IsNameWord(text, tokens, next, excluded)) { last = next; possessive = HasPossessive(text, tokens[last]); continue; }
                // "the unmarked Jess Park fired home", "Cengiz Under put Marseille in front": a common word capitalised inside a sentence
                // right after a name is its surname.
                if (next < tokens.Count && SameLine(text, tokens[last], tokens[next]) && IsSurnameWord(text, tokens, first, next, excluded)) { last = next; possessive = HasPossessive(text, tokens[last]); continue; }
                if (next == first + 1 && next < tokens.Count && SameLine(text, tokens[last], tokens[next]) && !StartsSentence(text, tokens, first, sentenceStarts)
                    && IsDaySurname(text, tokens, next, excluded)) { last = next; possessive = HasPossessive(text, tokens[last]); continue; }
                // "Ruben van der Heijden", "Seán Ó Ceallaigh", "Dylan Ap Iorwerth", "Ilias El Khatib": one or two particles, lower-case or
                // capitalised, between two name words belong to the name.
                if (ParticleRunEnd(text, tokens, last, excluded) is int particleEnd and > 0) { last = particleEnd; possessive = HasPossessive(text, tokens[last]); continue; }
                // "Lee "Tommo" Thompson", "Dai “Tosh” Llewellyn": a nickname in quotes between the given name and the surname is inside
                // the name (NameOf leaves it out).
                if (QuotedNicknameEnd(text, tokens, last, excluded) is int nicknameEnd and > 0) { last = nicknameEnd; possessive = HasPossessive(text, tokens[last]); continue; }
                break;
            }
            if (first < last && !opened && StartsSentence(text, tokens, first, sentenceStarts)
                && OpensWithEpithet(text, tokens, first, midSentenceWords, lowerCaseWords)) first++;
            bool single = first == last;
            if (single && StartsSentence(text, tokens, first, sentenceStarts)
                && !midSentenceWords.Contains(TextFolding.Fold(WordWithoutPossessive(text, tokens[first])))
                && !OwnsGoalNoun(text, tokens[last], possessive))
            {
                sentenceOpeners.Add(first);
                i = last;
                continue;
            }
            int end = tokens[last].End - (possessive ? PossessiveLength(text, tokens[last]) : 0);
            // "the Thom Mkolongo-coached side", "a Stephen Keshi-led team": a participle joined on describes the side, the name ends at the hyphen.
            if (!possessive && ParticipleJoinedAt(text, tokens[last]) is int hyphen and > 0 && hyphen > tokens[first].Start) end = hyphen;
            // "Deschamps’ world champions": a trailing apostrophe after s is a possessive too.
            if (!possessive && end < text.Length && text[end] is '\'' or '’' && text[end - 1] is 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]))) possessive = true;
            mentions.Add(new PersonMention(new TextSpan(tokens[first].Start, end - tokens[first].Start), first, last, possessive));
            i = last;
        }
        AddSentenceOpeners(text, tokens, sentenceOpeners, mentions, lowerCaseWords);
        CutOpenersBeforeKnownSurnames(text, tokens, sentenceStarts, midSentenceWords, mentions);
        return new PersonIndex(text, mentions);
    }

    /// <summary>"Nuno was appointed ...", "Mkolongo attributed ...": a word alone at a sentence's start is that person when the report also
    /// writes it inside a fuller name ("Nuno Espirito Santo", "Thom Mkolongo") and a person's verb follows it.</summary>
    /// <remarks>"Walsh put Wales ahead", "Peden, on the left wing, equalised", "Torrans again found the net": a word alone at a
    /// sentence's start the report never writes in lower case is a person too when a scorer's verb follows it, straight away or after an
    /// aside between commas, as period and tabloid reports name players by surname alone. "Glasner, who ..., said: “...”", "Alfie said
    /// before the match that they were playing “...”": such a word is a person too when a verb of speech follows it (straight away or
    /// after an aside between commas) and a quotation opens later in that sentence: a report names a manager, a fan or a player by one
    /// name alone when it quotes him.</remarks>
    private static void AddSentenceOpeners(string text, IReadOnlyList<Token> tokens, List<int> openers, List<PersonMention> mentions, HashSet<string> lowerCaseWords)
    {
        if (openers.Count == 0) return;
        var fullNameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (mention.LastToken > mention.FirstToken)
                foreach (var word in TextFolding.Fold(mention.Span.Substring(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries)) fullNameWords.Add(word);
        int added = 0;
        foreach (var i in openers)
        {
            bool possessive = HasPossessive(text, tokens[i]);
            if (possessive) continue;
            var folded = TextFolding.Fold(WordWithoutPossessive(text, tokens[i]));
            if (!(fullNameWords.Contains(folded) && PersonVerbFollows(text, tokens, i))
                && (lowerCaseWords.Contains(folded) || !(ScorerVerbAfter().IsMatch(text.AsSpan(tokens[i].End, Math.Min(120, text.Length - tokens[i].End)).ToString())
                    || SpeechBeforeQuote(text.AsSpan(tokens[i].End, Math.Min(240, text.Length - tokens[i].End)).ToString())))) continue;
            mentions.Add(new PersonMention(new TextSpan(tokens[i].Start, tokens[i].Span.Length), i, i, false));
            added++;
        }
        if (added > 0) mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"Classy Bonmati sends ..." above "... after Aitana Bonmati starred": a headline's first word never written capitalised inside
    /// a sentence, before a surname the report gives another first name that it does write inside a sentence, is no first name. Only on a
    /// headline line, whose title case capitalises adjectives: in prose "Francisco Conceicao" beside "Sergio Conceicao" is a second person.</summary>
    private static void CutOpenersBeforeKnownSurnames(string text, IReadOnlyList<Token> tokens, HashSet<int> sentenceStarts, HashSet<string> midSentenceWords, List<PersonMention> mentions)
    {
        var firstWordsBySurname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.LastToken == m.FirstToken) continue;
            var firstWord = TextFolding.Fold(text.AsSpan(tokens[m.FirstToken].Start, tokens[m.FirstToken].Span.Length));
            var surname = SurnameKey(m.Span.Substring(text));
            if (!firstWordsBySurname.TryGetValue(surname, out var words)) firstWordsBySurname[surname] = words = [];
            words.Add(firstWord);
        }
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.LastToken - m.FirstToken != 1 || !StartsSentence(text, tokens, m.FirstToken, sentenceStarts)) continue;
            var firstWord = TextFolding.Fold(text.AsSpan(tokens[m.FirstToken].Start, tokens[m.FirstToken].Span.Length));
            if (midSentenceWords.Contains(firstWord) || !OnHeadlineLine(text, m.Start)) continue;
            if (!firstWordsBySurname.TryGetValue(SurnameKey(m.Span.Substring(text)), out var others) || !others.Any(w => w != firstWord && midSentenceWords.Contains(w))) continue;
            int start = tokens[m.LastToken].Start;
            mentions[k] = new PersonMention(new TextSpan(start, m.End - start), m.LastToken, m.LastToken, m.Possessive);
        }
    }

    /// <summary>A line with no closing stop is a headline or a heading, not prose.</summary>
    private static bool OnHeadlineLine(string text, int position)
    {
        int end = text.IndexOf('\n', position);
        var line = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd();
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or '"' or '”' or '\'' or '’');
    }

    /// <summary>Verbs that follow a person as a sentence's subject ("was appointed", "said", "has", "joined", "attributed").</summary>
    private static readonly HashSet<string> PersonVerbs = new(StringComparer.Ordinal)
    {
        "was", "is", "has", "had", "said", "says", "told", "added", "joined", "will", "would", "could", "can", "did", "does", "made", "took",
        "became", "left", "felt", "knew", "thought", "believes", "feels", "knows", "thinks", "admitted", "insisted", "explained", "attributed",
        "celebrated", "celebrates", "scored", "signed", "praised", "hailed", "urged", "wants", "wanted", "remains", "described", "spoke",
    };

    /// <summary>A scorer's verb right after a name, or after an aside between commas that opens on a lower-case word ("Peden, on the left
    /// wing, equalised", "Walsh, the young forward, put ..."), an adverb allowed before it ("again drew his side level").</summary>
    [GeneratedRegex(@"^(?:,\s+(?:the|a|an|who|whose|on|in|at|our|his|her|their|now|playing|always|ever|back|once|still|making)\b[^,.;:!?\n]{0,70},)?\s+(?:(?:again|then|also|soon|promptly|finally|twice|once more|himself|herself|[a-z]+ly)\s+)?(?:scored|netted|notched|registered|equalised|equalized|levelled|leveled|headed|nodded|shot|fired|converted|struck|volleyed|drove|hit|put|gave|drew|pulled|reduced|added|completed|doubled|slotted|tapped|crashed|smashed|lashed|curled|rifled|side-?footed|placed|steered|turned|swept|prodded|poked|rammed|banged|bundled|lobbed|chipped|stepped up|found the (?:net|back of the net|corner|top corner|bottom corner|far corner|net)|made it [0-9])\b")]
    private static partial Regex ScorerVerbAfter();

    /// <summary>A verb of speech right after a name, or after an aside between commas ("Glasner, who said he ..., said:"), and then a
    /// quotation opening in the same sentence ("said: “", "said before the match that they were “...").</summary>
    [GeneratedRegex(@"^(?<aside>,\s+(?:who|whose|the|a|an|now|still|speaking|asked)\b[^,.;:!?\n]{0,120},)?\s+(?:(?:also|later|then|simply|only|just)\s+)?(?:said|says|told|added|explained|admitted|insisted|stated|noted|stressed|continued|recalled|revealed|reflected|remarked|commented|declared|conceded|joked|laughed|smiled)\b[^.;!?\n“”""‘]{0,90}[“""‘]")]
    private static partial Regex SpeechBeforeQuoteAfter();

    /// <summary><see cref="SpeechBeforeQuoteAfter"/>, unless its aside tells of goals ("Khumalo, who has now scored in three successive
    /// matches, said: ..."): a goal reader would take the one name for a scorer with no minute.</summary>
    private static bool SpeechBeforeQuote(string after)
    {
        var match = SpeechBeforeQuoteAfter().Match(after);
        return match.Success && !(match.Groups["aside"].Success && GoalWordInAside().IsMatch(match.Groups["aside"].Value));
    }

    [GeneratedRegex(@"\b(?:scor\w*|goals?|netted|hat-?trick|brace)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalWordInAside();

    private static bool PersonVerbFollows(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Shape != TokenShape.Word || tokens[i + 1].Start - tokens[i].End > 1) return false;
        return PersonVerbs.Contains(text.Substring(tokens[i + 1].Start, tokens[i + 1].Span.Length));
    }

    /// <summary>"Alongside Foster, ...", "Classy Bonmati sends ...", "Strike-partner Daniel Sturridge": a sentence's first word run into a name
    /// is no part of it when the report never writes it capitalised inside a sentence and it is a compound with a lower-case part or a word
    /// the report also writes in lower case.</summary>
    private static bool OpensWithEpithet(string text, IReadOnlyList<Token> tokens, int first, HashSet<string> midSentenceWords, HashSet<string> lowerCaseWords)
    {
        var word = text.AsSpan(tokens[first].Start, tokens[first].Span.Length);
        var folded = TextFolding.Fold(word.ToString());
        if (midSentenceWords.Contains(folded)) return false;
        int hyphen = word.IndexOfAny('-', '‑');
        if (hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1])) return true;
        return lowerCaseWords.Contains(folded);
    }

    /// <summary>The last token of "particle [particle] Name" right after name token <paramref name="last"/> on the same line, or -1.</summary>
    private static int ParticleRunEnd(string text, IReadOnlyList<Token> tokens, int last, bool[] excluded)
    {
        int k = last + 1;
        for (int count = 0; count < 2 && k + 1 < tokens.Count; count++, k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Span.Length);
            if (excluded[k] || !SameLine(text, tokens[k - 1], tokens[k]) || !(CapitalisedWords.IsNameParticle(word) || CapitalisedWords.IsCapitalisedParticle(word))) return -1;
            if (SameLine(text, tokens[k], tokens[k + 1]) && IsNameWord(text, tokens, k + 1, excluded)) return k + 1;
        }
        return -1;
    }

    /// <summary>The last token of a name opened by a particle that only opens names ("Ó Ceallaigh", "Ní Mhaolchatha", "Ap Iorwerth"), or -1.</summary>
    private static int OpeningParticleEnd(string text, IReadOnlyList<Token> tokens, int i, bool[] excluded)
    {
        if (excluded[i] || i + 1 >= tokens.Count || !CapitalisedWords.IsOpeningParticle(text.AsSpan(tokens[i].Start, tokens[i].Span.Length))) return -1;
        return SameLine(text, tokens[i], tokens[i + 1]) && IsNameWord(text, tokens, i + 1, excluded) ? i + 1 : -1;
    }

    /// <summary>East Asian family names written first that are also English words ("Park", "Oh", "An", "So"): a name when a given name
    /// of the hyphenated form follows ("Park Seong-min", "Oh Hyeon-gyu").</summary>
    private static bool IsFamilyNameFirst(string text, IReadOnlyList<Token> tokens, int i, bool[] excluded)
    {
        if (excluded[i] || tokens[i].Shape != TokenShape.Capitalised || i + 1 >= tokens.Count || !SameLine(text, tokens[i], tokens[i + 1])) return false;
        if (!FamilyNameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[i].Start, tokens[i].Span.Length))) return false;
        var given = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Span.Length);
        int hyphen = given.IndexOf('-');
        return IsNameWord(text, tokens, i + 1, excluded) && hyphen > 1 && hyphen + 2 < given.Length && char.IsLower(given[hyphen + 1]) && !given[(hyphen + 1)..].ContainsAny('-', '\'', '’');
    }

    private static readonly HashSet<string> FamilyNameWords = new(StringComparer.Ordinal) { "Park", "Oh", "An", "So", "Do", "No", "Man", "Ma", "Young", "Moon", "Song", "Bang", "Go", "Ha" };

    private static bool IsNameWord(string text, IReadOnlyList<Token> tokens, int i, bool[] excluded)
    {
        var token = tokens[i];
        if (excluded[i]) return false;
        if (token.Shape == TokenShape.Upper) return IsCapitalsOpener(text, tokens, i, excluded);
        if (token.Shape != TokenShape.Capitalised) return false;
        var word = WordWithoutPossessive(text, token);
        return word.Length > 1 && !CapitalisedWords.IsNotName(word);
    }

    /// <summary>"ANDREW Macrae was the hero", "BARRY Corr's towering header": a paragraph's first word in capitals (a British local paper's
    /// opening) before a name word on the same line is the name's first word, as it would be in title case.</summary>
    private static bool IsCapitalsOpener(string text, IReadOnlyList<Token> tokens, int i, bool[] excluded)
    {
        var token = tokens[i];
        if (token.Span.Length < 2 || i + 1 >= tokens.Count || excluded[i + 1] || tokens[i + 1].Shape != TokenShape.Capitalised) return false;
        int k = token.Start;
        while (k > 0 && text[k - 1] is ' ' or '\t') k--;
        if (k > 0 && text[k - 1] != '\n') return false;
        if (!SameLine(text, token, tokens[i + 1]) || tokens[i + 1].Start != token.End + 1) return false;
        var word = WordWithoutPossessive(text, token);
        var next = WordWithoutPossessive(text, tokens[i + 1]);
        return !CapitalisedWords.IsNotName(word) && next.Length > 1 && !CapitalisedWords.IsNotName(next);
    }

    /// <summary>Common words kept out of names that are also surnames ("Jess Park", "Cengiz Under", "Ashley Young").</summary>
    private static readonly HashSet<string> SurnameWords = new(StringComparer.OrdinalIgnoreCase) { "park", "under", "young", "black", "hope", "day", "west", "north", "south", "east" };

    /// <summary>A capitalised common surname-word after a name, unless the name before it is a place being gone to ("at Selhurst Park").</summary>
    private static bool IsSurnameWord(string text, IReadOnlyList<Token> tokens, int first, int i, bool[] excluded)
    {
        var token = tokens[i];
        if (excluded[i] || token.Shape != TokenShape.Capitalised || !SurnameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordWithoutPossessive(text, token))) return false;
        // "Under-21s", "West-Brom": a word joined on is not a surname.
        if (token.End < text.Length && text[token.End] is '-' or '–') return false;
        var before = text.AsSpan(Math.Max(0, tokens[first].Start - 12), Math.Min(12, tokens[first].Start)).TrimEnd();
        return !(before.EndsWith(" at") || before.EndsWith(" to") || before.EndsWith(" from") || before.EndsWith(" in") || before.EndsWith(" outside")
            || before.EndsWith(" near") || before.EndsWith(" into") || before.EndsWith(" around"));
    }

    private static readonly HashSet<string> DayNames = new(StringComparer.OrdinalIgnoreCase) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>"Although Joy Sunday scored": a day's name right after a first name inside a sentence is a surname, unless a time of day,
    /// a number or a possessive shows it is the day ("Kane Sunday night" never reads so).</summary>
    private static bool IsDaySurname(string text, IReadOnlyList<Token> tokens, int i, bool[] excluded)
    {
        var token = tokens[i];
        if (excluded[i] || token.Shape != TokenShape.Capitalised || !DayNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(token.Start, token.Span.Length))) return false;
        if (i + 1 >= tokens.Count) return true;
        var after = tokens[i + 1];
        if (after.Start - token.End > 1) return true;
        var next = text.AsSpan(after.Start, after.Span.Length);
        return !(after.Shape == TokenShape.Number || next is "night" or "morning" or "afternoon" or "evening" or "'s" or "’s" or "s");
    }

    private static bool StartsSentence(string text, IReadOnlyList<Token> tokens, int i, HashSet<int> sentenceStarts)
    {
        int start = tokens[i].Start;
        if (sentenceStarts.Contains(start)) return true;
        // After an opening quote or a colon the next word starts a sentence too.
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && (text[k] is '"' or '“' or '‘' or ':' or '\n' or '(' or '-' or '–' || sentenceStarts.Contains(k));
    }

    /// <summary>"Tzimas' strike put the gloss on it": a possessive before a goal noun names a person even as a sentence's first word.</summary>
    private static bool OwnsGoalNoun(string text, Token token, bool possessive)
    {
        int end = token.End;
        if (!possessive && !(end < text.Length && text[end] is '\'' or '’' && text[end - 1] is 's')) return false;
        if (!possessive) end++;
        return ScorerClues.StartsWithGoalNoun(text.AsSpan(end, Math.Min(40, text.Length - end)));
    }

    /// <summary>Where a lower-case participle joined on by a hyphen starts ("Mkolongo-coached", "Keshi-led", "Yankey-inspired"), or -1.</summary>
    private static int ParticipleJoinedAt(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Span.Length);
        int hyphen = word.LastIndexOfAny('-', '‑');
        if (hyphen <= 1 || hyphen + 3 >= word.Length) return -1;
        var tail = word[(hyphen + 1)..];
        foreach (var c in tail)
            if (!char.IsLower(c)) return -1;
        return tail.EndsWith("ed") || tail is "era" or "style" ? token.Start + hyphen : -1;
    }

    private static bool SameLine(string text, Token a, Token b) => b.Start - a.End <= 2 && !text.AsSpan(a.End, b.Start - a.End).ContainsAny("\n,;:");

    private static bool HasPossessive(string text, Token token) => PossessiveLength(text, token) > 0;

    private static int PossessiveLength(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Span.Length);
        if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’') return 2;
        return 0;
    }

    private static ReadOnlySpan<char> WordWithoutPossessive(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Span.Length);
        int cut = PossessiveLength(text, token);
        return word[..^cut];
    }

    private static int WordCount(string name) => name.Count(c => c == ' ') + 1;

    private int FirstAtOrAfter(int position)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_mentions[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
