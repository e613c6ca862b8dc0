using System.Net;

namespace NewsNlp.Cli.Cluster;

/// <summary>Where a silo listens and which cluster it joins; also which cluster a client looks for.</summary>
/// <param name="ClusterId">Orleans' cluster id: silos and clients of one cluster share it.</param>
/// <param name="ServiceId">Orleans' service id: the same for every deployment of the service.</param>
internal sealed record ClusterSettings(string ClusterId, string ServiceId)
{
    public const string DefaultClusterId = "newsnlp";

    public const string DefaultServiceId = "newsnlp";

    /// <summary>Parses <c>host:port</c>; the host may be an IP address or a name that resolves.</summary>
    public static IPEndPoint ParseEndpoint(string value)
    {
        int colon = value.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(value.AsSpan(colon + 1), out int port) || port is < 1 or > 65535)
        {
            throw new FormatException($"'{value}' is not host:port");
        }

        string host = value[..colon];
        IPAddress address = IPAddress.TryParse(host, out IPAddress? parsed)
            ? parsed
            : Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                ?? throw new FormatException($"'{host}' does not resolve to an IPv4 address");
        return new IPEndPoint(address, port);
    }
}
