using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using NewsNlp.Cli;
using NewsNlp.Cli.Cluster;
using NewsNlp.Tests.Support;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// <c>newsnlp cluster silo</c> and <c>newsnlp cluster analyze</c>: a silo started as the command starts it, and the
/// client command writing exactly the bytes <c>newsnlp analyze</c> writes for the same JSONL.
/// </summary>
public sealed class ClusterCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ClusterAnalyze_AgainstASilo_WritesTheSameJsonlAsAnalyze()
    {
        string input = Path.Combine(_folder, "in.jsonl");
        List<string> lines = [JsonSerializer.Serialize(new { id = "sample", text = File.ReadAllText(RepositoryPaths.SampleArticle) })];
        lines.AddRange(NewsArticles.Test.Select(a => JsonSerializer.Serialize(new { id = a.Id, text = a.Text })));
        lines.Insert(3, """{"id": 7}"""); // rejected by both, by line number
        lines.Add("""{"id": 8, "text": ""}""");
        File.WriteAllLines(input, lines);

        int siloPort = FreePort();
        int gatewayPort = FreePort();
        string clusterId = "newsnlp-test-" + Guid.NewGuid().ToString("N")[..8];
        using var stopSilo = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var siloLog = new StringWriter();
        Task<int> silo = Task.Run(() => ClusterSilo.RunAsync(siloPort, gatewayPort, primary: null, IPAddress.Loopback,
            new ClusterSettings(clusterId, "newsnlp-test"), siloLog, stopSilo.Token, started.SetResult));
        await Task.WhenAny(started.Task, silo);
        Assert.True(started.Task.IsCompleted, siloLog.ToString());

        var local = Run("analyze", "--input", input, "--output", Path.Combine(_folder, "local.jsonl"), "--tokens");
        var cluster = Run("cluster", "analyze", "--input", input, "--output", Path.Combine(_folder, "cluster.jsonl"), "--tokens",
            "--gateway", $"127.0.0.1:{gatewayPort}", "--cluster-id", clusterId, "--service-id", "newsnlp-test", "--batch-size", "7");

        await stopSilo.CancelAsync();
        Assert.Equal(0, await silo);

        Assert.Equal(2, local.ExitCode);
        Assert.Equal(local.ExitCode, cluster.ExitCode);
        Assert.Contains("line 4: missing \"text\"", cluster.Error, StringComparison.Ordinal);
        byte[] expected = File.ReadAllBytes(Path.Combine(_folder, "local.jsonl"));
        byte[] actual = File.ReadAllBytes(Path.Combine(_folder, "cluster.jsonl"));
        Assert.Equal(lines.Count - 1, File.ReadAllLines(Path.Combine(_folder, "cluster.jsonl")).Length);
        Assert.True(expected.AsSpan().SequenceEqual(actual), "cluster analyze wrote other bytes than analyze");
    }

    [Fact]
    public void ClusterAnalyze_NoSiloAtTheGateway_FailsWithClusterUnavailable()
    {
        string input = Path.Combine(_folder, "in.jsonl");
        File.WriteAllText(input, """{"id": 1, "text": "Talks resume."}""" + "\n");

        var (exitCode, _, error) = Run("cluster", "analyze", "--input", input, "--gateway", $"127.0.0.1:{FreePort()}", "--connect-timeout", "2");

        Assert.Equal(6, exitCode);
        Assert.Contains("no cluster 'newsnlp'", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        int exitCode = CommandLine.Run(args, new CliConsole(new StringReader(""), output, error));
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
