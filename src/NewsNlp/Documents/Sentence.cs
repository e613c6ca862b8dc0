namespace NewsNlp;

/// <summary>A sentence: its span in the document text and the tokens it covers.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Text">The sentence's text, <c>document.Text[Start..End]</c>.</param>
/// <param name="FirstToken">Index in <see cref="NewsDocument.Tokens"/> of the sentence's first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public sealed record Sentence(int Start, int End, string Text, int FirstToken, int TokenCount)
{
    // The properties are spelled out (in the positional order, which ToString keeps) only so that Text can be
    // cut from the document lazily: see SentenceText.
    private SentenceText _text = new(Text);

    /// <summary>A sentence of a document whose text is cut from <paramref name="documentText"/> when first read.</summary>
    internal Sentence(string documentText, int start, int end, int firstToken, int tokenCount)
        : this(start, end, null!, firstToken, tokenCount)
    {
        _text = new SentenceText(documentText, start, end - start);
    }

    /// <summary>UTF-16 offset of the first character.</summary>
    public int Start { get; init; } = Start;

    /// <summary>UTF-16 offset just past the last character (exclusive).</summary>
    public int End { get; init; } = End;

    /// <summary>The sentence's text, <c>document.Text[Start..End]</c>.</summary>
    public string Text
    {
        get => _text.Value;
        init => _text = new SentenceText(value);
    }

    /// <summary>Index in <see cref="NewsDocument.Tokens"/> of the sentence's first token.</summary>
    public int FirstToken { get; init; } = FirstToken;

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; init; } = TokenCount;

    /// <summary>Index just past the sentence's last token in <see cref="NewsDocument.Tokens"/>.</summary>
    public int EndToken => FirstToken + TokenCount;
}
