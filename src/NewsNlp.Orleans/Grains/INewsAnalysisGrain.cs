namespace NewsNlp.Orleans.Grains;

/// <summary>Analyses a batch of texts on whichever silo receives the call; see <see cref="NewsAnalysisGrain"/>.</summary>
internal interface INewsAnalysisGrain : IGrainWithIntegerKey
{
    /// <summary>The parts of each text's analysis, in the order of <paramref name="texts"/>.</summary>
    Task<DocumentParts[]> AnalyzeAsync(string[] texts, CancellationToken cancellationToken);
}
