namespace NewsNlp.Cli;

/// <summary>The streams a command talks to; the real console in production, in-memory ones in tests.</summary>
/// <param name="In">Standard input, as text.</param>
/// <param name="Out">Standard output, as bytes (JSON is written in UTF-8).</param>
/// <param name="Error">Standard error.</param>
/// <param name="Interactive">
/// Whether a person is watching a terminal: then long runs show live progress (on <paramref name="Error"/>, never on
/// <paramref name="Out"/>). False for in-memory consoles, redirected streams and CI.
/// </param>
internal sealed record CliConsole(TextReader In, Stream Out, TextWriter Error, bool Interactive = false)
{
    public static CliConsole System() => new(Console.In, Console.OpenStandardOutput(), Console.Error, IsInteractive(
        Console.IsOutputRedirected,
        Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable("CI"),
        Environment.GetEnvironmentVariable("TERM")));

    /// <summary>
    /// Live progress only on a real terminal: not when stdout or stderr is redirected (a pipe, a file, a test
    /// harness), not when the <c>CI</c> environment variable is set (to anything but "false" or "0"), and not on a
    /// terminal that cannot redraw (<c>TERM=dumb</c>).
    /// </summary>
    public static bool IsInteractive(bool outputRedirected, bool errorRedirected, string? ci, string? term) =>
        !outputRedirected
        && !errorRedirected
        && (string.IsNullOrEmpty(ci) || ci.Equals("false", StringComparison.OrdinalIgnoreCase) || ci == "0")
        && !string.Equals(term, "dumb", StringComparison.Ordinal);
}
