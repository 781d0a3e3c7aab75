using System.Globalization;
using System.Text;
using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the report classifier and scores it: on the hand-labelled dev and test splits when they exist, and on the weak-labelled dev split.</summary>
public sealed class ReportModelRecipe : IModelRecipe
{
    public string Name => ModelNames.Report;

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var data = ReportTrainingData.Build(inputs.Shared, inputs.RepositoryRoot);
        foreach (var problem in data.Problems) log.WriteLine($"warning: {problem}");
        log.WriteLine($"report: {data.Train.Count} training articles ({data.Train.Count(e => e.LabelFromTitle)} weak), {data.HandLabelled} hand labels in data/ ({data.HandDev.Count} dev, {data.HandTest.Count} test), {data.Written} written articles, {data.SkippedCopies} copies of held-out articles left out");
        if (ReportSideLabels.Recipe.Count > 0)
            log.WriteLine($"report: {data.SideLabelled.Count} train-split labels from side files ({string.Join(", ", ReportSideLabels.Recipe.Select(Path.GetFileName))}); left out: {data.SideLeftOut.LivePages} live pages, {data.SideLeftOut.HeldOut} dev/test lines, {data.SideLeftOut.Repeated} repeats");
        // Calibrate on hand-labelled dev articles if there are any, else on the weak dev split.
        var calibration = data.HandDev.Count > 0 ? data.HandDev : data.WeakDev;
        string description = $"ESPN + premierleague.com reports (single-match) and archive articles with {(data.HandLabelled > 0 ? "hand labels and " : "")}weak title/URL labels; train split of DataSplit; archive up to {data.LatestDate}";
        var trainer = new ReportClassifierTrainer(ReportClassifierTrainer.Defaults, ReportClassifierTrainer.SingleMatchDefaults, ReportClassifierTrainer.TreeDefaults);
        var fitted = trainer.Fit(data.Train, calibration, description);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var model = fitted.Value;
        if (data.HandDev.Count > 0 && data.HandTrain.Count > 0)
        {
            // The threshold from the dev articles and the out-of-fold training articles together (see ReportCrossFitting).
            var outOfFold = ReportCrossFitting.OutOfFold(trainer, data.Train, data.HandTrain, data.HandDev);
            if (!outOfFold.IsSuccess) return outOfFold.FailAs<TrainedModel>();
            var probabilities = new List<double>(outOfFold.Value.Probabilities);
            var isReport = new List<bool>(outOfFold.Value.IsReport);
            foreach (var example in data.HandDev)
            {
                probabilities.Add(model.SingleMatchProbability(example.Article));
                isReport.Add(example.Kind == ReportKind.SingleMatchReport);
            }
            model = model.WithThreshold(SingleMatchThresholdFitter.Fit(probabilities, isReport));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: threshold {model.SingleMatchThreshold:0.00} from {data.HandDev.Count} dev and {outOfFold.Value.Probabilities.Count} out-of-fold training articles ({ReportCrossFitting.Folds} folds)"));
            LogHeldOut(log, model, outOfFold.Value, probabilities, isReport, data.SideLabelled);
        }
        var scores = Describe(model, data);
        return ModelResult<TrainedModel>.Ok(new TrainedModel(model.ToFile(), Card(model, data, scores)));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelReportDetector.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var data = ReportTrainingData.Build(inputs.Shared, inputs.RepositoryRoot);
        var text = new StringBuilder(Describe(model.Value, data));
        // The dev mistakes, so a reader can see what the model gets wrong (ids and titles only; test mistakes stay unseen).
        // How the dev yes/no accuracy moves with the threshold: a flat curve means the stored value matters little.
        text.Append("hand-labelled dev yes/no accuracy by single-match threshold:");
        for (int k = 1; k <= 9; k++)
        {
            var at = ReportScores.Of(model.Value.WithThreshold(k / 10.0), data.HandDev);
            text.Append(string.Create(CultureInfo.InvariantCulture, $" {k / 10.0:0.0}={at.SingleMatch.Accuracy:0.000}"));
        }
        text.AppendLine();
        text.AppendLine("hand-labelled dev mistakes on single-match report yes/no (id, gold, predicted, confidence, title):");
        foreach (var example in data.HandDev)
        {
            var (kind, confidence) = model.Value.Detect(example.Article);
            if ((kind == ReportKind.SingleMatchReport) == (example.Kind == ReportKind.SingleMatchReport)) continue;
            var title = example.Article.Title ?? "";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {example.Article.Source} {example.Kind} -> {kind} {confidence:0.00} {(title.Length > 90 ? title[..90] : title)}"));
        }
        return ModelResult<string>.Ok(text.ToString());
    }

    /// <summary>
    /// The held-out yes/no accuracy at the stored threshold (out-of-fold training articles, dev, both), the figure changes
    /// to features and data are judged on, and the out-of-fold mistakes with their probabilities (training articles only:
    /// listing them costs nothing held out).
    /// </summary>
    private static void LogHeldOut(TextWriter log, ModelReportDetector model, HeldOutScores outOfFold, List<double> probabilities, List<bool> isReport, IReadOnlySet<string> sideLabelled)
    {
        double threshold = model.SingleMatchThreshold ?? 0.5;
        int folded = outOfFold.Probabilities.Count;
        double Accuracy(int from, int to, double at)
        {
            int right = 0;
            for (int i = from; i < to; i++) if ((probabilities[i] >= at) == isReport[i]) right++;
            return to > from ? (double)right / (to - from) : 0;
        }
        var ci = CultureInfo.InvariantCulture;
        foreach (var at in new[] { threshold, 0.5 })
            log.WriteLine(string.Create(ci, $"report: held-out yes/no at {at:0.00}: out-of-fold {Accuracy(0, folded, at):0.000} ({folded}), dev {Accuracy(folded, probabilities.Count, at):0.000} ({probabilities.Count - folded}), together {Accuracy(0, probabilities.Count, at):0.000}"));
        if (sideLabelled.Count > 0)
        {
            // Labels added to the training data add held-out articles too; a change is judged on the articles held out before it.
            int own = 0, ownRight = 0, side = 0, sideRight = 0, devRight = 0;
            for (int i = 0; i < probabilities.Count; i++)
            {
                bool right = (probabilities[i] >= threshold) == isReport[i];
                if (i >= folded) devRight += right ? 1 : 0;
                else if (sideLabelled.Contains(outOfFold.Examples[i].Article.Source)) { side++; sideRight += right ? 1 : 0; }
                else { own++; ownRight += right ? 1 : 0; }
            }
            log.WriteLine(string.Create(ci, $"report: held-out right at {threshold:0.00}: out-of-fold report-kinds.tsv {ownRight} of {own}, side files {sideRight} of {side}, dev {devRight} of {probabilities.Count - folded}; together without the side files {ownRight + devRight} of {own + probabilities.Count - folded}"));
        }
        log.WriteLine("report: out-of-fold mistakes (id, gold, single-match probability, title):");
        for (int i = 0; i < folded; i++)
        {
            if ((outOfFold.Probabilities[i] >= threshold) == outOfFold.IsReport[i]) continue;
            var example = outOfFold.Examples[i];
            var title = example.Article.Title ?? "";
            log.WriteLine(string.Create(ci, $"  {example.Article.Source} {example.Kind} {outOfFold.Probabilities[i]:0.00} {(title.Length > 90 ? title[..90] : title)}"));
        }
    }

    private static string Describe(ModelReportDetector model, ReportTrainingData data)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        if (data.HandDev.Count + data.HandTest.Count > 0)
        {
            foreach (var (name, set) in new[] { ("hand-labelled dev", data.HandDev), ("hand-labelled test", data.HandTest) })
            {
                if (set.Count == 0) continue;
                var s = ReportScores.Of(model, set);
                var rule = ReportScores.Of(new RuleReportDetector(), set);
                sb.AppendLine(string.Create(ci, $"{name} ({set.Count} articles): single-match report yes/no accuracy {s.SingleMatch.Accuracy:0.000}, kind accuracy {s.Kinds.Accuracy:0.000} (rule detector: yes/no {rule.SingleMatch.Accuracy:0.000}, kind {rule.Kinds.Accuracy:0.000})"));
                sb.Append(s.Kinds.Format());
            }
        }
        else sb.AppendLine("no hand labels yet (data/annotations/report-kinds.tsv): the scores below are agreement with weak labels only");
        var weak = ReportScores.Of(model, data.WeakDev);
        sb.AppendLine(string.Create(ci, $"weak-labelled dev ({data.WeakDev.Count} articles: corpus reports + rule-labelled archive): single-match yes/no accuracy {weak.SingleMatch.Accuracy:0.000}, kind accuracy {weak.Kinds.Accuracy:0.000}"));
        sb.Append(weak.Kinds.Format());
        return sb.ToString();
    }

    private static string BinaryDescription(ModelReportDetector model)
    {
        if (model.SingleMatchModel is null || ReportClassifierTrainer.SingleMatchDefaults is not { } options)
            return "No binary single-match model: the single-match probability is the 8-way model's.";
        var ci = CultureInfo.InvariantCulture;
        return string.Create(ci, $"""
            Single-match probability: {model.BinaryShare:0.##} x a binary L2-regularised logistic regression (single-match report or not; `LogisticRegressionTrainer`,
            AdaGrad, {options.Logistic.Epochs} epochs, step {options.Logistic.LearningRate:0.###}, L2 {options.Logistic.L2:g} on the touched weights, seed {options.Logistic.Seed}) over the same features and training
            copies, weak title/URL labels counting {options.WeakLabelWeight:0.##} each, + {1 - model.BinaryShare:0.##} x the 8-way model's calibrated single-match probability.
            """);
    }

    private static string TreeDescription(ModelReportDetector model)
    {
        if (model.Trees is not { } trees || ReportClassifierTrainer.TreeDefaults is not { } options)
            return "No boosted trees: the single-match probability is the linear models' alone.";
        var t = options.Trees;
        var ci = CultureInfo.InvariantCulture;
        var counts = trees.Model.SplitCounts();
        var top = Enumerable.Range(0, counts.Length).Where(f => counts[f] > 0).OrderByDescending(f => counts[f]).ThenBy(f => f).Take(10)
            .Select(f => $"{ReportDenseFeatures.Names[f]} ({counts[f]})");
        return string.Create(ci, $"""
            Boosted trees (session 10, `Learning/Trees`, binary log-loss, single-match report or not): {t.Trees} trees of depth {t.MaxDepth}, rate {t.LearningRate:0.###},
            {t.MinLeafExamples} training copies a leaf, L2 {t.L2:0.##}, {t.MaxBins} bins, {t.RowSubsample:0.##} of rows and {t.FeatureSubsample:0.##} of features per tree, seed {t.Seed}, over
            `{ReportDenseFeatures.Name}` ({ReportDenseFeatures.Count} numbers the hashed features only bucket: cue-word counts by kind in title, opening and body, body
            cue rates per thousand words, scorelines, minute marks, quote marks and numbers by place, distinct scorelines, quote share,
            title clauses, the lead result sentence, narration rates, lengths), on the same training copies (weak labels {options.WeakLabelWeight:0.##} each,
            title-less copies without their title), so conjunctions the linear models cannot weigh (a scoreline in the title and
            past-tense narration and few quotes) are learnt. The single-match probability is {trees.Weight:0.##} x the trees' + {1 - trees.Weight:0.##} x the linear blend above.
            The trees split most on: {string.Join(", ", top)}.
            """);
    }

    private static string Card(ModelReportDetector model, ReportTrainingData data, string scores) => $"""
        # Report classifier (`{ModelNames.FileName(ModelNames.Report)}`)

        Decides what an article is: {string.Join(", ", Enum.GetNames<ReportKind>())}.
        Averaged perceptron over hashed features ({ReportFeatures.Name}: title words and word pairs, words of the opening
        paragraph, words and pairs of the first {ReportFeatures.BodyChars} characters, words of the last {ReportFeatures.TailChars}, counts of scorelines,
        minute marks, quote marks and numbers, counts of cue words by kind (match action, speech, future, transfer, injury,
        round-up, result verbs, aftermath words such as ratings and talking points: `ReportCues`) in title, opening and body,
        and shape measures (`ReportShape`): quote share of the body, distinct scorelines, a title led by a count, title clauses
        by result words, a scoreline-led title with aftermath words, and whether the opening states a result (by length);
        narration measures (`ReportNarration`, first {ReportFeatures.NarrationChars} characters): which of the first three sentences states a
        result between two named sides ("beat Town", "a 2-1 win over Town", "drew 1-1 with Town"), and the rates per thousand
        words of minute marks, scoring words, past-tense and future words, so a short report and a long one read alike;
        each feature counts once, by presence, so a long page does not pile up word evidence a short report cannot; a first
        line that ends like a sentence is the opening of a title-less text, not its title),
        2^{model.Classifier.HashBits} slots, weights averaged over {ReportClassifierTrainer.Seeds} perceptrons trained in different orders (seeds {model.Classifier.Training.Seed} onwards), softmax temperature {model.Classifier.Temperature.ToString("0.###", CultureInfo.InvariantCulture)} fit on held-out data.
        {BinaryDescription(model)}
        {TreeDescription(model)}
        Decision: an article is a single-match report when its calibrated single-match probability is at least
        {model.SingleMatchThreshold?.ToString("0.00", CultureInfo.InvariantCulture) ?? "(none: the most likely kind wins)"} (`{ModelReportDetector.ThresholdSetting}` in the model file's settings, fit on the hand-labelled dev
        split and on out-of-fold scores of the hand-labelled training articles ({ReportCrossFitting.Folds} folds, `ReportCrossFitting`): the grid value whose
        ±{SingleMatchThresholdFitter.Window.ToString("0.00", CultureInfo.InvariantCulture)} neighbourhood makes the most right yes/no decisions on average; so dev scores are tuned, test scores are not);
        below it, the most likely other kind.

        - Data: {model.Classifier.Training.Data}.
        - Examples: {model.Classifier.Training.Examples}, epochs {model.Classifier.Training.Epochs}, seed {model.Classifier.Training.Seed}.
        - Date of the newest data: {data.LatestDate}.
        - Hand labels count {ReportTrainingData.HandLabelWeight} times each per epoch ({ReportTrainingData.TitlelessCopies} of those copies without the title, so the body must carry the decision for pages whose headline takes an angle); the archive repeats some ids, so a few hand-labelled articles count twice in dev/test.
        - Written articles: {data.Written} short pieces of every kind written for training (`{ReportWrittenExamples.RelativePath}`, made by
          `data/training/write_report_kinds.py` from its own sentence patterns), {ReportWrittenExamples.Weight} times each per epoch (one copy without its
          title when it has one), so short, clean, title-less reports are seen too, and (session 4) reports whose headline takes an angle
          or whose opening sets a scene, quotes the manager or lists key points before the result, round-ups led by one match, and page
          furniture in pieces of every kind; never in dev or test.
        - Weak labels: keyword rules over titles and URLs (`Learning/Training/ReportWeakLabeler.cs`); articles they are unsure of are left out.
          During training the title of half the weakly labelled articles is hidden so the body must carry the decision too.
        - Rebuild: `newsdigest train --model report`; score: `newsdigest eval models`.

        ## Scores (held-out splits, never trained on; the hand-labelled dev split also fits the temperature and the threshold)

        ```
        {scores.TrimEnd()}
        ```

        """ + (model.Trees is null ? "" : ReportTreeChoice.Text + "\n");
}
