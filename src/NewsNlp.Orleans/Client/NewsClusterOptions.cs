namespace NewsNlp.Orleans;

/// <summary>How <see cref="NewsClusterClientExtensions.AnalyzeManyAsync(IGrainFactory, IEnumerable{string}, NewsClusterOptions?, CancellationToken)"/> spreads work over a cluster.</summary>
public sealed record NewsClusterOptions
{
    /// <summary>Most documents in one batch (one grain call). Defaults to 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// Most characters in one batch, so a batch of long articles stays a modest message; a single longer document is
    /// still sent whole, alone. Defaults to 1 million.
    /// </summary>
    public int MaxBatchCharacters { get; init; } = 1 << 20;

    /// <summary>
    /// Most batches sent and not yet returned. With the batch being handed to the caller, this bounds the client's
    /// memory. About two per core of the cluster keeps every silo busy. Defaults to 8.
    /// </summary>
    public int MaxInFlightBatches { get; init; } = 8;

    /// <summary>
    /// How many times a batch is sent before its failure is thrown: a batch that fails because a silo died, a message
    /// was rejected or a call timed out is sent again (to another grain, so possibly another silo). Defaults to 6.
    /// </summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait before the first retry of a batch; it doubles with each further retry. Defaults to 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Called with the failure each time a batch is about to be retried, on any thread; for logging and tests.</summary>
    public Action<Exception>? OnRetry { get; init; }

    /// <summary>The defaults.</summary>
    public static NewsClusterOptions Default { get; } = new();
}
