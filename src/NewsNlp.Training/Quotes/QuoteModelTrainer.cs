using Microsoft.ML;
using Microsoft.ML.Trainers;
using NewsNlp.Models;
using NewsNlp.Quotes;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Training.Quotes;

/// <summary>
/// Trains the speaker ranker: ML.NET L-BFGS logistic regression over <see cref="SpeakerFeatures"/> of every
/// (quotation, candidate) pair in our annotated news train file and, optionally, the commercially usable GUM train
/// documents; saved with <c>MLContext.Model.Save</c> plus NewsNlp's manifest and the word lists the features used.
/// Then scores the saved model end to end on GUM dev.
/// </summary>
public static class QuoteModelTrainer
{
    /// <summary>What a training run produced.</summary>
    /// <param name="Quotations">Quotations trained on (detected, matched to gold, speaker among the candidates).</param>
    /// <param name="Rows">(quotation, candidate) rows.</param>
    /// <param name="Unreachable">Gold quotations whose speaker no candidate covered.</param>
    /// <param name="DevScores">Scores per dev set.</param>
    /// <param name="ModelBytes">Size of the written zip.</param>
    public sealed record Result(int Quotations, int Rows, int Unreachable, IReadOnlyDictionary<string, QuoteScores> DevScores, long ModelBytes);

    /// <summary>Trains from our news train file and the shared corpora, and writes the model zip to <paramref name="outputPath"/>.</summary>
    public static Result Train(string corporaFolder, string outputPath, QuoteTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        string lexiconText = QuoteLexiconBuilder.Build(corporaFolder);
        QuoteLexicon lexicon = QuoteLexiconBuilder.Parse(lexiconText);
        NewsPipeline analysis = AnalysisPipeline();
        List<PreparedDocument> train = PreparedDocument.Prepare(analysis, TrainingDocuments(corporaFolder, options, log), lexicon);
        (List<QuoteRow> rows, int quotations, int unreachable) = QuoteRows.FromDocuments(train);
        log($"training on {quotations} quotations, {rows.Count} candidate rows ({unreachable} gold speakers no candidate covered)");

        Save(rows, options, lexiconText, outputPath);
        long bytes = new FileInfo(outputPath).Length;
        log($"saved {outputPath} ({bytes / 1024} KB)");

        QuoteModel loaded;
        using (FileStream stream = File.OpenRead(outputPath))
        {
            loaded = QuoteModel.Load(stream, outputPath);
        }

        var pipeline = NewsPipeline.Create(NewsPipelineOptions.Default, EmbeddedModels.Sentences, EmbeddedModels.Entities, loaded);
        var scores = new Dictionary<string, QuoteScores>
        {
            ["gum-dev"] = QuoteEvaluation.Evaluate(pipeline, GumQuoteReader.Read(corporaFolder, "dev")),
        };
        foreach (var (name, s) in scores)
        {
            log(Describe(name, s));
        }

        return new Result(quotations, rows.Count, unreachable, scores, bytes);
    }

