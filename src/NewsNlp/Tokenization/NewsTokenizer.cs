using System.Runtime.CompilerServices;

namespace NewsNlp.Tokenization;

/// <summary>
/// Splits English news text into tokens with UTF-16 offsets, following Universal Dependencies English:
/// clitics split ("do" "n't", "Smith" "'s"), abbreviations keep their period ("Mr.", "U.S."), units split
/// from numbers ("$" "4.5" "bn"), URLs, e-mail addresses, @handles and #hashtags kept whole, and every
/// quote mark, bracket, dash and ellipsis its own token. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Tokens never cross whitespace, so the text between two tokens is always whitespace, and the tokens
/// with the gaps between them rebuild the input exactly. Enumerating allocates nothing.
/// </remarks>
public sealed partial class NewsTokenizer
{
    private readonly bool _keepHyphenatedWords;

    /// <summary>Creates a tokenizer with the given options.</summary>
    public NewsTokenizer(NewsTokenizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _keepHyphenatedWords = options.KeepHyphenatedWords;
    }

    /// <summary>The tokenizer with default options, as the pipeline uses it.</summary>
    public static NewsTokenizer Default { get; } = new(NewsTokenizerOptions.Default);

    /// <summary>The options this tokenizer was created with.</summary>
    public NewsTokenizerOptions Options { get; }

    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <example><code>foreach (Token t in NewsTokenizer.Default.Tokenize(text)) { /* t.Start, t.Length, t.Kind */ }</code></example>
    public TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(this, text, 0);

    /// <summary>
    /// Writes the tokens of <paramref name="text"/>, starting at <paramref name="startOffset"/>, into
    /// <paramref name="destination"/> until it is full or the text ends.
    /// </summary>
    /// <returns>
    /// The number of tokens written. When it equals <c>destination.Length</c> more may follow: call again with
    /// <paramref name="startOffset"/> set to the last token's <see cref="Token.End"/>.
    /// </returns>
    public int Tokenize(ReadOnlySpan<char> text, Span<Token> destination, int startOffset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startOffset, text.Length);
        var tokens = new TokenEnumerator(this, text, startOffset);
        int count = 0;
        while (count < destination.Length && tokens.MoveNext())
        {
            destination[count++] = tokens.Current;
        }

