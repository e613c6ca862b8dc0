namespace NewsNlp.Quotes;

/// <summary>
/// Pairs quote marks into top-level quoted stretches. Marks of the other kind inside an open quotation (‘…’ inside
/// “…”) are nested and stay inside it. A quotation still open at a paragraph break ends there: news repeats the
/// opening mark at the start of each paragraph of a long quotation and closes it only at the end, which gives
/// one stretch per paragraph.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>Adds the quoted stretches of <paramref name="text"/> to <paramref name="spans"/>, in text order.</summary>
    public static void Find(ReadOnlySpan<char> text, List<QuoteSpan> spans)
    {
        int open = -1;
        bool openDouble = false;
        int depth = 0; // same-kind marks nested inside the open quotation (“a “b” c”)
        int checkedUpTo = 0; // paragraph breaks after an open mark are looked for once, not once per later mark
        int position = 0;
        while (position < text.Length)
        {
            int relative = text[position..].IndexOfAny(QuoteMarks.All);
            if (relative < 0)
            {
                break;
            }

            int at = position + relative;
            position = at + 1;
            QuoteMarkRole role = QuoteMarks.RoleAt(text, at);
            if (role == QuoteMarkRole.Apostrophe)
            {
                continue;
            }

            bool isDouble = QuoteMarks.IsDouble(text[at]);
            if (open >= 0)
            {
                int paragraphEnd = ParagraphBreak(text, Math.Max(open + 1, checkedUpTo), at);
                checkedUpTo = at;
                if (paragraphEnd >= 0)
                {
                    EndAtParagraph(text, open, openDouble, paragraphEnd, spans);
                    open = -1;
                }
            }

            if (open < 0)
            {
                if (role is QuoteMarkRole.Opening or QuoteMarkRole.Either)
                {
                    (open, openDouble, depth, checkedUpTo) = (at, isDouble, 0, at + 1);
                }

                continue; // a closing mark with nothing open: an apostrophe (Jones’) or a stray mark
            }

            if (isDouble != openDouble)
            {
                continue; // nested: ‘…’ inside “…”, or “…” inside ‘…’
            }

            if (role == QuoteMarkRole.Opening)
            {
                int lineEnd = LastLineBreak(text, open + 1, at);
                if (lineEnd >= 0)
                {
                    // The quotation goes on in a new paragraph (single-newline paragraphs).
                    Add(text, open, lineEnd, -1, openDouble, spans);
                    (open, depth, checkedUpTo) = (at, 0, at + 1);
                    continue;
                }

                if (QuoteMarks.LooksOpening(text[at]))
                {
                    depth++; // a curly opening mark inside: a nested quotation of the same kind
                    continue;
                }

                // A straight mark that looks like it opens, inside an open quotation on the same line: more often a
                // misplaced closing mark ("word "next) than a nested quotation; it closes.
            }

            if (depth > 0)
            {
                depth--;
                continue;
            }

            Add(text, open, at, at, openDouble, spans);
            open = -1;
        }

        if (open >= 0)
        {
            int paragraphEnd = ParagraphBreak(text, Math.Max(open + 1, checkedUpTo), text.Length);
            EndAtParagraph(text, open, openDouble, paragraphEnd >= 0 ? paragraphEnd : text.Length, spans);
        }
    }

    /// <summary>
    /// A quotation open at a paragraph's end: kept when it is double-quoted or the next paragraph opens with the same
    /// kind of mark (a quotation running on); an unclosed single mark is far more often a stray apostrophe.
    /// </summary>
    private static void EndAtParagraph(ReadOnlySpan<char> text, int open, bool isDouble, int paragraphEnd, List<QuoteSpan> spans)
    {
        int next = paragraphEnd;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        bool runsOn = next < text.Length && QuoteMarks.IsDouble(text[next]) == isDouble && QuoteMarks.RoleAt(text, next) == QuoteMarkRole.Opening;
        if (isDouble || runsOn)
        {
            Add(text, open, paragraphEnd, -1, isDouble, spans);
        }
    }

    private static void Add(ReadOnlySpan<char> text, int open, int end, int close, bool isDouble, List<QuoteSpan> spans)
    {
        int start = open + 1;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new QuoteSpan(start, end, open, close, isDouble));
        }
    }

    /// <summary>The offset of the first blank line (a line break, optional spaces, a line break) in [from, to), or -1.</summary>
    private static int ParagraphBreak(ReadOnlySpan<char> text, int from, int to)
    {
        int i = from;
        while (i < to)
        {
            int relative = text[i..to].IndexOf('\n');
            if (relative < 0)
            {
                return -1;
            }

            int lineBreak = i + relative;
            int k = lineBreak + 1;
            while (k < to && text[k] is ' ' or '\t' or '\r' or '\u00A0')
            {
                k++;
            }

            if (k < to && text[k] == '\n')
            {
                return lineBreak;
            }

            i = lineBreak + 1;
        }

        return -1;
    }

    /// <summary>The offset of the last line break in [from, to) with only whitespace after it, or -1.</summary>
    private static int LastLineBreak(ReadOnlySpan<char> text, int from, int to)
    {
        int i = to - 1;
        while (i >= from && char.IsWhiteSpace(text[i]))
        {
            if (text[i] == '\n')
            {
                int lineEnd = i;
                while (lineEnd > from && text[lineEnd - 1] is '\r' or ' ' or '\t')
                {
                    lineEnd--;
                }

                return lineEnd;
            }

            i--;
        }

        return -1;
    }
}
