using System.Diagnostics;

namespace NewsNlp.Tests.Support;

/// <summary>Runs a child process to completion and captures what it printed.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output, _) = Run(fileName, arguments, workingDirectory, timeout, environment?.ToDictionary(e => e.Key, e => (string?)e.Value), mergeErrorIntoOutput: true);
        return (exitCode, output);
    }

    /// <summary>Runs a process with redirected stdout and stderr, kept apart; an environment value of null removes the variable.</summary>
    public static (int ExitCode, string Output, string Error) RunSeparately(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        return Run(fileName, string.Join(' ', arguments.Select(a => "\"" + a + "\"")), workingDirectory, timeout, environment, mergeErrorIntoOutput: false);
    }

    private static (int ExitCode, string Output, string Error) Run(string fileName, string arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment, bool mergeErrorIntoOutput)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using Process process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var error = mergeErrorIntoOutput ? output : new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish in {timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString(), mergeErrorIntoOutput ? string.Empty : error.ToString());
        }
    }
}
