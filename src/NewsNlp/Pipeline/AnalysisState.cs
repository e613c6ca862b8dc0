using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>What the stages build up for one text; frozen into a <see cref="NewsDocument"/> at the end.</summary>
internal sealed class AnalysisState
{
    public AnalysisState(string text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public List<Sentence> Sentences { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public NewsDocument ToDocument() => new(
        Text,
        Array.AsReadOnly(Tokens),
        Sentences.AsReadOnly(),
        Entities.AsReadOnly(),
        Quotes.AsReadOnly());
}
