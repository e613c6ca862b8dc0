using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;

namespace NewsNlp.Benchmarks;

/// <summary>The suite's configuration: default columns plus throughput, memory, GitHub markdown.</summary>
internal static class BenchmarkConfig
{
    /// <summary>Where results go, relative to the working directory; the folder is gitignored.</summary>
    public const string ArtifactsFolder = "BenchmarkDotNet.Artifacts";

    /// <summary>
    /// The config. With <paramref name="quick"/>, one short job (1 launch, 1 warmup, 3 iterations of about
    /// 200 ms) so the whole suite fits in about two minutes; otherwise no job, so BenchmarkDotNet's default
    /// job runs unless the command line asks for another (<c>--job medium</c>).
    /// </summary>
    public static IConfig Create(bool quick)
    {
        IConfig defaults = DefaultConfig.Instance;
        ManualConfig config = ManualConfig.CreateEmpty()
            .AddLogger([.. defaults.GetLoggers()])
            .AddColumnProvider([.. defaults.GetColumnProviders()])
            .AddAnalyser([.. defaults.GetAnalysers()])
            .AddValidator([.. defaults.GetValidators()])
            .AddExporter(MarkdownExporter.GitHub)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(
                new ThroughputColumn(ThroughputKind.CharsPerSecond),
                new ThroughputColumn(ThroughputKind.TokensPerSecond),
                new ThroughputColumn(ThroughputKind.TokensPerOperation),
                new RelativeThroughputColumn("x Lucene", nameof(TokenizerBenchmarks.Lucene_StandardTokenizer)),
                new RelativeThroughputColumn("x ToList", nameof(PipelineBenchmarks.TokenizeToList)),
                new ScalingRatioColumn())
            .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), ArtifactsFolder))
            .WithSummaryStyle(defaults.SummaryStyle)
            .WithBuildTimeout(defaults.BuildTimeout);

        if (quick)
        {
            config.AddJob(Job.Default
                .WithId("Quick")
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(200))
                .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")));
        }

        return config;
    }
}