    /// <summary>
    /// K-fold cross-validation over our news train file (documents dealt to folds in turn), with the other sources
    /// always in training: how design choices are made without touching the test file.
    /// </summary>
    public static QuoteScores CrossValidate(string corporaFolder, QuoteTrainingOptions options, int folds, Action<string>? log = null, IDictionary<string, List<string>>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        QuoteLexicon lexicon = QuoteLexiconBuilder.Parse(QuoteLexiconBuilder.Build(corporaFolder));
        NewsPipeline analysis = AnalysisPipeline();
        List<PreparedDocument> news = PreparedDocument.Prepare(analysis, AnnotatedDocumentReader.Read(options.NewsTrainPath!), lexicon);
        List<PreparedDocument> others = PreparedDocument.Prepare(analysis, TrainingDocuments(corporaFolder, options with { NewsTrainPath = null }, log), lexicon);
        var pairs = new List<(AnnotatedDocument, IReadOnlyList<Quote>)>();
        string temporary = Path.Combine(Path.GetTempPath(), $"newsnlp-quotes-cv-{Environment.ProcessId}.zip");
        try
        {
            for (int fold = 0; fold < folds; fold++)
            {
                var held = news.Where((_, i) => i % folds == fold).ToList();
                var rest = news.Where((_, i) => i % folds != fold).Concat(others);
                Save(QuoteRows.FromDocuments(rest).Rows, options, QuoteLexicon.Format([], [], []), temporary);
                LinearModel model;
                using (FileStream stream = File.OpenRead(temporary))
                {
                    model = QuoteModel.Load(stream, temporary).Weights;
                }

                foreach (PreparedDocument document in held)
                {
                    var quotes = new List<Quote>();
                    QuoteAttributor.Attribute(document.Document, model, quotes);
                    pairs.Add((document.Gold, quotes));
                }
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return QuoteEvaluation.Evaluate(pairs, examples);
    }

    /// <summary>One line of scores.</summary>
    public static string Describe(string name, QuoteScores s) => FormattableString.Invariant(
        $"{name}: detection {s.Detection} | attribution {s.AttributionAccuracy:F4} ({s.AttributionCorrect}/{s.AttributionTotal}) | end-to-end F1 {s.EndToEnd.F1:F4} | pronouns {s.PronounAccuracy:F4} ({s.PronounCorrect}/{s.PronounTotal}) | cue {s.CueAccuracy:F4}");

    private static NewsPipeline AnalysisPipeline() =>
        NewsPipeline.Create(NewsPipelineOptions.Default, EmbeddedModels.Sentences, EmbeddedModels.Entities);

    private static List<AnnotatedDocument> TrainingDocuments(string corporaFolder, QuoteTrainingOptions options, Action<string> log)
    {
        var documents = new List<AnnotatedDocument>();
        if (options.NewsTrainPath is not null)
        {
            var news = AnnotatedDocumentReader.Read(options.NewsTrainPath).ToList();
            log($"news: {news.Count} documents, {news.Sum(d => d.Quotes.Count)} quotations");
            documents.AddRange(news);
        }

        if (options.UseGum)
        {
            var gum = GumQuoteReader.Read(corporaFolder, "train", commercialOnly: true)
                .Where(d => d.Quotes.Count > 0 && options.GumGenres.Any(g => d.Id.StartsWith($"GUM_{g}_", StringComparison.Ordinal))).ToList();
            log($"gum ({string.Join(", ", options.GumGenres)}): {gum.Count} documents with quotations, {gum.Sum(d => d.Quotes.Count)} quoted stretches");
            documents.AddRange(gum);
        }

        return documents;
    }

    private static void Save(List<QuoteRow> rows, QuoteTrainingOptions options, string lexiconText, string outputPath)
    {
        var ml = new MLContext(options.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(QuoteRow.Label),
            FeatureColumnName = nameof(QuoteRow.Features),
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            NumberOfThreads = 1, // deterministic
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 300,
        });
        var model = trainer.Fit(data);
        string temporary = outputPath + ".tmp";
        ml.Model.Save(model, data.Schema, temporary);
        LinearModelLoader.WriteManifest(temporary, new ModelManifest
        {
            Model = QuoteModel.Name,
            FeatureSetVersion = SpeakerFeatures.Version,
            Dimension = SpeakerFeatures.Dimension,
            Seed = options.Seed,
            TrainedOn = "NewsNlp's own annotated news (train file)" + (options.UseGum ? "; GUM train quotations (genres " + string.Join(", ", options.GumGenres) + "; documents whose text licence allows commercial use)" : string.Empty),
        });
        LinearModelLoader.WriteEntry(temporary, QuoteLexicon.EntryName, lexiconText);
        File.Move(temporary, outputPath, overwrite: true);
    }
}
