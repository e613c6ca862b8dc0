using NewsNlp.Tests.Support;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Entities;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Tests.Corpora;

/// <summary>
/// Guards the shipped entity model's accuracy on the dev sets used to choose it (not the test sets), end to end from
/// raw text: a regression in the tokenizer, the sentence splitter or the tagger shows up here.
/// </summary>
public sealed class EntityAccuracyTests
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    [CorpusFact]
    public void UniversalNerEwtDev_F1StaysAtTheShippedLevel()
    {
        var dev = EntityTrainingData.Dev(CorpusLocator.Find());
        EntityScores scores = EntityEvaluation.Evaluate(s_pipeline, dev["uner-ewt-dev"]);
        Assert.True(scores.All.F1 >= 0.64, $"UNER EWT dev: {scores.All}");
    }

    [CorpusFact]
    public void GumDev_F1StaysAtTheShippedLevel()
    {
        var dev = EntityTrainingData.Dev(CorpusLocator.Find());
        EntityScores scores = EntityEvaluation.Evaluate(s_pipeline, dev["gum-dev"]);
        Assert.True(scores.All.F1 >= 0.62, $"GUM dev: {scores.All}");
    }

    [Fact]
    public void NewsTestSet_IsWellFormed_AndHoldsEnoughAnnotations()
    {
        string path = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", "news-test.jsonl");
        var documents = AnnotatedDocumentReader.Read(path).ToList();
        Assert.True(documents.Count >= 40);
        Assert.True(documents.Sum(d => d.Entities.Count) >= 600);
        Assert.True(documents.Sum(d => d.Quotes.Count) >= 150);
        Assert.All(documents, d => Assert.All(d.Entities, e => Assert.Contains(d.Sentences, s => s.Start <= e.Start && e.End <= s.End)));
    }
}
