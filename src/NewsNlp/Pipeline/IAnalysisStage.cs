namespace NewsNlp.Pipeline;

/// <summary>One step of the pipeline. Stages are immutable and thread-safe; they meet only in <see cref="AnalysisState"/>.</summary>
internal interface IAnalysisStage
{
    void Process(AnalysisState state, CancellationToken cancellationToken);
}
