using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Word tests the entity rule passes share.</summary>
internal static class NameWords
{
    /// <summary>A word token whose first letter is upper case: what a name is made of.</summary>
    public static bool IsCapitalisedWord(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>A possessive token, with either apostrophe: "'s", "’s".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => word is "'s" or "’s";

    /// <summary>Token <paramref name="k"/> is a hyphen joining the tokens on both sides with no space: "Mota-Engil", "Pie-IX".</summary>
    public static bool IsJoiningHyphen(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        tokens[k].Slice(text) is "-" && k > 0 && k + 1 < tokens.Length && tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End;

    /// <summary>A day or month name ("Monday", "August"): a date, not part of a name after or before it.</summary>
    public static bool IsDayOrMonth(ReadOnlySpan<char> word) => s_daysAndMonths.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_daysAndMonths = WordSet.IgnoringCase(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december");
}
