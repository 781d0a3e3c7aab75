using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>The project's furniture phrases (data/html/furniture-phrases.tsv) found in block texts written for these tests.</summary>
public class FurnitureLexiconTests
{
    private static readonly FurnitureLexicon Lexicon = FurnitureLexicon.Default;

    private static int Category(string name) => Lexicon.Categories.ToList().IndexOf(name);

    [Theory]
    [InlineData("Newsletter abonnieren", "newsletter")]
    [InlineData("Lire aussi : le club change d'entraîneur", "related")]
    [InlineData("Lee también: el equipo gana de nuevo", "related")]
    [InlineData("Czytaj także: trener podał skład", "related")]
    [InlineData("Tutti i diritti riservati", "copyright")]
    [InlineData("Foto: Agentur", "credit")]
    [InlineData("Photo : agence", "credit")]
    [InlineData("Don’t miss the highlights", "related")]
    [InlineData("Folgen Sie uns auf allen Kanälen", "social")]
    public void Finds_a_phrase_the_block_opens_with(string text, string category)
    {
        var hits = Lexicon.Find(text);
        Assert.True(hits.Hits >= 1);
        Assert.Equal(Category(category), hits.StartCategory);
        Assert.NotEqual(0, hits.Categories & (1 << Category(category)));
    }

    [Theory]
    [InlineData("Das Foto zeigt den Trainer nach dem Spiel.")]
    [InlineData("The subscriber base of the club grew by a third.")]
    [InlineData("Die Anzeigentafel zeigte das Ergebnis.")]
    [InlineData("Der Verein gewann das Spiel mit zwei Toren.")]
    public void Finds_nothing_in_story_sentences_without_a_whole_phrase(string text)
    {
        var hits = Lexicon.Find(text);
        Assert.Equal(0, hits.Hits);
        Assert.Equal(-1, hits.StartCategory);
        Assert.Equal(0, hits.Share);
    }

    [Fact]
    public void Takes_the_longest_phrase_and_counts_the_words_it_covers()
    {
        // "sign up for" (not "sign up") and "newsletter": 4 of 5 words.
        var hits = Lexicon.Find("Sign up for our newsletter");
        Assert.Equal(2, hits.Hits);
        Assert.Equal(5, hits.Words);
        Assert.Equal(4, hits.CoveredWords);
        Assert.Equal(0.8, hits.Share, 3);
        Assert.Equal(Category("newsletter"), hits.StartCategory);
    }

    [Fact]
    public void A_phrase_later_in_the_block_is_counted_but_does_not_open_it()
    {
        var hits = Lexicon.Find("The coach praised the defence. Read more");
        Assert.Equal(1, hits.Hits);
        Assert.Equal(-1, hits.StartCategory);
    }

    [Fact]
    public void Parse_reads_marks_and_comments_and_refuses_bad_lines()
    {
        var lexicon = FurnitureLexicon.Parse("# comment\ncredit\txx\tbild:\nrelated\txx\tsiehe auch\n");
        Assert.Equal(["credit", "related"], lexicon.Categories);
        Assert.Equal(0, lexicon.Find("Bild: Agentur").StartCategory);
        Assert.Equal(-1, lexicon.Find("Bild der Woche").StartCategory);
        Assert.Equal(1, lexicon.Find("Siehe auch hier").StartCategory);
        Assert.Throws<FormatException>(() => FurnitureLexicon.Parse("related\tsiehe auch\n"));
    }

    [Fact]
    public void The_file_says_it_is_written_by_the_project_and_covers_many_languages()
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "data", "html", "furniture-phrases.tsv");
        var lines = File.ReadAllLines(path);
        Assert.Contains("written by this project", lines[0], StringComparison.Ordinal);
        var languages = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[1]).Distinct().Count();
        Assert.True(languages >= 15, $"{languages} languages");
        Assert.True(Lexicon.Categories.Count >= 12);
    }
}
