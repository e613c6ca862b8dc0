using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
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
    public static NewsPipeline Create(NewsPipelineOptions options) => Create(options, logger: null);

    /// <summary>Creates a pipeline with the given settings, logging which models it loads, from where, and how long each took.</summary>
    /// <param name="options">The settings; only the models of the stages in <see cref="NewsPipelineOptions.Stages"/> are loaded.</param>
    /// <param name="logger">Where to log model loading; <see langword="null"/> logs nothing.</param>
    /// <exception cref="ModelLoadException">A model is missing, corrupt or made for another version.</exception>
    public static NewsPipeline Create(NewsPipelineOptions options, ILogger? logger)
    {
        Validate(options);
        NewsPipelineStages stages = Effective(options.Stages);
        LinearModel? sentences = stages.HasFlag(NewsPipelineStages.Sentences)
            ? EmbeddedModels.GetSentences(options.SentenceModelPath, logger)
            : null;
        EntityModel? entities = stages.HasFlag(NewsPipelineStages.Entities)
            ? EmbeddedModels.GetEntities(options.EntityModelPath, logger)
            : null;
        QuoteModel? quotes = stages.HasFlag(NewsPipelineStages.Quotes)
            ? EmbeddedModels.GetQuotes(options.QuoteModelPath, logger)
            : null;
        NewsPipeline pipeline = Create(options, sentences, entities, quotes);
        if (logger is not null && logger.IsEnabled(LogLevel.Debug))
        {
            string names = ModelLog.StageNames(pipeline.RunningStages);
            ModelLog.PipelineCreated(logger, names, options.MaxDegreeOfParallelism);
        }

        return pipeline;
    }

    /// <summary>A pipeline over models already in memory: for training and tuning. A stage whose model is null does not run.</summary>
    internal static NewsPipeline Create(NewsPipelineOptions options, LinearModel? sentences, EntityModel? entities = null, QuoteModel? quotes = null)
    {
        Validate(options);
        List<IAnalysisStage> stages = [];
        if (sentences is not null)
        {
            stages.Add(new SentenceSplitter(sentences));
        }

        if (entities is not null && sentences is not null)
        {
            stages.Add(new EntityTagger(entities));
        }

        if (quotes is not null && sentences is not null)
        {
            stages.Add(new QuoteAttributor(quotes));
        }

        return new NewsPipeline(options, NewsTokenizer.Default, [.. stages]);
    }

    /// <summary>The stages that actually run (the entity stage only runs when it has a model).</summary>
    internal NewsPipelineStages RunningStages =>
        (_stages.Any(s => s is SentenceSplitter) ? NewsPipelineStages.Sentences : NewsPipelineStages.None)
        | (_stages.Any(s => s is EntityTagger) ? NewsPipelineStages.Entities : NewsPipelineStages.None)
        | (_stages.Any(s => s is QuoteAttributor) ? NewsPipelineStages.Quotes : NewsPipelineStages.None);

    /// <summary>The stages asked for plus those they need: entities are tagged sentence by sentence; speakers are mostly entities.</summary>
    private static NewsPipelineStages Effective(NewsPipelineStages stages)
    {
        if (stages.HasFlag(NewsPipelineStages.Quotes))
        {
            stages |= NewsPipelineStages.Entities;
        }

        return stages.HasFlag(NewsPipelineStages.Entities) ? stages | NewsPipelineStages.Sentences : stages;
    }

    private static void Validate(NewsPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBufferedCharacters, 1, nameof(options));
        if ((options.Stages & ~NewsPipelineStages.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Stages, "Stages names a stage this version of NewsNlp does not have.");
        }
    }

    /// <summary>Analyses one text.</summary>
    /// <param name="text">Any string: empty, huge, or with broken Unicode; the result is always valid.</param>
    /// <param name="cancellationToken">Stops a long analysis.</param>
    public NewsDocument Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        Token[] tokens = Tokenize(text, out int count);
        var state = new AnalysisState(text, tokens, count);
        foreach (IAnalysisStage stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(state, cancellationToken);
        }

        return state.ToDocument();
    }

    /// <summary>
    /// Writes the tokens straight into the array the document keeps. It is sized by a guess that fits news (about
    /// one token per five characters; grown if the text is denser) and not zeroed: only the part the tokens fill
    /// is ever written or read, so a megabyte of text costs its 2.6 MB of tokens and no copy.
    /// </summary>
    // A hot loop: compiled on its own, not inlined into its caller, so that it gets the JIT's whole inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Token[] Tokenize(string text, out int count)
    {
        Token[] tokens = GC.AllocateUninitializedArray<Token>(Math.Min(text.Length / 4 + 16, 1 << 22));
        count = 0;
        while (true)
        {
            int offset = count == 0 ? 0 : tokens[count - 1].End;
            count += Tokenizer.Tokenize(text, tokens.AsSpan(count), offset);
            if (count < tokens.Length)
            {
                return tokens;
            }

            Token[] larger = GC.AllocateUninitializedArray<Token>(tokens.Length * 2);
            tokens.CopyTo(larger, 0);
            tokens = larger;
        }
    }
}
