using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsNlp.Cli.Commands;
using NewsNlp.Cli.Io;
using NewsNlp.Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace NewsNlp.Cli.Cluster;

/// <summary><c>newsnlp cluster analyze</c>: <c>analyze</c>'s JSONL in and out, the work done by a cluster's silos.</summary>
internal static class ClusterClient
{
    public static int Run(
        FileInfo? input, FileInfo? output, bool includeTokens, IPEndPoint[] gateways, ClusterSettings settings, NewsClusterOptions options,
        TimeSpan connectTimeout, CliConsole console, CancellationToken cancellationToken)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.UseOrleansClient(client => client
            .UseStaticClustering(gateways)
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            }));

        using IHost host = builder.Build();
        string where = $"no cluster '{settings.ClusterId}' at {string.Join(", ", gateways.Select(g => g.ToString()))}";
        // Orleans keeps trying to reach a gateway; a client with nowhere to go should say so rather than wait.
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connect.CancelAfter(connectTimeout);
        try
        {
            host.StartAsync(connect.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine($"newsnlp: {where} (none answered within {connectTimeout.TotalSeconds:0} s)");
            return ExitCodes.ClusterUnavailable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"newsnlp: {where}: {e.Message}");
            return ExitCodes.ClusterUnavailable;
        }

        try
        {
            IClusterClient cluster = host.Services.GetRequiredService<IClusterClient>();
            return AnalyzeCommand.Run(input, output, includeTokens, InputFormat.Jsonl, console,
                (records, token) => cluster.AnalyzeManyAsync(records, r => r.Text, options, token).ToBlockingEnumerable(token),
                cancellationToken);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            console.Error.WriteLine($"newsnlp: the cluster failed: {e.Message}");
            return ExitCodes.ClusterUnavailable;
        }
        finally
        {
            host.StopAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
        }
    }
}
