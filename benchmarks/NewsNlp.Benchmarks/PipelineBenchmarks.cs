using BenchmarkDotNet.Attributes;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// What the pipeline stages cost on top of tokenization, single-threaded, over the same ~1 MB of news-like
/// text as the tokenizer suite: tokenization alone (enumerated, and materialised into a list as the pipeline
/// does) against <see cref="NewsPipeline.Analyze"/> with the sentence stage (tokens, sentences split by the
/// ML.NET-trained model, the document built).
/// Each method returns the token count so tokens/s compares like with like.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks : IThroughputSource
{
    // Tokens and sentences only: what issue 4 measures (the sentence splitter against tokenization). The entity
    // stage has its own suite, EntityStageBenchmarks.
    private readonly NewsPipeline _pipeline = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Sentences });
    private string _text = string.Empty;

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the text once.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Build(NewsCorpus.OneMegabyte);

    /// <summary>Tokenization alone, through the allocation-free enumerator.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int count = 0;
        foreach (Token token in NewsTokenizer.Default.Tokenize(_text))
        {
            count++;
        }

        return count;
    }

    /// <summary>Tokenization into a list: the materialised tokens every later stage reads (and the document keeps).</summary>
    [Benchmark]
    public int TokenizeToList() => NewsTokenizer.Default.TokenizeToList(_text).Count;

    /// <summary>Tokens and sentences: the whole pipeline as it stands, on one thread.</summary>
    [Benchmark]
    public int TokenizeAndSplitSentences() => _pipeline.Analyze(_text).Tokens.Count;

    /// <summary>
    /// The same, reading every sentence's <see cref="Sentence.Text"/>: a sentence cuts its text from the document
    /// only when asked, so this row shows what a caller that wants them all pays on top.
    /// </summary>
    [Benchmark]
    public int TokenizeSplitAndReadSentenceText()
    {
        NewsDocument document = _pipeline.Analyze(_text);
        int characters = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            characters += sentence.Text.Length;
        }

        return characters > 0 ? document.Tokens.Count : 0;
    }
}
