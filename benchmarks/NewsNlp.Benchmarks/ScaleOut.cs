using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsNlp.Orleans;
using NewsNlp.Serialization;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Harness mode <c>--scale-out</c>: the same documents through in-process <see cref="NewsPipeline.AnalyzeMany(IEnumerable{string}, CancellationToken)"/>
/// (all cores) and through <see cref="NewsClusterClientExtensions.AnalyzeManyAsync(IGrainFactory, IEnumerable{string}, NewsClusterOptions?, CancellationToken)"/>
/// from this process to an Orleans cluster of 1, then 2, <c>newsnlp cluster silo</c> processes on this machine
/// (src/NewsNlp.Cli's Release build). Everything warm: the cluster's documents are first checked equal, document for
/// document, to the in-process ones; then each setup runs until its times are steady, then is measured. Reports wall time and documents/s, and the CPU time of every
/// process involved (this one and the silos) per document: on a shared machine that is the steadier measure of what
/// the cluster adds. Not a BenchmarkDotNet run: a cluster is a set of processes, not a method.
/// </summary>
internal static class ScaleOut
{
    public const string Switch = "--scale-out";

    private static readonly string[] s_newsFiles = ["news-train.jsonl", "news-test.jsonl"];

    public static async Task<int> RunAsync(string[] args)
    {
        int documents = HarnessArguments.IntOption(args, "--documents", 10_000);
        int rounds = HarnessArguments.IntOption(args, "--rounds", 5);
        string root = HarnessArguments.RepositoryRoot();
        string cli = Path.Combine(root, "src", "NewsNlp.Cli", "bin", "Release", "net10.0", "NewsNlp.Cli.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: run `dotnet build src/NewsNlp.Cli -c Release` first.");
            return 1;
        }

