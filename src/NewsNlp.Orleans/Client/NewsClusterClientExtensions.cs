using System.Runtime.CompilerServices;
using NewsNlp.Orleans.Grains;

namespace NewsNlp.Orleans;

/// <summary>
/// Analyses a stream of documents on an Orleans cluster that runs NewsNlp (<c>siloBuilder.AddNewsNlp()</c>), from any
/// client (<see cref="IClusterClient"/>) or grain (<see cref="IGrainFactory"/>).
/// </summary>
/// <remarks>
/// The stream is cut into batches (<see cref="NewsClusterOptions.BatchSize"/>, <see cref="NewsClusterOptions.MaxBatchCharacters"/>)
/// sent to stateless-worker grains under different keys, which Orleans spreads over the silos' gateways. At most
/// <see cref="NewsClusterOptions.MaxInFlightBatches"/> are out at once, and results come back in input order, so memory
/// stays bounded however long the stream. A batch whose silo dies is sent again; each document is yielded exactly once.
/// The documents equal those of <see cref="NewsPipeline.Analyze"/> on one machine.
/// </remarks>
public static class NewsClusterClientExtensions
{
    // Grain keys cycle through this many ids: enough to spread batches over every gateway, few enough that idle
    // activations do not pile up on a long run.
    private const long KeySpace = 4096;

