namespace NewsNlp.Quotes;

/// <summary>A stretch of text between quote marks, as found before deciding whether it is a quotation.</summary>
/// <param name="ContentStart">First character of the content (whitespace after the opening mark skipped).</param>
/// <param name="ContentEnd">Just past the content's last character (before the closing mark or the paragraph's end).</param>
/// <param name="OpenMark">Offset of the opening mark.</param>
/// <param name="CloseMark">Offset of the closing mark, or -1 when the quotation runs on into the next paragraph.</param>
/// <param name="IsDouble">Whether double marks (or guillemets) enclose it.</param>
internal readonly record struct QuoteSpan(int ContentStart, int ContentEnd, int OpenMark, int CloseMark, bool IsDouble);
