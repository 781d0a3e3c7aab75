using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>The longest-phrase search keeps its rules when the keys of a start's phrases are built in one pass: a possessive is cut from the last word only, a line break ends a phrase, accents fold.</summary>
public sealed class PhraseGazetteerKeysTests
{
    private static readonly PhraseGazetteer<string> Gazetteer = new(
        [("Real Madrid", "RM"), ("Madrid", "M"), ("Real", "R"), ("Stade de la Porte Dorée", "SPD"), ("Porte", "P")], requireCapital: true);

    private static string[] Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Gazetteer.FindAll(text, tokens, 0, tokens.Count).Select(m => $"{m.Value}:{m.Span.Substring(text)}").ToArray();
    }

    [Fact]
    public void The_longest_phrase_wins_and_a_possessive_is_cut_from_its_last_word() =>
        Assert.Equal(["RM:Real Madrid's", "SPD:Stade de la Porte Doree"], Find("Real Madrid's night at the Stade de la Porte Doree"));

    [Fact]
    public void A_line_break_ends_a_phrase() => Assert.Equal(["R:Real", "M:Madrid"], Find("Real\nMadrid"));

    [Fact]
    public void A_possessive_inside_a_phrase_breaks_it() => Assert.Equal(["R:Real's", "M:Madrid"], Find("Real's Madrid"));

    [Fact]
    public void Accents_fold_and_a_shorter_phrase_is_found_when_the_longer_is_cut_short() =>
        Assert.Equal(["SPD:Stade de la Porte Dorée", "P:Porte"], Find("Stade de la Porte Dorée and Stade de la Porte"));
}
