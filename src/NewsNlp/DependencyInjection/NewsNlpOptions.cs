namespace NewsNlp;

/// <summary>
/// The Options-pattern settings of the <see cref="NewsPipeline"/> that
/// <c>services.AddNewsNlp(o => ...)</c> registers: a mutable twin of <see cref="NewsPipelineOptions"/>, with
/// the same property names, so it can be set in code or bound from configuration (e.g. a <c>"NewsNlp"</c>
/// section of appsettings.json). The pipeline is built once, from <see cref="ToPipelineOptions"/>.
/// </summary>
/// <example>
/// <code>
/// services.AddNewsNlp(o =>
/// {
///     o.SentenceModelPath = "/models/sentences.zip";   // a model retrained with `newsnlp train sentences`
///     o.EntityModelPath = "/models/entities.zip";       // a model trained with `newsnlp train entities`
///     o.QuoteModelPath = "/models/quotes.zip";          // a model trained with `newsnlp train quotes`
///     o.Stages = NewsPipelineStages.All;                // which stages run
///     o.MaxDegreeOfParallelism = 4;
/// });
/// </code>
/// </example>
public sealed class NewsNlpOptions
{
    /// <inheritdoc cref="NewsPipelineOptions.MaxDegreeOfParallelism"/>
    public int MaxDegreeOfParallelism { get; set; } = NewsPipelineOptions.Default.MaxDegreeOfParallelism;

    /// <inheritdoc cref="NewsPipelineOptions.MaxBufferedCharacters"/>
    public int MaxBufferedCharacters { get; set; } = NewsPipelineOptions.Default.MaxBufferedCharacters;

    /// <inheritdoc cref="NewsPipelineOptions.Stages"/>
    public NewsPipelineStages Stages { get; set; } = NewsPipelineOptions.Default.Stages;

    /// <inheritdoc cref="NewsPipelineOptions.SentenceModelPath"/>
    public string? SentenceModelPath { get; set; }

    /// <inheritdoc cref="NewsPipelineOptions.EntityModelPath"/>
    public string? EntityModelPath { get; set; }

    /// <inheritdoc cref="NewsPipelineOptions.QuoteModelPath"/>
    public string? QuoteModelPath { get; set; }

    /// <summary>The immutable settings a <see cref="NewsPipeline"/> is created with.</summary>
    public NewsPipelineOptions ToPipelineOptions() => new()
    {
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        MaxBufferedCharacters = MaxBufferedCharacters,
        Stages = Stages,
        SentenceModelPath = SentenceModelPath,
        EntityModelPath = EntityModelPath,
        QuoteModelPath = QuoteModelPath,
    };
}
