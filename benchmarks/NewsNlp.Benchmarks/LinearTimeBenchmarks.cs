using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Linear time: the full pipeline (<see cref="NewsPipeline.Analyze"/>, one thread) over 1 MB and 10 MB documents of
/// three shapes — ordinary news, no whitespace at all, and a single quotation. The "x 1 MB" column divides each
/// 10 MB time by the 1 MB time of the same shape: linear is 10x, and the target is at most 12x.
/// Its own job (one launch, 5 warm-up and 10 measured iterations of about half a second) so that the 1 MB cases,
/// too, are measured on fully optimised (tier-1) code; a job without enough warm-up makes the 1 MB time look slow
/// and the ratio look better than it is.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 10, id: "Scaling")]
[MemoryDiagnoser]
public class LinearTimeBenchmarks : IThroughputSource
{
    private readonly NewsPipeline _pipeline = NewsPipeline.CreateDefault();
    private string _text = string.Empty;

    /// <summary>The kind of document.</summary>
    [Params(DocumentShape.News, DocumentShape.NoSpaces, DocumentShape.OneQuotation)]
    public DocumentShape Shape { get; set; }

    /// <summary>Document size in mebi-chars (UTF-16 code units).</summary>
    [Params(1, 10)]
    public int Megabytes { get; set; }

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the document once.</summary>
    [GlobalSetup]
    public void Setup() => _text = LongDocuments.Build(Shape, Megabytes * NewsCorpus.OneMegabyte);

    /// <summary>Tokens, sentences and the document: everything the pipeline does, on one thread.</summary>
    [Benchmark]
    public int Analyze() => _pipeline.Analyze(_text).Tokens.Count;
}
