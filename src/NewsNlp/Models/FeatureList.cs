namespace NewsNlp.Models;

/// <summary>Collects feature indices into a caller's buffer, in the order they come.</summary>
internal ref struct FeatureList : IFeatureSink
{
    private readonly Span<int> _buffer;

    public FeatureList(Span<int> buffer)
    {
        _buffer = buffer;
    }

    /// <summary>How many indices were added.</summary>
    public int Count { get; private set; }

    public void Add(int index) => _buffer[Count++] = index;
}
