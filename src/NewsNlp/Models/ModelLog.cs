using Microsoft.Extensions.Logging;

namespace NewsNlp.Models;

/// <summary>The log messages of model loading (source-generated, no allocation when the level is off).</summary>
internal static partial class ModelLog
{
    [LoggerMessage(EventId = 1, EventName = "ModelLoaded", Level = LogLevel.Information,
        Message = "Loaded NewsNlp model '{Model}' from {Source} in {ElapsedMilliseconds:F1} ms")]
    public static partial void ModelLoaded(ILogger logger, string model, string source, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "ModelReused", Level = LogLevel.Information,
        Message = "Using NewsNlp model '{Model}' from {Source}, already loaded in this process (it took {ElapsedMilliseconds:F1} ms)")]
    public static partial void ModelReused(ILogger logger, string model, string source, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "ModelLoadFailed", Level = LogLevel.Error,
        Message = "NewsNlp model '{Model}' from {Source} failed to load after {ElapsedMilliseconds:F1} ms")]
    public static partial void ModelLoadFailed(ILogger logger, Exception exception, string model, string source, double elapsedMilliseconds);

    [LoggerMessage(EventId = 5, EventName = "ModelMissing", Level = LogLevel.Warning,
        Message = "No NewsNlp model '{Model}' at {Source} in this build: its stage does not run (set its model path to use one)")]
    public static partial void ModelMissing(ILogger logger, string model, string source);

    [LoggerMessage(EventId = 4, EventName = "PipelineCreated", Level = LogLevel.Debug,
        Message = "NewsNlp pipeline created: stages {Stages}, parallelism {MaxDegreeOfParallelism}")]
    public static partial void PipelineCreated(ILogger logger, string stages, int maxDegreeOfParallelism);

    /// <summary>The stages by name ("Sentences, Entities"), not by the combined flag names such as "All".</summary>
    public static string StageNames(NewsPipelineStages stages)
    {
        string[] names = [.. Enum.GetNames<NewsPipelineStages>()
            .Where(name => name is not (nameof(NewsPipelineStages.None) or nameof(NewsPipelineStages.All))
                && stages.HasFlag(Enum.Parse<NewsPipelineStages>(name)))];
        return names.Length == 0 ? "none (tokens only)" : string.Join(", ", names);
    }
}
