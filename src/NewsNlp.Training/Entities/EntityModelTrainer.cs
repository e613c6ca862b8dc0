using Microsoft.ML;
using Microsoft.ML.Trainers;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Training.Entities;

/// <summary>
/// Trains the entity tagger: ML.NET L-BFGS maximum entropy over <see cref="EntityFeatures"/> on the chosen
/// sources, saved with <c>MLContext.Model.Save</c> plus NewsNlp's manifest and the lexicon the features used;
/// then scores the saved model end to end on the dev sets.
/// </summary>
public static class EntityModelTrainer
{
    /// <summary>What a training run produced.</summary>
    /// <param name="TrainingTokens">Tokens trained on.</param>
    /// <param name="DevScores">Entity F1 per dev set.</param>
    /// <param name="ModelBytes">Size of the written zip.</param>
    public sealed record Result(int TrainingTokens, IReadOnlyDictionary<string, EntityScores> DevScores, long ModelBytes);

    /// <summary>Trains from the shared corpora and writes the model zip to <paramref name="outputPath"/>.</summary>
    public static Result Train(string corporaFolder, string outputPath, EntityTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        var documents = new List<AnnotatedDocument>();
        foreach (string source in options.Sources)
        {
            var part = EntityTrainingData.Source(corporaFolder, source, options.NewsTrainPath).ToList();
            if (source == "news" && part.Count > options.NewsDocuments)
            {
                part = part[..options.NewsDocuments];
            }

            log($"{source}: {part.Count} documents, {part.Sum(d => d.Sentences.Count)} sentences, {part.Sum(d => d.Entities.Count)} entities");
            int repeats = source == "news" ? options.NewsRepeats : options.SourceRepeats.GetValueOrDefault(source, 1);
            for (int repeat = 0; repeat < Math.Max(1, repeats); repeat++)
            {
                documents.AddRange(part);
            }
        }

        string lexiconText = EntityLexiconBuilder.Build(corporaFolder, documents, options.Seed);
        EntityLexicon lexicon;
        using (var reader = new StringReader(lexiconText))
        {
            lexicon = EntityLexicon.Parse(reader);
        }

        List<EntityRow> rows = [.. EntityRows.FromDocuments(documents, lexicon)];
        log($"training on {rows.Count} tokens ({rows.Count(r => r.Label != 0)} inside entities)");

        var ml = new MLContext(options.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(EntityRow.Label),
            FeatureColumnName = nameof(EntityRow.Features),
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            NumberOfThreads = 1, // deterministic
            OptimizationTolerance = 1e-6f,
            MaximumNumberOfIterations = options.MaximumIterations,
        });
        var model = trainer.Fit(data);

        string temporary = outputPath + ".tmp";
        ml.Model.Save(model, data.Schema, temporary);
        LinearModelLoader.WriteManifest(temporary, new ModelManifest
        {
            Model = EntityModel.Name,
            FeatureSetVersion = EntityFeatures.Version,
            Dimension = EntityFeatures.Dimension,
            Seed = options.Seed,
            TrainedOn = string.Join("; ", options.Sources),
        });
        LinearModelLoader.WriteEntry(temporary, EntityLexicon.EntryName, lexiconText);
        File.Move(temporary, outputPath, overwrite: true);
        long bytes = new FileInfo(outputPath).Length;
        log($"saved {outputPath} ({bytes / 1024} KB)");

        EntityModel loaded;
        using (FileStream stream = File.OpenRead(outputPath))
        {
            loaded = EntityModel.Load(stream, outputPath);
        }

        log($"{loaded.Weights.NonZeroFeatures} features with a non-zero weight");
        var pipeline = NewsPipeline.Create(NewsPipelineOptions.Default, Models.EmbeddedModels.Sentences, loaded);
        var scores = new Dictionary<string, EntityScores>();
        foreach ((string name, IReadOnlyList<AnnotatedDocument> dev) in EntityTrainingData.Dev(corporaFolder))
        {
            EntityScores s = EntityEvaluation.Evaluate(pipeline, dev);
            scores[name] = s;
            log($"{name}: {s.All} | " + string.Join(" ", s.ByLabel.Select(p => FormattableString.Invariant($"{p.Key} {p.Value.F1:F4}"))));
        }

        return new Result(rows.Count, scores, bytes);
    }
}
