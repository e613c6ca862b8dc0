using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp;

/// <summary>
/// Analyses English news text: tokens, sentences, named entities and quotations with their speakers.
/// Immutable and thread-safe: create one and share it across the whole application.
/// </summary>
/// <example>
/// <code>
/// var nlp = NewsPipeline.CreateDefault();
/// NewsDocument doc = nlp.Analyze(articleText);
/// foreach (var q in doc.Quotes) Console.WriteLine($"{q.Speaker?.Name ?? "?"}: {q.Text}");
/// </code>
/// </example>
public sealed partial class NewsPipeline
{
    private readonly IAnalysisStage[] _stages;

    private NewsPipeline(NewsPipelineOptions options, NewsTokenizer tokenizer, IAnalysisStage[] stages)
    {
        Options = options;
        Tokenizer = tokenizer;
        _stages = stages;
    }

    /// <summary>The settings this pipeline was created with.</summary>
    public NewsPipelineOptions Options { get; }

    /// <summary>The tokenizer the pipeline uses.</summary>
    public NewsTokenizer Tokenizer { get; }

    /// <summary>Creates a pipeline with the default settings and the models shipped in the package.</summary>
    public static NewsPipeline CreateDefault() => Create(NewsPipelineOptions.Default);

    /// <summary>Creates a pipeline with the given settings.</summary>
    /// <exception cref="ModelLoadException">A model is missing, corrupt or made for another version.</exception>
    public static NewsPipeline Create(NewsPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LinearModel sentences = options.SentenceModelPath is { } path ? EmbeddedModels.LoadSentences(path) : EmbeddedModels.Sentences;
        EntityModel? entities = options.EntityModelPath is { } entityPath ? EmbeddedModels.LoadEntities(entityPath) : EmbeddedModels.Entities;
        return Create(options, sentences, entities);
    }

    /// <summary>A pipeline over models already in memory: for training and tuning.</summary>
    internal static NewsPipeline Create(NewsPipelineOptions options, LinearModel sentences, EntityModel? entities = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBufferedCharacters, 1, nameof(options));
        List<IAnalysisStage> stages = [new SentenceSplitter(sentences)];
        if (entities is not null)
        {
            stages.Add(new EntityTagger(entities));
        }

        return new NewsPipeline(options, NewsTokenizer.Default, [.. stages]);
    }

    /// <summary>Analyses one text.</summary>
    /// <param name="text">Any string: empty, huge, or with broken Unicode; the result is always valid.</param>
    /// <param name="cancellationToken">Stops a long analysis.</param>
    public NewsDocument Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new AnalysisState(text, Tokenize(text));
        foreach (IAnalysisStage stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(state, cancellationToken);
        }

        return state.ToDocument();
    }

    private List<Token> Tokenize(string text) => Tokenizer.TokenizeToList(text);
}
