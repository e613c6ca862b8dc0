using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Word tests the entity rule passes share.</summary>
internal static class NameWords
{
    /// <summary>A word token whose first letter is upper case: what a name is made of.</summary>
    public static bool IsCapitalisedWord(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);
}
