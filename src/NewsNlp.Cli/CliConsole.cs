namespace NewsNlp.Cli;

/// <summary>The streams a command talks to; the real console in production, in-memory ones in tests.</summary>
/// <param name="In">Standard input, as text.</param>
/// <param name="Out">Standard output, as bytes (JSON is written in UTF-8).</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliConsole(TextReader In, Stream Out, TextWriter Error)
{
    public static CliConsole System() => new(Console.In, Console.OpenStandardOutput(), Console.Error);
}
