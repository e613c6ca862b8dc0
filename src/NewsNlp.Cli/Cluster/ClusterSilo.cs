using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace NewsNlp.Cli.Cluster;

/// <summary>
/// <c>newsnlp cluster silo</c>: one Orleans silo that runs NewsNlp, until cancelled. Membership is Orleans'
/// development clustering: the first silo is the primary, the others name it with <c>--primary</c>; silos on other
/// machines advertise a reachable address with <c>--advertise</c>. (A production cluster uses a membership provider
/// of its own, with <c>siloBuilder.AddNewsNlp()</c> in its host.)
/// </summary>
internal static class ClusterSilo
{
    /// <summary>Runs the silo; <paramref name="started"/> is told once it accepts clients.</summary>
    public static async Task<int> RunAsync(
        int siloPort, int gatewayPort, IPEndPoint? primary, IPAddress advertise, ClusterSettings settings, TextWriter log,
        CancellationToken cancellationToken, Action? started = null)
    {
        IPEndPoint primaryEndpoint = primary ?? new IPEndPoint(advertise, siloPort);
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // An operator watches a silo's console: Orleans' warnings and errors, on stderr (stdout stays empty).
        builder.Logging.SetMinimumLevel(LogLevel.Warning)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo => silo
            .UseDevelopmentClustering(primaryEndpoint)
            .ConfigureEndpoints(advertise, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertise))
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            })
            .AddNewsNlp());

        using IHost host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await log.WriteLineAsync($"newsnlp: the silo could not start: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ClusterUnavailable;
        }

        await log.WriteLineAsync($"newsnlp: silo {advertise}:{siloPort} (gateway {gatewayPort}) in cluster '{settings.ClusterId}', primary {primaryEndpoint}; Ctrl+C stops it.").ConfigureAwait(false);
        started?.Invoke();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: leave the cluster gracefully, so clients move their batches to the other silos.
        }

        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
