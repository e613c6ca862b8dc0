using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>What the stages build up for one text; frozen into a <see cref="NewsDocument"/> at the end.</summary>
internal sealed class AnalysisState
{
    private readonly Token[] _tokens;

    public AnalysisState(string text, Token[] tokens)
    {
        Text = text;
        _tokens = tokens;
    }

    public string Text { get; }

    /// <summary>The tokens, as a span over the array the document will expose (no copy).</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    public List<Sentence> Sentences { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public NewsDocument ToDocument() => new(
        Text,
        Array.AsReadOnly(_tokens),
        Sentences.AsReadOnly(),
        Entities.AsReadOnly(),
        Quotes.AsReadOnly());
}