        string[] texts = Documents(root, documents);
        long characters = texts.Sum(t => (long)t.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length:N0} documents (the news set's articles, cycled; {characters / 1048576.0:F1} MB of text, mean {characters / texts.Length:N0} chars); {Environment.ProcessorCount} cores; median of {rounds} rounds once warm; load average before: {LoadAverage()}"));

        var pipeline = NewsPipeline.CreateDefault();
        string[] reference = [.. pipeline.AnalyzeMany(texts).Select(Json)];
        var rows = new List<(string Name, Sample Sample)>
        {
            ("in-process `AnalyzeMany`", Median(rounds, [], () => Entities(pipeline.AnalyzeMany(texts)))),
        };

        foreach (int silos in new[] { 1, 2 })
        {
            Console.Error.WriteLine($"starting {silos} silo(s)");
            using var cluster = LocalCluster.Start(cli, silos);
            using IHost host = await ConnectAsync(cluster);
            IClusterClient client = host.Services.GetRequiredService<IClusterClient>();
            var options = new NewsClusterOptions { MaxInFlightBatches = 2 * Environment.ProcessorCount * silos };

            string[] results = [.. client.AnalyzeManyAsync(texts, options).ToBlockingEnumerable().Select(Json)];
            int same = results.Zip(reference).Count(p => p.First == p.Second);
            if (same != texts.Length || results.Length != texts.Length)
            {
                throw new InvalidOperationException($"the cluster's documents differ from in-process ones: {same} of {texts.Length} equal");
            }

            rows.Add(($"cluster, {silos} silo{(silos == 1 ? "" : "s")} (`AnalyzeManyAsync`)",
                Median(rounds, cluster.Silos, () => Entities(client.AnalyzeManyAsync(texts, options).ToBlockingEnumerable()))));
            await host.StopAsync();
        }

        Console.WriteLine();
        Console.WriteLine("| run | wall time | documents/s | wall vs in-process | wall overhead µs/document | CPU µs/document (all processes) | CPU overhead µs/document | CPU vs in-process |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Sample baseline = rows[0].Sample;
        foreach ((string name, Sample sample) in rows)
        {
            double cpu = sample.Cpu / texts.Length * 1e6;
            double cpuIn = baseline.Cpu / texts.Length * 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {sample.Wall * 1000:F0} ms | {texts.Length / sample.Wall:N0} | {sample.Wall / baseline.Wall:F2}x | {(sample == baseline ? "-" : ((sample.Wall - baseline.Wall) / texts.Length * 1e6).ToString("F1", CultureInfo.InvariantCulture))} | {cpu:F0} | {(sample == baseline ? "-" : (cpu - cpuIn).ToString("F0", CultureInfo.InvariantCulture))} | {cpu / cpuIn:F2}x |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Every cluster run's documents equalled the in-process ones (contract JSON with tokens, document for document). Load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>Wall seconds and CPU seconds (this process and the silos) of one run.</summary>
    private readonly record struct Sample(double Wall, double Cpu);

    /// <summary>
    /// Warms up until three runs in a row are within 15% of each other (at most 30 runs): a silo's hot code takes
    /// several seconds of work to reach the JIT's optimised tier, as a long-running silo's has; then the median of
    /// <paramref name="rounds"/> runs by wall time.
    /// </summary>
    private static Sample Median(int rounds, List<Process> silos, Func<int> run)
    {
        var recent = new Queue<double>();
        int warmUps = 0;
        while (warmUps < 30 && !(recent.Count == 3 && recent.Max() <= recent.Min() * 1.15))
        {
            long started = Stopwatch.GetTimestamp();
            run();
            recent.Enqueue(Stopwatch.GetElapsedTime(started).TotalSeconds);
            if (recent.Count > 3)
            {
                recent.Dequeue();
            }

            warmUps++;
        }

        Console.Error.WriteLine($"  warm after {warmUps} runs");
        var samples = new Sample[rounds];
        for (int i = 0; i < rounds; i++)
        {
            double cpuBefore = Cpu(silos);
            long start = Stopwatch.GetTimestamp();
            run();
            double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            samples[i] = new Sample(wall, Cpu(silos) - cpuBefore);
        }

        Array.Sort(samples, (a, b) => a.Wall.CompareTo(b.Wall));
        return samples[rounds / 2];
    }

    private static double Cpu(List<Process> silos)
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds + silos.Sum(s =>
        {
            s.Refresh();
            return s.TotalProcessorTime.TotalSeconds;
        });
    }

    private static int Entities(IEnumerable<NewsDocument> documents) => documents.Sum(d => d.Entities.Count);

    private static string Json(NewsDocument document)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            NewsJson.Write(writer, document, includeTokens: true);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<IHost> ConnectAsync(LocalCluster cluster)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.UseOrleansClient(client => client
            .UseStaticClustering([.. cluster.Gateways])
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = "newsnlp";
            }));
        IHost host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static string[] Documents(string root, int count)
    {
        string folder = Path.Combine(root, "tests", "NewsNlp.Tests", "Data", "news");
        string[] articles = [.. s_newsFiles
            .SelectMany(f => File.ReadLines(Path.Combine(folder, f)))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)];
        return [.. Enumerable.Range(0, count).Select(i => articles[i % articles.Length])];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary><c>newsnlp cluster silo</c> processes on loopback, the first one the primary; killed on dispose.</summary>
    private sealed class LocalCluster : IDisposable
    {
        public List<Process> Silos { get; } = [];

        public string ClusterId { get; } = "newsnlp-bench-" + Guid.NewGuid().ToString("N")[..8];

        public List<IPEndPoint> Gateways { get; } = [];

        public static LocalCluster Start(string cli, int silos)
        {
            var cluster = new LocalCluster();
            int primary = 0;
            for (int i = 0; i < silos; i++)
            {
                int siloPort = FreePort();
                int gatewayPort = FreePort();
                primary = i == 0 ? siloPort : primary;
                cluster.Silos.Add(StartSilo(cli, siloPort, gatewayPort, i == 0 ? null : primary, cluster.ClusterId));
                cluster.Gateways.Add(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            }

            return cluster;
        }

        public void Dispose()
        {
            foreach (Process silo in Silos)
            {
                silo.Kill(entireProcessTree: true);
                silo.WaitForExit();
                silo.Dispose();
            }
        }

        private static Process StartSilo(string cli, int siloPort, int gatewayPort, int? primaryPort, string clusterId)
        {
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string argument in new[] { cli, "cluster", "silo", "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}", "--cluster-id", clusterId })
            {
                start.ArgumentList.Add(argument);
            }

            if (primaryPort is { } primary)
            {
                start.ArgumentList.Add("--primary");
                start.ArgumentList.Add($"127.0.0.1:{primary}");
            }

            Process process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null)
            {
                // The silo says so on stderr once it accepts clients.
                if (line.Contains("Ctrl+C stops it", StringComparison.Ordinal))
                {
                    _ = process.StandardError.ReadToEndAsync();
                    return process;
                }
            }

            throw new InvalidOperationException($"the silo on port {siloPort} did not start");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
