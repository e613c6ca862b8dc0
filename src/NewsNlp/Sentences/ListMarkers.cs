using System.Runtime.CompilerServices;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Finds enumerations run together on one line — "1. The first item 2. The second item", "a) here b) there",
/// "(i) one (ii) two" — where each marker starts a sentence and its own period or bracket ends none. A marker
/// counts only as part of a sequence (1 then 2, a then b, i then ii) on the same line, so "for 1. above" or
/// "Plan B. The" are left alone.
/// </summary>
internal static class ListMarkers
{
    /// <summary>Per token: 1 when a listed marker starts there, 2 for a marker's inner tokens; null when the text has none.</summary>
    // A hot loop: compiled on its own, not inlined into its caller, so that it gets the JIT's whole inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte[]? Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) =>
        MayHaveMarkers(text, tokens) ? FindAfterSign(text, tokens) : null;

    /// <summary>
    /// <see cref="Find"/> for a text known to hold a <see cref="IsSign">sign</see> of a marker, which callers that
    /// visit every token anyway notice themselves: it skips the pass that looks for one.
    /// </summary>
    // A hot loop: compiled on its own, not inlined into its caller, so that it gets the JIT's whole inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte[]? FindAfterSign(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        byte[]? marks = null;
        int lineStart = 0;
        var markers = new List<(int First, int Last, int Value, int Alternative)>();
        int lineBreak = -1; // see LineBreakRules.NextLineBreak
        for (int i = 0; i <= tokens.Length; i++)
        {
            if (i > 0 && i < tokens.Length && lineBreak < tokens[i - 1].End)
            {
                lineBreak = LineBreakRules.NextLineBreak(text, tokens[i - 1].End);
            }

            bool lineEnds = i == tokens.Length || (i > 0 && lineBreak < tokens[i].Start);
            if (lineEnds && i > lineStart)
            {
                markers.Clear();
                for (int t = lineStart; t < i; t++)
                {
                    if (MayStartMarker(text, tokens[t]) && TryMarker(text, tokens, t, i, out int last, out int value))
                    {
                        // A lone "i", "v" or "x" may be a letter or a Roman numeral; the sequence decides.
                        int alternative = value is 109 or 122 or 124 ? 200 + RomanValue(LetterOf(text, tokens, t, last)) : -10;
                        markers.Add((t, last, value, alternative));
                        t = last;
                    }
                }

                // A marker that opens the line needs no partner: "(iii) List item number 3."
                if (markers.Count > 0 && markers[0].First == lineStart)
                {
                    marks ??= new byte[tokens.Length];
                    Mark(marks, markers[0]);
                }

                for (int k = 0; k + 1 < markers.Count; k++)
                {
                    var (a, b) = (markers[k], markers[k + 1]);
                    if (b.Value == a.Value + 1 || b.Value == a.Alternative + 1 || b.Alternative == a.Value + 1 || b.Alternative == a.Alternative + 1
                        || (a.Value == Bullet && b.Value == Bullet))
                    {
                        marks ??= new byte[tokens.Length];
                        Mark(marks, markers[k]);
                        Mark(marks, markers[k + 1]);
                    }
                }

                lineStart = i;
            }
        }

