using System.Runtime.CompilerServices;

namespace NewsNlp.Models;

/// <summary>
/// Maps "template=value" features to indices in a fixed-size vector with FNV-1a, a stable hash (unlike
/// <see cref="string.GetHashCode()"/>), so a model trained in one process scores identically in another.
/// </summary>
internal static class FeatureHasher
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Starts a feature with its template id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Begin(int template) => Mix(OffsetBasis, (char)template);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>Adds characters, lower-cased (ASCII and Unicode), at most <paramref name="max"/> of them.</summary>
    public static uint MixLower(uint hash, ReadOnlySpan<char> value, int max = 24)
    {
        int n = Math.Min(value.Length, max);
        for (int i = 0; i < n; i++)
        {
            char c = value[i];

            // ASCII (nearly every character) is lowered by a branch-free add, 32 for 'A'..'Z' and 0 otherwise.
            hash = Mix(hash, c < 128 ? (char)(c + ((uint)(c - 'A') <= 'Z' - 'A' ? 32 : 0)) : LowerNonAscii(c));
        }

        return hash;
    }

    private static char LowerNonAscii(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : c;

    /// <summary>Adds another hash (a token's text hashed once and reused by several templates).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MixHash(uint hash, uint value) => Mix(Mix(hash, (char)(value & 0xFFFF)), (char)(value >> 16));

    /// <summary>Adds a small number (a category or bucket).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint MixValue(uint hash, int value) => Mix(Mix(hash, (char)(value & 0xFFFF)), (char)(value >> 16));

    /// <summary>The feature's index in a vector of <paramref name="dimension"/> (a power of two).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Index(uint hash, int dimension) => (int)((hash ^ (hash >> 15)) & (uint)(dimension - 1));
}
