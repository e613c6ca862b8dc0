namespace NewsNlp.Quotes;

/// <summary>A quoted stretch that passed <see cref="QuotationFilter"/>, with the tokens it spans.</summary>
/// <param name="Span">Where its content and marks are.</param>
/// <param name="FirstToken">Index of its first token: the opening mark.</param>
/// <param name="LastToken">Index of its last token: the closing mark, or the last content token when it runs on.</param>
/// <param name="OpenSentence">Index of the sentence holding the opening mark.</param>
/// <param name="CloseSentence">Index of the sentence holding its last token.</param>
internal readonly record struct Quotation(QuoteSpan Span, int FirstToken, int LastToken, int OpenSentence, int CloseSentence);
