namespace NewsDigest.Learning.Training;

/// <summary>
/// How the report classifier's trees and their share were chosen (session 10), for the model card: the comparison fits the
/// linear models once per fold and every tree setting on the same folds, too slow for every retrain, so its measured table is
/// written here as it came out. The code that measured it is in the repository's history (`ReportTreeExperiment`, session 10).
/// </summary>
internal static class ReportTreeChoice
{
    public const string Text = """
        ## How the trees were chosen (session 10)

        Held-out single-match yes/no decisions the recipe prints: the 1,325 hand-labelled training articles out of fold (3 folds
        by title, `ReportCrossFitting`) and the 272 dev articles, the threshold refit on both for every variant; right decisions
        out of 1,597 ("together", dev in brackets), for the tree seeds 20260101 / 1 / 2. The linear models alone (the session-8
        model): 1,433 (dev 251), out-of-fold 1,182, threshold 0.44. Settings: trees, rate, depth, training copies a leaf, weak-label
        weight (all L2 1, 64 bins; rows and features per tree 0.7, 0.8 for the last).

        | trees | alone | share 0.3 | share 0.4 | share 0.5 |
        | --- | --- | --- | --- | --- |
        | **300, 0.05, 4, 30, weak 0.3 (kept, share 0.4, seed 20260101)** | 1418 (249) / 1411 (248) / 1422 (248) | 1441 (253) / 1445 (253) / 1441 (253) | **1447 (254)** / 1449 (255) / 1446 (254) | 1449 (253) / 1450 (254) / 1444 (252) |
        | 300, 0.05, 4, 30, weak 1 | 1421 (244) / 1428 (250) / 1424 (248) | 1448 (252) / 1446 (253) / 1439 (252) | 1451 (254) / 1452 (254) / 1444 (253) | 1441 (250) / 1452 (253) / 1439 (251) |
        | 600, 0.03, 5, 50, weak 0.3 | 1420 (247) / 1415 (247) / 1418 (246) | 1445 (254) / 1448 (254) / 1444 (254) | 1449 (252) / 1452 (253) / 1445 (253) | 1448 (251) / 1458 (254) / 1448 (252) |
        | 200, 0.1, 3, 20, weak 0.3 (seed 20260101 only) | 1413 (245) | 1440 (252) | 1446 (253) | 1443 (252) |

        With seed 20260101 the shares 0.1, 0.2 and 0.7 read 1436, 1439 and 1433 for the kept setting (1436, 1439, 1436 with weak
        labels at 1; 1436, 1437, 1428 for 600 trees; 1433, 1437, 1438 for 200). The trees alone are below the linear models, but
        at shares 0.3 and 0.4 every setting and seed raised both the together figure (by 6 to 19) and dev (by 1 to 4); at 0.5 one
        seed lowered dev. The kept setting has the highest mean dev figure at 0.4 (254.3) and a mean together figure of 1,447.3
        (+14.3); the other settings at 0.4 are within a seed's spread of it (1,449.0 and 1,448.7). Rule fixed before measuring: keep
        the trees only if the together figure rises by at least 3 articles and dev does not fall. Retrained by `train --model
        report` with the trees: out-of-fold 1,193 (0.900), dev 254 (0.934), together 1,447 (0.906) at threshold 0.45.

        Then 56 more train-split hand labels (`data/annotations/report-kinds-session10.tsv`, active learning on this model), judged
        by the same rule on the same 1,325 + 272 articles: out-of-fold 1,203, dev 255, together 1,458 at threshold 0.50, so they
        passed the rule (with the session-7 labels as well 1,459; the session-7 labels alone 1,456). Not shipped: at its threshold
        of 0.50 that model turns down one of the two seed reports (`../shared/seeds`, single-match probability just under 0.50; the
        seed digest golden test fails), and one more news-gold dev report and one more premierleague.com dev excerpt than this one,
        so the recipe does not read the file; this model is the shipped one.
        """;
}
