using System.Buffers;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Per-token facts the sentence features need that depend on what came before on the line — how far the
/// token is from the line start, and whether a quotation is open. They are worked out on demand for tokens
/// asked about in text order: between two such tokens the text is searched (vectorised) for the few characters
/// that change them — a line break, a straight or curly double quote — so that the tokens in between are never
/// visited one by one. Asking about an earlier token than the last one is allowed (it starts over from the text's start).
/// </summary>
internal ref struct SentenceContext
{
    /// <summary>Tokens counted from the line start are capped here: beyond it the position no longer matters.</summary>
    public const int MaxLineOffset = 12;

    // What can change the context: a line break, and the quote marks that open or close a quotation.
    private static readonly SearchValues<char> s_changes = SearchValues.Create("\n\"\u201C\u201D");

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;

    // The context is known for token _position: it is on the line that starts at token _lineStart, and the
    // quote marks among tokens _lineStart.._position-1 are counted in _straight and _curly.
    private int _position;
    private int _lineStart;
    private int _straight;
    private int _curly;

    /// <summary>A context for <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    public SentenceContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>How many tokens precede token <paramref name="index"/> on its line, at most <see cref="MaxLineOffset"/>.</summary>
    public int LineOffset(int index)
    {
        MoveTo(index);
        return Math.Min(index - _lineStart, MaxLineOffset);
    }

    /// <summary>1 when a quotation opened earlier on the line is still open at token <paramref name="index"/>.</summary>
    public int InsideQuote(int index)
    {
        MoveTo(index);
        return (_straight & 1) == 1 || _curly > 0 ? 1 : 0;
    }

    private void MoveTo(int index)
    {
        if (index == _position)
        {
            return;
        }

        if (index < _position)
        {
            this = new SentenceContext(_text, _tokens);
        }

        // Tokens _position..index-1 are new: their quote marks count, and a line break in the gap before one
        // of _position+1..index starts a new line there.
        int start = _tokens[_position].Start;
        int end = _tokens[index].Start;
        int token = _position;
        while (start < end)
        {
            int found = _text[start..end].IndexOfAny(s_changes);
            if (found < 0)
            {
                break;
            }

            int at = start + found;
            start = at + 1;

            // The first token that ends after the character (among the new ones, and at most index): the token
            // holding it, or the one after the gap it is in. Found by stepping forward from the last one found, not
            // by a binary search: the characters come in text order, a few dozen tokens apart, and a short loop of
            // predictable steps costs less than a search's unpredictable halvings. Each token is stepped over once.
            while (token < index && _tokens[token].End <= at)
            {
                token++;
            }

            char c = _text[at];
            if (c == '\n')
            {
                if (_tokens[token].Start > at)
                {
                    _lineStart = token; // a line break between two tokens; one inside a token breaks no line
                    _straight = 0;
                    _curly = 0;

                    // The rest of the gap ("\n\n" between paragraphs) is whitespace and leads to the same token.
                    start = _tokens[token].Start;
                }
            }
            else if (_tokens[token].Start == at && _tokens[token].Kind == TokenKind.QuoteMark)
            {
                switch (c)
                {
                    case '"':
                        _straight++;
                        break;
                    case '\u201C':
                        _curly++;
                        break;
                    default:
                        _curly--;
                        break;
                }
            }
        }

        _position = index;
    }
}
