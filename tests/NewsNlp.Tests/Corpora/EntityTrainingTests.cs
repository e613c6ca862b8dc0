using NewsNlp.Entities;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Entities;

namespace NewsNlp.Tests.Corpora;

/// <summary>`newsnlp train entities` is reproducible: the same seed and data give identical models (weights, lexicon, dev scores).</summary>
public sealed class EntityTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-train-entities-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static EntityModel Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return EntityModel.Load(stream, path);
    }

    [CorpusFact]
    public void Train_TwiceWithTheSameSeed_GivesIdenticalModelBytesAndDevScores()
    {
        string corpora = CorpusLocator.Find();
        var options = new EntityTrainingOptions { Sources = ["wikigold"], MaximumIterations = 15 };
        string first = Path.Combine(_folder, "a.zip");
        string second = Path.Combine(_folder, "b.zip");
        EntityModelTrainer.Result a = EntityModelTrainer.Train(corpora, first, options);
        EntityModelTrainer.Result b = EntityModelTrainer.Train(corpora, second, options);

        Assert.Equal(a.TrainingTokens, b.TrainingTokens);
        Assert.True(a.TrainingTokens > 30_000, $"only {a.TrainingTokens} tokens");
        // ML.NET stamps its zip entries with the time of saving, so the weights are compared, not the bytes.
        EntityModel modelA = Load(first);
        EntityModel modelB = Load(second);
        Assert.Equal(modelA.Weights.NonZeroFeatures, modelB.Weights.NonZeroFeatures);
        string text = File.ReadAllText(RepositoryPaths.SampleArticle);
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        var infos = new EntityTokenInfo[tokens.Length];
        EntitySentenceMode mode = EntityFeatures.Prepare(text, tokens, modelA.Lexicon, infos);
        var infosB = new EntityTokenInfo[tokens.Length];
        Assert.Equal(mode, EntityFeatures.Prepare(text, tokens, modelB.Lexicon, infosB));
        Assert.Equal(infos, infosB); // same lexicon: gazetteers, common words and clusters
        var features = new int[EntityFeatures.MaxFeatures];
        var scoresA = new float[EntityTags.Count];
        var scoresB = new float[EntityTags.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            int count = EntityFeatures.Extract(text, tokens, infos, mode, i, features);
            modelA.Weights.Score(features.AsSpan(0, count), scoresA);
            modelB.Weights.Score(features.AsSpan(0, count), scoresB);
            Assert.Equal(scoresA, scoresB);
        }

        Assert.Equal(a.DevScores["uner-ewt-dev"].All, b.DevScores["uner-ewt-dev"].All);
        Assert.True(a.DevScores["uner-ewt-dev"].All.F1 > 0.3, "a model trained on wikigold alone should still find entities in web text");
    }
}
