using Microsoft.ML;
using NewsNlp.Models;
using NewsNlp.Sentences;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;
using NewsNlp.Training.Sentences;

namespace NewsNlp.Tests.Models;

/// <summary>The fast scorer reads the weights out of the ML.NET model; it must give ML.NET's own scores.</summary>
public sealed class SentenceModelParityTests
{
    private static byte[] EmbeddedZip()
    {
        using Stream stream = typeof(NewsPipeline).Assembly.GetManifestResourceStream(EmbeddedModels.SentencesResource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Score_EveryCandidateOfTheSample_EqualsPredictionEngine()
    {
        byte[] zip = EmbeddedZip();
        LinearModel fast = LinearModelLoader.Load(new MemoryStream(zip), "sentences", SentenceFeatures.Version, SentenceFeatures.Dimension, "test");
        var ml = new MLContext(seed: 1);
        ITransformer transformer = ml.Model.Load(new MemoryStream(zip), out _);
        using var engine = ml.Model.CreatePredictionEngine<SentenceRow, SentenceScore>(transformer);

        string text = File.ReadAllText(RepositoryPaths.SampleArticle) + " He said \"Stop.\" Then he left. Mr. Okafor met U.S. officials.";
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        var features = new int[SentenceFeatures.MaxFeatures];
        var context = new SentenceContext(text, tokens);
        int compared = 0;
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (!SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
            {
                continue;
            }

            int count = SentenceFeatures.Extract(text, tokens, ref context, candidate, features);
            float expected = engine.Predict(new SentenceRow { Features = SentenceRows.ToVector(features.AsSpan(0, count)) }).Score;
            float actual = fast.Score(features.AsSpan(0, count));
            Assert.Equal(expected, actual, 1e-4f); // only the summation order differs
            compared++;
        }

        Assert.True(compared >= 20, $"only {compared} candidates compared");
    }
}
