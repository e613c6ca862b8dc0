using System.Runtime.CompilerServices;

namespace NewsNlp.Entities;

/// <summary>
/// The lengths and first and last letters of the strings in a set, as bits: a word whose length, first letter or last
/// letter no member has cannot be in the set, so a pass that looks every word of a document up in a small set (a
/// handful of names) skips the hashing for most of them (the last letter rules out most words the first two let
/// through: a document's common words share lengths and first letters with any few names). It never drops a match
/// under ordinal or ordinal-ignore-case equality: both need equal lengths; ASCII letters are folded to one case, and a
/// member or word whose first (or last) character is not ASCII is let through whatever its case mapping.
/// </summary>
internal readonly struct WordFilter
{
    // Bit n for length n below 63; bit 63 for every length from 63 up.
    private readonly ulong _lengths;

    // Per ASCII first character, folded to lower case, bit (c & 63); all bits once a member starts otherwise.
    private readonly ulong _firstCharacters;

    // The same of the last character.
    private readonly ulong _lastCharacters;

    private WordFilter(ulong lengths, ulong firstCharacters, ulong lastCharacters)
    {
        _lengths = lengths;
        _firstCharacters = firstCharacters;
        _lastCharacters = lastCharacters;
    }

    /// <summary>The filter of <paramref name="strings"/>.</summary>
    public static WordFilter Of(IEnumerable<string> strings)
    {
        ulong lengths = 0;
        ulong first = 0;
        ulong last = 0;
        foreach (string s in strings)
        {
            lengths |= LengthBit(s.Length);
            first |= s.Length == 0 || s[0] >= 128 ? ulong.MaxValue : CharacterBit(s[0]);
            last |= s.Length == 0 || s[^1] >= 128 ? ulong.MaxValue : CharacterBit(s[^1]);
        }

        return new WordFilter(lengths, first, last);
    }

    /// <summary>Whether <paramref name="word"/> may be a member (false means certainly not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word) =>
        (_lengths & LengthBit(word.Length)) != 0
            && (word.Length == 0 || ((word[0] >= 128 || (_firstCharacters & CharacterBit(word[0])) != 0) && (word[^1] >= 128 || (_lastCharacters & CharacterBit(word[^1])) != 0)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CharacterBit(char c) => 1UL << ((char.IsAsciiLetter(c) ? c | 0x20 : c) & 63);
}
