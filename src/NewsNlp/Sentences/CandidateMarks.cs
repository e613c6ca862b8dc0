using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// One mark per token for the splitter's scan, set where the token may end a sentence, has a line break after it or is
/// a <see cref="ListMarkers.IsSign">list-marker sign</see>: a superset of what <see cref="LineBreakRules.GapHasNewline"/>,
/// <see cref="SentenceFeatures.MayEndSentence"/> and <see cref="ListMarkers.IsSign"/> let through, about one token in
/// nine on news (22,903 of the benchmark text's 215,733; 14,320 pass the exact tests). The pipeline sets the marks
/// while it tokenizes (<see cref="ByItself"/>, <see cref="ByWhatFollows"/>, <see cref="ByPlainWordAfter"/>), when both
/// tokens of a pair are at hand and, for the plain words that are most tokens, little is left to ask; the splitter
/// then visits only the marked tokens instead of asking every token the exact questions (branches that follow the
/// text and mispredict every few tokens). A pass of its own over ready tokens would cost about as much as the
/// questions it saves, so tokens made elsewhere go without marks.
/// </summary>
/// <remarks>
/// The marks are bytes, 0 or <see cref="Set"/>, token <c>t</c>'s at index <c>t + 1</c>: the tokenizing loop stores each one when the
/// next token comes (at that token's index, with no test for the first), an independent store where a word of bits
/// built up across 64 tokens was a value carried from token to token that the JIT kept on the stack. The splitter
/// reads 64 of them at a time as bits (<see cref="Block"/>), so an array holds whole blocks of 64 (<see cref="BytesFor"/>)
/// and is zero past the last token.
/// </remarks>
internal static class CandidateMarks
{
    // ASCII first characters (all below 64) of tokens that may matter whatever follows: final punctuation (". ! ?") and
    // the ")" of a list marker ("b)"). The other things a token may be by itself are a word that ends in a period ("Mr.",
    // "a."), "…" and a bullet; everything else (a comma or colon, a bracket, a dash, a symbol, an address) ends a sentence
    // only before a gap and a token that may start one, which ByWhatFollows looks at.
    private const ulong MarkingAsciiFirsts = (1UL << '.') | (1UL << '!') | (1UL << '?') | (1UL << ')');

    // Kinds of the non-ASCII tokens that may matter by themselves: "…" (punctuation) and bullets (punctuation or symbols).
    private const int MarkingNonAsciiKinds = (1 << (int)TokenKind.Punctuation) | (1 << (int)TokenKind.Symbol);

    // Kinds that may start a sentence whatever their first character: quote marks and addresses ("tips@…", "www.…").
    private const int StartingKinds = (1 << (int)TokenKind.QuoteMark) | (1 << (int)TokenKind.Url) | (1 << (int)TokenKind.Email);

    // Kinds after which a lowercase word ends no sentence without punctuation (SentenceFeatures' unpunctuated rule).
    private const int KeptAfterLowercaseWord = (1 << (int)TokenKind.Number) | (1 << (int)TokenKind.QuoteMark);

    /// <summary>How long an array of marks for <paramref name="tokenCount"/> tokens is: whole blocks of 64, and the offset of one.</summary>
    public static int BytesFor(int tokenCount) => ((tokenCount >> 6) + 1) * 64 + 1;

    /// <summary>Clears the marks from token <paramref name="tokenCount"/> - 1 (the last, which no scan asks about) to the end of its block.</summary>
    public static void ClearAfter(Span<byte> marks, int tokenCount) => marks[tokenCount..BytesFor(tokenCount)].Clear();

    /// <summary>
    /// 1 where a token may matter whatever follows it: by its first character (above; a non-ASCII punctuation mark or
    /// symbol but the dashes news is full of) or a final period. No branches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ByItself(ReadOnlySpan<char> text, Token token)
    {
        uint first = text[token.Start];

        // The shift takes its count modulo 64, so the mask is read for every character; only those below 64 use it.
        bool ascii = first < 64 & ((MarkingAsciiFirsts >> (int)first) & 1) != 0;
        bool nonAscii = first >= 128 & ((MarkingNonAsciiKinds >> (int)token.Kind) & 1) != 0 & first != '\u2014' & first != '\u2013';
        bool period = text[token.End - 1] == '.';

        // Not "? 1 : 0", which the JIT compiles to a branch, mispredicted as often as the bit is set.
        return Unsafe.BitCast<bool, byte>(ascii | nonAscii | period);
    }

    /// <summary>
    /// 1 where a token that ends at <paramref name="end"/> may matter because of what follows: the gap after it is
    /// anything but one space (it may hold a line break), or there is a gap and <paramref name="next"/> may start a
    /// sentence (<see cref="SentenceFeatures.MayEndSentence"/>: a capital, a digit or a non-ASCII character but a dash,
    /// a quote mark or an address; not "$4bn", "(", "—" or a lowercase word). With <paramref name="afterLowercaseWord"/> (the token is
    /// a word that starts with a lowercase ASCII letter) a number or a quote mark after the gap does not count: the
    /// fixed rules keep those ("carrying 84", "was ‘the best"). No branches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ByWhatFollows(ReadOnlySpan<char> text, int end, Token next, bool afterLowercaseWord)
    {
        int gap = next.Start - end;
        uint first = text[next.Start]; // uint, so that "first - 'A'" below stays unsigned
        bool notOneSpace = gap > 1 | (gap == 1 & text[end] != ' ');
        bool mayStart = (first >= 128 & first != '\u2014' & first != '\u2013') | (uint)(first - 'A') <= 'Z' - 'A' | (uint)(first - '0') <= 9
            | ((StartingKinds >> (int)next.Kind) & 1) != 0;
        bool kept = afterLowercaseWord & ((KeptAfterLowercaseWord >> (int)next.Kind) & 1) != 0;
        return Unsafe.BitCast<bool, byte>(notOneSpace | (gap > 0 & mayStart & !kept));
    }

    /// <summary>
    /// <see cref="ByWhatFollows"/> where the next token, at <paramref name="nextStart"/>, is a plain word (the tokenizer's
    /// fast path: ASCII letters, never an address), so only its first letter's case is left to look at: the same answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ByPlainWordAfter(ReadOnlySpan<char> text, int end, int nextStart)
    {
        int gap = nextStart - end;
        bool notOneSpace = gap > 1 | (gap == 1 & text[end] != ' ');
        bool beforeUpper = gap > 0 & text[nextStart] < 'a';
        return Unsafe.BitCast<bool, byte>(notOneSpace | beforeUpper);
    }

    /// <summary>The value of a set mark: its top bit, which a vector's sign bits read without a compare.</summary>
    public const byte Set = 0x80;

    /// <summary>The marks of tokens 64 * <paramref name="block"/> .. 64 * <paramref name="block"/> + 63, as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Block(ReadOnlySpan<byte> marks, int block)
    {
        ReadOnlySpan<byte> bytes = marks.Slice((block << 6) + 1, 64);
        ulong low = Vector256.Create(bytes[..32]).ExtractMostSignificantBits();
        ulong high = Vector256.Create(bytes[32..]).ExtractMostSignificantBits();
        return low | (high << 32);
    }
}
