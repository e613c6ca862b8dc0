using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsNlp.Models;
using NewsNlp.Sentences;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Training.Sentences;

/// <summary>
/// Trains the sentence-boundary model: ML.NET L-BFGS logistic regression over <see cref="SentenceFeatures"/>
/// on UD English EWT train and the commercially usable GUM train documents, with the decision threshold tuned
/// on dev; saves it with <c>MLContext.Model.Save</c> plus NewsNlp's manifest.
/// </summary>
public static class SentenceModelTrainer
{
    /// <summary>What a training run produced.</summary>
    /// <param name="TrainingRows">Candidate boundaries trained on.</param>
    /// <param name="Threshold">The chosen probability threshold.</param>
    /// <param name="DevScores">Sentence F1 on each dev set at that threshold.</param>
    public sealed record Result(int TrainingRows, double Threshold, IReadOnlyDictionary<string, double> DevScores);

    /// <summary>Trains from the shared corpora and writes the model zip to <paramref name="outputPath"/>.</summary>
    public static Result Train(string corporaFolder, string outputPath, SentenceTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        IReadOnlySet<string> commercialGum = GumLicences.CommercialDocuments(corporaFolder);
        List<ConlluDocument> train =
        [
            .. ConlluReader.ReadDocuments(Path.Combine(corporaFolder, "ud-english-ewt", "en_ewt-ud-train.conllu")),
            .. ConlluReader.ReadDocuments(Path.Combine(corporaFolder, "ud-english-gum", "en_gum-ud-train.conllu")).Where(d => commercialGum.Contains(d.Id)),
        ];
        var dev = new Dictionary<string, List<ConlluDocument>>
        {
            ["ewt-dev"] = [.. ConlluReader.ReadDocuments(Path.Combine(corporaFolder, "ud-english-ewt", "en_ewt-ud-dev.conllu"))],
            ["gum-dev"] = [.. ConlluReader.ReadDocuments(Path.Combine(corporaFolder, "ud-english-gum", "en_gum-ud-dev.conllu")).Where(d => commercialGum.Contains(d.Id))],
        };

        List<SentenceRow> rows = [.. SentenceRows.FromDocuments(train)];
        log($"training on {train.Count} documents, {rows.Count} candidate boundaries ({rows.Count(r => r.Label)} positive)");

        var ml = new MLContext(options.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(SentenceRow.Label),
            FeatureColumnName = nameof(SentenceRow.Features),
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            NumberOfThreads = 1, // deterministic
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 200,
        });
        var model = trainer.Fit(data);

        string temporary = outputPath + ".tmp";
        ml.Model.Save(model, data.Schema, temporary);
        var manifest = new ModelManifest
        {
            Model = "sentences",
            FeatureSetVersion = SentenceFeatures.Version,
            Dimension = SentenceFeatures.Dimension,
            Threshold = 0.5,
            Seed = options.Seed,
            TrainedOn = "UD English EWT train; UD English GUM train (documents whose text licence allows commercial use)",
        };
        LinearModelLoader.WriteManifest(temporary, manifest);

        // Tune the threshold on dev with the real splitter, then record it in the manifest.
        LinearModel loaded;
        using (FileStream stream = File.OpenRead(temporary))
        {
            loaded = LinearModelLoader.Load(stream, "sentences", SentenceFeatures.Version, SentenceFeatures.Dimension, temporary);
        }

        double bestThreshold = 0.5;
        double bestScore = -1;
        Dictionary<string, double> bestScores = [];
        foreach (double threshold in options.Thresholds)
        {
            LinearModel candidate = loaded.WithManifest(manifest with { Threshold = threshold });
            var pipeline = NewsPipeline.Create(NewsPipelineOptions.Default, candidate);
            var scores = dev.ToDictionary(d => d.Key, d => SentenceEvaluation.Evaluate(pipeline, d.Value).Spans.F1);
            double mean = scores.Values.Average();
            log(FormattableString.Invariant($"threshold {threshold:F2}: ") + string.Join(", ", scores.Select(s => FormattableString.Invariant($"{s.Key} F1 {s.Value:F4}"))));
            if (mean > bestScore)
            {
                (bestScore, bestThreshold, bestScores) = (mean, threshold, scores);
            }
        }

        LinearModelLoader.WriteManifest(temporary, manifest with { Threshold = bestThreshold });
        File.Move(temporary, outputPath, overwrite: true);
        log(FormattableString.Invariant($"chose threshold {bestThreshold:F2}; saved {outputPath} ({new FileInfo(outputPath).Length / 1024} KB)"));
        return new Result(rows.Count, bestThreshold, bestScores);
    }
}
