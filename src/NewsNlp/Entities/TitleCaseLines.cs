using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Whether the line a token is on is written in title case, as headlines are ("Judge Orders Halyard To Pay A$310
/// Million"): three words or more, and no word of four letters or more in lower case. Asked about tokens in document
/// order, it works out each line once, so a document costs one walk over its tokens at most.
/// </summary>
internal ref struct TitleCaseLines
{
    private const int ShortestLine = 3;
    private const int LongestShortWord = 3;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private int _lineFirst = -1;
    private int _lineLast = -1;
    private bool _titleCase;

    public TitleCaseLines(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Whether token <paramref name="i"/>'s line is in title case (tokens asked about in ascending order).</summary>
    public bool IsTitleCase(int i)
    {
        if (i < _lineFirst || i > _lineLast)
        {
            _lineFirst = i;
            while (_lineFirst > _lineLast + 1 && _lineFirst > 0 && !BreaksLine(_lineFirst - 1))
            {
                _lineFirst--;
            }

            _lineLast = i;
            while (_lineLast + 1 < _tokens.Length && !BreaksLine(_lineLast))
            {
                _lineLast++;
            }

            _titleCase = Measure();
        }

        return _titleCase;
    }

    // Whether a line break separates token k from token k + 1.
    private readonly bool BreaksLine(int k) => _text[_tokens[k].End.._tokens[k + 1].Start].Contains('\n');

    private readonly bool Measure()
    {
        int words = 0;
        for (int k = _lineFirst; k <= _lineLast; k++)
        {
            Token token = _tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (token.Length > LongestShortWord && char.IsLower(_text[token.Start]))
            {
                return false;
            }
        }

        return words >= ShortestLine;
    }
}
