using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Tokenization;

/// <summary>
/// Enumerates the tokens of a span without allocating: use it in <c>foreach</c>, like
/// <see cref="System.Text.Json.Utf8JsonReader"/>. Created by <see cref="NewsTokenizer.Tokenize(ReadOnlySpan{char})"/>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public ref struct TokenEnumerator
{
    private readonly NewsTokenizer _tokenizer;
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;

    internal TokenEnumerator(NewsTokenizer tokenizer, ReadOnlySpan<char> text, int start)
    {
        _tokenizer = tokenizer;
        _text = text;
        _position = start;
        _current = default;
    }

    /// <summary>The token the enumerator is on.</summary>
    public readonly Token Current => _current;

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> while there is a token; <see langword="false"/> at the end of the text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        // Small enough to inline into the caller's loop: skip the gap, then the plain-word fast path.
        ReadOnlySpan<char> text = _text;
        int position = CharClasses.SkipWhitespace(text, _position);
        if (position >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        int length = NewsTokenizer.ScanPlainWord(text, position);
        if (length > 0)
        {
            _current = new Token(position, length, TokenKind.Word);
            _position = position + length;
            return true;
        }

        return MoveNextByRules(position);
    }

    /// <summary>
    /// <see cref="MoveNext()"/> for the pipeline, which also wants to know whether the token came by the plain-word fast
    /// path (an ASCII word that starts with a letter and ends before whitespace or a mark; most tokens of news): the
    /// sentence splitter's marks need fewer facts about those. The same steps as <see cref="MoveNext()"/>, so the same tokens;
    /// not shared with it, so that tokenization for everyone else compiles as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MoveNext(out bool plainWord)
    {
        ReadOnlySpan<char> text = _text;
        int position = CharClasses.SkipWhitespace(text, _position);
        if (position >= text.Length)
        {
            _position = text.Length;
            plainWord = false;
            return false;
        }

        int length = NewsTokenizer.ScanPlainWord(text, position);
        if (length > 0)
        {
            _current = new Token(position, length, TokenKind.Word);
            _position = position + length;
            plainWord = true;
            return true;
        }

        plainWord = false;
        return MoveNextByRules(position);
    }

    /// <summary>Everything but plain words: the full rules. Tokens never cross whitespace.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextByRules(int position)
    {
        ReadOnlySpan<char> text = _text;
        int length;
        TokenKind kind;

        // Commas and sentence-final periods are the commonest tokens after plain words.
        char c = text[position];
        if (c == ',' || (c == '.' && CharClasses.IsEndOrWhitespace(text, position + 1)))
        {
            length = 1;
            kind = TokenKind.Punctuation;
        }
        else if (CharClasses.IsAsciiDigit(c) && (length = NewsTokenizer.ScanPlainNumber(text, position)) > 0)
        {
            kind = TokenKind.Number;
        }
        else
        {
            length = _tokenizer.NextToken(text, position, out kind);
        }

        _current = new Token(position, length, kind);
        _position = position + length;
        return true;
    }

    /// <summary>Counts the remaining tokens, consuming the enumerator.</summary>
    public int Count()
    {
        int count = 0;
        while (MoveNext())
        {
            count++;
        }

        return count;
    }
}