        return count;
    }

    /// <summary>Returns the tokens of <paramref name="text"/> as a new list.</summary>
    public List<Token> TokenizeToList(ReadOnlySpan<char> text)
    {
        // News runs about one token per five or six characters; guessing avoids most regrowth.
        var list = new List<Token>(Math.Min(text.Length / 4 + 4, 1 << 22));
        foreach (Token token in Tokenize(text))
        {
            list.Add(token);
        }

        return list;
    }

    /// <summary>
    /// The length and kind of the token that starts at the non-whitespace <paramref name="position"/>.
    /// The whole text is passed so that rules can look at the characters around the token.
    /// </summary>
    internal int NextToken(ReadOnlySpan<char> text, int position, out TokenKind kind)
    {
        int end = text.Length;
        char c = text[position];
        if (CharClasses.IsLetterOrDigit(c))
        {
            int length;
            if ((c | 0x20) is 'h' or 'w' or 'f' && MayStartUrl(text, position))
            {
                length = MatchUrl(text, position);
                if (length > 0)
                {
                    kind = TokenKind.Url;
                    return length;
                }
            }

            if (CharClasses.IsAsciiDigit(c))
            {
                length = ScanNumber(text, position, end, out kind);
            }
            else
            {
                kind = TokenKind.Word;
                length = ScanWord(text, position, end);
            }

            // Only a word that stops at a character an address may contain can be the start of an e-mail address.
            int stop = position + length;
            if (stop + 1 < end && (text[stop] == '@' || (text[stop] is '.' or '-' or '+' or '_' or '%' && !CharClasses.IsWhitespace(text[stop + 1]))))
            {
                int email = MatchEmail(text, position, end);
                if (email > 0)
                {
                    kind = TokenKind.Email;
                    return email;
                }
            }

            return length;
        }

        return ScanOther(text, position, end, out kind);
    }

    /// <summary>
    /// The token at the non-whitespace <paramref name="position"/> that is no plain word (<see cref="ScanPlainWord"/>
    /// returned 0): the full rules, after the fast paths for commas, sentence-final periods and plain numbers. Shared
    /// by <see cref="TokenEnumerator"/> and the pipeline's own tokenizing loop, so that both make the same tokens.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Token TokenByRules(ReadOnlySpan<char> text, int position)
    {
        int length;
        TokenKind kind;

        // Commas and sentence-final periods are the commonest tokens after plain words.
        char c = text[position];
        if (c == ',' || (c == '.' && CharClasses.IsEndOrWhitespace(text, position + 1)))
        {
            length = 1;
            kind = TokenKind.Punctuation;
        }
        else if (CharClasses.IsAsciiDigit(c) && (length = ScanPlainNumber(text, position)) > 0)
        {
            kind = TokenKind.Number;
        }
        else
        {
            length = NextToken(text, position, out kind);
        }

        return new Token(position, length, kind);
    }

    /// <summary>
    /// The hot path: a plain ASCII word ending at whitespace or at a mark that cannot change how it is split
    /// (most tokens of news). Returns its length, or 0 to send the token through the full rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ScanPlainWord(ReadOnlySpan<char> text, int position)
    {
        int i = position;
        while ((uint)i < (uint)text.Length)
        {
            char c = text[i];
            if (!char.IsAsciiLetter(c))
            {
                if (c is ' ' or ',' or '\n' or '\r' or '\t' or ')' or ';' or '!' or '?' or '"' or ']' or '\u201D' or '\u2014' or '\u2013'
                    || (c == ':' && (uint)(i + 1) < (uint)text.Length && text[i + 1] != '/'))
                {
                    break;
                }

                // A sentence-final period after a long lowercase word cannot be an abbreviation's ("approx." aside).
                if (c == '.' && i - position >= 5 && char.IsAsciiLetterLower(text[position]) && CharClasses.IsEndOrWhitespace(text, i + 1)
                    && !text.Slice(position, i - position).SequenceEqual("approx"))
                {
                    break;
                }

                return 0;
            }

            i++;
        }

        int length = i - position;
        // Fused contractions ("gonna", "cannot") are five or six letters with n, t or m third.
        return length is 5 or 6 && (text[position + 2] | 0x20) is 'n' or 't' or 'm' ? 0 : length;
    }

    /// <summary>
    /// The number hot path: ASCII digits ending at whitespace or a closing mark, with no separator, suffix or
    /// hyphen that the full rules would treat specially. Returns its length, or 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ScanPlainNumber(ReadOnlySpan<char> text, int position)
    {
        int i = position;
        while ((uint)i < (uint)text.Length && CharClasses.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if ((uint)i >= (uint)text.Length)
        {
            return i - position;
        }

        char c = text[i];
        if (c is ' ' or '\n' or '\r' or '\t' or ')' or ';')
        {
            return i - position;
        }

        // "2019," and "2019." end the number unless a digit follows ("1,000", "3.2").
        return c is ',' or '.' && CharClasses.IsEndOrWhitespace(text, i + 1) ? i - position : 0;
    }

    /// <summary>A cheap test that rules out all but "http", "ftp" and "www" before the full URL match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartUrl(ReadOnlySpan<char> text, int position)
    {
        if (position + 4 >= text.Length)
        {
            return false;
        }

        int second = text[position + 1] | 0x20;
        int third = text[position + 2] | 0x20;
        return (second == 't' && third is 't' or 'p') || (second == 'w' && third == 'w');
    }

    private int ScanWord(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (true)
        {
            while (i < end && CharClasses.IsWordPart(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            char c = text[i];
            if (c == '.')
            {
                if (i + 1 < end && CharClasses.IsLetter(text[i + 1]) && !StartsGluedSentence(text, start, i))
                {
                    i++; // "U.S", "e.g", "Amazon.com": the period sits between letters
                    continue;
                }

                if (KeepsPeriod(text, start, i, end))
                {
                    i++;
                }

                break;
            }

            if (CharClasses.IsApostrophe(c))
            {
                // UD splits "n't" off its host: "do" "n't", "ca" "n't", "wo" "n't".
                if (i - 1 >= start && (text[i - 1] | 0x20) == 'n' && i + 1 < end && (text[i + 1] | 0x20) == 't'
                    && IsWordBoundary(text, i + 2, end))
                {
                    return i - 1 == start ? 3 : i - 1 - start;
                }

                if (CliticLength(text, i + 1, end) > 0)
                {
                    break; // "Smith" "'s", "I" "'m", "they" "'re"
                }

                if (i + 1 < end && CharClasses.IsLetter(text[i + 1]))
                {
                    i++; // "O'Brien", "o'clock", "rock'n'roll"
                    continue;
                }

                break;
            }

            if (c is '-' or '\u2010' or '\u2011')
            {
                if (i + 1 < end && CharClasses.IsLetterOrDigit(text[i + 1])
                    && (_keepHyphenatedWords || Lexicon.IsHyphenPrefix(text[start..i])))
                {
                    i++;
                    continue;
                }

                if (c == '-' && CharClasses.IsEndOrWhitespace(text, i + 1))
                {
                    i++; // a cut-off word keeps its hyphen: "pre- and post-war", "th- the"
                }

                break;
            }

            if (c == '&' && i - start <= 3 && i + 1 < end && CharClasses.IsUpper(text[i + 1]) && CharClasses.IsUpper(text[start]))
            {
                i++; // "AT&T", "S&P", "Q&A"
                continue;
            }

            if (c == '/' && i - start <= 2 && ShortLetterRun(text, i + 1, end) is > 0 and <= 2 and var after)
            {
                i += 1 + after; // "s/he", "w/o", "c/o"
                continue;
            }

            break;
        }

        int length = i - start;
        if (length is 5 or 6 && (text[start + 2] | 0x20) is 'n' or 't' or 'm')
        {
            int fused = Lexicon.FusedFirstPartLength(text.Slice(start, length));
            return fused > 0 ? fused : length;
        }

        return length;
    }

    /// <summary>
    /// "world.Today": a period between a lowercase word and a capitalised one is a sentence end with the
    /// space missing, not an abbreviation or a domain name ("U.S", "e.g", "Amazon.com").
    /// </summary>
    private static bool StartsGluedSentence(ReadOnlySpan<char> text, int start, int period)
    {
        if (period + 2 >= text.Length || !CharClasses.IsUpper(text[period + 1]) || !char.IsLower(text[period + 2]))
        {
            return false;
        }

        int segmentStart = text[start..period].LastIndexOf('.') + start + 1;
        return period - segmentStart >= 3 && char.IsLower(text[period - 1]) && !IsDomainEnding(text, period + 1);
    }

    /// <summary>"Newsfeed.Com", "Example.Org": a capitalised top-level domain after the period.</summary>
    private static bool IsDomainEnding(ReadOnlySpan<char> text, int from)
    {
        int end = from;
        while (end < text.Length && char.IsAsciiLetter(text[end]) && end - from < 4)
        {
            end++;
        }

        if (end < text.Length && CharClasses.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        ReadOnlySpan<char> ending = text[from..end];
        return ending.Equals("com", StringComparison.OrdinalIgnoreCase) || ending.Equals("org", StringComparison.OrdinalIgnoreCase)
            || ending.Equals("net", StringComparison.OrdinalIgnoreCase) || ending.Equals("gov", StringComparison.OrdinalIgnoreCase)
            || ending.Equals("edu", StringComparison.OrdinalIgnoreCase);
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int start, int end, out TokenKind kind)
    {
        kind = TokenKind.Number;
        int i = start;
        while (true)
        {
            while (i < end && CharClasses.IsAsciiDigit(text[i]))
            {
                i++;
            }

            // Separators inside a number: "1,000", "3.2", "10:30", "11/28/2000".
            if (i + 1 < end && text[i] is ',' or '.' or ':' or '/' && CharClasses.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (i < end && text[i] == '-')
        {
            int whole = MatchDigitGroups(text, start, i, end);
            if (whole > 0)
            {
                return whole; // phone and reference numbers: "555-0123", "303-832-8160"
            }
        }

        if (i < end && CharClasses.IsLetter(text[i]))
        {
            int j = i;
            while (j < end && char.IsAsciiLetter(text[j]))
            {
                j++;
            }

            if (j < end && CharClasses.IsWordPart(text[j]))
            {
                // An identifier such as "4x4" or "A380B2": letters and digits mixed, kept whole.
                while (j < end && CharClasses.IsWordPart(text[j]))
                {
                    j++;
                }

                kind = TokenKind.Word;
                return j - start;
            }

            if (IsOrdinalOrDecadeSuffix(text[i..j]))
            {
                return j - start; // "21st", "1990s"
            }

            // Otherwise a unit follows and is its own token, as UD has it: "4.5" "bn", "5" "pm".
        }

        return i - start;
    }

    /// <summary>
    /// Length of a run of hyphen-joined digit groups that UD keeps whole — three or more groups, or a long
    /// last group ("555-0123") — or 0 for a range such as "1990-1995" or a score such as "5-3".
    /// </summary>
    private static int MatchDigitGroups(ReadOnlySpan<char> text, int start, int firstEnd, int end)
    {
        ReadOnlySpan<char> first = text[start..firstEnd];
        if (!CharClasses.AllInRange(first, '0', '9'))
        {
            return 0;
        }

        int groups = 1;
        int i = firstEnd;
        int lastLength = 0;
        while (i + 1 < end && text[i] == '-' && CharClasses.IsAsciiDigit(text[i + 1]))
        {
            int j = i + 1;
            while (j < end && CharClasses.IsAsciiDigit(text[j]))
            {
                j++;
            }

            groups++;
            lastLength = j - i - 1;
            i = j;
        }

        bool whole = groups >= 3 || (groups == 2 && lastLength >= 4 && first.Length != 4);
        return whole && (i >= end || !CharClasses.IsLetterOrDigit(text[i])) ? i - start : 0;
    }

    private static bool IsOrdinalOrDecadeSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("s", StringComparison.Ordinal)
        || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the period at <paramref name="period"/> belongs to the word before it.</summary>
    private static bool KeepsPeriod(ReadOnlySpan<char> text, int start, int period, int end)
    {
        ReadOnlySpan<char> word = text[start..period];
        if (word.Length == 1)
        {
            return CharClasses.IsLetter(word[0]); // an initial: "J. R. Alvarez"
        }

        if (word.Contains('.'))
        {
            // "U.S.", "e.g.", "Ph.D." — short segments; but not "Amazon.com."
            foreach (Range segment in word.Split('.'))
            {
                if (word[segment].Length > 2)
                {
                    return false;
                }
            }

            return true;
        }

        if (Lexicon.IsAbbreviation(word))
        {
            return true;
        }

        return Lexicon.IsAbbreviationBeforeNumber(word) && NextVisibleIsDigit(text, period + 1);
    }

    private static bool NextVisibleIsDigit(ReadOnlySpan<char> text, int from)
    {
        if (!CharClasses.IsEndOrWhitespace(text, from))
        {
            return false; // "No.5" is rare; "No.)" is not a number
        }

        int i = from;
        int limit = Math.Min(text.Length, from + 4);
        while (i < limit && CharClasses.IsWhitespace(text[i]))
        {
            i++;
        }

        return i < text.Length && CharClasses.IsAsciiDigit(text[i]);
    }

    private static bool IsWordBoundary(ReadOnlySpan<char> text, int index, int end) =>
        index >= end || !CharClasses.IsLetterOrDigit(text[index]);

    /// <summary>Length of a clitic ("s", "re", "ve", "ll", "d", "m") after an apostrophe, or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int from, int end)
    {
        if (from >= end)
        {
            return 0;
        }

        int c0 = text[from] | 0x20;
        if (c0 is 's' or 'd' or 'm')
        {
            return IsWordBoundary(text, from + 1, end) ? 1 : 0;
        }

        if (from + 1 < end)
        {
            int c1 = text[from + 1] | 0x20;
            if ((c0 == 'r' && c1 == 'e') || (c0 == 'v' && c1 == 'e') || (c0 == 'l' && c1 == 'l'))
            {
                return IsWordBoundary(text, from + 2, end) ? 2 : 0;
            }
        }

        return 0;
    }

    private static int ShortLetterRun(ReadOnlySpan<char> text, int from, int end)
    {
        int i = from;
        while (i < end && i - from <= 2 && CharClasses.IsLetter(text[i]))
        {
            i++;
        }

        return i < end && CharClasses.IsLetterOrDigit(text[i]) ? 0 : i - from;
    }
}
