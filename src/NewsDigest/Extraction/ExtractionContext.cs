using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Penalties;
using NewsDigest.Extraction.People;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Ratings;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Text;

namespace NewsDigest.Extraction;

/// <summary>The working state of one article's extraction: its text views and the facts found so far. One per article, never shared between threads.</summary>
public sealed class ExtractionContext
{
    private List<Token>? _tokens;
    private List<PhraseMatch<TeamEntry>>? _teamMentions;
    private List<PhraseMatch<VenueEntry>>? _venueMentions;
    private List<PhraseMatch<string>>? _competitionMentions;
    private PersonIndex? _people;
    private List<TextSpan>? _quoted;
    private TeamResolver? _resolver;
    private PlayerTeams? _playerTeams;
    private HashSet<string>? _nonPlayers;
    private (TeamPair? Teams, bool[] Flags)? _otherMatch;

    public ExtractionContext(Article article) : this(article, Gazetteer.Default)
    {
    }

    public ExtractionContext(Article article, Gazetteer gazetteer)
    {
        // Offsets into the folded text are offsets into the article's: each fold keeps the length.
        var text = ForeignQuoteMarks.Fold(CapitalisedLeadIn.Fold(article.Text, gazetteer.CapitalisedNameWords));
        Article = ReferenceEquals(text, article.Text) ? article : article with { Text = text };
        Gazetteer = gazetteer;
        Sentences = SentenceSplitter.Split(Article.Text);
    }

    public Article Article { get; }
    public Gazetteer Gazetteer { get; }
    public string Text => Article.Text;
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Every token of the text, computed once and shared by the extractors.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= Tokenizer.Tokenize(Text);

    public IReadOnlyList<PhraseMatch<TeamEntry>> TeamMentions => _teamMentions ??= Gazetteer.Teams.FindAll(Text, Tokens, 0, Tokens.Count);
    public IReadOnlyList<PhraseMatch<VenueEntry>> VenueMentions => _venueMentions ??= Gazetteer.Venues.FindAll(Text, Tokens, 0, Tokens.Count);
    public IReadOnlyList<PhraseMatch<string>> CompetitionMentions => _competitionMentions ??= Gazetteer.Competitions.FindAll(Text, Tokens, 0, Tokens.Count);

    /// <summary>People named in the text (not teams, venues or competitions).</summary>
    public PersonIndex People => _people ??= PersonIndex.Build(Text, Tokens, Sentences,
        TeamMentions.Select(m => m.Span).Concat(VenueMentions.Select(m => m.Span)).Concat(CompetitionMentions.Select(m => m.Span)).ToList());

    /// <summary>Spans of text inside quotation marks: what people said, not what happened.</summary>
    public IReadOnlyList<TextSpan> QuotedSpans => _quoted ??= QuoteSpanFinder.Find(Text);

    /// <summary>Resolves team mentions to the match's two teams once they are known.</summary>
    public TeamResolver Teams => _resolver ??= new TeamResolver(this);

    /// <summary>Which team each player belongs to, read once the teams (and ratings) are known.</summary>
    public PlayerTeams PlayerTeams => _playerTeams ??= PlayerTeams.Build(this);

    /// <summary>Surnames of people the report gives a non-playing or goalkeeping role (manager, referee, keeper): never a scorer.</summary>
    public IReadOnlySet<string> NonPlayers => _nonPlayers ??= PersonRoles.NonPlayers(this);

    /// <summary>Per sentence, whether it belongs to a passage about another match (a round-up's other games), read for the teams known now.</summary>
    public IReadOnlyList<bool> OtherMatchSentences
    {
        get
        {
            if (_otherMatch is not { } known || !ReferenceEquals(known.Teams, Facts.Teams)) _otherMatch = known = (Facts.Teams, OtherMatches.OtherMatchPassages.Find(this));
            return known.Flags;
        }
    }

    /// <summary>The person who opens one of the last few sentences before a position: what "he" or "the Arsenal captain" most likely points back to.</summary>
    public PersonMention? LastSubjectBefore(int position, int sentencesBack = 3)
    {
        int index = -1;
        for (int i = 0; i < Sentences.Count && Sentences[i].Start < position; i++) index = i;
        if (index >= 0 && Sentences[index].End > position) index--;
        for (int i = index; i >= 0 && i > index - sentencesBack; i--)
        {
            var s = Sentences[i];
            foreach (var m in People.Within(s))
            {
                // The subject is named within the first few words ("However, Kane ...").
                if (m.Start - s.Start > 25) break;
                if (!IsQuoted(m.Start) && !NonPlayers.Contains(PersonIndex.SurnameKey(People.NameOf(m)))) return m;
            }
        }
        return null;
    }

    public bool IsQuoted(int position)
    {
        // Binary search: long articles hold hundreds of quotes and this is asked for every sentence and name.
        var spans = QuotedSpans;
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (position < spans[mid].Start) hi = mid - 1;
            else if (position >= spans[mid].End) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>Facts are built up stage by stage; later extractors read what earlier ones found (goals need teams).</summary>
    public MatchFacts Facts { get; set; } = new();

    public List<Goal> Goals { get; } = [];
    public List<MissedPenalty> MissedPenalties { get; } = [];
    public List<Card> Cards { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<PlayerRating> Ratings { get; } = [];

    public Evidence EvidenceFor(TextSpan span) => new(Article.Source, span, span.Substring(Text));

    /// <summary>Evidence for a fact read from the headline, which is not part of the text: the opening sentence (empty when there is none).</summary>
    public Evidence OpeningEvidence() => EvidenceFor(Sentences.Count > 0 ? Sentences[0] : new TextSpan(0, 0));

    /// <summary>The sentence that contains a character position, as evidence.</summary>
    public Evidence EvidenceAt(int position) => EvidenceFor(SentenceAt(position));

    /// <summary>The sentence containing a position (or an empty span there when none does).</summary>
    public TextSpan SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return s;
        }
        return new TextSpan(position, 0);
    }

    /// <summary>The index of the last sentence starting at or before a position, or -1 when the position lies before the first sentence.</summary>
    public int SentenceIndexAt(int position)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Start <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The index of the first token starting at or after a position.</summary>
    public int TokenIndexAt(int position)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public MatchFacts Complete() => Facts with
    {
        Goals = Goals.ToArray(),
        MissedPenalties = MissedPenalties.ToArray(),
        Cards = Cards.ToArray(),
        Quotes = Quotes.ToArray(),
        Ratings = Ratings.ToArray(),
    };
}