    /// <summary>Analyses <paramref name="texts"/> on the cluster and yields their documents in input order.</summary>
    /// <param name="grains">The cluster client or a grain factory.</param>
    /// <param name="texts">The texts; read once, lazily, as batches are needed.</param>
    /// <param name="options">Batching and retries; <see langword="null"/> for <see cref="NewsClusterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading, sending and retrying; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public static IAsyncEnumerable<NewsDocument> AnalyzeManyAsync(
        this IGrainFactory grains, IEnumerable<string> texts, NewsClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeManyAsync(grains, texts.ToAsyncEnumerable(), options, cancellationToken);
    }

    /// <summary>Analyses <paramref name="texts"/> on the cluster and yields their documents in input order.</summary>
    /// <param name="grains">The cluster client or a grain factory.</param>
    /// <param name="texts">The texts; read once, lazily, as batches are needed.</param>
    /// <param name="options">Batching and retries; <see langword="null"/> for <see cref="NewsClusterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading, sending and retrying; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public static async IAsyncEnumerable<NewsDocument> AnalyzeManyAsync(
        this IGrainFactory grains, IAsyncEnumerable<string> texts, NewsClusterOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        await foreach ((string _, NewsDocument? document) in AnalyzeManyAsync(grains, texts, static t => t, options, cancellationToken))
        {
            yield return document!;
        }
    }

    /// <summary>
    /// Analyses a stream of items on the cluster and yields each item with its document, in input order. An item whose
    /// <paramref name="textSelector"/> returns <see langword="null"/> is passed through with a <see langword="null"/>
    /// document, so callers can carry ids, line numbers or errors alongside (as <see cref="NewsPipeline.AnalyzeMany{TItem}"/> does).
    /// </summary>
    /// <typeparam name="TItem">The caller's record type; it stays on the client, only the text is sent.</typeparam>
    /// <param name="grains">The cluster client or a grain factory.</param>
    /// <param name="items">The items; read once, lazily, as batches are needed.</param>
    /// <param name="textSelector">Gets the text to analyse from an item.</param>
    /// <param name="options">Batching and retries; <see langword="null"/> for <see cref="NewsClusterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading, sending and retrying; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public static IAsyncEnumerable<(TItem Item, NewsDocument? Document)> AnalyzeManyAsync<TItem>(
        this IGrainFactory grains, IEnumerable<TItem> items, Func<TItem, string?> textSelector, NewsClusterOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return AnalyzeManyAsync(grains, items.ToAsyncEnumerable(), textSelector, options, cancellationToken);
    }

    /// <inheritdoc cref="AnalyzeManyAsync{TItem}(IGrainFactory, IEnumerable{TItem}, Func{TItem, string?}, NewsClusterOptions?, CancellationToken)"/>
    public static IAsyncEnumerable<(TItem Item, NewsDocument? Document)> AnalyzeManyAsync<TItem>(
        this IGrainFactory grains, IAsyncEnumerable<TItem> items, Func<TItem, string?> textSelector, NewsClusterOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(textSelector);
        options ??= NewsClusterOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchCharacters, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInFlightBatches, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options));
        return Run(grains, items, textSelector, options, cancellationToken);
    }

    private static async IAsyncEnumerable<(TItem Item, NewsDocument? Document)> Run<TItem>(
        IGrainFactory grains, IAsyncEnumerable<TItem> items, Func<TItem, string?> textSelector, NewsClusterOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<(List<(TItem Item, string? Text)> Batch, Task<DocumentParts[]> Result)>();
        IAsyncEnumerator<TItem> source = items.GetAsyncEnumerator(stop.Token);
        try
        {
            bool more = true;
            long batchNumber = 0;
            while (true)
            {
                // Keep the pipe full: read and send batches until the window is full or the input ends.
                while (more && inFlight.Count < options.MaxInFlightBatches)
                {
                    List<(TItem Item, string? Text)> batch = [];
                    more = await ReadBatchAsync(source, textSelector, options, batch).ConfigureAwait(false);
                    if (batch.Count > 0)
                    {
                        string[] texts = [.. batch.Where(b => b.Text is not null).Select(b => b.Text!)];
                        inFlight.Enqueue((batch, SendAsync(grains, texts, batchNumber++, options, stop.Token)));
                    }
                }

                if (!inFlight.TryDequeue(out var next))
                {
                    yield break;
                }

                DocumentParts[] parts = await next.Result.ConfigureAwait(false);
                int part = 0;
                foreach ((TItem item, string? text) in next.Batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return (item, text is null ? null : parts[part++].ToDocument(text));
                }
            }
        }
        finally
        {
            // Early exit, failure or cancellation: stop the outstanding calls and observe them, so that no failure
            // goes unobserved after the caller has stopped listening.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach ((_, Task<DocumentParts[]> result) in inFlight)
            {
                await ((Task)result).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Fills <paramref name="batch"/>; returns whether the input may have more.</summary>
    private static async ValueTask<bool> ReadBatchAsync<TItem>(
        IAsyncEnumerator<TItem> source, Func<TItem, string?> textSelector, NewsClusterOptions options, List<(TItem, string?)> batch)
    {
        long characters = 0;
        while (batch.Count < options.BatchSize && characters < options.MaxBatchCharacters)
        {
            if (!await source.MoveNextAsync().ConfigureAwait(false))
            {
                return false;
            }

            string? text = textSelector(source.Current);
            characters += text?.Length ?? 0;
            batch.Add((source.Current, text));
        }

        return true;
    }

    private static async Task<DocumentParts[]> SendAsync(
        IGrainFactory grains, string[] texts, long batchNumber, NewsClusterOptions options, CancellationToken cancellationToken)
    {
        if (texts.Length == 0)
        {
            return [];
        }

        TimeSpan delay = options.RetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A retry goes to another key, so it is not pinned to the gateway (and silo) that just failed it.
            long key = (batchNumber + ((attempt - 1) * 1_031)) % KeySpace;
            try
            {
                return await grains.GetGrain<INewsAnalysisGrain>(key).AnalyzeAsync(texts, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < options.MaxAttempts && IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                options.OnRetry?.Invoke(e);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    /// <summary>
    /// Failures of the cluster rather than of the work: a silo that died or left (<see cref="SiloUnavailableException"/>),
    /// a rejected message, a lost connection (all <see cref="OrleansException"/>s) and a call that timed out. An
    /// exception thrown by the analysis itself arrives as its own type and is not retried.
    /// </summary>
    private static bool IsTransient(Exception e) => e is OrleansException or TimeoutException;
}
