namespace NewsNlp;

/// <summary>
/// A <see cref="Sentence"/>'s text, either given or cut from the document's text on first read. The pipeline
/// makes thousands of sentences per megabyte, and copying each one's text up front cost more than deciding
/// where the sentences end (and held every document's text twice); most callers read offsets only.
/// Equality and hashing go by the characters, so a lazy and a given text of the same characters are equal
/// (the record's synthesized equality uses them), exactly as two equal strings were.
/// </summary>
internal struct SentenceText : IEquatable<SentenceText>
{
    private readonly string? _source;
    private readonly int _start;
    private readonly int _length;

    // Written at most once per distinct value; a reader that races the write cuts an equal string, which is harmless.
    private string? _value;

    public SentenceText(string? value)
    {
        _value = value;
    }

    public SentenceText(string source, int start, int length)
    {
        _source = source;
        _start = start;
        _length = length;
    }

    public string Value => _value ??= _source is null ? null! : _source.Substring(_start, _length);

    private readonly bool IsNull => _value is null && _source is null;

    private readonly ReadOnlySpan<char> Span => _value is { } value ? value.AsSpan() : _source.AsSpan(_start, _length);

    public readonly bool Equals(SentenceText other) =>
        IsNull ? other.IsNull : !other.IsNull && Span.SequenceEqual(other.Span);

    public override readonly bool Equals(object? obj) => obj is SentenceText other && Equals(other);

    // The hash of a string is the hash of its characters, so this equals the string's own hash code.
    public override readonly int GetHashCode() => IsNull ? 0 : string.GetHashCode(Span);
}
