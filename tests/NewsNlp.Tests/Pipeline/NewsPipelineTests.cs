using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Pipeline;

public sealed class NewsPipelineTests
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private static string Sample => File.ReadAllText(RepositoryPaths.SampleArticle);

    [Fact]
    public void Analyze_SampleArticle_SplitsHeadlineAndParagraphs()
    {
        NewsDocument doc = s_pipeline.Analyze(Sample);

        Assert.Equal("Harbour authority approves $4.5bn expansion despite fishermen’s protest", doc.Sentences[0].Text);
        Assert.Contains(doc.Sentences, s => s.Text == "Critics also point to the project’s cost.");
        Assert.Contains(doc.Sentences, s => s.Text.StartsWith("Shares in Mota-Engil", StringComparison.Ordinal) && s.Text.EndsWith("Lisbon trading.", StringComparison.Ordinal));
        Assert.True(doc.Sentences.Count >= 14);
    }

    [Fact]
    public void Analyze_Offsets_AreOrderedInsideTheTextAndMatchTheirText()
    {
        string text = Sample;
        NewsDocument doc = s_pipeline.Analyze(text);

        Assert.Same(text, doc.Text);
        int previousEnd = 0;
        int tokenIndex = 0;
        foreach (Sentence sentence in doc.Sentences)
        {
            Assert.True(sentence.Start >= previousEnd && sentence.End > sentence.Start && sentence.End <= text.Length);
            Assert.Equal(text[sentence.Start..sentence.End], sentence.Text);
            Assert.Equal(tokenIndex, sentence.FirstToken);
            Assert.Equal(doc.Tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(doc.Tokens[sentence.EndToken - 1].End, sentence.End);
            tokenIndex = sentence.EndToken;
            previousEnd = sentence.End;
        }

        Assert.Equal(doc.Tokens.Count, tokenIndex); // every token is in exactly one sentence
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\uD800 unpaired \uDC00 surrogates")]
    [InlineData("nospacesatall,justpunctuation!!!???")]
    public void Analyze_OddInput_GivesAValidDocument(string text)
    {
        NewsDocument doc = s_pipeline.Analyze(text);
        Assert.All(doc.Sentences, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End));
        Assert.Equal(string.IsNullOrWhiteSpace(text), doc.Sentences.Count == 0);
    }

    [Fact]
    public void Analyze_BlankLine_AlwaysEndsASentence()
    {
        NewsDocument doc = s_pipeline.Analyze("The minister arrived in Porto\n\nthe talks began at noon.");
        Assert.Equal(new[] { "The minister arrived in Porto", "the talks began at noon." }, doc.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Analyze_ClosingQuoteAfterPeriod_StaysWithItsSentence()
    {
        NewsDocument doc = s_pipeline.Analyze("He said \"Stop.\" Then he left. Mr. Alvarez stayed.");
        Assert.Equal(new[] { "He said \"Stop.\"", "Then he left.", "Mr. Alvarez stayed." }, doc.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void AnalyzeMany_ManyDocuments_EqualsSequentialAnalyzeInInputOrder()
    {
        string[] sentences = Sample.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(20261125);
        string[] texts = [.. Enumerable.Range(0, 600).Select(i => $"Doc {i}. " + string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => sentences[random.Next(sentences.Length)])))];
        var pipeline = NewsPipeline.Create(new NewsPipelineOptions { MaxDegreeOfParallelism = 4, MaxBufferedCharacters = 20_000 });

        List<NewsDocument> parallel = [.. pipeline.AnalyzeMany(texts)];

        Assert.Equal(texts.Length, parallel.Count);
        for (int i = 0; i < texts.Length; i++)
        {
            NewsDocument sequential = pipeline.Analyze(texts[i]);
            Assert.Same(texts[i], parallel[i].Text);
            Assert.Equal(sequential.Tokens, parallel[i].Tokens);
            Assert.Equal(sequential.Sentences, parallel[i].Sentences);
        }
    }

    [Fact]
    public void AnalyzeMany_LazySource_IsReadOnlyAsFarAsNeeded()
    {
        int produced = 0;
        IEnumerable<string> Endless()
        {
            while (true)
            {
                produced++;
                yield return "The port authority approved the plan.";
            }
        }

        var pipeline = NewsPipeline.Create(new NewsPipelineOptions { MaxDegreeOfParallelism = 2 });
        List<NewsDocument> firstFive = [.. pipeline.AnalyzeMany(Endless()).Take(5)];

        Assert.Equal(5, firstFive.Count);
        Assert.InRange(produced, 5, 2 * 2 * 16 + 1); // at most two batches read ahead, not the endless stream
    }

    [Fact]
    public void AnalyzeMany_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        IEnumerable<string> Endless()
        {
            for (int i = 0; ; i++)
            {
                if (i == 100)
                {
                    cancellation.Cancel();
                }

                yield return "Shares rose 3.2% in Lisbon trading.";
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (NewsDocument _ in s_pipeline.AnalyzeMany(Endless(), cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public void AnalyzeMany_ItemsWithNullText_PassThroughInOrder()
    {
        var items = new[] { (Id: 1, Text: (string?)"One."), (Id: 2, Text: null), (Id: 3, Text: "Three.") };
        var results = s_pipeline.AnalyzeMany(items, item => item.Text).ToList();

        Assert.Equal(new[] { 1, 2, 3 }, results.Select(r => r.Item.Id));
        Assert.NotNull(results[0].Document);
        Assert.Null(results[1].Document);
        Assert.Equal("Three.", results[2].Document!.Sentences.Single().Text);
    }
}
