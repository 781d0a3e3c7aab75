using System.Text;

namespace NewsDigest.Evaluation.Html;

/// <summary>The benchmark's counts: passages found that should be (TP), missed (FN), and boilerplate found (FP).</summary>
public readonly record struct PassageScore(int TruePositives, int FalseNegatives, int FalsePositives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    public static PassageScore operator +(PassageScore a, PassageScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalseNegatives + b.FalseNegatives, a.FalsePositives + b.FalsePositives);

    /// <summary>Scores one page's extracted text: whitespace-normalised substring presence of each passage.</summary>
    public static PassageScore Of(string extracted, HtmlBenchmarkCase page)
    {
        string text = Normalise(extracted);
        int tp = 0, fn = 0, fp = 0;
        foreach (var passage in page.With)
        {
            if (text.Contains(Normalise(passage), StringComparison.Ordinal)) tp++;
            else fn++;
        }
        foreach (var passage in page.Without)
            if (text.Contains(Normalise(passage), StringComparison.Ordinal)) fp++;
        return new PassageScore(tp, fn, fp);
    }

    /// <summary>Collapses every run of white space to one space and trims, so line breaks and indentation never decide a match.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
