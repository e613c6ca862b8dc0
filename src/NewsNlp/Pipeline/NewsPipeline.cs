using System.Buffers;
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
        Token[] tokens = Tokenize(text, out int count, out byte[] marks);
        try
        {
            var state = new AnalysisState(text, tokens, count) { CandidateMarks = marks };
            foreach (IAnalysisStage stage in _stages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                stage.Process(state, cancellationToken);
            }

            return state.ToDocument();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
        }
    }

    // News runs about one token per five characters: a guess that fits it (grown if the text is denser).
    private static int InitialTokenCapacity(string text) => Math.Min(text.Length / 4 + 16, 1 << 22);

    /// <summary>
    /// Writes the tokens straight into the array the document keeps. It is sized by a guess that fits news
    /// (<see cref="InitialTokenCapacity"/>) and not zeroed: only the part the tokens fill is ever written or read, so a
    /// megabyte of text costs its 2.6 MB of tokens and no copy. Each token's <see cref="CandidateMarks"/> mark is set here,
    /// once the token after it is known, while both are at hand: the sentence splitter then visits only marked tokens.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="count">How many tokens the returned array holds.</param>
    /// <param name="marks">The tokens' marks, in an array from <see cref="ArrayPool{T}.Shared"/> for the caller to return.</param>
    // A hot loop: compiled on its own, not inlined into its caller, so that it gets the JIT's whole inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal Token[] Tokenize(string text, out int count, out byte[] marks)
    {
        ReadOnlySpan<char> span = text;
        NewsTokenizer tokenizer = Tokenizer;
        byte[] flags = ArrayPool<byte>.Shared.Rent(CandidateMarks.BytesFor(InitialTokenCapacity(text)));
        Token[] tokens = GC.AllocateUninitializedArray<Token>(InitialTokenCapacity(text));
        int n = 0;
        uint previousByItself = 0;
        bool previousLowercaseWord = false;
        int position = 0; // where the last token ended: the gap before the next one starts here

        // The steps of TokenEnumerator.MoveNext (skip the gap, the plain-word fast path, else the full rules), written
        // out here rather than called through the enumerator: the enumerator is a struct whose address its rules call
        // takes, so its fields and the current token went through the stack on every token, and with the marks' state
        // on top the JIT spilled most of the loop's locals. The same steps make the same tokens.
        while (true)
        {
            int start = CharClasses.SkipWhitespace(span, position);
            if (start >= span.Length)
            {
                break;
            }

            int length = NewsTokenizer.ScanPlainWord(span, start);
            TokenKind kind = TokenKind.Word;
            uint byItself = 0;
            uint previousBit;
            bool lowercaseWord = false;

            // Most tokens are plain words, about which less needs asking.
            if (length > 0)
            {
                previousBit = CandidateMarks.ByPlainWordAfter(span, position, start);
                lowercaseWord = span[start] >= 'a'; // a plain word starts with an ASCII letter
            }
            else
            {
                Token token = TokenByRules(tokenizer, span, start);
                length = token.Length;
                kind = token.Kind;
                byItself = CandidateMarks.ByItself(span, token);
                previousBit = CandidateMarks.ByWhatFollows(span, position, token, previousLowercaseWord);
            }

            if (n == tokens.Length)
            {
                tokens = Grow(tokens);
                flags = Grow(flags, n);
            }

            flags[n] = (byte)((previousByItself | previousBit) << 7); // the last token's mark (token n - 1 at index n)
            tokens[n++] = new Token(start, length, kind);
            previousByItself = byItself;
            previousLowercaseWord = lowercaseWord;
            position = start + length;
        }

        // The last token's mark stays clear: the text's end is always a boundary, and no scan asks about it.
        CandidateMarks.ClearAfter(flags, n);
        count = n;
        marks = flags;
        return tokens;
    }

    /// <summary>A token that is no plain word, by the tokenizer's full rules; out of line, as most tokens never come here.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Token TokenByRules(NewsTokenizer tokenizer, ReadOnlySpan<char> text, int position) => tokenizer.TokenByRules(text, position);

    /// <summary>The tokens alone, for callers that run no sentence stage (their marks are made and dropped).</summary>
    private Token[] Tokenize(string text, out int count)
    {
        Token[] tokens = Tokenize(text, out count, out byte[] marks);
        ArrayPool<byte>.Shared.Return(marks);
        return tokens;
    }

    // Rare, and kept out of the loop above so that its locals stay in registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Token[] Grow(Token[] tokens)
    {
        Token[] larger = GC.AllocateUninitializedArray<Token>(tokens.Length * 2);
        tokens.CopyTo(larger, 0);
        return larger;
    }

    /// <summary>Marks for twice <paramref name="tokenCount"/> tokens, holding those of the first <paramref name="tokenCount"/>; returns the old array to the pool.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] Grow(byte[] marks, int tokenCount)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(CandidateMarks.BytesFor(tokenCount * 2));
        marks.AsSpan(0, tokenCount + 1).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(marks);
        return larger;
    }
}
