namespace NewsNlp;

/// <summary>
/// Settings for a <see cref="NewsPipeline"/>: immutable, so a pipeline's settings never change under it.
/// For Microsoft.Extensions.DependencyInjection and configuration binding, <see cref="NewsNlpOptions"/> is the
/// mutable twin that <c>services.AddNewsNlp(o => ...)</c> configures.
/// </summary>
public sealed record NewsPipelineOptions
{
    /// <summary>
    /// How many documents <see cref="NewsPipeline.AnalyzeMany(IEnumerable{string}, CancellationToken)"/> analyses at once.
    /// Defaults to the number of processors.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Upper bound on the characters <c>AnalyzeMany</c> reads ahead of its consumer, which bounds its memory.
    /// A single longer document is still analysed whole. Defaults to 8 million.
    /// </summary>
    public int MaxBufferedCharacters { get; init; } = 8 * 1024 * 1024;

    /// <summary>Which stages run after tokenization. Defaults to <see cref="NewsPipelineStages.All"/>.</summary>
    public NewsPipelineStages Stages { get; init; } = NewsPipelineStages.All;

    /// <summary>
    /// A sentence model zip made by <c>newsnlp train sentences</c> to use instead of the embedded one;
    /// <see langword="null"/> (the default) uses the model shipped in the package.
    /// </summary>
    public string? SentenceModelPath { get; init; }

    /// <summary>
    /// A model zip written by <c>newsnlp train entities</c> to use instead of the entity model embedded in the
    /// package; null (the default) uses the embedded one.
    /// </summary>
    public string? EntityModelPath { get; init; }

    /// <summary>
    /// A model zip written by <c>newsnlp train quotes</c> to use instead of the quote model embedded in the
    /// package; null (the default) uses the embedded one.
    /// </summary>
    public string? QuoteModelPath { get; init; }

    /// <summary>The options <see cref="NewsPipeline.CreateDefault"/> uses.</summary>
    public static NewsPipelineOptions Default { get; } = new();
}
