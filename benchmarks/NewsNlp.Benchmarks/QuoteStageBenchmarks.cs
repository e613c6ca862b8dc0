using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The whole pipeline — tokens, sentences, entities, quotations and their speakers — single-threaded over the same
/// ~1 MB of news-like text as the rest of the suite (it quotes someone in about one sentence in six), against the
/// pipeline that stops after entities. Each method returns the token count, so the tokens/s column compares like with like.
/// </summary>
[MemoryDiagnoser]
public class QuoteStageBenchmarks : IThroughputSource
{
    private readonly NewsPipeline _withEntities = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Entities });
    private readonly NewsPipeline _whole = NewsPipeline.CreateDefault();
    private string _text = string.Empty;

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the text once, and checks the whole pipeline really attributes quotations in it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Build(NewsCorpus.OneMegabyte);
        NewsDocument document = _whole.Analyze(_text);
        int attributed = document.Quotes.Count(q => q.Speaker is not null);
        if (attributed < 100)
        {
            throw new InvalidOperationException($"only {attributed} attributed quotations in the benchmark text: it would not measure the quote stage");
        }
    }

    /// <summary>Tokens, sentences and entities.</summary>
    [Benchmark(Baseline = true)]
    public int TokensSentencesEntities() => _withEntities.Analyze(_text).Tokens.Count;

    /// <summary>Tokens, sentences, entities and quotations with speakers and cues.</summary>
    [Benchmark]
    public int WholePipeline() => _whole.Analyze(_text).Tokens.Count;
}
