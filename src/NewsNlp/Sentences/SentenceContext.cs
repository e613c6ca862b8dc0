using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Per-token facts the sentence features need that depend on what came before on the line — how far the
/// token is from the line start, and whether a quotation is open — computed in one linear pass so that
/// each candidate reads them in constant time.
/// </summary>
internal readonly ref struct SentenceContext
{
    /// <summary>Tokens counted from the line start are capped here: beyond it the position no longer matters.</summary>
    public const int MaxLineOffset = 12;

    private readonly ReadOnlySpan<byte> _lineOffsets;
    private readonly ReadOnlySpan<byte> _insideQuote;

    private SentenceContext(ReadOnlySpan<byte> lineOffsets, ReadOnlySpan<byte> insideQuote)
    {
        _lineOffsets = lineOffsets;
        _insideQuote = insideQuote;
    }

    /// <summary>How many tokens precede token <paramref name="index"/> on its line, at most <see cref="MaxLineOffset"/>.</summary>
    public int LineOffset(int index) => _lineOffsets[index];

    /// <summary>1 when a quotation opened earlier on the line is still open at token <paramref name="index"/>.</summary>
    public int InsideQuote(int index) => _insideQuote[index];

    /// <summary>Computes the context into two caller-owned buffers of at least <c>tokens.Length</c> bytes.</summary>
    public static SentenceContext Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> lineOffsets, Span<byte> insideQuote)
    {
        int offset = 0;
        int straight = 0;
        int curly = 0;

        // Where the next line break at or after the previous token's end is: the gap before a token holds a
        // line break exactly when that position is before the token. Finding breaks with a vectorised search
        // instead of looking into every gap keeps this pass from branching on each gap's length.
        var lines = new LineBreakCursor(text);
        int previousEnd = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (i == 0 || lines.BreakBefore(previousEnd, token.Start))
            {
                offset = 0;
                straight = 0;
                curly = 0;
            }
            else if (offset < MaxLineOffset)
            {
                offset++;
            }

            previousEnd = token.End;
            lineOffsets[i] = (byte)offset;
            insideQuote[i] = (byte)((straight & 1) == 1 || curly > 0 ? 1 : 0);
            if (token.Kind == TokenKind.QuoteMark)
            {
                switch (text[token.Start])
                {
                    case '"':
                        straight++;
                        break;
                    case '\u201C':
                        curly++;
                        break;
                    case '\u201D':
                        curly--;
                        break;
                }
            }
        }

        return new SentenceContext(lineOffsets[..tokens.Length], insideQuote[..tokens.Length]);
    }
}
