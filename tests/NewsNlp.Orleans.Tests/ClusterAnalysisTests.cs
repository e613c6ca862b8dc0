using Orleans.Runtime;
using Orleans.TestingHost;
using NewsNlp.Orleans.Tests.Support;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// <see cref="NewsClusterClientExtensions.AnalyzeManyAsync(IGrainFactory, IEnumerable{string}, NewsClusterOptions?, CancellationToken)"/>
/// on Orleans' in-process test cluster: the same documents as a sequential <see cref="NewsPipeline.Analyze"/>, in input
/// order, also when a silo dies in the middle of the run.
/// </summary>
public sealed class ClusterAnalysisTests : IAsyncLifetime
{
    private const int DocumentCount = 2000;

    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private static readonly string[] s_documents = ShortDocuments.Take(DocumentCount);

    private static readonly Lazy<string[]> s_expected = new(() => [.. s_documents.Select(t => ShortDocuments.Json(s_pipeline.Analyze(t)))]);

    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<NewsSiloConfigurator>();
        builder.AddClientBuilderConfigurator<NewsClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        FailoverHook.Disarm();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task AnalyzeManyAsync_ThreeSilos2000Documents_EqualsSequentialAnalyzeInOrder()
    {
        Assert.Equal(DocumentCount, s_documents.Distinct(StringComparer.Ordinal).Count());
        var options = new NewsClusterOptions { BatchSize = 25, MaxInFlightBatches = 6 };

        List<NewsDocument> results = [];
        await foreach (NewsDocument document in _cluster.Client.AnalyzeManyAsync(s_documents, options))
        {
            results.Add(document);
        }

        AssertSameAsSequential(results);
        Assert.Contains(results, d => d.Entities.Count > 0);

        // The work really was spread: every silo activated the stateless worker.
        SimpleGrainStatistic[] statistics = await _cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var silosThatWorked = statistics.Where(s => s.GrainType.Contains("NewsAnalysisGrain", StringComparison.Ordinal) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress).Distinct().ToList();
        Assert.Equal(3, silosThatWorked.Count);
    }

    [Fact]
    public async Task AnalyzeManyAsync_SiloKilledMidRun_CompletesWithNothingLostOrDuplicated()
    {
        var options = new NewsClusterOptions { BatchSize = 10, MaxInFlightBatches = 6, RetryDelay = TimeSpan.FromMilliseconds(50) };

        // The victim answers a few batches, then holds the next ones; that is when it is killed, so it dies with batches
        // in hand. Whether their answers still get out before it is gone is up to Orleans (usually not, and they are
        // sent again after the response timeout): either way every document must arrive once, in order.
        SiloHandle victim = _cluster.SecondarySilos[0];
        FailoverHook.Arm(victim.SiloAddress, passBeforeHolding: 5);
        Task kill = FailoverHook.Holding.Task.ContinueWith(async _ =>
        {
            Task killing = _cluster.KillSiloAsync(victim);
            FailoverHook.KillStarted();
            await killing;
        }, TaskScheduler.Default).Unwrap();

        List<NewsDocument> results = [];
        await foreach (NewsDocument document in _cluster.Client.AnalyzeManyAsync(s_documents, options))
        {
            results.Add(document);
        }

        await kill;
        Assert.Equal(2, _cluster.GetActiveSilos().Count());
        AssertSameAsSequential(results);
    }

    [Fact]
    public async Task AnalyzeManyAsync_BatchesRejected_RetriesThemAndKeepsOrder()
    {
        List<string> failures = [];
        var options = new NewsClusterOptions
        {
            BatchSize = 50,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            OnRetry = e => { lock (failures) { failures.Add(e.GetType().Name); } },
        };
        FailoverHook.RejectNext(5);

        List<NewsDocument> results = [];
        await foreach (NewsDocument document in _cluster.Client.AnalyzeManyAsync(s_documents, options))
        {
            results.Add(document);
        }

        Assert.Equal(Enumerable.Repeat(nameof(SiloUnavailableException), 5), failures);
        AssertSameAsSequential(results);
    }

    [Fact]
    public async Task AnalyzeManyAsync_RejectedMoreOftenThanMaxAttempts_ThrowsTheFailure()
    {
        FailoverHook.RejectNext(int.MaxValue);
        var options = new NewsClusterOptions { MaxAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(1) };

        await Assert.ThrowsAsync<SiloUnavailableException>(async () =>
        {
            await foreach (NewsDocument _ in _cluster.Client.AnalyzeManyAsync(s_documents.Take(10), options))
            {
            }
        });
    }

    [Fact]
    public async Task AnalyzeManyAsync_ItemsWithoutText_PassThroughInOrder()
    {
        (int Line, string? Text)[] items = [(1, s_documents[0]), (2, null), (3, s_documents[1]), (4, "")];

        List<(int Line, NewsDocument? Document)> results = [];
        await foreach (((int line, _), NewsDocument? document) in _cluster.Client.AnalyzeManyAsync(items, i => i.Text))
        {
            results.Add((line, document));
        }

        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Line));
        Assert.Null(results[1].Document);
        Assert.Equal(s_expected.Value[0], ShortDocuments.Json(results[0].Document!));
        Assert.Equal(s_expected.Value[1], ShortDocuments.Json(results[2].Document!));
        Assert.Empty(results[3].Document!.Tokens);
    }

    [Fact]
    public async Task AnalyzeManyAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (NewsDocument _ in _cluster.Client.AnalyzeManyAsync(s_documents, new NewsClusterOptions { BatchSize = 10 }, cancellation.Token))
            {
                if (++seen == 100)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(100, seen); // nothing is yielded after the token is cancelled
    }

    private static void AssertSameAsSequential(List<NewsDocument> results)
    {
        Assert.Equal(DocumentCount, results.Count);
        string[] expected = s_expected.Value;
        for (int i = 0; i < DocumentCount; i++)
        {
            Assert.Equal(s_documents[i], results[i].Text);
            Assert.Equal(expected[i], ShortDocuments.Json(results[i]));
        }
    }
}
