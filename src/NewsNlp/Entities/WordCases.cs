using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Computing and searching the per-token <see cref="WordCase"/> marks.</summary>
internal static class WordCases
{
    /// <summary>The marks of one token, from its text (for tokens no sentence covers, and for tests).</summary>
    public static WordCase Of(ReadOnlySpan<char> text, Token token) =>
        token.Kind != TokenKind.Word ? WordCase.None
            : WordCase.Word | (char.IsUpper(text[token.Start]) ? WordCase.Capitalised : 0) | (char.IsLower(text[token.Start]) ? WordCase.Lowercase : 0);

    /// <summary>The marks of all the tokens, from their text.</summary>
    public static WordCase[] All(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var marks = new WordCase[tokens.Length];
        for (int k = 0; k < tokens.Length; k++)
        {
            marks[k] = Of(text, tokens[k]);
        }

        return marks;
    }

    /// <summary>
    /// The marks of the tokens of a sentence just prepared with <paramref name="words"/>: the casing of the first
    /// character is a fact of the word's characters, kept in its cache entry, and the cached Prepare set each token's
    /// mark from it (<see cref="EntityWordCache.TokenCases"/>).
    /// </summary>
    public static void Mark(ReadOnlySpan<Token> tokens, EntityWordCache words, Span<WordCase> marks) =>
        words.TokenCases[..tokens.Length].CopyTo(marks);

    /// <summary>
    /// Bit j set for each of the 32 tokens from <paramref name="from"/> (fewer at the end) that is a lower-case word or,
    /// when <paramref name="orTaggedWords"/>, a word inside an entity: a walk over a document's words picks those it
    /// reads 32 at a time, instead of testing every token with a branch it mispredicts half the time.
    /// </summary>
    public static uint LowercaseWords(ReadOnlySpan<WordCase> marks, ReadOnlySpan<EntityTag> tags, int from, bool orTaggedWords)
    {
        if (Vector256.IsHardwareAccelerated && from + Vector256<byte>.Count <= marks.Length && (!orTaggedWords || from + Vector256<byte>.Count <= tags.Length))
        {
            Vector256<byte> m = Vector256.LoadUnsafe(ref Unsafe.As<WordCase, byte>(ref MemoryMarshal.GetReference(marks)), (nuint)from);
            Vector256<byte> hits = ~Vector256.Equals(m & Vector256.Create((byte)WordCase.Lowercase), Vector256<byte>.Zero);
            if (orTaggedWords)
            {
                Vector256<byte> t = Vector256.LoadUnsafe(ref Unsafe.As<EntityTag, byte>(ref MemoryMarshal.GetReference(tags)), (nuint)from);
                hits |= ~Vector256.Equals(m & Vector256.Create((byte)WordCase.Word), Vector256<byte>.Zero) & ~Vector256.Equals(t, Vector256<byte>.Zero);
            }

            return hits.ExtractMostSignificantBits();
        }

        uint bits = 0;
        for (int j = 0; j < 32 && from + j < marks.Length; j++)
        {
            WordCase mark = marks[from + j];
            if ((mark & WordCase.Lowercase) != 0 || (orTaggedWords && (mark & WordCase.Word) != 0 && tags[from + j] != EntityTag.Outside))
            {
                bits |= 1u << j;
            }
        }

        return bits;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> on whose token has a mark of <paramref name="mark"/> and is
    /// outside any entity, or the length: 32 tokens at a time.
    /// </summary>
    public static int NextOutside(ReadOnlySpan<EntityTag> tags, ReadOnlySpan<WordCase> marks, int from, WordCase mark)
    {
        int n = tags.Length;
        int i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte t = ref Unsafe.As<EntityTag, byte>(ref MemoryMarshal.GetReference(tags));
            ref byte m = ref Unsafe.As<WordCase, byte>(ref MemoryMarshal.GetReference(marks));
            Vector256<byte> wanted = Vector256.Create((byte)mark);
            for (; i + Vector256<byte>.Count <= n; i += Vector256<byte>.Count)
            {
                Vector256<byte> hits = ~Vector256.Equals(Vector256.LoadUnsafe(ref m, (nuint)i) & wanted, Vector256<byte>.Zero)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref t, (nuint)i), Vector256<byte>.Zero);
                uint bits = hits.ExtractMostSignificantBits();
                if (bits != 0)
                {
                    return i + System.Numerics.BitOperations.TrailingZeroCount(bits);
                }
            }
        }

        for (; i < n; i++)
        {
            if (tags[i] == EntityTag.Outside && (marks[i] & mark) != 0)
            {
                return i;
            }
        }

        return n;
    }
}
