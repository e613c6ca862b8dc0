using System.Runtime.CompilerServices;

namespace NewsNlp.Sentences;

/// <summary>
/// Answers "does this gap hold a line break?" for gaps visited in text order, by remembering where the next
/// '\n' is: most gaps are then settled by one comparison, and the text is searched (vectorised) once per break.
/// </summary>
internal ref struct LineBreakCursor
{
    private readonly ReadOnlySpan<char> _text;

    // The first '\n' at or after the last searched position; int.MaxValue when there is none.
    private int _next;

    public LineBreakCursor(ReadOnlySpan<char> text)
    {
        _text = text;
        _next = -1;
    }

    /// <summary>
    /// Whether <c>text[gapStart..gapEnd]</c> holds a '\n'. Calls must come with non-decreasing
    /// <paramref name="gapStart"/>; gaps may overlap tokens' text only as real token gaps do (not at all).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BreakBefore(int gapStart, int gapEnd)
    {
        if (_next < gapStart)
        {
            Seek(gapStart);
        }

        return _next < gapEnd;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Seek(int from)
    {
        int found = _text[from..].IndexOf('\n');
        _next = found < 0 ? int.MaxValue : from + found;
    }
}
