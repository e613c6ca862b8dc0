namespace NewsNlp.Cli;

/// <summary>The process exit codes of <c>newsnlp</c>; documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>The command line was invalid (System.CommandLine's own code).</summary>
    public const int Usage = 1;

    /// <summary>Some input lines were rejected (each named on stderr); all other lines were processed.</summary>
    public const int RejectedInput = 2;

    /// <summary>The input file is missing or unreadable.</summary>
    public const int InputUnreadable = 3;

    /// <summary>The output could not be written; no partial output was left behind.</summary>
    public const int OutputUnwritable = 4;

    /// <summary>A corpus or data file needed by <c>eval</c> or <c>train</c> was not found.</summary>
    public const int DataMissing = 5;

    /// <summary><c>cluster</c>: the silo could not start, or the client found no cluster at its gateways.</summary>
    public const int ClusterUnavailable = 6;

    /// <summary>The operation was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
