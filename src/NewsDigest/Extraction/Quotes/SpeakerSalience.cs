using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Whom a "he said" points to when no quote was just attributed: the person the text so far is about. Each mention outside
/// quotes counts, more in the headline line, near the quote, at the start of a sentence (its subject) and beside a speech verb; the last
/// person named merely in passing ("handed new boss X a first win") loses to the one the story follows.</summary>
public static partial class SpeakerSalience
{
    /// <summary>How far back a mention still counts as near the quote.</summary>
    private const int Near = 400;

    /// <summary>The fullest name of the most salient person named before <paramref name="position"/>, or null when nobody is. A person who
    /// opens the sentence right before the quote ("O'Neill, though, thinks his side will be fine.") is its speaker outright.</summary>
    public static string? MostSalientBefore(ExtractionContext context, int position)
    {
        if (SubjectOfSentenceBefore(context, position) is { } subject) return subject;
        return Best(context, Scores(context, position, _ => true));
    }

    /// <summary>The fullest name of the most salient person named before <paramref name="position"/> whom the report writes with the pronoun
    /// of <paramref name="gender"/>, or null when nobody is.</summary>
    public static string? MostSalientOfGender(ExtractionContext context, int position, SpeakerGender.Gender gender) =>
        gender == SpeakerGender.Gender.Unknown ? null
            : Best(context, Scores(context, position, m => SpeakerGender.Of(context, context.People.FullName(context.People.NameOf(m))) == gender));

