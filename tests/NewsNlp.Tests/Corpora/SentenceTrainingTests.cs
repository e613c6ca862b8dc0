using NewsNlp.Models;
using NewsNlp.Sentences;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Sentences;

namespace NewsNlp.Tests.Corpora;

/// <summary>`newsnlp train sentences` is reproducible: the same seed and data give the same model.</summary>
public sealed class SentenceTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-train-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [CorpusFact]
    public void Train_TwiceWithTheSameSeed_GivesIdenticalScoresAndThreshold()
    {
        string corpora = CorpusLocator.Find();
        var options = new SentenceTrainingOptions { Thresholds = [0.45] };
        string first = Path.Combine(_folder, "a.zip");
        string second = Path.Combine(_folder, "b.zip");
        SentenceModelTrainer.Result a = SentenceModelTrainer.Train(corpora, first, options);
        SentenceModelTrainer.Result b = SentenceModelTrainer.Train(corpora, second, options);

        Assert.Equal(a.TrainingRows, b.TrainingRows);
        Assert.Equal(a.DevScores, b.DevScores);
        LinearModel modelA = Load(first);
        LinearModel modelB = Load(second);
        Assert.Equal(modelA.Bias, modelB.Bias);

        string text = File.ReadAllText(RepositoryPaths.SampleArticle);
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        var context = new SentenceContext(text, tokens);
        var features = new int[SentenceFeatures.MaxFeatures];
        int compared = 0;
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
            {
                int count = SentenceFeatures.Extract(text, tokens, ref context, candidate, features);
                Assert.Equal(modelA.Score(features.AsSpan(0, count)), modelB.Score(features.AsSpan(0, count)));
                compared++;
            }
        }

        Assert.True(compared > 10);
        Assert.True(a.DevScores["gum-dev"] > 0.9, $"gum-dev F1 {a.DevScores["gum-dev"]}");
    }

    [CorpusFact]
    public void Train_WithDefaults_ReproducesTheShippedModel()
    {
        string path = Path.Combine(_folder, "shipped.zip");
        SentenceModelTrainer.Train(CorpusLocator.Find(), path, new SentenceTrainingOptions());
        LinearModel trained = Load(path);
        LinearModel shipped = EmbeddedModels.Sentences;

        Assert.Equal(shipped.Manifest.Threshold, trained.Manifest.Threshold);
        Assert.Equal(shipped.Bias, trained.Bias);
        string text = File.ReadAllText(RepositoryPaths.SampleArticle) + " He said \"Stop.\" Then he left. Mr. Okafor met U.S. officials. Thanks Bob See you";
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        var context = new SentenceContext(text, tokens);
        var features = new int[SentenceFeatures.MaxFeatures];
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
            {
                int count = SentenceFeatures.Extract(text, tokens, ref context, candidate, features);
                Assert.Equal(shipped.Score(features.AsSpan(0, count)), trained.Score(features.AsSpan(0, count)));
            }
        }
    }

    private static LinearModel Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return LinearModelLoader.Load(stream, "sentences", SentenceFeatures.Version, SentenceFeatures.Dimension, path);
    }
}
