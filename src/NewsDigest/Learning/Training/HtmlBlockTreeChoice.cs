namespace NewsDigest.Learning.Training;

/// <summary>
/// How the trees' settings and the blend were chosen (session 9), for the model card: the out-of-fold comparison is too slow
/// to run on every retrain (about 25 perceptron and 10 tree fits per seed), so its measured table is written here as it came
/// out. The code that measured it is in the repository's history (commit 7b17040, `HtmlBlockTreeExperiment`).
/// </summary>
internal static class HtmlBlockTreeChoice
{
    public const string Text = """
        ## How the trees were chosen (session 9)

        Out-of-fold passage F1 over the 784 train and dev pages, 5 folds grouped by site; every variant scored by the same folds
        and at its own best thresholds (kept blocks 0 to 0.80, other blocks 0.6 to 0.9 or never), mean of the seeds 20260105, 1
        and 2 (the seed moves the perceptron's shuffle and the trees' row and feature draws). Trees: 400 trees, depth 4, rate 0.03,
        30 blocks a leaf, L2 1, 64 bins, 0.7 of rows and features per tree, over `html-block-dense v1` (84 numbers).

        | variant | site folds, 3 seeds | seeds 3 and 4 (not used to choose) | page folds, 3 seeds |
        | --- | --- | --- | --- |
        | perceptron alone (the scorer before) | 0.9508 (0.9515 / 0.9510 / 0.9498) | 0.9503 | 0.9506 |
        | trees alone | 0.9518 | 0.9517 | 0.9501 |
        | trees stacked on the perceptron's margin (inner folds) | 0.9517 | 0.9527 | 0.9508 |
        | the same, test margin from the inner models' mean | 0.9526 | 0.9513 | 0.9516 |
        | blend 0.5 stacked trees + 0.5 perceptron | 0.9515 | 0.9520 | 0.9516 |
        | blend 0.4 trees + 0.6 perceptron | 0.9521 | 0.9529 | 0.9517 |
        | **blend 0.5 trees + 0.5 perceptron (kept)** | **0.9529** (0.9530 / 0.9537 / 0.9520) | **0.9529** | 0.9515 |
        | blend 0.6 trees + 0.4 perceptron | 0.9528 | 0.9532 | 0.9512 |

        Earlier settings tried on the same site folds (3 seeds, 64 dense numbers without the tag flags): 100 trees, depth 4, rate
        0.1: trees 0.9500, blend 0.5 0.9520; 200 trees, depth 5, rate 0.05: trees 0.9507, stacked 0.9520, blend 0.5 0.9523; 400
        trees, depth 4, rate 0.03: trees 0.9507, blend 0.5 0.9525. With the tag flags, 400 trees of depth 5 and 50 blocks a leaf
        (2 seeds): blend 0.5 0.9526. Six settings were compared on these folds, so the chosen one's figure is a little flattered;
        seeds 3 and 4 were not looked at until the choice was made and agree (+0.0026).
        """;
}
