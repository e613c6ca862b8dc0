using System.Runtime.CompilerServices;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// 64-bit FNV-1a over lower-cased tokens joined by single spaces: a gazetteer phrase and a run of tokens in
/// the text hash alike without building a string, and 64 bits keep collisions out of lexicons this size.
/// </summary>
internal static class PhraseHash
{
    public const ulong Begin = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AddToken(ulong hash, ReadOnlySpan<char> token, bool withSeparator)
    {
        if (withSeparator)
        {
            hash = (hash ^ ' ') * Prime;
        }

        foreach (char c in token)
        {
            char lower = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * Prime;
        }

        return hash;
    }

    /// <summary>The hash of one token on its own.</summary>
    public static ulong Of(ReadOnlySpan<char> token) => AddToken(Begin, token, withSeparator: false);

    /// <summary>The hash of tokens <paramref name="first"/>..<paramref name="last"/> as one phrase.</summary>
    public static ulong Of(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        ulong hash = Begin;
        for (int k = first; k <= last; k++)
        {
            hash = AddToken(hash, tokens[k].Slice(text), withSeparator: k > first);
        }

        return hash;
    }
}
