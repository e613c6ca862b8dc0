using BenchmarkDotNet.Attributes;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The entity stage taken apart, for tuning it: each step of <c>EntityTagger</c> over the tokens and sentences of
/// the same 1 MB text (made once in setup), cumulatively, so each row's cost less the row above is that step's.
/// </summary>
[MemoryDiagnoser]
public class EntityStepBenchmarks : IThroughputSource
{
    private readonly int[] _features = new int[EntityFeatures.MaxFeatures];
    private readonly float[] _scores = new float[EntityTags.Count];
    private EntityTokenInfo[] _infos = [];
    private EntityTag[] _tags = [];
    private string _text = string.Empty;
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private EntityModel? _model;
    private EntityTagger? _tagger;
    private EntityWordCache? _words;
    private TagScratch? _scratch;

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the text, its tokens, sentences and the model once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Build(NewsCorpus.OneMegabyte);
        NewsDocument document = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Sentences }).Analyze(_text);
        _tokens = [.. document.Tokens];
        _sentences = [.. document.Sentences];
        _model = EmbeddedModels.Entities!;
        _tagger = new EntityTagger(_model);
        _words = new EntityWordCache(_model.Lexicon);
        _scratch = new TagScratch(_sentences.Max(s => s.TokenCount), new EntityWordCache(_model.Lexicon));
        _infos = new EntityTokenInfo[_tokens.Length];
        _tags = new EntityTag[_tokens.Length];
    }

    /// <summary>The per-token facts of every sentence (with the word cache, warm after the first run, as the tagger keeps it).</summary>
    [Benchmark(Baseline = true)]
    public int Prepare()
    {
        int total = 0;
        foreach (Sentence sentence in _sentences)
        {
            ReadOnlySpan<Token> tokens = _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            total += (int)EntityFeatures.Prepare(_text, tokens, _infos.AsSpan(0, tokens.Length), _words!);
        }

        return total;
    }

    /// <summary>Plus the features of the tokens the tagger scores (their affix features from the word cache, as the tagger takes them).</summary>
    [Benchmark]
    public int PrepareAndExtract()
    {
        int total = 0;
        foreach (Sentence sentence in _sentences)
        {
            ReadOnlySpan<Token> tokens = _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            Span<EntityTokenInfo> infos = _infos.AsSpan(0, tokens.Length);
            EntitySentenceMode mode = EntityFeatures.Prepare(_text, tokens, infos, _words!);
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!EntityFeatures.IsPlainlyOutside(infos, i))
                {
                    total += EntityFeatures.Extract(_text, tokens, infos, mode, i, _features, _words!.AffixesOf(_words.TokenEntries[i]));
                }
            }
        }

        return total;
    }

    /// <summary>Plus the model's class scores for them.</summary>
    [Benchmark]
    public float PrepareExtractAndScore()
    {
        float total = 0;
        foreach (Sentence sentence in _sentences)
        {
            ReadOnlySpan<Token> tokens = _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            Span<EntityTokenInfo> infos = _infos.AsSpan(0, tokens.Length);
            EntitySentenceMode mode = EntityFeatures.Prepare(_text, tokens, infos, _words!);
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!EntityFeatures.IsPlainlyOutside(infos, i))
                {
                    int count = EntityFeatures.Extract(_text, tokens, infos, mode, i, _features, _words!.AffixesOf(_words.TokenEntries[i]));
                    _model!.Weights.Score(_features.AsSpan(0, count), _scores);
                    total += _scores[0];
                }
            }
        }

        return total;
    }

    /// <summary>Tagging each sentence as the stage does (buffers and word cache kept from one sentence to the next): the above plus Viterbi decoding.</summary>
    [Benchmark]
    public int Tag()
    {
        foreach (Sentence sentence in _sentences)
        {
            _tagger!.Tag(_text, _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), _tags.AsSpan(sentence.FirstToken, sentence.TokenCount), _scratch!);
        }

        return (int)_tags[^1];
    }

    /// <summary>The whole stage: tagging, the per-sentence and document rule passes, and the entity list.</summary>
    [Benchmark]
    public int WholeStage()
    {
        var state = new AnalysisState(_text, _tokens, _tokens.Length);
        state.Sentences.AddRange(_sentences);
        _tagger!.Process(state, CancellationToken.None);
        return state.Entities.Count;
    }
}