        return marks;
    }

    private static string LetterOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            char c = text[tokens[t].Start];
            if (char.IsAsciiLetter(c))
            {
                return c.ToString();
            }
        }

        return string.Empty;
    }

    private static void Mark(byte[] marks, (int First, int Last, int Value, int Alternative) marker)
    {
        marks[marker.First] = 1;
        for (int t = marker.First + 1; t <= marker.Last; t++)
        {
            marks[t] = 2;
        }

        if (marker.First == marker.Last)
        {
            marks[marker.First] = 3; // starts a sentence and is the whole marker ("a.")
        }
    }

    // Bullets carry no value: any two on a line make a list.
    private const int Bullet = 1000;

    private static bool IsBullet(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is '\u2022' or '\u2043' or '\u25AA' or '\u25E6' or '\u2023' or '\u00B7' or '\u25CF';

    /// <summary>A marker at token <paramref name="t"/>: "•", "• 1.", "1." "1.)" "1)" "a." "a.)" "a)" "(a)" "(1)" "(iv)", followed by a word.</summary>
    private static bool TryMarker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, int lineEnd, out int last, out int value)
    {
        last = t;
        value = 0;
        if (t > 0 && tokens[t].Start == tokens[t - 1].End)
        {
            return false; // glued to the previous token
        }

        if (IsBullet(text, tokens[t]))
        {
            // "• 9. The first item • 10. The second": a bullet, with any numbered marker after it, is one marker.
            if (t + 1 >= lineEnd)
            {
                return false;
            }

            value = Bullet;
            last = t;
            if (TryMarker(text, tokens, t + 1, lineEnd, out int numberedLast, out _, allowGlued: true))
            {
                last = numberedLast;
            }

            return true;
        }

        return TryMarker(text, tokens, t, lineEnd, out last, out value, allowGlued: false);
    }

    private static bool TryMarker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, int lineEnd, out int last, out int value, bool allowGlued)
    {
        last = t;
        value = 0;
        if (!allowGlued && t > 0 && tokens[t].Start == tokens[t - 1].End)
        {
            return false;
        }

        int i = t;
        bool parenthesised = text[tokens[i].Start] == '(' && tokens[i].Length == 1;
        if (parenthesised)
        {
            i++;
            if (i >= lineEnd)
            {
                return false;
            }
        }

        ReadOnlySpan<char> body = tokens[i].Slice(text);
        bool periodInside = tokens[i].Kind == TokenKind.Word && body.Length == 2 && body[1] == '.';
        if (periodInside)
        {
            body = body[..1];
        }

        if (!TryValue(body, tokens[i].Kind, out value))
        {
            return false;
        }

        if (!parenthesised && char.IsAsciiLetterUpper(body[0]) && body.Length == 1 && t > 0
            && tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[t - 1].Start]))
        {
            return false; // "John A. Smith": an initial, not a list marker
        }

        // What closes the marker: ")" after "(x", or "." / ".)" / ")" after a bare value.
        int j = i + 1;
        if (parenthesised)
        {
            if (j >= lineEnd || !IsMark(text, tokens[j], ')'))
            {
                return false;
            }
        }
        else if (!periodInside)
        {
            if (j >= lineEnd || !(IsMark(text, tokens[j], '.') || IsMark(text, tokens[j], ')')))
            {
                return false;
            }

            if (IsMark(text, tokens[j], '.') && j + 1 < lineEnd && IsMark(text, tokens[j + 1], ')'))
            {
                j++;
            }
        }
        else
        {
            j = i;
            if (j + 1 < lineEnd && IsMark(text, tokens[j + 1], ')'))
            {
                j++;
            }
        }

        if (j + 1 >= lineEnd || tokens[j + 1].Kind != TokenKind.Word || tokens[j + 1].Start == tokens[j].End)
        {
            return false;
        }

        last = j;
        return true;
    }

    private static bool IsMark(ReadOnlySpan<char> text, Token token, char mark) => token.Length == 1 && text[token.Start] == mark;

    private static bool TryValue(ReadOnlySpan<char> body, TokenKind kind, out int value)
    {
        value = 0;
        if (kind == TokenKind.Number && body.Length <= 2 && int.TryParse(body, out value))
        {
            return true;
        }

        if (body.Length is 0 or > 4 || kind != TokenKind.Word)
        {
            return false;
        }

        value = RomanValue(body);
        if (value > 0 && body.Length > 1)
        {
            value += 200;
            return true;
        }

        if (body.Length == 1 && char.IsAsciiLetter(body[0]))
        {
            value = 100 + (body[0] | 0x20) - 'a' + 1;
            return true;
        }

        return false;
    }

    private static readonly string[] s_romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    /// <summary>
    /// One cheap pass: every marker has a "." or ")" right after a short value ("1.", "b)", "(iv)"), or is a
    /// letter with its period ("a."). Most texts have none, and then nothing else runs.
    /// </summary>
    private static bool MayHaveMarkers(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            if (IsSign(text, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is what every marker holds and other text seldom does: a "." or ")" glued to a
    /// short value ("1.", "b)", "(iv)"), a letter with its period ("a."), or a bullet. The first token never counts.
    /// Every sign is one or two characters, so most tokens are settled by their length alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSign(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.Length > 2 || i == 0)
        {
            return false;
        }

        char c = text[token.Start];
        return (c is ')' or '.' && token.Length == 1 && tokens[i - 1].End == token.Start && IsShortValue(text, tokens[i - 1]))
            || IsBullet(text, token)
            || (token.Length == 2 && token.Kind == TokenKind.Word && text[token.Start + 1] == '.');
    }

    private static bool IsShortValue(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return token.Length <= 2;
        }

        if (token.Kind != TokenKind.Word || token.Length > 4)
        {
            return false;
        }

        return token.Length == 1 || CharClasses.AllInRange(token.Slice(text), 'I', 'x') && RomanValue(token.Slice(text)) > 0;
    }

    /// <summary>
    /// Cheap pre-check, run on every token, false only where TryMarker is: a marker starts with a bullet, "(", a
    /// number of one or two digits, or a word TryValue can read (one letter, a letter and its period, or a Roman
    /// numeral, which starts with i, v or x). Most words are none of these, and skip TryMarker.
    /// </summary>
    private static bool MayStartMarker(ReadOnlySpan<char> text, Token token)
    {
        if (token.Length > 4)
        {
            return false;
        }

        char c = text[token.Start];
        if (!(c == '(' || char.IsAsciiDigit(c) || char.IsAsciiLetter(c) || IsBullet(text, token)))
        {
            return false;
        }

        if (c == '(')
        {
            return true;
        }

        return token.Kind switch
        {
            TokenKind.Word => token.Length == 1 || (token.Length == 2 && text[token.Start + 1] == '.') || (c | 0x20) is 'i' or 'v' or 'x',
            TokenKind.Number => token.Length <= 2,
            _ => IsBullet(text, token),
        };
    }

    private static int RomanValue(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 4 || (s[0] | 0x20) is not ('i' or 'v' or 'x'))
        {
            return 0;
        }

        for (int k = 0; k < s_romanNumerals.Length; k++)
        {
            if (s.Equals(s_romanNumerals[k], StringComparison.OrdinalIgnoreCase))
            {
                return k + 1;
            }
        }

        return 0;
    }
}
