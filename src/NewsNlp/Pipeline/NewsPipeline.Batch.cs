namespace NewsNlp;

// Batch analysis: parallel, ordered, streaming.
public sealed partial class NewsPipeline
{
    /// <summary>
    /// Analyses a stream of texts on all cores and yields the documents in input order as they are ready.
    /// Input is read lazily and only a bounded window is held in memory, so the stream can be larger than RAM.
    /// </summary>
    /// <param name="texts">The texts; read once, on the enumerating thread.</param>
    /// <param name="cancellationToken">Stops the work promptly; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public IEnumerable<NewsDocument> AnalyzeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeMany(texts, static text => text, cancellationToken).Select(static result => result.Document!);
    }

    /// <summary>
    /// Analyses a stream of items on all cores and yields each item with its document, in input order.
    /// An item whose <paramref name="textSelector"/> returns <see langword="null"/> is passed through with a
    /// <see langword="null"/> document, so callers can carry ids, line numbers or errors alongside.
    /// </summary>
    /// <typeparam name="TItem">The caller's record type.</typeparam>
    /// <param name="items">The items; read once, on the enumerating thread.</param>
    /// <param name="textSelector">Gets the text to analyse from an item.</param>
    /// <param name="cancellationToken">Stops the work promptly; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public IEnumerable<(TItem Item, NewsDocument? Document)> AnalyzeMany<TItem>(
        IEnumerable<TItem> items, Func<TItem, string?> textSelector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(textSelector);
        return AnalyzeManyIterator(items, textSelector, cancellationToken);
    }

    private IEnumerable<(TItem Item, NewsDocument? Document)> AnalyzeManyIterator<TItem>(
        IEnumerable<TItem> items, Func<TItem, string?> textSelector, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using IEnumerator<TItem> source = items.GetEnumerator();
        int maxItems = Options.MaxDegreeOfParallelism * 16;
        Task<(TItem, NewsDocument?)[]>? running = null;
        try
        {
            // While the consumer takes one batch, the next is being analysed: two batches in flight at most.
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                List<(TItem Item, string? Text)> batch = ReadBatch(source, textSelector, maxItems);
                Task<(TItem, NewsDocument?)[]>? next = batch.Count == 0 ? null : Task.Run(() => AnalyzeBatch(batch, stop.Token), stop.Token);
                if (running is not null)
                {
                    foreach ((TItem, NewsDocument?) result in Await(running))
                    {
                        yield return result;
                    }
                }

                if (next is null)
                {
                    yield break;
                }

                running = next;
            }
        }
        finally
        {
            stop.Cancel();
            if (running is not null)
            {
                // Let the worker finish before the token source is disposed; its outcome no longer matters.
                running.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait(CancellationToken.None);
            }
        }
    }

    private List<(TItem Item, string? Text)> ReadBatch<TItem>(IEnumerator<TItem> source, Func<TItem, string?> textSelector, int maxItems)
    {
        var batch = new List<(TItem, string?)>();
        long characters = 0;
        while (batch.Count < maxItems && characters < Options.MaxBufferedCharacters / 2 && source.MoveNext())
        {
            TItem item = source.Current;
            string? text = textSelector(item);
            characters += text?.Length ?? 0;
            batch.Add((item, text));
        }

        return batch;
    }

    private (TItem, NewsDocument?)[] AnalyzeBatch<TItem>(List<(TItem Item, string? Text)> batch, CancellationToken cancellationToken)
    {
        var results = new (TItem, NewsDocument?)[batch.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, batch.Count, parallel, i =>
        {
            (TItem item, string? text) = batch[i];
            results[i] = (item, text is null ? null : Analyze(text, cancellationToken));
        });
        return results;
    }

    private static T Await<T>(Task<T> task)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException!);
            throw;
        }
    }
}
