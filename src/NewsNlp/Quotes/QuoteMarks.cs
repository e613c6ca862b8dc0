using System.Buffers;

namespace NewsNlp.Quotes;

/// <summary>The characters that can open or close a quotation, and how their surroundings say which they do.</summary>
internal static class QuoteMarks
{
    public static readonly SearchValues<char> All = SearchValues.Create("\"“”„‟«»‘’‚‛'");

    /// <summary>Double marks (and guillemets); the rest are single marks, which are also apostrophes.</summary>
    public static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»';

    /// <summary>Marks whose shape says they open a quotation, when the text around them does not say otherwise.</summary>
    public static bool LooksOpening(char c) => c is '“' or '„' or '‟' or '«' or '‘' or '‚' or '‛';

    /// <summary>Marks whose shape says they close a quotation.</summary>
    public static bool LooksClosing(char c) => c is '”' or '»' or '’';

    /// <summary>
    /// What the mark at <paramref name="index"/> does, judged the way Markdown judges emphasis: a mark with text
    /// after it and space (or an opening bracket or dash) before it opens; one with text before it and space or
    /// punctuation after it closes. A single mark between two letters is an apostrophe (don’t, Okafor’s), as is one
    /// before a digit (’90s).
    /// </summary>
    public static QuoteMarkRole RoleAt(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        char before = index > 0 ? text[index - 1] : ' ';
        char after = index + 1 < text.Length ? text[index + 1] : ' ';
        bool single = !IsDouble(c);
        if (single && char.IsLetterOrDigit(before) && char.IsLetter(after))
        {
            return QuoteMarkRole.Apostrophe;
        }

        bool opensBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' || All.Contains(before);
        bool closesAfter = char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '…' || All.Contains(after);
        bool leftFlanking = !char.IsWhiteSpace(after) && opensBefore;
        bool rightFlanking = !char.IsWhiteSpace(before) && closesAfter;
        if (single && leftFlanking && char.IsDigit(after) && c != '‘')
        {
            return QuoteMarkRole.Apostrophe; // ’90s
        }

        if (leftFlanking && !rightFlanking)
        {
            return QuoteMarkRole.Opening;
        }

        if (rightFlanking && !leftFlanking)
        {
            return QuoteMarkRole.Closing;
        }

        // Both or neither: fall back on the mark's shape.
        if (LooksOpening(c))
        {
            return QuoteMarkRole.Opening;
        }

        if (LooksClosing(c))
        {
            return QuoteMarkRole.Closing;
        }

        return single ? QuoteMarkRole.Apostrophe : QuoteMarkRole.Either;
    }
}
