using System.Text;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Support;

/// <summary>Runs <c>newsnlp</c> in this process with in-memory standard streams.</summary>
internal static class InProcessCli
{
    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args) =>
        Run(stdin, interactive: false, new StringWriter(), args);

    public static (int ExitCode, string Output, string Error) Run(string stdin, bool interactive, TextWriter error, params string[] args)
    {
        var output = new MemoryStream();
        int exitCode = CommandLine.Run(args, new CliConsole(new StringReader(stdin), output, error, interactive));
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString() ?? string.Empty);
    }
}
