using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Quotes;

/// <summary>
/// Tells quotations (someone's words, at least a clause long) from the other things news puts in quote marks:
/// scare quotes and short terms (its ‘citizens’, a “formality”), titles of films, books and operations, and
/// anything introduced as a name ("so-called", "dubbed", "titled").
/// </summary>
internal static class QuotationFilter
{
    /// <summary>Fewest words a quotation has; shorter quoted stretches are terms, not speech.</summary>
    public const int MinimumWords = 4;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_naming = WordSet.IgnoringCase(
        "so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "codenamed", "code-named", "branded", "labelled", "labeled", "called");

    // Words a title leaves in lower case ("Where the Sun Never Shines", "A Fair Share for Every Member State").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLowercase = WordSet.IgnoringCase(
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "from", "by", "as", "into", "over");

    /// <summary>Whether the quoted stretch whose tokens are <paramref name="content"/> is a quotation.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="content">The tokens inside the marks.</param>
    /// <param name="wordBefore">The word just before the opening mark, or empty.</param>
    /// <param name="headlineQuotation">
    /// Whether it opens a headline and a colon follows its closing mark (“Everything Is Under Water”: Flood Survivors…):
    /// headlines are written in title case, so there title case does not make a quotation a title.
    /// </param>
    public static bool IsQuotation(ReadOnlySpan<char> text, ReadOnlySpan<Token> content, ReadOnlySpan<char> wordBefore, bool headlineQuotation = false)
    {
        int words = 0;
        int lowercaseWords = 0;
        bool clausePunctuation = false;
        foreach (Token token in content)
        {
            ReadOnlySpan<char> value = token.Slice(text);
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Number:
                    words++;
                    if (token.Kind == TokenKind.Word && char.IsLower(value[0]) && !s_titleLowercase.Contains(value))
                    {
                        lowercaseWords++;
                    }

                    break;
                case TokenKind.Punctuation when value is "." or "," or "!" or "?" or ";" or ":" or "…":
                    clausePunctuation = true;
                    break;
            }
        }

        if (words < MinimumWords)
        {
            return false;
        }

        if (wordBefore.Length > 0 && s_naming.Contains(wordBefore) && !clausePunctuation)
        {
            return false;
        }

        bool looksLikeTitle = lowercaseWords == 0 && !clausePunctuation && !headlineQuotation;
        return !looksLikeTitle;
    }
}
