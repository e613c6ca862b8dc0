using Orleans.Concurrency;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// A stateless worker: Orleans activates it on the silo that receives the call (the client's gateway), as many times
/// in parallel as the silo has cores, so the batches a client spreads over its gateways spread over the silos. Every
/// activation on a silo shares that silo's one <see cref="NewsPipeline"/> (registered by <c>AddNewsNlp</c>).
/// </summary>
[StatelessWorker]
internal sealed class NewsAnalysisGrain(NewsPipeline pipeline) : Grain, INewsAnalysisGrain
{
    public Task<DocumentParts[]> AnalyzeAsync(string[] texts, CancellationToken cancellationToken)
    {
        var results = new DocumentParts[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            results[i] = DocumentParts.From(pipeline.Analyze(texts[i], cancellationToken));
        }

        return Task.FromResult(results);
    }
}
