using System.Globalization;

namespace NewsNlp.Tokenization;

// Rules for tokens that do not start with a letter or digit, and for URLs and e-mail addresses.
public sealed partial class NewsTokenizer
{
    private const int MaxEmailLocalPart = 64;
    private const int MaxEmailDomain = 255;

    private static int ScanOther(ReadOnlySpan<char> text, int start, int end, out TokenKind kind)
    {
        char c = text[start];
        switch (c)
        {
            // The commonest marks first, without category look-ups.
            case ',' or '(' or ')' or '[' or ']' or '{' or '}':
                kind = TokenKind.Punctuation;
                return 1;
            case '"':
                kind = TokenKind.QuoteMark;
                return 1;
            case '%' or '&':
                kind = TokenKind.Symbol;
                return 1;
            case '$':
                kind = TokenKind.Symbol;
                return RunOfSame(text, start, end); // "$$$"
            case '.':
                if (start + 1 < end && char.IsAsciiLetterLower(text[start + 1]) && (start == 0 || CharClasses.IsWhitespace(text[start - 1])))
                {
                    // A file extension standing alone: ".doc", ".pdf".
                    int extension = 1;
                    while (start + extension < end && char.IsAsciiLetterOrDigit(text[start + extension]) && extension <= 5)
                    {
                        extension++;
                    }

                    if (extension <= 5 && (start + extension >= end || !CharClasses.IsLetterOrDigit(text[start + extension])))
                    {
                        kind = TokenKind.Word;
                        return extension;
                    }
                }

                if (start + 1 < end && CharClasses.IsAsciiDigit(text[start + 1])
                    && (start == 0 || !CharClasses.IsAsciiDigit(text[start - 1])))
                {
                    return 1 + ScanNumber(text, start + 1, end, out kind); // ".5"
                }

                kind = TokenKind.Punctuation;
                return RunOfTerminals(text, start, end);
            case '!' or '?' or '\u2026':
                kind = TokenKind.Punctuation;
                return RunOfTerminals(text, start, end);
            case '\'' or '\u2019':
                return ScanApostrophe(text, start, end, out kind);
            case '`':
                kind = TokenKind.QuoteMark;
                return RunOf(text, start, end, static ch => ch == '`', maxLength: 2);
            case '@':
                return ScanPrefixed(text, start, end, TokenKind.Mention, static ch => char.IsAsciiLetterOrDigit(ch) || ch == '_', out kind);
            case '#':
                if (start + 1 < end && CharClasses.IsLetter(text[start + 1]))
                {
                    return ScanPrefixed(text, start, end, TokenKind.Hashtag, CharClasses.IsWordPart, out kind);
                }

                break;
            case ':' or ';' or '=':
                int emoticon = MatchEmoticon(text, start, end);
                if (emoticon > 0)
                {
                    kind = TokenKind.Symbol;
                    return emoticon;
                }

                break;
        }

        if (char.IsSurrogate(c))
        {
            kind = TokenKind.Symbol;
            return ScanSupplementary(text, start, end);
        }

        if (CharClasses.IsQuoteMark(c))
        {
            kind = TokenKind.QuoteMark;
            return 1;
        }

        kind = CharClasses.KindOfOther(c);
        if (IsRepeatable(c))
        {
            // "--", "***", "====", "<<": a run of one mark is one token, as UD has it.
            int length = 1;
            while (start + length < end && text[start + length] == c)
            {
                length++;
            }

            return length;
        }

        return 1;
    }

    private static int RunOfTerminals(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start + 1;
        while (i < end && text[i] is '.' or '!' or '?' or '\u2026')
        {
            i++;
        }

        return i - start;
    }

    private static int RunOfSame(ReadOnlySpan<char> text, int start, int end)
    {
        char c = text[start];
        int i = start + 1;
        while (i < end && text[i] == c)
        {
            i++;
        }

        return i - start;
    }

    private static bool IsRepeatable(char c) =>
        c is '-' or '\u2014' or '\u2013' or '$' or '*' or '=' or '_' or '~' or '<' or '>' or '+' or '#' or '/' or '\\' or '|' or '^';

    private static int ScanApostrophe(ReadOnlySpan<char> text, int start, int end, out TokenKind kind)
    {
        bool afterWord = start > 0 && start - 1 < end && CharClasses.IsLetterOrDigit(text[start - 1])
            && !CharClasses.IsWhitespace(text[start - 1]);
        if (afterWord)
        {
            int clitic = CliticLength(text, start + 1, end);
            if (clitic > 0)
            {
                kind = TokenKind.Word; // "'s", "'re", "'ll"
                return 1 + clitic;
            }
        }

        else if (start + 3 < end && CharClasses.IsAsciiDigit(text[start + 1]) && CharClasses.IsAsciiDigit(text[start + 2])
            && text[start + 3] == 's' && IsWordBoundary(text, start + 4, end))
        {
            kind = TokenKind.Number; // "'90s"
            return 4;
        }

        kind = TokenKind.QuoteMark;
        return text[start] == '\'' && start + 1 < end && text[start + 1] == '\'' ? 2 : 1; // PTB "''"
    }

