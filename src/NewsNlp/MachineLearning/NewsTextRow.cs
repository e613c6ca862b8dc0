using Microsoft.ML.Data;

namespace NewsNlp.MachineLearning;

/// <summary>
/// The input row of the NewsNlp mapping. Its column name is fixed because ML.NET restores a saved custom mapping from
/// its contract name alone; <c>AnalyzeNews</c> copies the user's text column to it.
/// </summary>
internal sealed class NewsTextRow
{
    public const string ColumnName = "NewsNlp.Text";

    [ColumnName(ColumnName)]
    public string? Text { get; set; }
}
