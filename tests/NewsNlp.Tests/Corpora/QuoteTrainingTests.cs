using NewsNlp.Quotes;
using NewsNlp.Tests.Support;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;
using NewsNlp.Training.Quotes;

namespace NewsNlp.Tests.Corpora;

/// <summary>`newsnlp train quotes` is reproducible, and the model it trains attributes quotations well on GUM dev and our news.</summary>
public sealed class QuoteTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-train-quotes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string NewsTrain => Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", "news-train.jsonl");

    [CorpusFact]
    public void Train_TwiceWithTheSameSeed_GivesTheSameWeightsAndDevScores()
    {
        string corpora = CorpusLocator.Find();
        var options = new QuoteTrainingOptions { NewsTrainPath = NewsTrain };
        string first = Path.Combine(_folder, "a.zip");
        string second = Path.Combine(_folder, "b.zip");
        QuoteModelTrainer.Result a = QuoteModelTrainer.Train(corpora, first, options);
        QuoteModelTrainer.Result b = QuoteModelTrainer.Train(corpora, second, options);

        Assert.Equal((a.Quotations, a.Rows), (b.Quotations, b.Rows));
        Assert.True(a.Quotations > 300, $"only {a.Quotations} quotations trained on");
        QuoteModel modelA = Load(first);
        QuoteModel modelB = Load(second);
        var random = new Random(7);
        int[] features = new int[8];
        for (int trial = 0; trial < 2000; trial++)
        {
            for (int k = 0; k < features.Length; k++)
            {
                features[k] = random.Next(SpeakerFeatures.Dimension);
            }

            Assert.Equal(modelA.Weights.Score(features), modelB.Weights.Score(features));
        }

        Assert.Equal(a.DevScores["gum-dev"].AttributionCorrect, b.DevScores["gum-dev"].AttributionCorrect);
        // GUM is not news and marks scare quotes too; the shipped model attributes about 0.56 of its detected quotations.
        Assert.True(a.DevScores["gum-dev"].AttributionAccuracy > 0.4, QuoteModelTrainer.Describe("gum-dev", a.DevScores["gum-dev"]));
    }

    [CorpusFact]
    public void CrossValidation_OnOurNewsTrainFile_AttributesNineInTenQuotations()
    {
        QuoteScores scores = QuoteModelTrainer.CrossValidate(CorpusLocator.Find(), new QuoteTrainingOptions { NewsTrainPath = NewsTrain }, folds: 5);

        Assert.Equal(508, scores.Detection.Gold);
        Assert.True(scores.Detection.F1 > 0.98, QuoteModelTrainer.Describe("cv", scores));
        Assert.True(scores.AttributionAccuracy > 0.93, QuoteModelTrainer.Describe("cv", scores)); // 0.9638 when written
        Assert.True(scores.PronounAccuracy > 0.8, QuoteModelTrainer.Describe("cv", scores)); // 0.9041 when written
    }

    private static QuoteModel Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return QuoteModel.Load(stream, path);
    }
}