    private static int ScanPrefixed(ReadOnlySpan<char> text, int start, int end, TokenKind prefixedKind, Func<char, bool> part, out TokenKind kind)
    {
        int i = start + 1;
        while (i < end && part(text[i]))
        {
            i++;
        }

        if (i == start + 1)
        {
            kind = TokenKind.Symbol;
            return 1;
        }

        kind = prefixedKind;
        return i - start;
    }

    private static int RunOf(ReadOnlySpan<char> text, int start, int end, Func<char, bool> member, int maxLength = int.MaxValue)
    {
        int i = start + 1;
        while (i < end && i - start < maxLength && member(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>":)", ":-(", ";)", ":D", "=)" followed by a word boundary; 0 when there is none.</summary>
    private static int MatchEmoticon(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start + 1;
        if (i < end && text[i] is '-' or '\'' or '^' or 'o')
        {
            i++;
        }

        if (i >= end || text[i] is not (')' or '(' or ']' or '[' or 'D' or 'P' or 'p' or '/' or '|' or '*' or 'O' or '3'))
        {
            return 0;
        }

        i++;
        return i >= end || !CharClasses.IsLetterOrDigit(text[i]) ? i - start : 0;
    }

    /// <summary>An emoji with its modifiers, joiners and variation selectors, or any other astral character.</summary>
    private static int ScanSupplementary(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        if (!TryTakeScalar(text, ref i, end, out int scalar))
        {
            return 1; // an unpaired surrogate stands alone
        }

        bool regionalIndicator = scalar is >= 0x1F1E6 and <= 0x1F1FF;
        while (i < end)
        {
            char next = text[i];
            if (next is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                i++;
                continue;
            }

            int save = i;
            if (next == '\u200D')
            {
                i++;
                if (i < end && TryTakeScalar(text, ref i, end, out _))
                {
                    continue;
                }

                i = save;
                break;
            }

            if (char.IsHighSurrogate(next) && TryTakeScalar(text, ref i, end, out int following))
            {
                bool modifier = following is >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F;
                if (modifier || (regionalIndicator && following is >= 0x1F1E6 and <= 0x1F1FF))
                {
                    regionalIndicator = false; // a flag is exactly two indicators
                    continue;
                }
            }

            i = save;
            break;
        }

        return i - start;
    }

    private static bool TryTakeScalar(ReadOnlySpan<char> text, ref int i, int end, out int scalar)
    {
        char high = text[i];
        if (char.IsHighSurrogate(high) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            scalar = char.ConvertToUtf32(high, text[i + 1]);
            i += 2;
            return true;
        }

        if (!char.IsSurrogate(high) && CharUnicodeInfo.GetUnicodeCategory(high) == UnicodeCategory.OtherSymbol)
        {
            scalar = high;
            i++;
            return true;
        }

        scalar = 0;
        return false;
    }

    private static int MatchUrl(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> chunk = text[start..];
        int prefix;
        if (chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = chunk[0] is 'f' or 'F' ? 6 : 7;
        }
        else if (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return 0;
        }

        if (chunk.Length <= prefix || !CharClasses.IsLetterOrDigit(chunk[prefix]))
        {
            return 0;
        }

        // A URL runs to the next space, less the punctuation that closes the sentence or a bracket around it.
        int length = CharClasses.FindWhitespace(text, start) - start;
        while (length > prefix + 1)
        {
            char last = chunk[length - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ']' or '}' or '>' or '\u2026')
            {
                length--;
            }
            else if (last == ')' && chunk[..length].Count('(') < chunk[..length].Count(')'))
            {
                length--;
            }
            else
            {
                break;
            }
        }

        return length;
    }

    private static int MatchEmail(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        int localLimit = Math.Min(end, start + MaxEmailLocalPart);
        while (i < localLimit && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-'))
        {
            i++;
        }

        if (i == start || i >= end || text[i] != '@')
        {
            return 0;
        }

        int domainStart = i + 1;
        int j = domainStart;
        int domainLimit = Math.Min(end, domainStart + MaxEmailDomain);
        int lastDot = -1;
        while (j < domainLimit && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '-'))
        {
            if (text[j] == '.')
            {
                lastDot = j;
            }

            j++;
        }

        while (j > domainStart && text[j - 1] is '.' or '-')
        {
            j--; // the sentence's period, not the domain's
        }

        if (lastDot >= j - 1)
        {
            lastDot = text[domainStart..j].LastIndexOf('.') is int dot and >= 0 ? domainStart + dot : -1;
        }

        if (lastDot < 0 && j - domainStart >= 2 && CharClasses.AllInRange(text[domainStart..j], 'A', 'Z'))
        {
            return j - start; // an intranet address such as "jane.doe@ENRON"
        }

        if (lastDot <= domainStart || j - lastDot - 1 < 2 || !char.IsAsciiLetter(text[lastDot + 1]))
        {
            return 0;
        }

        return j - start;
    }
}
