namespace NewsNlp.Benchmarks;

/// <summary>One row of the ML.NET input: a paragraph of the benchmark text.</summary>
public sealed class ParagraphRow
{
    /// <summary>The paragraph.</summary>
    public string Text { get; set; } = string.Empty;
}
