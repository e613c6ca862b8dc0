using NewsNlp.Tokenization;

namespace NewsNlp;

/// <summary>
/// The immutable result of analysing one text: its sentences, tokens, named entities and quotations.
/// Every item carries <c>Start</c>/<c>End</c> UTF-16 offsets into <see cref="Text"/>, end exclusive.
/// </summary>
public sealed class NewsDocument
{
    internal NewsDocument(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Quotes = quotes;
    }

    /// <summary>The analysed text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in text order, not overlapping.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The named entities, in text order, not overlapping, each inside one sentence.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The direct quotations, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The text of <paramref name="token"/>, which must come from this document.</summary>
    public string GetText(Token token) => token.GetText(Text);
}
