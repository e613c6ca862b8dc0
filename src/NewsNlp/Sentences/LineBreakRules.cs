using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Layout decides line breaks, not the model (UD text has no single line breaks to learn from): a blank line
/// always ends a sentence; a single line break ends one after final punctuation, before a capitalised line
/// (headline, dateline, byline, list item), and between short list-like lines — but not where a sentence was
/// merely wrapped.
/// </summary>
internal static class LineBreakRules
{
    /// <summary>Whether the gap after token <paramref name="index"/> holds a line break; most gaps are one space.</summary>
    public static bool GapHasNewline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        int start = tokens[index].End;
        int length = tokens[index + 1].Start - start;
        return length switch
        {
            0 => false,
            1 => text[start] == '\n',
            _ => text.Slice(start, length).Contains('\n'),
        };
    }

    /// <summary>
    /// The position of the first '\n' at or after <paramref name="from"/>, or <see cref="int.MaxValue"/>. Passes
    /// that visit gaps in text order keep this position and settle a gap <c>[end, start)</c> with one comparison
    /// (<c>next &lt; start</c>, searching again from <c>end</c> once <c>next &lt; end</c>) instead of looking into
    /// every gap; the search is vectorised and runs once per line break.
    /// </summary>
    public static int NextLineBreak(ReadOnlySpan<char> text, int from)
    {
        int found = text[from..].IndexOf('\n');
        return found < 0 ? int.MaxValue : from + found;
    }

    /// <summary>Line breaks between token <paramref name="index"/> and the next, capped at 2.</summary>
    public static int NewlinesAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        int gapStart = tokens[index].End;
        int gapLength = tokens[index + 1].Start - gapStart;
        if (gapLength == 0 || (gapLength == 1 && text[gapStart] != '\n'))
        {
            return 0;
        }

        ReadOnlySpan<char> gap = text.Slice(gapStart, gapLength);
        int first = gap.IndexOf('\n');
        if (first < 0)
        {
            return 0;
        }

        return gap[(first + 1)..].Contains('\n') ? 2 : 1;
    }

    /// <summary>Whether a single line break after token <paramref name="last"/> ends the sentence.</summary>
    public static bool SingleBreakEndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, bool afterFinalPunctuation)
    {
        if (afterFinalPunctuation)
        {
            return true;
        }

        Token previous = tokens[last];
        Token next = tokens[last + 1];
        ReadOnlySpan<char> gap = text[previous.End..next.Start];
        bool softWrap = gap[0] is ' ' or '\t'; // "It was a cold \nnight": a space left before the break
        char start = text[next.Start];
        if (char.IsLower(start))
        {
            // Short lines over lowercase lines are a list ("features\ncontact manager"); longer ones a wrapped sentence.
            return !softWrap && TokensOnLine(text, tokens, last) <= 3;
        }

        if (softWrap && !char.IsUpper(start))
        {
            return false;
        }

        // A line that stops mid-phrase continues on the next one.
        char end = text[previous.End - 1];
        return previous.Kind != TokenKind.Punctuation || end is not (',' or ';' or '-' or '\u2013' or '\u2014' or '(' or '[');
    }

    private static int TokensOnLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        int count = 1;
        for (int i = index; i > 0 && count <= 4; i--, count++)
        {
            if (GapHasNewline(text, tokens, i - 1))
            {
                break;
            }
        }

        return count;
    }
}
