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

    /// <summary>Everything but plain words: the full rules. Tokens never cross whitespace.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextByRules(int position)
    {
        Token token = _tokenizer.TokenByRules(_text, position);
        _current = token;
        _position = position + token.Length;
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
