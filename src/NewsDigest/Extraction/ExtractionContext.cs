using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Penalties;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Ratings;
using NewsDigest.Ingest;
using NewsDigest.Text;

namespace NewsDigest.Extraction;

/// <summary>The working state of one article's extraction: its text views and the facts found so far. One per article, never shared between threads.</summary>
public sealed class ExtractionContext
{
    public ExtractionContext(Article article)
    {
        Article = article;
        Sentences = SentenceSplitter.Split(article.Text);
    }

    public Article Article { get; }
    public string Text => Article.Text;
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Facts are built up stage by stage; later extractors read what earlier ones found (goals need teams).</summary>
    public MatchFacts Facts { get; set; } = new();

    public List<Goal> Goals { get; } = [];
    public List<MissedPenalty> MissedPenalties { get; } = [];
    public List<Card> Cards { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<PlayerRating> Ratings { get; } = [];

    public Evidence EvidenceFor(TextSpan span) => new(Article.Source, span, span.Substring(Text));

    /// <summary>The sentence that contains a character position, as evidence.</summary>
    public Evidence EvidenceAt(int position)
    {
        foreach (var sentence in Sentences)
            if (sentence.Contains(position)) return EvidenceFor(sentence);
        return EvidenceFor(new TextSpan(position, 0));
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
