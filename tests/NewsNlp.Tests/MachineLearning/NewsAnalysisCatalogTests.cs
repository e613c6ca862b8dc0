using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.MachineLearning;

/// <summary>
/// <c>mlContext.Transforms.AnalyzeNews</c>: the columns it adds equal a direct <see cref="NewsPipeline.Analyze"/>, it
/// reads rows lazily, and a text classifier built on its columns saves and loads with <c>MLContext.Model</c>.
/// </summary>
public sealed class NewsAnalysisCatalogTests : IDisposable
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-mlnet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public sealed class Article
    {
        public string Body { get; set; } = "";

        public string Label { get; set; } = "";
    }

    public sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";

        public float[] Score { get; set; } = [];
    }

    private static Article[] Articles(IEnumerable<(string Id, string Domain, string Text)> set) =>
        [.. set.Select(a => new Article { Body = a.Text, Label = a.Domain })];

    [Fact]
    public void AnalyzeNews_SampleAndNewsTexts_ColumnsEqualDirectAnalysis()
    {
        var mlContext = new MLContext(seed: 1);
        Article[] articles = [new() { Body = File.ReadAllText(RepositoryPaths.SampleArticle) }, .. Articles(NewsArticles.Test.Take(5)), new() { Body = "" }];
        IDataView data = mlContext.Data.LoadFromEnumerable(articles);

        IDataView analysed = mlContext.Transforms.AnalyzeNews("Body").Fit(data).Transform(data);

        DataViewSchema schema = analysed.Schema;
        Assert.Equal(NumberDataViewType.Single, schema[NewsAnalysisCatalog.SentenceCountColumn].Type);
        foreach (string column in new[] { NewsAnalysisCatalog.EntityTextsColumn, NewsAnalysisCatalog.EntityLabelsColumn, NewsAnalysisCatalog.QuoteTextsColumn, NewsAnalysisCatalog.QuoteSpeakersColumn })
        {
            var type = Assert.IsType<VectorDataViewType>(schema[column].Type);
            Assert.Equal(TextDataViewType.Instance, type.ItemType);
            Assert.Equal(0, type.Size); // variable length
        }

        Assert.Null(schema.GetColumnOrNull("NewsNlp.Text")); // the internal copy of the input is dropped

        string[][] entityTexts = ReadVectors(analysed, NewsAnalysisCatalog.EntityTextsColumn);
        string[][] entityLabels = ReadVectors(analysed, NewsAnalysisCatalog.EntityLabelsColumn);
        string[][] quoteTexts = ReadVectors(analysed, NewsAnalysisCatalog.QuoteTextsColumn);
        string[][] quoteSpeakers = ReadVectors(analysed, NewsAnalysisCatalog.QuoteSpeakersColumn);
        float[] sentenceCounts = [.. analysed.GetColumn<float>(NewsAnalysisCatalog.SentenceCountColumn)];
        Assert.Equal(articles.Length, sentenceCounts.Length);
        for (int i = 0; i < articles.Length; i++)
        {
            NewsDocument expected = s_pipeline.Analyze(articles[i].Body);
            Assert.Equal(expected.Entities.Select(e => e.Text), entityTexts[i]);
            Assert.Equal(expected.Entities.Select(e => e.Label.ToCode()), entityLabels[i]);
            Assert.Equal(expected.Quotes.Select(q => q.Text), quoteTexts[i]);
            Assert.Equal(expected.Quotes.Select(q => q.Speaker?.Name ?? ""), quoteSpeakers[i]);
            Assert.Equal(expected.Sentences.Count, sentenceCounts[i]);
        }

        // Real text, so the columns are not trivially empty.
        Assert.Contains("Maria Okafor", entityTexts[0]);
        Assert.True(sentenceCounts[0] > 5, $"sample article: {sentenceCounts[0]} sentences");
        Assert.Empty(entityTexts[^1]);
        Assert.Equal(0f, sentenceCounts[^1]);
    }

    [Fact]
    public void AnalyzeNews_EndlessInput_AnalysesOnlyTheRowsACursorReads()
    {
        var mlContext = new MLContext(seed: 1);
        int produced = 0;
        IEnumerable<Article> Endless()
        {
            string[] texts = [.. NewsArticles.Train.Select(a => a.Text)];
            for (long i = 0; ; i++)
            {
                // A transform that materialised its input would read on forever; fail instead of hanging.
                Assert.True(++produced < 100_000, "the input was read far beyond the rows asked for");
                yield return new Article { Body = texts[i % texts.Length] };
            }
        }

        IDataView data = mlContext.Data.LoadFromEnumerable(Endless());
        IDataView analysed = mlContext.Transforms.AnalyzeNews("Body").Fit(data).Transform(data);

        float[] firstThree = [.. analysed.GetColumn<float>(NewsAnalysisCatalog.SentenceCountColumn).Take(3)];

        Assert.Equal(NewsArticles.Train.Take(3).Select(a => (float)s_pipeline.Analyze(a.Text).Sentences.Count), firstThree);
        // The rows are pulled as a cursor asks for them: ML.NET's parallel cursors read a bounded window ahead (about
        // a thousand rows here), never the whole source.
        Assert.InRange(produced, 3, 10_000);
    }

    [Fact]
    public void AnalyzeNews_InAClassifierPipeline_SavesAndLoadsWithTheSamePredictions()
    {
        var mlContext = new MLContext(seed: 1);
        IDataView train = mlContext.Data.LoadFromEnumerable(Articles(NewsArticles.Train));
        IDataView test = mlContext.Data.LoadFromEnumerable(Articles(NewsArticles.Test));
        var pipeline = mlContext.Transforms.AnalyzeNews("Body")
            .Append(mlContext.Transforms.Text.FeaturizeText("EntityFeatures", new TextFeaturizingEstimator.Options(), NewsAnalysisCatalog.EntityTextsColumn))
            .Append(mlContext.Transforms.Concatenate("Features", "EntityFeatures", NewsAnalysisCatalog.SentenceCountColumn))
            .Append(mlContext.Transforms.Conversion.MapValueToKey("Label"))
            .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy())
            .Append(mlContext.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        ITransformer model = pipeline.Fit(train);
        Prediction[] before = Predict(mlContext, model, test);

        string path = Path.Combine(_folder, "news-domain.zip");
        mlContext.Model.Save(model, train.Schema, path);
        var fresh = new MLContext(seed: 2);
        ITransformer loaded = fresh.Model.Load(path, out DataViewSchema inputSchema);
        Prediction[] after = Predict(fresh, loaded, fresh.Data.LoadFromEnumerable(Articles(NewsArticles.Test)));

        Assert.Equal(TextDataViewType.Instance, inputSchema["Body"].Type);
        Assert.Equal(NewsArticles.Test.Count, after.Length);
        Assert.Equal(before.Select(p => p.PredictedLabel), after.Select(p => p.PredictedLabel));
        for (int i = 0; i < before.Length; i++)
        {
            Assert.Equal(before[i].Score, after[i].Score);
        }

        // The entity features carry signal: the model tells domains apart rather than predicting one label.
        Assert.True(before.Select(p => p.PredictedLabel).Distinct().Count() >= 2, string.Join(", ", before.Select(p => p.PredictedLabel)));
    }

    [Fact]
    public void AnalyzeNews_SavedSentencesOnly_LoadsInAFreshContextWithoutRegistration()
    {
        var mlContext = new MLContext(seed: 1);
        IDataView data = mlContext.Data.LoadFromEnumerable(Articles(NewsArticles.Test.Take(2)));
        ITransformer model = mlContext.Transforms.AnalyzeNews("Body", NewsPipelineStages.Sentences).Fit(data);
        string path = Path.Combine(_folder, "sentences.zip");
        mlContext.Model.Save(model, data.Schema, path);

        // ML.NET finds the mapping by the contract name saved in the zip; nothing is registered by hand.
        var fresh = new MLContext();
        ITransformer loaded = fresh.Model.Load(path, out _);
        float[] counts = [.. loaded.Transform(data).GetColumn<float>(NewsAnalysisCatalog.SentenceCountColumn)];
        Assert.Equal(NewsArticles.Test.Take(2).Select(a => (float)s_pipeline.Analyze(a.Text).Sentences.Count), counts);
        Assert.All(ReadVectors(loaded.Transform(data), NewsAnalysisCatalog.EntityTextsColumn), Assert.Empty); // sentences only
    }

    [Fact]
    public void AnalyzeNews_UnsupportedStages_Throws()
    {
        var mlContext = new MLContext();
        Assert.Throws<ArgumentOutOfRangeException>(() => mlContext.Transforms.AnalyzeNews("Body", NewsPipelineStages.None));
    }

    private static Prediction[] Predict(MLContext mlContext, ITransformer model, IDataView data) =>
        [.. mlContext.Data.CreateEnumerable<Prediction>(model.Transform(data), reuseRowObject: false)];

    private static string[][] ReadVectors(IDataView data, string column) =>
        [.. data.GetColumn<VBuffer<ReadOnlyMemory<char>>>(column).Select(v => v.DenseValues().Select(m => m.ToString()).ToArray())];
}
