using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// What the entity tagger costs on top of tokens and sentences, single-threaded, over the same ~1 MB of news-like
/// text as the rest of the suite: the pipeline with the entity stage off (the baseline) and on. Each method
/// returns the token count, so the tokens/s column compares like with like.
/// </summary>
[MemoryDiagnoser]
public class EntityStageBenchmarks : IThroughputSource
{
    private readonly NewsPipeline _sentencesOnly = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Sentences });
    private readonly NewsPipeline _withEntities = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Entities });
    private string _text = string.Empty;

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the text once.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Build(NewsCorpus.OneMegabyte);

    /// <summary>Tokens and sentences only.</summary>
    [Benchmark(Baseline = true)]
    public int TokensAndSentences() => _sentencesOnly.Analyze(_text).Tokens.Count;

    /// <summary>Tokens, sentences and entities.</summary>
    [Benchmark]
    public int WithEntities() => _withEntities.Analyze(_text).Tokens.Count;
}
