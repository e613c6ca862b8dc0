using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Harness mode <c>--scale-out</c>: the same JSONL through <c>newsnlp analyze</c> (in-process AnalyzeMany on all cores)
/// and through <c>newsnlp cluster analyze</c> against 1 and then 2 <c>newsnlp cluster silo</c> processes on this machine,
/// all from src/NewsNlp.Cli's Release build, checking that every run writes the same bytes. Each is run on N and on 2N
/// documents; the difference between the two times is the cost of N documents without the fixed costs (process
/// start, model loading, connecting), which gives documents/s and the cluster's overhead per document.
/// Not a BenchmarkDotNet run: a cluster is a set of processes, not a method.
/// </summary>
internal static class ScaleOut
{
    public const string Switch = "--scale-out";

    private static readonly string[] s_newsFiles = ["news-train.jsonl", "news-test.jsonl"];

    public static int Run(string[] args)
    {
        int documents = IntOption(args, "--documents", 10_000);
        int rounds = IntOption(args, "--rounds", 3);
        string root = RepositoryRoot();
        string cli = Path.Combine(root, "src", "NewsNlp.Cli", "bin", "Release", "net10.0", "NewsNlp.Cli.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: run `dotnet build src/NewsNlp.Cli -c Release` first.");
            return 1;
        }

        string folder = Directory.CreateTempSubdirectory("newsnlp-scale-out-").FullName;
        try
        {
            string small = Path.Combine(folder, "n.jsonl");
            string large = Path.Combine(folder, "2n.jsonl");
            long characters = WriteInput(root, small, documents);
            WriteInput(root, large, 2 * documents);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"N = {documents:N0} documents (the news set's articles, cycled; {characters / 1048576.0:F1} MB of text, mean {characters / documents:N0} chars) and 2N; {Environment.ProcessorCount} cores; median of {rounds} rounds; load average before: {LoadAverage()}"));

            string reference = Path.Combine(folder, "reference.jsonl");
            var rows = new List<(string Name, double Small, double Large)>();
            rows.Add(Measure("in-process (`analyze`)", rounds, small, large, reference, (input, output) => [cli, "analyze", "--input", input, "--output", output]));
            foreach (int silos in new[] { 1, 2 })
            {
                using var cluster = LocalCluster.Start(cli, silos);
                rows.Add(Measure($"cluster, {silos} silo{(silos == 1 ? "" : "s")} (`cluster analyze`)", rounds, small, large, reference, (input, output) =>
                    [cli, "cluster", "analyze", "--input", input, "--output", output, "--cluster-id", cluster.ClusterId,
                        "--max-in-flight", $"{2 * Environment.ProcessorCount * silos}", .. cluster.Gateways.SelectMany(g => new[] { "--gateway", g })]));
            }

            Console.WriteLine();
            Console.WriteLine("| run | N docs | 2N docs | time for N docs (2N - N) | documents/s | vs in-process | overhead µs/document |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            double inProcess = rows[0].Large - rows[0].Small;
            foreach ((string name, double t1, double t2) in rows)
            {
                double perN = t2 - t1;
                string overhead = ReferenceEquals(name, rows[0].Name) ? "-" : ((perN - inProcess) / documents * 1e6).ToString("F0", CultureInfo.InvariantCulture);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {t1:F2} s | {t2:F2} s | {perN:F2} s | {documents / perN:N0} | {perN / inProcess:F2}x | {overhead} |"));
            }

            Console.WriteLine();
            Console.WriteLine($"Every run wrote the same bytes as the first in-process run. Load average after: {LoadAverage()}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string Name, double Small, double Large) Measure(
        string name, int rounds, string small, string large, string reference, Func<string, string, string[]> command)
    {
        Console.Error.WriteLine($"measuring {name}");
        return (name, Median(rounds, small, reference, command), Median(rounds, large, reference + ".2n", command));
    }

    /// <summary>The median wall time of <paramref name="rounds"/> runs (after one warm-up run whose output becomes the reference, or is checked against it).</summary>
    private static double Median(int rounds, string input, string reference, Func<string, string, string[]> command)
    {
        string output = input + ".out";
        RunCli(command(input, output));
        if (!File.Exists(reference))
        {
            File.Copy(output, reference);
        }

        var seconds = new double[rounds];
        for (int i = 0; i < rounds; i++)
        {
            long start = Stopwatch.GetTimestamp();
            RunCli(command(input, output));
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (!File.ReadAllBytes(reference).AsSpan().SequenceEqual(File.ReadAllBytes(output)))
            {
                throw new InvalidOperationException($"{string.Join(' ', command(input, output))} wrote other bytes than the reference run");
            }
        }

        Array.Sort(seconds);
        return seconds[rounds / 2];
    }

    private static void RunCli(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"newsnlp {string.Join(' ', arguments.Skip(1))} exited with {process.ExitCode}: {error.Result}");
        }
    }

    private static long WriteInput(string root, string path, int count)
    {
        string folder = Path.Combine(root, "tests", "NewsNlp.Tests", "Data", "news");
        string[] articles = [.. s_newsFiles
            .SelectMany(f => File.ReadLines(Path.Combine(folder, f)))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)];
        long characters = 0;
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            string text = articles[i % articles.Length];
            characters += text.Length;
            writer.WriteLine(JsonSerializer.Serialize(new { id = i, text }));
        }

        return characters;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary><c>newsnlp cluster silo</c> processes on loopback, the first one the primary; killed on dispose.</summary>
    private sealed class LocalCluster : IDisposable
    {
        private readonly List<Process> _silos = [];

        public string ClusterId { get; } = "newsnlp-bench-" + Guid.NewGuid().ToString("N")[..8];

        public List<string> Gateways { get; } = [];

        public static LocalCluster Start(string cli, int silos)
        {
            var cluster = new LocalCluster();
            int primary = 0;
            for (int i = 0; i < silos; i++)
            {
                int siloPort = FreePort();
                int gatewayPort = FreePort();
                primary = i == 0 ? siloPort : primary;
                cluster._silos.Add(StartSilo(cli, siloPort, gatewayPort, i == 0 ? null : primary, cluster.ClusterId));
                cluster.Gateways.Add($"127.0.0.1:{gatewayPort}");
            }

            return cluster;
        }

        public void Dispose()
        {
            foreach (Process silo in _silos)
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
