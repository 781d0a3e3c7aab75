using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Who scored a goal told with no name: a "he"/"she" opening the sentence is the subject of the sentence before (or the one
/// player named there), a definite description ("the striker", "the 19-year-old") the one player the last two sentences name.</summary>
internal static partial class ScorerAnaphora
{
    /// <summary>Whether the sentence opens on a subject pronoun ("She scored ...", "In fact, he thrived ..., opening the scoring")
    /// that stands before the trigger with no name between the sentence's start and it.</summary>
    public static bool OpensOnPronoun(ExtractionContext context, List<PersonMention> people, TextSpan sentence, int at) =>
        OpeningPronoun(context, people, sentence, at) >= 0;

    /// <summary>Where the sentence's opening subject pronoun stands, or -1 (see <see cref="OpensOnPronoun"/>).</summary>
    public static int OpeningPronoun(ExtractionContext context, List<PersonMention> people, TextSpan sentence, int at)
    {
        var opening = PronounOpening().Match(context.Text, sentence.Start, Math.Min(80, sentence.Length));
        if (!opening.Success || opening.Index + opening.Length > at) return -1;
        int pronoun = opening.Groups["pronoun"].Index;
        if (people.Any(p => p.Start < pronoun)) return -1;
        // "He turned provider as Liverpool doubled their lead": a new clause with its own subject (a side, "when ...") stands between.
        int end = pronoun + opening.Groups["pronoun"].Length;
        if (at > end && (NewClause().IsMatch(context.Text.AsSpan(end, at - end)) || context.TeamMentions.Any(m => m.Span.Start >= end && m.Span.Start < at))) return -1;
        return pronoun;
    }

    [GeneratedRegex(@"\b(?:as|when|while|whilst|because|after|before|until|who|which|where|though|although|once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewClause();

    /// <summary>Whether the clause before the trigger is a definite description with no name: "The striker ", "United's nerveless skipper ".</summary>
    public static bool IsDescription(string lead) => Description().IsMatch(lead);

    /// <summary>The player a sentence-opening pronoun points back to, or none when the sentence before names no one player of the match
    /// (a manager, a keeper, a place or a side is never the referent: no goal is made up for it).</summary>
    public static PersonMention? PronounReferent(ExtractionContext context, TextSpan sentence, int depth = 2)
    {
        int index = context.SentenceIndexAt(sentence.Start);
        if (index <= 0) return null;
        var previous = context.Sentences[index - 1];
        var named = Named(context, previous);
        // The subject opens the sentence ("However, Kane ..."): that person, if a player.
        var subject = named.FirstOrDefault(p => p.Start - previous.Start <= 25);
        if (subject.Span.Length > 0 && !subject.Possessive)
            return IsPlayer(context, subject) ? subject : null;
        // "The Malawian youngster ... notched a brace. She scored ...": the sentence before opens on a pronoun or a description itself.
        if (depth > 0 && named.Count == 0 && ChainOpening().IsMatch(context.Text.AsSpan(previous.Start, Math.Min(60, previous.Length))))
            return PronounReferent(context, previous, depth - 1) is { } chained ? chained
                : DescriptionReferent(context, previous, previous.Start, 0);
        var players = DistinctPlayers(context, named);
        return players.Count == 1 ? players[0] : null;
    }

    /// <summary>The one player named in the last two sentences and in the clause's own sentence before the trigger; when several are
    /// named, the one the two sentences are about (their subjects, a "he" opening one standing for its referent); none when that is not
    /// one person either (which one "the striker" is cannot be told).</summary>
    public static PersonMention? DescriptionReferent(ExtractionContext context, TextSpan sentence, int at, int depth = 1)
    {
        int index = context.SentenceIndexAt(sentence.Start);
        var subjects = new List<PersonMention>();
        var named = new List<PersonMention>();
        for (int i = Math.Max(0, index - 2); i < index; i++)
        {
            var before = context.Sentences[i];
            var inIt = Named(context, before);
            named.AddRange(inIt);
            if (inIt.FirstOrDefault(p => p.Start - before.Start <= 25 && !p.Possessive) is { Span.Length: > 0 } subject) subjects.Add(subject);
            else if (depth > 0 && PronounOpening().IsMatch(context.Text, before.Start) && PronounReferent(context, before, 0) is { } referent) subjects.Add(referent);
        }
        named.AddRange(Named(context, sentence).Where(p => p.End <= at));
        var players = DistinctPlayers(context, named);
        if (players.Count == 1) return players[0];
        // Two or more named, but the sentences are about one of them ("Carroll then began to exert his influence. He brushed his
        // marker off to set up Vaz Te. The England striker then broke the deadlock"): the one they are about.
        var about = DistinctPlayers(context, subjects);
        return players.Count > 1 && about.Count == 1 ? about[0] : null;
    }

    /// <summary>"Wright's first goal came after 21 minutes. From there, he took a touch ... Before firing past the keeper. ... He completed
    /// his hat-trick": when the sentence before cannot place a pronoun and no other player is named since the last scorer (a few
    /// sentences back at most), the pronoun is that scorer.</summary>
    public static PersonMention? LastScorerIfNoneSince(ExtractionContext context, TextSpan sentence, PersonMention? lastScorer)
    {
        if (lastScorer is not { } last || last.Start >= sentence.Start) return null;
        int from = context.SentenceIndexAt(last.Start), to = context.SentenceIndexAt(sentence.Start);
        if (from < 0 || to <= from || to - from > 8 || !IsPlayer(context, last)) return null;
        var key = PersonIndex.SurnameKey(context.People.FullNameOf(last));
        for (int i = from; i < to; i++)
            foreach (var p in Named(context, context.Sentences[i]))
                if (p.Start > last.Start && IsPlayer(context, p) && PersonIndex.SurnameKey(context.People.FullNameOf(p)) != key) return null;
        return last;
    }

    /// <summary>Whether the words right before the trigger give the goal to a description after "for" ("... for the Nigerian to slot
    /// past Bento", "cut back for the Spaniard to fire home"): the scorer is then that description's player, never a name the
    /// clause gives otherwise (the passer, a substitute brought on). <paramref name="referent"/> is the player when the sentence ties
    /// the description to one (see <see cref="ForDescriptionReferent"/>), else null: the goal is left unread.</summary>
    public static bool GoalForDescription(ExtractionContext context, List<PersonMention> people, TextSpan sentence, int at, out PersonMention? referent)
    {
        referent = null;
        var lead = context.Text.AsSpan(sentence.Start, at - sentence.Start).ToString();
        if (ForDescriptionTo().Match(lead) is not { Success: true } forThe) return false;
        referent = ForDescriptionReferent(context, people, sentence, sentence.Start + forThe.Index);
        return true;
    }

    /// <summary>The player a "for the Nigerian to ..." stands for: the one the pass before it was played to ("released Ibrahim Gbadamosi
    /// into the box for the Nigerian"), or, when the pass names no receiver, the sentence's subject when another player made the pass
    /// ("Vignola benefitted from the run of Lawley, who cut back for the Spaniard"); else none.</summary>
    private static PersonMention? ForDescriptionReferent(ExtractionContext context, List<PersonMention> people, TextSpan sentence, int forAt)
    {
        var text = context.Text;
        var before = people.Where(p => p.Start >= sentence.Start && p.End <= forAt && !p.Possessive).ToList();
        var receiver = before.LastOrDefault(p => PassToBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, p.Start - 40), p.Start - Math.Max(sentence.Start, p.Start - 40)).ToString()));
        if (receiver.Span.Length > 0)
            return IsPlayer(context, receiver) ? receiver : null;
        var passer = before.LastOrDefault(p => PassWithoutReceiverAfter().IsMatch(text.AsSpan(p.End, forAt - p.End).ToString()));
        var subject = before.FirstOrDefault(p => p.Start - sentence.Start <= 12);
        return passer.Span.Length > 0 && subject.Span.Length > 0 && subject.Start != passer.Start && IsPlayer(context, subject)
            && !ScorerClues.IsBystander(text, subject)
            && PersonIndex.SurnameKey(context.People.FullNameOf(subject)) != PersonIndex.SurnameKey(context.People.FullNameOf(passer)) ? subject : null;
    }

    /// <summary>"for the Nigerian to ", "for the 19-year-old to ", "for the striker to ": a description the goal's verb after "to" is told of.</summary>
    [GeneratedRegex(@"\bfor\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:" + ScorerFinder.Demonyms + @"|Dutchwoman|Tunisian|striker|forward|midfielder|defender|winger|substitute|captain|skipper|youngster|teenager|veteran|[0-9]+-year-old)\s+to\s+(?:\w+ly\s+)?$")]
    private static partial Regex ForDescriptionTo();

    /// <summary>A pass played to the name right after it: "released ", "found ", "played in ", "slipped in ", "picked out the unmarked ".</summary>
    [GeneratedRegex(@"\b(?:released|releases|found|finds|played in|plays in|slipped in|slips in|threaded|threads|sent|sends|put|puts|played|plays|picked out|picks out|fed|feeds|teed up|set up|sent through|played through|slipped through)\s+(?:(?:the|an?)\s+)?(?:(?-i:[a-z])[\w-]*\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassToBefore();

    /// <summary>A pass with no receiver named, right after its maker: " who cut back ", ", who squared ", " crossed low ".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:who\s+)?(?:(?:then|\w+ly)\s+)?(?:cut|cuts|pulled|pulls|squared|squares|crossed|crosses|laid|lays|knocked|knocks|headed|heads|nodded|nods|flicked|flicks|chipped|chips|clipped|clips|rolled|rolls|slid|slides|played|plays)\b[^,;.]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex PassWithoutReceiverAfter();

    private static List<PersonMention> Named(ExtractionContext context, TextSpan sentence) =>
        context.People.Within(sentence).Where(p => !context.IsQuoted(p.Start) && !ScorerClues.IsBystander(context.Text, p)).ToList();

    /// <summary>The players among the names, one per person, in the order last named.</summary>
    private static List<PersonMention> DistinctPlayers(ExtractionContext context, List<PersonMention> named)
    {
        // The last mention of each person (by surname) stands for that person, in the order last named.
        var last = new Dictionary<string, PersonMention>();
        foreach (var p in named)
        {
            if (!IsPlayer(context, p)) continue;
            var key = PersonIndex.SurnameKey(context.People.FullNameOf(p));
            last.Remove(key);
            last[key] = p;
        }
        return last.Values.OrderBy(p => p.Start).ToList();
    }

    /// <summary>A person who may have scored: not a manager, referee or keeper the report names as such (a player of another match is
    /// kept out before, by the other-match passages).</summary>
    private static bool IsPlayer(ExtractionContext context, PersonMention p) => !ScorerFinder.IsNonPlayer(context, p);

    /// <summary>"She ", "And he ", "In fact, he ", "However, she ": a subject pronoun opening the sentence.</summary>
    [GeneratedRegex(@"\G\W*(?:(?:and|but|so|then|now|however|indeed|in fact|meanwhile|later|moments later|minutes later)\W+)*(?<pronoun>(?-i:[Hh]e|[Ss]he))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounOpening();

    /// <summary>A sentence opening on "she"/"he", "his"/"her" or on "the" and a description: the opening a pronoun may chain back through.</summary>
    [GeneratedRegex(@"^\W*(?:(?:and|but|so|then|now|however|indeed|in fact)\W+)*(?:he|she|his|her|the\s+[\w'’ -]{0,30}?(?:striker|forward|midfielder|defender|winger|substitute|captain|skipper|youngster|teenager|veteran|international|star|[0-9]+-year-old))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChainOpening();

    /// <summary>"The striker ", "The Nigerian forward however ", "United's nerveless skipper ", "the 19-year-old ": a description with no name.</summary>
    [GeneratedRegex(@"^\W*(?:the|(?-i:\p{Lu})[\w'’-]*(?:'s|’s|')?)\s+(?:[\w'’-]+\s+){0,3}?(?:striker|forward|midfielder|defender|winger|substitute|sub|captain|skipper|full-back|centre-back|center-back|youngster|teenager|veteran|frontman|playmaker|debutant|loanee|attacker|hitman|marksman|talisman|[0-9]+-year-old)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Description();
}
