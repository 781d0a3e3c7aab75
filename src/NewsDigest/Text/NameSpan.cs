namespace NewsDigest.Text;

/// <summary>What a name in the text refers to.</summary>
public enum NameKind : byte
{
    Person,
    Team,
    Venue,
    Competition,
}

/// <summary>A tagged name: where it is and what it names.</summary>
public readonly record struct NameSpan(TextSpan Span, NameKind Kind, double Confidence = 1.0);

/// <summary>Finds person, team, venue and competition names in a sentence. Implementations are thread-safe.</summary>
public interface INameTagger
{
    IReadOnlyList<NameSpan> Tag(string text, TextSpan sentence);
}