    /// <summary>Salience per surname key of the people named before <paramref name="position"/> that pass <paramref name="keep"/>, with the
    /// name each was first seen under and which key was named last (the tie-breaker).</summary>
    private static (Dictionary<string, double> Scores, Dictionary<string, string> Names, string? LastKey) Scores(ExtractionContext context, int position, Func<PersonMention, bool> keep)
    {
        var text = context.Text;
        int firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0) firstLineEnd = 0;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? lastKey = null;
        foreach (var mention in context.People.Mentions)
        {
            if (mention.End > position) break;
            if (context.IsQuoted(mention.Start)) continue;
            var name = context.People.NameOf(mention);
            var key = PersonIndex.SurnameKey(name);
            if (key.Length == 0 || !SpeakerNames.CanSpeak(context, name) || !keep(mention)) continue;
            double weight = 1;
            if (mention.Start < firstLineEnd) weight += 2;
            if (position - mention.End < Near) weight += 1;
            if (StartsSentence(text, mention.Start)) weight += 1;
            if (NearSpeechVerb(text, mention)) weight += 2;
            scores[key] = scores.GetValueOrDefault(key) + weight;
            names.TryAdd(key, name);
            lastKey = key;
        }
        return (scores, names, lastKey);
    }

    private static string? Best(ExtractionContext context, (Dictionary<string, double> Scores, Dictionary<string, string> Names, string? LastKey) salience)
    {
        var (scores, names, lastKey) = salience;
        if (scores.Count == 0) return null;
        string best = lastKey!;
        foreach (var (key, score) in scores)
            if (score > scores[best]) best = key;
        return context.People.FullName(names[best]);
    }

    /// <summary>The person a description stands for: "the referee" is the person named after "referee" earlier ("referee Sam Jones"),
    /// "the Arsenal manager" the one after "manager"; a description no earlier mention carries ("the Italian") is the person the passage is about.</summary>
    public static string? Described(ExtractionContext context, string description, int position) => Described(context, description, position, null);

    /// <summary>Like <see cref="Described(ExtractionContext, string, int)"/>, for a description after <paramref name="quote"/>: an owner the
    /// quote talks about by name ("X's comparison drew a rebuke from gold medallist Y. / “It is insulting for X to ...,” the sprinter
    /// posted") is whom the words are aimed at, not a second person the sentence before is about, so the one person left there is the one
    /// described.</summary>
    internal static string? Described(ExtractionContext context, string description, NewsDigest.Text.TextSpan quote) =>
        Described(context, description, quote.Start, name => QuoteNamesSpeaker.Names(context, quote, name));

    private static string? Described(ExtractionContext context, string description, int position, Func<string, bool>? spokenOf) =>
        ByRole(context, description, position) ?? AboutBefore(context, position, spokenOf);

    /// <summary>The person an earlier mention gives the description's role word ("referee Sam Jones" for "the referee"), or the manager the
    /// report shows in charge for a manager word; null otherwise.</summary>
    internal static string? ByRole(ExtractionContext context, string description, int position)
    {
        var words = description.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length > 1 ? words[^1].TrimEnd(',', '.', ';', ':') : "";
        if (head.Length > 2 && char.IsLower(head[0]))
        {
            var text = context.Text;
            var inCharge = ManagerWords.Contains(head) ? InChargeKeys(context) : null;
            // "the Liverpool boss" is not "Madrid boss Carlo Ancelotti": a holder shown with another side than the one the description names.
            var side = SideOf(context, words);
            if (side is not null && inCharge is not null) inCharge.RemoveWhere(key => OtherSideKeys(context, side).Contains(key));
            // The manager who opens the sentence before ("Chelsea boss Maresca, meanwhile, was delighted") is meant before any other; so is
            // a person quoted earlier who opens it with no other role ("Ancelotti summed up the goal best. “...,” the coach said").
            if (inCharge is not null && SubjectOfSentenceBefore(context, position) is { } subject
                && (inCharge.Contains(PersonIndex.SurnameKey(subject)) || QuotedWithoutOtherRole(context, subject, head))) return subject;
            // Everyone an earlier mention gives the role word; of several ("head coach Jurgen Klinsmann" and, in passing, "Spurs fired head
            // coach Antonio Conte") the one the report is about.
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in context.People.Mentions)
            {
                if (mention.End > position) break;
                if (context.IsQuoted(mention.Start)) continue;
                var before = text.AsSpan(Math.Max(0, mention.Start - head.Length - 2), Math.Min(mention.Start, head.Length + 2)).TrimEnd();
                // "Governor Alex Otti" for "the governor": the role word may also open the name the finder read.
                var named = context.People.NameOf(mention);
                bool titled = named.Length > head.Length + 1 && named[head.Length] == ' ' && named.StartsWith(head, StringComparison.OrdinalIgnoreCase);
                if ((before.EndsWith(head, StringComparison.OrdinalIgnoreCase) || titled) && SpeakerNames.CanSpeak(context, named)
                    && !(side is not null && SideBefore(context, mention) is { } theirs && theirs != side)) found.Add(PersonIndex.SurnameKey(named));
            }
            if (found.Count > 0 && Best(context, Scores(context, position, m => found.Contains(PersonIndex.SurnameKey(context.People.NameOf(m))))) is { } holder) return holder;
            // "the City head coach" where the report calls him "boss Pep Guardiola" or writes "Guardiola's men": the most salient person the
            // report shows in charge of a side, not merely the person the last sentence was about.
            if (inCharge is not null && Best(context, Scores(context, position, m => inCharge.Contains(PersonIndex.SurnameKey(context.People.NameOf(m))))) is { } manager) return manager;
        }
        return null;
    }

    /// <summary>Like <see cref="Described"/>, but a description no earlier mention carries by its role word is the person the whole passage
    /// so far is about (the most salient), not the subject of the sentence before: "The awards were held at the Théâtre du Châtelet. /
    /// Speaking yesterday, the Olympique Lyonnais forward said: ..." is the player the report follows, or the one a tabloid opens on in capitals.</summary>
    public static string? DescribedInPassage(ExtractionContext context, string description, int position) =>
        ByRole(context, description, position) ?? CapitalsOpener.Of(context.Text) ?? Best(context, Scores(context, position, _ => true));

    /// <summary>The person the report gives the description's role ("Town boss Gary Ashworth" for "the Town boss"), or the last person quoted
    /// under its manager word; unlike <see cref="Described"/>, never merely the person the passage before is about.</summary>
    public static string? RoleHolder(ExtractionContext context, string description, int position) =>
        ByRole(context, description, position) ?? LastQuotedUnderManagerWord(context, description, position);

    /// <summary>Like <see cref="Described"/>, for a manager word opening a narrative sentence ("But the Lionesses’ manager stressed ...")
    /// that no name in the report carries: the last person quoted before who has no other role, before the person the sentence before is about.</summary>
    public static string? DescribedManagerGoingOn(ExtractionContext context, string description, int position) =>
        ByRole(context, description, position) ?? LastQuotedUnderManagerWord(context, description, position) ?? AboutBefore(context, position);

    /// <summary>The last person quoted before <paramref name="position"/> with no role other than the description's manager word; null when the
    /// description ends in no manager word or nobody fits.</summary>
    private static string? LastQuotedUnderManagerWord(ExtractionContext context, string description, int position)
    {
        var head = description.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (!ManagerWords.Contains(head)) return null;
        for (int k = context.Quotes.Count - 1; k >= 0; k--)
            if (context.Quotes[k].Evidence.Span.End <= position && context.Quotes[k].Speaker is { } quoted && QuotedWithoutOtherRole(context, quoted, head)) return quoted;
        return null;
    }

    /// <summary>For a description ending in a manager's or captain's word that no mention gives to a person ("the Eintracht coach", "The
    /// gaffer"), the person the passage before <paramref name="position"/> is about, whom <see cref="Described"/> would take; null when a
    /// mention or an earlier quote gives someone the role, or the passage is about nobody.</summary>
    internal static string? PassagePersonForUnheldRole(ExtractionContext context, string description, int position) =>
        RoleHolder(context, description, position) is null ? AboutBefore(context, position) : null;

    /// <summary>The side a description names before its role word ("the Eintracht coach", "Trelleborg's chairman"), when the gazetteer knows it.</summary>
    internal static string? SideNamed(ExtractionContext context, string description)
    {
        var words = description.Trim().Replace("'s ", " ").Replace("’s ", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return SideOf(context, words);
    }

    /// <summary>True for a word of <see cref="ManagerWords"/>.</summary>
    internal static bool IsManagerWord(string word) => ManagerWords.Contains(word);

    private static string? AboutBefore(ExtractionContext context, int position, Func<string, bool>? spokenOf = null)
    {
        if (SubjectOfSentenceBefore(context, position) is { } opener) return opener;
        // "... but their coach Martina Voss-Tecklenburg warned ... / "...," the former international player said": the one person the
        // sentence before names is the one the description goes on about.
        return OnlyPersonInSentenceBefore(context, position, spokenOf) ?? MostSalientBefore(context, position);
    }

    /// <summary>The side a description names between "the" and its role word ("the Liverpool boss" is Liverpool), when the gazetteer knows it.</summary>
    private static string? SideOf(ExtractionContext context, string[] words)
    {
        if (words.Length < 3 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var qualifier = string.Join(' ', words[1..^1]);
        if (qualifier.Length == 0 || !char.IsUpper(qualifier[0])) return null;
        return context.Gazetteer.Teams.TryGet(qualifier, out var team) ? team.Name : null;
    }

    /// <summary>The side named right before a person's role word and name ("Madrid boss Carlo Ancelotti" is Madrid's), or null.</summary>
    private static string? SideBefore(ExtractionContext context, PersonMention mention)
    {
        var text = context.Text;
        foreach (var team in context.TeamMentions)
        {
            if (team.Span.End > mention.Start) break;
            int gap = mention.Start - team.Span.End;
            if (gap is < 2 or > 20) continue;
            var between = text.AsSpan(team.Span.End, gap).Trim();
            bool roleWords = !between.IsEmpty;
            foreach (var c in between)
                if (!(char.IsLower(c) || c is ' ' or '-')) roleWords = false;
            if (roleWords) return team.Value.Name;
        }
        return null;
    }

    /// <summary>The surname keys of the people shown in charge of a side other than <paramref name="side"/> ("Madrid boss Carlo Ancelotti").</summary>
    private static HashSet<string> OtherSideKeys(ExtractionContext context, string side)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in context.People.Mentions)
            if (SideBefore(context, mention) is { } theirs && theirs != side) keys.Add(PersonIndex.SurnameKey(context.People.NameOf(mention)));
        return keys;
    }

    /// <summary>True when the person was quoted earlier in the report and no mention gives them a role word other than
    /// <paramref name="head"/> ("forward Mohamed Salah" is no coach), nor do they score: someone already speaking who fits the description.</summary>
    private static bool QuotedWithoutOtherRole(ExtractionContext context, string person, string head)
    {
        var key = PersonIndex.SurnameKey(person);
        if (!context.Quotes.Any(q => q.Speaker is { } s && PersonIndex.SurnameKey(s) == key)) return false;
        if (context.Goals.Any(g => PersonIndex.SurnameKey(g.Player) == key)) return false;
        var role = SpeakerRoles.Find(context, person).Role;
        return role is null || role.EndsWith(head, StringComparison.OrdinalIgnoreCase) || ManagerWords.Contains(role.Split(' ')[^1]);
    }

    /// <summary>The surname keys of everyone the report shows in charge of a side anywhere in it.</summary>
    private static HashSet<string> InChargeKeys(ExtractionContext context)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in context.People.Mentions)
            if (InCharge(context, mention)) keys.Add(PersonIndex.SurnameKey(context.People.NameOf(mention)));
        return keys;
    }

    /// <summary>Role words for the person in charge of a side; "the Croatian tactician" in translated club-site copy is its head coach.</summary>
    private static readonly HashSet<string> ManagerWords = new(StringComparer.OrdinalIgnoreCase) { "manager", "coach", "boss", "gaffer", "head", "tactician" };

    /// <summary>True when the mention reads as a side's manager: a manager word right before it ("Villa boss Unai Emery") or a side after
    /// its possessive ("Guardiola's men", "Wiegman's side").</summary>
    private static bool InCharge(ExtractionContext context, PersonMention mention)
    {
        var text = context.Text;
        int from = Math.Max(0, mention.Start - 16);
        if (ManagerBefore().IsMatch(text.AsSpan(from, mention.Start - from))) return true;
        int after = mention.After(text);
        return mention.Possessive && SideAfter().IsMatch(text.AsSpan(after, Math.Min(24, text.Length - after)));
    }

    [GeneratedRegex(@"\b(?:manager|coach|boss|head coach|gaffer)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ManagerBefore();

    [GeneratedRegex(@"^\s*(?:(?:young|injury-hit|struggling|new-look)\s+)?(?:side|men|team|charges|squad|troops|players|outfit)\b")]
    private static partial Regex SideAfter();

    /// <summary>The fullest name of the one person the sentence before the one holding <paramref name="position"/> names (outside quotes,
    /// not as an owner), or null when it names nobody or several: "That is something Frank himself was keen to stress." before "he said".</summary>
    public static string? OnlyPersonInSentenceBefore(ExtractionContext context, int position) => OnlyPersonInSentenceBefore(context, position, null);

    /// <summary>Like <see cref="OnlyPersonInSentenceBefore(ExtractionContext, int)"/>, passing over owners for whom
    /// <paramref name="spokenOf"/> holds (the person the quote talks about).</summary>
    internal static string? OnlyPersonInSentenceBefore(ExtractionContext context, int position, Func<string, bool>? spokenOf)
    {
        var text = context.Text;
        int end = SentenceStart(text, position) - 1;
        while (end > 0 && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '“' or '‘' or '\'' or '`')) end--;
        if (end <= 0) return null;
        int start = SentenceStart(text, end);
        // "She could barely believe it as she danced with captain Leah Williamson": a sentence about "she" goes on about the person before.
        var opening = text.AsSpan(start, end - start + 1);
        if (opening.StartsWith("He ") || opening.StartsWith("She ") || opening.StartsWith("They ")) return null;
        string? only = null;
        var named = SpeakerNames.SpeakersWithin(context, new NewsDigest.Text.TextSpan(start, end - start + 1)).ToList();
        for (int i = 0; i < named.Count; i++)
        {
            var (mention, full) = named[i];
            // "a rebuke from Olympic gold medallist Y": one capitalised word opening the title before a name is an adjective of the title,
            // not a second person.
            if (i + 1 < named.Count && TitleAdjective(context, mention, named[i + 1].Mention)) continue;
            // "... than any shot that season (West Ham's Saïd Benrahma clocked one at 66mph)": a name in brackets is an aside, not whom the
            // sentence is about.
            if (InBrackets(text, start, mention.Start)) continue;
            // "At under-21 level he came on as a substitute and set up a goal for Paul Goddard", "The penalty brings him to the record of
            // Higuaín": a "he" or "him" before the name is someone the passage already follows, and the sentence goes on about them; the
            // name is only someone they met on the way.
            if (PronounBefore(text, start, mention.Start)) return null;
            if (mention.Possessive && spokenOf is not null && spokenOf(full)) continue;
            // An owner ("Moss's treble handed new manager Kemp a first win") is a second person: the sentence is not about one newcomer.
            if ((only is not null && only != full) || mention.Possessive) return null;
            only = full;
        }
        return only;
    }

    /// <summary>True when <paramref name="mention"/> is one word and only lower-case title words stand between it and <paramref name="next"/>
    /// ("Olympic gold medallist Y", "Nigerian striker Y").</summary>
    private static bool TitleAdjective(ExtractionContext context, PersonMention mention, PersonMention next) =>
        !mention.Possessive && !context.People.FullName(context.People.NameOf(mention)).Contains(' ') && next.Start > mention.End
        && LowerTitleWords().IsMatch(context.Text.AsSpan(mention.End, next.Start - mention.End));

    /// <summary>One to three lower-case words, none a conjunction or preposition ("Elanga and then defender Y" are two people).</summary>
    [GeneratedRegex(@"^(?:\s+(?!(?:and|or|then|with|to|from|by|of|for|the|as|at|in|on)\b)[a-z][a-z-]+){1,3}\s+$")]
    private static partial Regex LowerTitleWords();

    /// <summary>True when "he", "him" or "she" stands between <paramref name="from"/> and <paramref name="position"/>: the sentence already
    /// goes on about someone named earlier. A possessive ("His counterpart X", "his name only as Ronnie") does not count: the name after it
    /// is often the sentence's subject.</summary>
    internal static bool PronounBefore(string text, int from, int position) =>
        position > from && BackPronoun().IsMatch(text.AsSpan(from, position - from));

    [GeneratedRegex(@"\b(?:he|him|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackPronoun();

    /// <summary>True when a bracket opened between <paramref name="from"/> and <paramref name="position"/> is still open there.</summary>
    private static bool InBrackets(string text, int from, int position)
    {
        int depth = 0;
        for (int i = from; i < position; i++)
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        return depth > 0;
    }

    /// <summary>The fullest name of the person opening the sentence before the one holding <paramref name="position"/>, or null.</summary>
    public static string? SubjectOfSentenceBefore(ExtractionContext context, int position) =>
        PreviousSentenceSubject(context, SentenceStart(context.Text, position)) is { } subject ? context.People.FullName(subject) : null;

    /// <summary>The fullest name of the person opening the sentence that starts at <paramref name="start"/> ("Lucy Bronze, England's most
    /// decorated footballer, just had a feeling"), or null.</summary>
    public static string? SubjectOfSentenceAt(ExtractionContext context, int start)
    {
        var text = context.Text;
        if (start >= text.Length) return null;
        int end = start;
        while (end < text.Length - 1 && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && text[end + 1] is ' ' or '\n' && !(text[end] == '.' && SentenceStops.EndsInitialOrTitle(text, end)))) end++;
        return SubjectFrom(context, start, end) is { } subject ? context.People.FullName(subject.Name) : null;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts: after a line break or a sentence's closing stop.</summary>
    public static int SentenceStart(string text, int position)
    {
        int start = Math.Min(position, text.Length);
        while (start > 0 && !SentenceStops.StartsAt(text, start)) start--;
        return start;
    }

    /// <summary>Where the first word of the sentence holding <paramref name="position"/> stands: its start with the spaces and line breaks
    /// before the word passed over, never past <paramref name="limit"/>.</summary>
    public static int SentenceOpening(string text, int position, int limit)
    {
        int start = SentenceStart(text, position);
        while (start < limit && text[start] is ' ' or '\n') start++;
        return start;
    }

    private static string? PreviousSentenceSubject(ExtractionContext context, int position)
    {
        var text = context.Text;
        int end = position - 1;
        while (end > 0 && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '“' or '‘' or '\'' or '`')) end--;
        if (end <= 0 || position - end > 300) return null;
        int start = end;
        while (start > 0 && !SentenceStops.StartsAt(text, start)) start--;
        // A question or full stop inside a quoted title ("titled ‘Can the team advance? Not with this approach’.") ends no sentence.
        for (int guard = 0; guard < 4 && start > 1 && text[start - 1] == ' ' && context.IsQuoted(start - 2); guard++)
            start = SentenceStart(text, start - 2);
        // The subject is the last name of the sentence's leading noun phrase: "Millwall manager Pete Lowe, though, thinks ...", or of the
        // phrase after an opening clause: "Despite the injuries, Ancelotti was positive."
        // "With Kevin De Bruyne, Jeremy Doku and Ruben Dias all back from injury, Guardiola is thin on ...": an opening "with" clause lists
        // names before the subject, which follows its last comma.
        if (text.AsSpan(start).StartsWith("With ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("Without ", StringComparison.Ordinal))
        {
            int last = text.AsSpan(start, end - start).LastIndexOf(", ");
            return last > 0 && SubjectFrom(context, start + last + 2, end) is { } afterWith ? afterWith.Name : null;
        }
        if (SubjectFrom(context, start, end) is { } subject) return subject.Name;
        int comma = text.AsSpan(start, end - start).IndexOf(", ");
        if (comma <= 0 || SubjectFrom(context, start + comma + 2, end) is not { } afterClause) return null;
        // "at the club's home ground, Gerry Emery Reserve, which ...": a place in apposition, not the sentence's subject.
        var rest = text.AsSpan(afterClause.End, Math.Min(8, text.Length - afterClause.End));
        return rest.StartsWith(", which", StringComparison.Ordinal) || rest.StartsWith(", where", StringComparison.Ordinal) ? null : afterClause.Name;
    }

    private static (string Name, int End)? SubjectFrom(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        (string Name, int End)? subject = null;
        foreach (var mention in context.People.Within(new NewsDigest.Text.TextSpan(start, end - start + 1)))
        {
            if (context.IsQuoted(mention.Start) || !LeadingNounPhrase().IsMatch(text.AsSpan(start, mention.Start - start))) break;
            var name = context.People.NameOf(mention);
            subject = mention.Possessive || !SpeakerNames.CanSpeak(context, name) ? null : (name, mention.End);
        }
        return subject;
    }

    /// <summary>Capitalised words and role words only: a team and a role before the subject's name; a company's description may run into
    /// the role ("Select Car leasing co-founder and CEO Mark Tongue"), so one lower-case word before a founder's or owner's title is kept.</summary>
    [GeneratedRegex(@"^(?:(?:[\p{Lu}][\p{L}'’.-]*|manager|boss|coach|head|captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|chairman|chairwoman|owner|co-owner|president|director|chief|executive|assistant|caretaker|interim|former|veteran|new|fellow|supporter|fan|season-ticket|holder|pundit|analyst|commentator|presenter|legend|hero|star|international|team-mate|teammate|substitute|youngster|teenager|referee|official|spokesman|spokeswoman|spokesperson|local|mayor|resident|councillor|minister|premier|senator|superfan|volunteer|organiser|founder|co-founder|cofounder|member|junior|and(?=\s+(?:CEO|chief|co-founder|founder|owner|chairman|president|director)\b)|[a-z]{3,}(?<!ed)(?<!s)(?=\s+(?:co-founder|cofounder|founder|owner|co-owner|chairman|chief)\b))\s+){0,6}$")]
    private static partial Regex LeadingNounPhrase();

    private static bool StartsSentence(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k < 0 || text[k] is '\n' or '.' or '!' or '?';
    }

    private static bool NearSpeechVerb(string text, PersonMention mention)
    {
        int from = Math.Max(0, mention.Start - 12);
        if (SpeechBefore().IsMatch(text.AsSpan(from, mention.Start - from))) return true;
        int end = mention.After(text);
        return SpeechAfter().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));
    }

    [GeneratedRegex(@"\b(?:said|says|added|told)\s+$")]
    private static partial Regex SpeechBefore();

    [GeneratedRegex(@"^(?:,[^,\n]{1,40},)?\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|told|tells|admitted|admits|insisted|insists|added|explained|warned|warns|believes|claimed|claims|revealed|reveals|stated|conceded|joked|urged|hailed|praised|feels|felt)\b")]
    private static partial Regex SpeechAfter();
}
