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

        int quoteEnd = 0;
        foreach (Quote quote in doc.Quotes)
        {
            Assert.True(quote.Start >= quoteEnd && quote.Start < quote.End && quote.End <= text.Length, $"quotes out of order or overlapping at {quote.Start}");
            Assert.Equal(text[quote.Start..quote.End], quote.Text);
            if (quote.Speaker is { } speaker)
            {
                Assert.Equal(text[speaker.Start..speaker.End], speaker.Text);
                Assert.False(speaker.Start < quote.End && quote.Start < speaker.End, "a speaker inside its own quotation");
                Assert.False(string.IsNullOrWhiteSpace(speaker.Name));
            }

            if (quote.Cue is { } cue)
            {
                Assert.Equal(text[cue.Start..cue.End], cue.Text);
            }

            quoteEnd = quote.End;
        }
    }

    [Fact]
    public void Analyze_AnyText_GivesOrderedSentencesCoveringEveryToken() => GeneratedText.Text.Sample(AssertValidDocument, iter: 2000);

    [Fact]
    public void Analyze_AnyWordSequence_GivesOrderedSentencesCoveringEveryToken() => GeneratedText.Words.Sample(AssertValidDocument, iter: 2000);

    [Fact]
    public void AnalyzeMany_SixteenThreads_EqualsSequential()
    {
        string sample = File.ReadAllText(Support.RepositoryPaths.SampleArticle);
        string[] texts = [.. Enumerable.Range(0, 2000).Select(i => i % 10 == 0 ? sample[(i % 300)..] : GeneratedText.WordsFromSeed(i))];
        var pipeline = NewsPipeline.Create(new NewsPipelineOptions { MaxDegreeOfParallelism = 16 });
        List<NewsDocument> streamed = [.. pipeline.AnalyzeMany(texts)];

        // And 16 plain threads sharing the one pipeline, each taking every 16th document.
        var threaded = new NewsDocument[texts.Length];
        Thread[] threads = [.. Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            for (int i = t; i < texts.Length; i += 16)
            {
                threaded[i] = pipeline.Analyze(texts[i]);
            }
        }))];
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());

        int entities = 0;
        int quotes = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            NewsDocument sequential = pipeline.Analyze(texts[i]);
            foreach (NewsDocument other in new[] { streamed[i], threaded[i] })
            {
                Assert.Equal(sequential.Tokens, other.Tokens);
                Assert.Equal(sequential.Sentences, other.Sentences);
                Assert.Equal(sequential.Entities, other.Entities);
                Assert.Equal(sequential.Quotes, other.Quotes);
            }

            entities += sequential.Entities.Count;
            quotes += sequential.Quotes.Count(q => q.Speaker is not null);
        }

        Assert.True(entities > 500, $"only {entities} entities: the comparison would prove little");
        Assert.True(quotes > 50, $"only {quotes} attributed quotations: the comparison would prove little");
    }
}
