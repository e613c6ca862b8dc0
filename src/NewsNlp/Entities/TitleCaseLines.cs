using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Whether the line a token is on is written in title case, as headlines are ("Judge Orders Halyard To Pay A$310
/// Million"): three words or more, and no word of four letters or more in lower case. Asked about tokens in document
/// order, it works out each line once.
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
            // The line's ends are found in the text (vectorised searches for '\n'), then as tokens by binary search:
            // a document of one endless line costs one search each way, not a test of every gap.
            int start = _text[.._tokens[i].Start].LastIndexOf('\n') + 1;
            int newline = _text[_tokens[i].End..].IndexOf('\n');
            int end = newline < 0 ? _text.Length : _tokens[i].End + newline;
            _lineFirst = FirstStartingAtOrAfter(start, 0, i);
            _lineLast = FirstStartingAtOrAfter(end, i, _tokens.Length) - 1;
            _titleCase = Measure();
        }

        return _titleCase;
    }

    // The first token in [low, high) that starts at or after the character position, or high.
    private readonly int FirstStartingAtOrAfter(int position, int low, int high)
    {
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (_tokens[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

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
