namespace NewsDigest.Learning;

/// <summary>The project's models: their command-line names and file names under models/.</summary>
public static class ModelNames
{
    public const string Report = "report";
    public const string Sentence = "sentence";
    public const string Names = "names";
    public const string Speaker = "speaker";
    public const string Score = "score";
    public const string Goals = "goals";
    public const string GoalSides = "goalsides";
    public const string Sides = "sides";
    /// <summary>The HTML block scorer: used by page extraction, not by the extraction stages, so it is not among <see cref="All"/>.</summary>
    public const string HtmlBlocks = "html";

    public static readonly IReadOnlyList<string> All = [Report, Sentence, Names, Speaker, Score, Goals, GoalSides, Sides];

    public static string FileName(string model) => model switch
    {
        Report => "report-classifier.ndm",
        Sentence => "sentence-classifier.ndm",
        Names => "name-tagger.ndm",
        Speaker => "speaker-ranker.ndm",
        Score => "score-ranker.ndm",
        Goals => "goal-candidates.ndm",
        GoalSides => "goal-sides.ndm",
        Sides => "side-names.ndm",
        HtmlBlocks => "html-blocks.ndm",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown model name"),
    };

    public static string CardName(string model) => Path.ChangeExtension(FileName(model), ".md");
}
