using CsCheck;

namespace NewsNlp.Tests.Properties;

/// <summary>Properties of the whole pipeline over generated hostile text.</summary>
public sealed class PipelinePropertyTests
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private static void AssertValidDocument(string text)
    {
        NewsDocument doc = s_pipeline.Analyze(text);
        int previousEnd = 0;
        int nextToken = 0;
        foreach (Sentence sentence in doc.Sentences)
        {
            Assert.True(sentence.Start >= previousEnd && sentence.Start < sentence.End && sentence.End <= text.Length);
            Assert.Equal(text[sentence.Start..sentence.End], sentence.Text);
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            nextToken = sentence.EndToken;
            previousEnd = sentence.End;
        }

        Assert.Equal(doc.Tokens.Count, nextToken);
        Assert.All(doc.Entities, e => Assert.Contains(doc.Sentences, s => s.Start <= e.Start && e.End <= s.End));
        int entityEnd = 0;
        foreach (Entity entity in doc.Entities)
        {
            Assert.True(entity.Start >= entityEnd && entity.Start < entity.End, $"entities out of order or overlapping at {entity.Start}");
            Assert.Equal(text[entity.Start..entity.End], entity.Text);
            Assert.True(Enum.IsDefined(entity.Label));
            entityEnd = entity.End;
        }
    }

    [Fact]
    public void Analyze_AnyText_GivesOrderedSentencesCoveringEveryToken() => GeneratedText.Text.Sample(AssertValidDocument, iter: 2000);

    [Fact]
    public void Analyze_AnyWordSequence_GivesOrderedSentencesCoveringEveryToken() => GeneratedText.Words.Sample(AssertValidDocument, iter: 2000);

    [Fact]
    public void AnalyzeMany_SixteenThreads_EqualsSequential()
    {
        string[] texts = [.. Enumerable.Range(0, 400).Select(i => GeneratedText.WordsFromSeed(i))];
        var pipeline = NewsPipeline.Create(new NewsPipelineOptions { MaxDegreeOfParallelism = 16 });
        List<NewsDocument> parallel = [.. pipeline.AnalyzeMany(texts)];
        for (int i = 0; i < texts.Length; i++)
        {
            NewsDocument sequential = pipeline.Analyze(texts[i]);
            Assert.Equal(sequential.Tokens, parallel[i].Tokens);
            Assert.Equal(sequential.Sentences, parallel[i].Sentences);
        }
    }
}
