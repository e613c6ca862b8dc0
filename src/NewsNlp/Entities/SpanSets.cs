namespace NewsNlp.Entities;

/// <summary>
/// Adding text to a set of strings without making a string for text the set already holds: the document passes see
/// the same names again and again, and a long document's thousands of repeated names would otherwise each make a
/// string that is dropped at once.
/// </summary>
internal static class SpanSets
{
    /// <summary>Adds <paramref name="text"/> to <paramref name="set"/> (made when null), as a new string only when it is not there yet.</summary>
    public static void Add(ref HashSet<string>? set, ReadOnlySpan<char> text)
    {
        set ??= new HashSet<string>(StringComparer.Ordinal);
        if (!set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
        {
            set.Add(text.ToString());
        }
    }
}
