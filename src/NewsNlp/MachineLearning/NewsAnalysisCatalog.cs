using NewsNlp;
using NewsNlp.MachineLearning;

// In ML.NET's namespace, as its own catalog extensions are, so `mlContext.Transforms.AnalyzeNews` needs no extra using.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Microsoft.ML;
#pragma warning restore IDE0130

/// <summary>
/// Puts NewsNlp inside an ML.NET pipeline: <c>mlContext.Transforms.AnalyzeNews("Text")</c> adds the analysis of a
/// text column as new columns, row by row and lazily, so it runs over data larger than memory. The transformer saves
/// and loads with <c>MLContext.Model.Save</c>/<c>Load</c>.
/// </summary>
/// <remarks>
/// <para>Columns added (names fixed, for saved models to reload):</para>
/// <list type="bullet">
/// <item><description><see cref="EntityTextsColumn"/>, <see cref="EntityLabelsColumn"/>: variable-length text vectors, one item per named entity, in text order; labels are "PER", "ORG", "LOC".</description></item>
/// <item><description><see cref="QuoteTextsColumn"/>, <see cref="QuoteSpeakersColumn"/>: variable-length text vectors, one item per quotation; the speaker is the resolved name, or empty when the quote is unattributed, so both vectors align.</description></item>
/// <item><description><see cref="SentenceCountColumn"/>: a <see cref="float"/> scalar (a whole number), ready for <c>Concatenate</c> into features.</description></item>
/// </list>
/// <para>
/// A saved model records the mapping's contract name, and <c>MLContext.Model.Load</c> finds it among the app's
/// assemblies with nothing registered by hand. Only if NewsNlp.dll is loaded from somewhere ML.NET does not look (a
/// plugin folder), call <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsPipeline).Assembly)</c> first.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = mlContext.Transforms.AnalyzeNews("Text")
///     .Append(mlContext.Transforms.Text.FeaturizeText("EntityFeatures", new TextFeaturizingEstimator.Options(), "EntityTexts"))
///     .Append(mlContext.Transforms.Concatenate("Features", "EntityFeatures", "SentenceCount"));
/// </code>
/// </example>
public static class NewsAnalysisCatalog
{
    /// <summary>The entity texts column: a variable-length vector of text.</summary>
    public const string EntityTextsColumn = "EntityTexts";

    /// <summary>The entity labels column ("PER", "ORG", "LOC"), aligned with <see cref="EntityTextsColumn"/>.</summary>
    public const string EntityLabelsColumn = "EntityLabels";

    /// <summary>The quotation texts column: a variable-length vector of text.</summary>
    public const string QuoteTextsColumn = "QuoteTexts";

    /// <summary>The speaker names column, aligned with <see cref="QuoteTextsColumn"/>; empty text for an unattributed quote.</summary>
    public const string QuoteSpeakersColumn = "QuoteSpeakers";

    /// <summary>The sentence count column: a <see cref="float"/> scalar.</summary>
    public const string SentenceCountColumn = "SentenceCount";

    /// <summary>
    /// An estimator that analyses the text in <paramref name="inputColumnName"/> of every row with NewsNlp and adds
    /// the entity, quotation and sentence columns listed on <see cref="NewsAnalysisCatalog"/>. It needs no training:
    /// fitting only checks the schema. Rows are analysed when a cursor reads them, never all at once.
    /// </summary>
    /// <param name="catalog">The transforms catalog, <c>mlContext.Transforms</c>.</param>
    /// <param name="inputColumnName">The text column to analyse (text, or a string property of the input class).</param>
    /// <param name="stages">
    /// <see cref="NewsPipelineStages.All"/> (the default), or <see cref="NewsPipelineStages.Sentences"/> alone for the
    /// sentence count without loading the entity model (the entity columns are then empty).
    /// </param>
    /// <returns>The estimator, to append to a pipeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stages"/> is neither of the supported sets.</exception>
    public static IEstimator<ITransformer> AnalyzeNews(
        this TransformsCatalog catalog, string inputColumnName = "Text", NewsPipelineStages stages = NewsPipelineStages.All)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        NewsAnalysisMapping mapping = stages switch
        {
            NewsPipelineStages.All => new AllStagesMapping(),
            NewsPipelineStages.Sentences => new SentenceStageMapping(),
            _ => throw new ArgumentOutOfRangeException(nameof(stages), stages, "AnalyzeNews supports NewsPipelineStages.All or NewsPipelineStages.Sentences."),
        };
        string contractName = mapping is AllStagesMapping ? AllStagesMapping.ContractName : SentenceStageMapping.ContractName;

        // The mapping reads a fixed column name (see NewsTextRow), so the user's column is copied to it first and the
        // copy dropped afterwards; both steps are lazy and save with the model like any ML.NET transform.
        return catalog.CopyColumns(NewsTextRow.ColumnName, inputColumnName)
            .Append(catalog.CustomMapping(mapping.GetMapping(), contractName))
            .Append(catalog.DropColumns(NewsTextRow.ColumnName));
    }
}
