using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsNlp.MachineLearning;

/// <summary>The columns the NewsNlp mapping adds; the names are documented on <see cref="NewsAnalysisCatalog"/>.</summary>
internal sealed class NewsAnalysisRow
{
    [ColumnName(NewsAnalysisCatalog.EntityTextsColumn)]
    [VectorType]
    public string[] EntityTexts { get; set; } = [];

    [ColumnName(NewsAnalysisCatalog.EntityLabelsColumn)]
    [VectorType]
    public string[] EntityLabels { get; set; } = [];

    [ColumnName(NewsAnalysisCatalog.QuoteTextsColumn)]
    [VectorType]
    public string[] QuoteTexts { get; set; } = [];

    [ColumnName(NewsAnalysisCatalog.QuoteSpeakersColumn)]
    [VectorType]
    public string[] QuoteSpeakers { get; set; } = [];

    [ColumnName(NewsAnalysisCatalog.SentenceCountColumn)]
    public float SentenceCount { get; set; }
}
