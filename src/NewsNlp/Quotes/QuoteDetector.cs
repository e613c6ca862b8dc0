using NewsNlp.Tokenization;

namespace NewsNlp.Quotes;

/// <summary>Turns quoted stretches into the document's quotations: those <see cref="QuotationFilter"/> accepts, with their tokens and sentences.</summary>
internal static class QuoteDetector
{
    public static void Detect(QuoteDocument document, List<QuoteSpan> spans)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        foreach (QuoteSpan span in spans)
        {
            int first = document.TokenAtOrAfter(span.OpenMark);
            int contentFirst = document.TokenAtOrAfter(span.ContentStart);
            int contentEnd = document.TokenAtOrAfter(span.ContentEnd);
            if (first >= tokens.Length || contentFirst >= contentEnd)
            {
                continue;
            }

            ReadOnlySpan<char> wordBefore = first > 0 && tokens[first - 1].Kind == TokenKind.Word ? document.Word(first - 1) : default;
            bool headlineQuotation = span.CloseMark >= 0 && span.CloseMark + 1 < document.Text.Length && document.Text[span.CloseMark + 1] == ':'
                && document.SentenceOf(first) == 0 && document.HasHeadline;
            if (!QuotationFilter.IsQuotation(document.Text, tokens[contentFirst..contentEnd], wordBefore, headlineQuotation))
            {
                continue;
            }

            int last = span.CloseMark >= 0 ? Math.Min(document.TokenAtOrAfter(span.CloseMark), tokens.Length - 1) : contentEnd - 1;
            document.Quotations.Add(new Quotation(span, first, last, document.SentenceOf(first), document.SentenceOf(last)));
        }
    }
}
