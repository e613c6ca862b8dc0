using BenchmarkDotNet.Attributes;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Shows that enumerating NewsTokenizer allocates nothing however long the text is:
/// the Allocated column must read the same (0 B) for every size.
/// </summary>
[MemoryDiagnoser]
public class AllocationScalingBenchmarks : IThroughputSource
{
    private string _text = string.Empty;

    /// <summary>Minimum text length in UTF-16 code units: 64 K and 1 M.</summary>
    [Params(64 * 1024, NewsCorpus.OneMegabyte)]
    public int TextChars { get; set; }

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds text of the requested size.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Build(TextChars);

    /// <summary>NewsTokenizer through its enumerator, counting tokens.</summary>
    [Benchmark]
    public int NewsTokenizer_Enumerate()
    {
        int count = 0;
        foreach (Token token in NewsTokenizer.Default.Tokenize(_text))
        {
            count++;
        }

        return count;
    }
}
