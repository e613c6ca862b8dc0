using System.CommandLine;
using System.Net;
using NewsNlp.Cli.Cluster;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp cluster silo|analyze</c>: the same JSONL contract as <c>analyze</c>, spread over an Orleans cluster.
/// Orleans is loaded only when one of these runs (the actions live in NewsNlp.Cli.Cluster), so other commands start
/// as fast as before.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("cluster", "Run NewsNlp on an Orleans cluster: a silo, or a JSONL client.");
        command.Add(CreateSilo(console));
        command.Add(CreateAnalyze(console));
        return command;
    }

    private static Option<string> ClusterId() => new("--cluster-id") { Description = "Orleans cluster id; silos and clients of one cluster share it.", DefaultValueFactory = _ => ClusterSettings.DefaultClusterId };

    private static Option<string> ServiceId() => new("--service-id") { Description = "Orleans service id.", DefaultValueFactory = _ => ClusterSettings.DefaultServiceId };

    private static Command CreateSilo(CliConsole console)
    {
        var siloPort = new Option<int>("--silo-port") { Description = "Port for silo-to-silo traffic.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to.", DefaultValueFactory = _ => 30000 };
        var primary = new Option<string?>("--primary") { Description = "host:port (silo port) of the cluster's first silo; omit on the first silo itself." };
        var advertise = new Option<string>("--advertise") { Description = "The IP address other machines reach this silo at. Default: 127.0.0.1 (one machine).", DefaultValueFactory = _ => "127.0.0.1" };
        var clusterId = ClusterId();
        var serviceId = ServiceId();
        var command = new Command("silo", "Run a silo that analyses batches for the cluster, until Ctrl+C.") { siloPort, gatewayPort, primary, advertise, clusterId, serviceId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IPEndPoint? primaryEndpoint;
            IPAddress address;
            try
            {
                primaryEndpoint = parse.GetValue(primary) is { } p ? ClusterSettings.ParseEndpoint(p) : null;
                address = IPAddress.Parse(parse.GetValue(advertise)!);
            }
            catch (Exception e) when (e is FormatException or System.Net.Sockets.SocketException)
            {
                await console.Error.WriteLineAsync($"newsnlp: {e.Message}");
                return ExitCodes.Usage;
            }

            return await ClusterSilo.RunAsync(parse.GetValue(siloPort), parse.GetValue(gatewayPort), primaryEndpoint, address,
                new ClusterSettings(parse.GetValue(clusterId)!, parse.GetValue(serviceId)!), console.Error, cancellationToken);
        });
        return command;
    }

    private static Command CreateAnalyze(CliConsole console)
    {
        var input = new Option<FileInfo?>("--input", "-i") { Description = "JSONL input ({\"id\", \"text\"} per line). Default: standard input." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output file, written atomically. Default: standard output." };
        var tokens = new Option<bool>("--tokens") { Description = "Add each token's start and end." };
        var gateways = new Option<string[]>("--gateway") { Description = "host:port of a silo's gateway; repeat for more. Default: 127.0.0.1:30000.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["127.0.0.1:30000"] };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per batch sent to a silo.", DefaultValueFactory = _ => NewsNlp.Orleans.NewsClusterOptions.Default.BatchSize };
        var inFlight = new Option<int>("--max-in-flight") { Description = "Batches out at once (about two per core of the cluster).", DefaultValueFactory = _ => NewsNlp.Orleans.NewsClusterOptions.Default.MaxInFlightBatches };
        var connectTimeout = new Option<int>("--connect-timeout") { Description = "Seconds to wait for a gateway to answer before giving up.", DefaultValueFactory = _ => 30 };
        var clusterId = ClusterId();
        var serviceId = ServiceId();
        var command = new Command("analyze", "Analyse JSONL on the cluster; writes exactly what `analyze` writes.") { input, output, tokens, gateways, batchSize, inFlight, connectTimeout, clusterId, serviceId };
        command.SetAction((parse, cancellationToken) =>
        {
            IPEndPoint[] endpoints;
            try
            {
                endpoints = [.. parse.GetValue(gateways)!.Select(ClusterSettings.ParseEndpoint)];
            }
            catch (Exception e) when (e is FormatException or System.Net.Sockets.SocketException)
            {
                console.Error.WriteLine($"newsnlp: {e.Message}");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (parse.GetValue(batchSize) < 1 || parse.GetValue(inFlight) < 1 || parse.GetValue(connectTimeout) < 1)
            {
                console.Error.WriteLine("newsnlp: --batch-size, --max-in-flight and --connect-timeout must be at least 1");
                return Task.FromResult(ExitCodes.Usage);
            }

            var options = new NewsNlp.Orleans.NewsClusterOptions { BatchSize = parse.GetValue(batchSize), MaxInFlightBatches = parse.GetValue(inFlight) };
            return Task.FromResult(ClusterClient.Run(parse.GetValue(input), parse.GetValue(output), parse.GetValue(tokens), endpoints,
                new ClusterSettings(parse.GetValue(clusterId)!, parse.GetValue(serviceId)!), options,
                TimeSpan.FromSeconds(parse.GetValue(connectTimeout)), console, cancellationToken));
        });
        return command;
    }
}
