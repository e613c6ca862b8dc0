using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Tokenizers;
using Microsoft.ML.Transforms.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// NewsTokenizer against its peers over the same ~1 MB of news-like text. Every method returns the number
/// of tokens it produced, so the work cannot be optimised away and the token-count columns can show it.
/// </summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks : IThroughputSource, IDisposable
{
    private const string WordsColumn = "Words";

    // Big enough that the refill loop runs a few hundred times per megabyte, small enough to stay in L1/L2.
    private readonly Token[] _buffer = new Token[1024];

    private string _text = string.Empty;
    private StandardTokenizer? _lucene;
    private WordTokenizingTransformer? _mlTokenizer;
    private IDataView? _mlParagraphs;
    private PreTokenizer? _preTokenizer;

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the text and every contender once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Build(NewsCorpus.OneMegabyte);

        // Lucene: one tokenizer, handed a new reader per operation, as Lucene's own analyzers reuse it.
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(string.Empty));

        // ML.NET: the transformer is fitted once here; each operation runs it over one row per paragraph.
        var ml = new MLContext(seed: 0);
        ParagraphRow[] rows = [.. NewsCorpus.Paragraphs(_text).Select(p => new ParagraphRow { Text = p })];
        _mlParagraphs = ml.Data.LoadFromEnumerable(rows);
        _mlTokenizer = ml.Transforms.Text
            .TokenizeIntoWords(WordsColumn, nameof(ParagraphRow.Text), separators: [' ', '\t', '\n', '\r'])
            .Fit(_mlParagraphs);

        _preTokenizer = PreTokenizer.CreateWordOrNonWord();
    }

    /// <summary>Releases the Lucene tokenizer.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene?.Dispose();
        _lucene = null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Cleanup();
        GC.SuppressFinalize(this);
    }

    /// <summary>NewsTokenizer through its allocation-free <c>ref struct</c> enumerator.</summary>
    [Benchmark(Baseline = true)]
    public int NewsTokenizer_Enumerate()
    {
        int count = 0;
        foreach (Token token in NewsTokenizer.Default.Tokenize(_text))
        {
            count++;
        }

        return count;
    }

    /// <summary>NewsTokenizer filling a reused <see cref="Token"/> buffer, resuming at the last token's end.</summary>
    [Benchmark]
    public int NewsTokenizer_SpanFill()
    {
        int total = 0;
        int offset = 0;
        while (true)
        {
            int written = NewsTokenizer.Default.Tokenize(_text, _buffer, offset);
            total += written;
            if (written < _buffer.Length)
            {
                return total;
            }

            offset = _buffer[written - 1].End;
        }
    }

    /// <summary>
    /// Lucene.Net's <see cref="StandardTokenizer"/> (UAX #29 word breaks), the baseline peer: the tokenizer is
    /// reused through SetReader/Reset/End/Dispose, the same cycle Lucene's analyzers run per field.
    /// </summary>
    [Benchmark]
    public int Lucene_StandardTokenizer()
    {
        StandardTokenizer lucene = _lucene!;
        lucene.SetReader(new StringReader(_text));
        lucene.Reset();
        int count = 0;
        while (lucene.IncrementToken())
        {
            count++;
        }

        lucene.End();
        lucene.Dispose(); // closes the reader only; the tokenizer takes a new one next time
        return count;
    }

    /// <summary>
    /// ML.NET's TokenizeIntoWords over one row per paragraph (same characters, less the paragraph breaks).
    /// Fairness: it only splits on the separator characters (here all ASCII whitespace), so it does far less
    /// per character than the others, but it pays ML.NET's per-row pipeline costs (cursor, getter, a
    /// <see cref="ReadOnlyMemory{T}"/> per word); the fitted transformer is reused, only Transform and the
    /// cursor pass are timed, and the output VBuffer is reused across rows as ML.NET intends.
    /// </summary>
    [Benchmark]
    public int MLNet_TokenizeIntoWords()
    {
        IDataView output = _mlTokenizer!.Transform(_mlParagraphs!);
        DataViewSchema.Column words = output.Schema[WordsColumn];
        using DataViewRowCursor cursor = output.GetRowCursor([words]);
        ValueGetter<VBuffer<ReadOnlyMemory<char>>> getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(words);
        VBuffer<ReadOnlyMemory<char>> buffer = default;
        int count = 0;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            count += buffer.Length;
        }

        return count;
    }

    /// <summary>A source-generated regex word tokenizer, counted with the allocation-free EnumerateMatches.</summary>
    [Benchmark]
    public int Regex_Generated()
    {
        int count = 0;
        foreach (ValueMatch match in WordRegex().EnumerateMatches(_text))
        {
            count++;
        }

        return count;
    }

    /// <summary>Microsoft.ML.Tokenizers' word-or-non-word pre-tokenizer (<c>\w+|[^\w\s]+</c>), as BPE/WordPiece models use it.</summary>
    [Benchmark]
    public int MLTokenizers_WordOrNonWord()
    {
        int count = 0;
        foreach ((int Offset, int Length) range in _preTokenizer!.PreTokenize(_text))
        {
            count++;
        }

        return count;
    }

    // Words with inner hyphens or apostrophes (straight or curly), else any single non-space character.
    [GeneratedRegex(@"\w+(?:[-'\u2019]\w+)*|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
