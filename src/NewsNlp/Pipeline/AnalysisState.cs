using System.Collections.ObjectModel;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>What the stages build up for one text; frozen into a <see cref="NewsDocument"/> at the end.</summary>
internal sealed class AnalysisState
{
    private readonly Token[] _tokens;
    private readonly int _tokenCount;

    /// <summary>A state over the first <paramref name="tokenCount"/> tokens of <paramref name="tokens"/>, which the document will keep.</summary>
    public AnalysisState(string text, Token[] tokens, int tokenCount)
    {
        Text = text;
        _tokens = tokens;
        _tokenCount = tokenCount;
    }

    public string Text { get; }

    /// <summary>The tokens, as a span over the array the document will expose (no copy).</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>The same tokens, for a stage that keeps them in an object across calls.</summary>
    public ReadOnlyMemory<Token> TokenMemory => _tokens.AsMemory(0, _tokenCount);

    /// <summary>
    /// The sentence splitter's <see cref="Sentences.CandidateMarks"/> for these tokens, when the pipeline set them while
    /// tokenizing (it owns the array); null for tokens made elsewhere.
    /// </summary>
    public byte[]? CandidateMarks { get; init; }

    public List<Sentence> Sentences { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public NewsDocument ToDocument() => new(
        Text,
        new ReadOnlyCollection<Token>(new ArraySegment<Token>(_tokens, 0, _tokenCount)),
        Sentences.AsReadOnly(),
        Entities.AsReadOnly(),
        Quotes.AsReadOnly());
}
