using BenchmarkDotNet.Attributes;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The sentence stage taken apart, for tuning it: each step of <c>SentenceSplitter</c> over the tokens of the
/// same 1 MB text (tokenized once in setup), so the costs can be compared with tokenization itself.
/// </summary>
[MemoryDiagnoser]
public class SentenceStageBenchmarks : IThroughputSource
{
    private readonly int[] _features = new int[SentenceFeatures.MaxFeatures];
    private string _text = string.Empty;
    private Token[] _tokens = [];
    private byte[] _marks = [];
    private LinearModel? _model;
    private SentenceSplitter? _splitter;

    /// <inheritdoc/>
    public int CharsPerOperation => _text.Length;

    /// <summary>Builds the text, its tokens and the model once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Build(NewsCorpus.OneMegabyte);
        _tokens = [.. NewsTokenizer.Default.TokenizeToList(_text)];
        NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.None }).Tokenize(_text, out _, out _marks);
        _model = EmbeddedModels.Sentences;
        _splitter = new SentenceSplitter(_model);
    }

    /// <summary>Finding the candidates and applying the fixed rules.</summary>
    [Benchmark(Baseline = true)]
    public int Candidates()
    {
        int asked = 0;
        for (int i = 0; i < _tokens.Length - 1; i++)
        {
            if (SentenceFeatures.MayEndSentence(_text, _tokens[i], _tokens[i + 1]) && SentenceFeatures.TryGetCandidate(_text, _tokens, i, out SentenceCandidate candidate))
            {
                if (SentenceFeatures.Rule(_text, _tokens, candidate) == SentenceRule.AskModel)
                {
                    asked++;
                }

                i = candidate.Last;
            }
        }

        return asked;
    }

    /// <summary>Candidates plus feature extraction for those the model decides.</summary>
    [Benchmark]
    public int CandidatesAndFeatures()
    {
        var context = new SentenceContext(_text, _tokens);
        int total = 0;
        for (int i = 0; i < _tokens.Length - 1; i++)
        {
            if (SentenceFeatures.MayEndSentence(_text, _tokens[i], _tokens[i + 1]) && SentenceFeatures.TryGetCandidate(_text, _tokens, i, out SentenceCandidate candidate))
            {
                if (SentenceFeatures.Rule(_text, _tokens, candidate) == SentenceRule.AskModel)
                {
                    total += SentenceFeatures.Extract(_text, _tokens, ref context, candidate, _features);
                }

                i = candidate.Last;
            }
        }

        return total;
    }

    /// <summary>Candidates, features and the model's score: the whole decision, scored as the features are made (as the splitter does).</summary>
    [Benchmark]
    public int CandidatesFeaturesAndScores()
    {
        var context = new SentenceContext(_text, _tokens);
        int boundaries = 0;
        for (int i = 0; i < _tokens.Length - 1; i++)
        {
            if (SentenceFeatures.MayEndSentence(_text, _tokens[i], _tokens[i + 1]) && SentenceFeatures.TryGetCandidate(_text, _tokens, i, out SentenceCandidate candidate))
            {
                if (SentenceFeatures.Rule(_text, _tokens, candidate) == SentenceRule.AskModel)
                {
                    var scorer = new LinearScorer(_model!);
                    SentenceFeatures.Extract(_text, _tokens, ref context, candidate, ref scorer);
                    boundaries += scorer.Score > 0 ? 1 : 0;
                }

                i = candidate.Last;
            }
        }

        return boundaries;
    }

    /// <summary>The list-marker pass.</summary>
    [Benchmark]
    public int ListMarkerPass() => ListMarkers.Find(_text, _tokens)?.Length ?? 0;

    /// <summary>
    /// The whole stage on already-made tokens without the pipeline's candidate marks (every token asked): context,
    /// list markers, candidates, rules, features, scores, line-break rules and the <see cref="Sentence"/> list; what the
    /// rows above leave out shows here.
    /// </summary>
    [Benchmark]
    public int WholeStage()
    {
        var state = new AnalysisState(_text, _tokens, _tokens.Length);
        _splitter!.Process(state, CancellationToken.None);
        return state.Sentences.Count;
    }

    /// <summary>
    /// The whole stage as the pipeline runs it: with the <see cref="CandidateMarks"/> the pipeline sets while it
    /// tokenizes (here made once in setup, so their cost is in the tokenization, not in this row).
    /// </summary>
    [Benchmark]
    public int WholeStageWithMarks()
    {
        var state = new AnalysisState(_text, _tokens, _tokens.Length) { CandidateMarks = _marks };
        _splitter!.Process(state, CancellationToken.None);
        return state.Sentences.Count;
    }
}
