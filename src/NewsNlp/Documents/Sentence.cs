namespace NewsNlp;

/// <summary>A sentence: its span in the document text and the tokens it covers.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Text">The sentence's text, <c>document.Text[Start..End]</c>.</param>
/// <param name="FirstToken">Index in <see cref="NewsDocument.Tokens"/> of the sentence's first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public sealed record Sentence(int Start, int End, string Text, int FirstToken, int TokenCount)
{
    /// <summary>Index just past the sentence's last token in <see cref="NewsDocument.Tokens"/>.</summary>
    public int EndToken => FirstToken + TokenCount;
}
