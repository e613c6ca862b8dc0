using System.Collections.Frozen;

namespace NewsNlp.Tokenization;

/// <summary>Builds the small fixed word lists the stages consult, looked up by span without allocating.</summary>
internal static class WordSet
{
    /// <summary>A case-insensitive set of <paramref name="words"/>, to be looked up by span.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IgnoringCase(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();
}
