using Microsoft.ML;
using NewsNlp.Models;
using NewsNlp.Quotes;
using NewsNlp.Tests.Support;
using NewsNlp.Training;
using NewsNlp.Training.Quotes;

namespace NewsNlp.Tests.Models;

/// <summary>The speaker ranker's fast scorer reads the weights out of the ML.NET model; it must give ML.NET's own scores.</summary>
public sealed class QuoteModelParityTests
{
    [Fact]
    public void Score_EveryCandidateSpeakerOfTheNewsTexts_EqualsPredictionEngine()
    {
        using Stream resource = typeof(NewsPipeline).Assembly.GetManifestResourceStream(EmbeddedModels.QuotesResource)!;
        using var zip = new MemoryStream();
        resource.CopyTo(zip);
        QuoteModel fast = QuoteModel.Load(new MemoryStream(zip.ToArray()), "test");
        var ml = new MLContext(seed: 1);
        ITransformer transformer = ml.Model.Load(new MemoryStream(zip.ToArray()), out _);
        using var engine = ml.Model.CreatePredictionEngine<QuoteRow, QuoteScore>(transformer);

        var pipeline = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Entities });
        string[] texts = [File.ReadAllText(RepositoryPaths.SampleArticle), .. NewsArticles.Train.Take(10).Select(a => a.Text)];
        var features = new int[SpeakerFeatures.MaxFeatures];
        var candidates = new List<SpeakerCandidate>();
        int compared = 0;
        foreach (string text in texts)
        {
            NewsDocument analysis = pipeline.Analyze(text);
            var document = new QuoteDocument(text, analysis.Tokens.ToArray(), analysis.Sentences, analysis.Entities, fast.Lexicon);
            var spans = new List<QuoteSpan>();
            QuoteScanner.Find(text, spans);
            QuoteDetector.Detect(document, spans);
            for (int q = 0; q < document.Quotations.Count; q++)
            {
                candidates.Clear();
                SpeakerCandidates.Find(document, q, null, candidates);
                for (int c = 0; c < candidates.Count; c++)
                {
                    var list = new FeatureList(features);
                    SpeakerFeatures.Extract(document, q, QuoteAttributor.Reachable(document, q), candidates, c, ref list);
                    float expected = engine.Predict(new QuoteRow { Features = SparseFeatureVector.FromIndices(features.AsSpan(0, list.Count), SpeakerFeatures.Dimension) }).Score;
                    Assert.Equal(expected, fast.Weights.Score(features.AsSpan(0, list.Count)), 1e-4f); // only the summation order differs
                    compared++;
                }
            }
        }

        Assert.True(compared >= 100, $"only {compared} candidates compared");
    }
}
