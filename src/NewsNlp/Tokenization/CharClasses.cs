using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Tokenization;

/// <summary>Character tests for the tokenizer's hot loop: an ASCII table first, Unicode categories after.</summary>
internal static class CharClasses
{
    // Unicode White_Space plus the zero-width space and BOM, which separate words in scraped news.
    private static readonly SearchValues<char> s_whitespace = SearchValues.Create(
        " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF");

    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Space = 4;
    private const byte Underscore = 8;

    private static ReadOnlySpan<byte> AsciiTable =>
    [
        // 0x00-0x1F: controls; \t \n \v \f \r are whitespace.
        0, 0, 0, 0, 0, 0, 0, 0, 0, Space, Space, Space, Space, Space, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // 0x20-0x2F: space ! " # $ % & ' ( ) * + , - . /
        Space, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // 0x30-0x3F: 0-9 : ; < = > ?
        Digit, Digit, Digit, Digit, Digit, Digit, Digit, Digit, Digit, Digit, 0, 0, 0, 0, 0, 0,
        // 0x40-0x5F: @ A-Z [ \ ] ^ _
        0, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter,
        Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, 0, 0, 0, 0, Underscore,
        // 0x60-0x7F: ` a-z { | } ~ DEL
        0, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter,
        Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, Letter, 0, 0, 0, 0, 0,
    ];

    /// <summary>The first non-whitespace index at or after <paramref name="from"/>, or the text's length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipWhitespace(ReadOnlySpan<char> text, int from)
    {
        // Gaps are short (usually one space), so a table loop beats a vectorised search here.
        int i = from;
        while ((uint)i < (uint)text.Length && IsWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The first whitespace index at or after <paramref name="from"/>, or the text's length.</summary>
    public static int FindWhitespace(ReadOnlySpan<char> text, int from)
    {
        int index = text[from..].IndexOfAny(s_whitespace);
        return index < 0 ? text.Length : from + index;
    }

    /// <summary>Whether <paramref name="index"/> is the end of the text or a whitespace character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEndOrWhitespace(ReadOnlySpan<char> text, int index) => (uint)index >= (uint)text.Length || IsWhitespace(text[index]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) => c < 128 ? (AsciiTable[c] & Space) != 0 : s_whitespace.Contains(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Letters, combining marks and non-ASCII digits: the characters a word is made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (AsciiTable[c] & Letter) != 0 : IsNonAsciiLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) => c < 128 ? (AsciiTable[c] & (Letter | Digit)) != 0 : IsNonAsciiLetter(c);

    /// <summary>Characters that continue a word once it has started.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordPart(char c) => c < 128 ? (AsciiTable[c] & (Letter | Digit | Underscore)) != 0 : IsNonAsciiLetter(c);

    private static bool IsNonAsciiLetter(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return c == '\u200D'; // zero-width joiner inside scripts that use it
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    public static bool IsQuoteMark(char c) => c switch
    {
        '"' or '\'' or '`' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F'
            or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u300C' or '\u300D' or '\u300E' or '\u300F' => true,
        _ => false,
    };

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>
    /// Whether every character lies in [<paramref name="low"/>, <paramref name="high"/>]. A plain loop: the
    /// vectorised <c>ContainsAnyExceptInRange</c> allocated on short spans here, and the tokenizer allocates nothing.
    /// </summary>
    public static bool AllInRange(ReadOnlySpan<char> s, char low, char high)
    {
        foreach (char c in s)
        {
            if ((uint)(c - low) > (uint)(high - low))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary>Symbol or punctuation, by Unicode category, for characters no rule claims.</summary>
    public static TokenKind KindOfOther(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return TokenKind.Punctuation;
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
                return TokenKind.QuoteMark;
            default:
                return TokenKind.Symbol;
        }
    }
}
