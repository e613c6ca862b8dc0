using Microsoft.ML;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;
using NewsNlp.Training.Entities;

namespace NewsNlp.Tests.Models;

/// <summary>The entity tagger's fast scorer reads the weights out of the ML.NET model; it must give ML.NET's own probabilities.</summary>
public sealed class EntityModelParityTests
{
    [Fact]
    public void Probabilities_EveryTokenOfTheSample_EqualPredictionEngine()
    {
        byte[] zip;
        using (Stream stream = typeof(NewsPipeline).Assembly.GetManifestResourceStream(EmbeddedModels.EntitiesResource)!)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            zip = copy.ToArray();
        }

        EntityModel fast = EntityModel.Load(new MemoryStream(zip), "test");
        var ml = new MLContext(seed: 1);
        ITransformer transformer = ml.Model.Load(new MemoryStream(zip), out _);
        using var engine = ml.Model.CreatePredictionEngine<EntityRow, EntityScore>(transformer);

        string text = File.ReadAllText(RepositoryPaths.SampleArticle);
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        var infos = new EntityTokenInfo[tokens.Length];
        EntitySentenceMode mode = EntityFeatures.Prepare(text, tokens, fast.Lexicon, infos);
        var features = new int[EntityFeatures.MaxFeatures];
        var probabilities = new float[EntityTags.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            int count = EntityFeatures.Extract(text, tokens, infos, mode, i, features);
            float[] expected = engine.Predict(new EntityRow { Features = EntityRows.Sparse(features.AsSpan(0, count)) }).Score;
            fast.Weights.Score(features.AsSpan(0, count), probabilities);
            MulticlassLinearModel.LogSoftmax(probabilities);
            for (int k = 0; k < EntityTags.Count; k++)
            {
                Assert.Equal(expected[k], MathF.Exp(probabilities[k]), 1e-4f);
            }
        }

        Assert.True(tokens.Length > 300);
    }
}
