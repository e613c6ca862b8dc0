using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A wire story's dateline names a place: "LISBON, July 14 (Reuters) -", "ALMATY — ...", "ALPE D’HUEZ, France —".
/// Capital letters are all the model sees of a word there, and it misses or mislabels unfamiliar towns; the layout
/// is the surer sign. A run of upper-case words that opens a paragraph and is followed by a date, a dash or an
/// opening bracket (perhaps after a country) is tagged as a location, and the agency credited in brackets after
/// it, before a dash, as an organisation.
/// </summary>
internal static class Datelines
{
    private const int LongestPlace = 6;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        int openers = OnlyFirstCanOpenParagraph(text, tokens) ? Math.Min(1, tokens.Length) : tokens.Length;
        for (int i = 0; i < openers; i++)
        {
            if (!OpensParagraph(text, tokens[i]) || !IsUpperWord(text, tokens[i]) || tokens[i].Length < 2)
            {
                continue;
            }

            // The place: upper-case words, joined by spaces or by attached hyphens and apostrophes ("PORT-AU-PRINCE").
            int last = i;
            while (last + 1 < tokens.Length && last + 1 - i < LongestPlace
                && (IsUpperWord(text, tokens[last + 1]) || (IsJoiner(text, tokens[last + 1]) && last + 2 < tokens.Length
                    && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End && IsUpperWord(text, tokens[last + 2]))))
            {
                last += IsJoiner(text, tokens[last + 1]) ? 2 : 1;
            }

            if (last + 1 < tokens.Length && IsDatelineEnd(text, tokens, last + 1))
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Location);

                if (last + 1 < tags.Length && EntityTags.IsInside(tags[last + 1]))
                {
                    tags[last + 1] = EntityTags.Begin(EntityTags.Label(tags[last + 1]));
                }

                MarkWireService(text, tokens, tags, last + 1);
            }

            i = last;
        }
    }

    private const int LongestCredit = 4;

    /// <summary>
    /// The agency credited in brackets after the place and date, closed by a dash, is an organisation: "(Reuters) -",
    /// "(NewsNlp Wire) —"; the model, which sees a bracketed capitalised word, may take an unfamiliar one for nothing.
    /// </summary>
    private static void MarkWireService(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags, int from)
    {
        int open = from;
        while (open < tokens.Length && open - from < 6 && tokens[open].Slice(text) is not "(")
        {
            open++;
        }

        int close = open + 1;
        while (close < tokens.Length && close - open <= LongestCredit && tokens[close].Kind == TokenKind.Word && char.IsUpper(text[tokens[close].Start]))
        {
            close++;
        }

        if (open >= tokens.Length || close == open + 1 || close + 1 >= tokens.Length || tokens[close].Slice(text) is not ")"
            || tokens[close + 1].Slice(text) is not ("-" or "\u2013" or "\u2014"))
        {
            return;
        }

        EntityTags.Mark(tags, open + 1, close - 1, EntityLabel.Organization);
    }

    /// <summary>
    /// Whether the token at <paramref name="t"/> closes a dateline's place: a dash or an opening bracket ("ALMATY —"),
    /// or a comma and then a date ("LISBON, July 14") or a country and a dash or date ("ALPE D’HUEZ, France —",
    /// "BREMEN, Germany, Oct. 16"). A list opening a paragraph ("NASA, Boeing and SpaceX") is none.
    /// </summary>
    private static bool IsDatelineEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        ReadOnlySpan<char> mark = tokens[t].Slice(text);
        if (mark is not ",")
        {
            return IsDash(text, tokens, t) || mark is "(";
        }

        int next = t + 1;
        if (next >= tokens.Length || tokens[next].Kind != TokenKind.Word || !char.IsUpper(text[tokens[next].Start]) || IsUpperWord(text, tokens[next]))
        {
            return false;
        }

        int after = next + 1;
        if (after < tokens.Length && tokens[after].Slice(text) is ".")
        {
            after++; // "Oct . 16" where the tokenizer split the abbreviation's period
        }

        return after < tokens.Length && (tokens[after].Kind == TokenKind.Number || IsDash(text, tokens, after)
            || (tokens[after].Slice(text) is "," && after + 2 < tokens.Length && tokens[after + 2].Kind == TokenKind.Number)
            || (tokens[after].Slice(text) is "," && after + 3 < tokens.Length && tokens[after + 3].Kind == TokenKind.Number));
    }

    private static bool IsDash(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t) =>
        tokens[t].Slice(text) is "—" or "–" || (tokens[t].Slice(text) is "-" && tokens[t].Start > tokens[t - 1].End);

    /// <summary>
    /// Whether no token but the first can open a paragraph: with no line break from the first token to the end of the
    /// last, looking back from a later token over blanks stops at a character of the sentence that is no line break —
    /// unless the sentence itself began with a blank, which is checked too. Most sentences have no line break inside.
    /// </summary>
    private static bool OnlyFirstCanOpenParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 2)
        {
            return true;
        }

        int start = tokens[0].Start;
        int end = tokens[^1].End;
        return start < end && text[start] is not (' ' or '\t' or '\r') && !text[start..end].Contains('\n');
    }

    private static bool OpensParagraph(ReadOnlySpan<char> text, Token token)
    {
        int k = token.Start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\r')
        {
            k--;
        }

        return k < 0 || text[k] == '\n';
    }

    /// <summary>A word of two or more letters with no lower-case letter ("OSLO", "D’HUEZ").</summary>
    private static bool IsUpperWord(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                letters++;
            }
        }

        return letters >= 2 || (letters == 1 && word.Length == 1);
    }

    private static bool IsJoiner(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is '-' or '’' or '\'';
}
