using System.Text.Json;
using NewsNlp.Cli;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary>
/// Live progress (Spectre.Console) only on an interactive terminal, and only on standard error: redirected and CI
/// runs print nothing but their results and plain error lines.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-progress-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input(int documents, params string[] extraLines)
    {
        string path = Path.Combine(_folder, "in.jsonl");
        File.WriteAllLines(path, [.. Enumerable.Range(1, documents).Select(i => JsonSerializer.Serialize(new { id = i, text = $"Report {i}: the port authority approved the plan. Fishermen objected." })), .. extraLines]);
        return path;
    }

    [Theory]
    [InlineData(false, false, null, "xterm-256color", true)]
    [InlineData(false, false, "", "xterm", true)]
    [InlineData(false, false, "false", "xterm", true)]
    [InlineData(true, false, null, "xterm", false)] // stdout to a file or a pipe
    [InlineData(false, true, null, "xterm", false)] // stderr to a file or a pipe
    [InlineData(false, false, "true", "xterm", false)] // CI
    [InlineData(false, false, "1", "xterm", false)]
    [InlineData(false, false, null, "dumb", false)]
    public void IsInteractive_OnlyOnARealTerminalOutsideCi(bool outputRedirected, bool errorRedirected, string? ci, string? term, bool expected) =>
        Assert.Equal(expected, CliConsole.IsInteractive(outputRedirected, errorRedirected, ci, term));

    [Fact]
    public void Analyze_Interactive_DrawsProgressOnStandardErrorAndKeepsStandardOutputPureJson()
    {
        string input = Input(300, "{not json");

        var (exitCode, output, error) = InProcessCli.Run("", interactive: true, new StringWriter(), "analyze", "--input", input);

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Contains("Analysing in.jsonl", error, StringComparison.Ordinal);
        Assert.Contains("300 documents", error, StringComparison.Ordinal);
        Assert.Contains("100%", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 301: malformed JSON", error, StringComparison.Ordinal);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(300, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public void Analyze_NotInteractive_WritesOnlyPlainErrorLines()
    {
        string input = Input(300, "{not json");

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", Path.Combine(_folder, "out.jsonl"));

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("newsnlp: line 301: malformed JSON: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("newsnlp: 1 line(s) rejected; the others were analysed.", lines[1]);
        Assert.DoesNotContain('\u001b', error);
    }

    /// <summary>The real executable with its standard streams redirected, as in a pipeline or a CI job.</summary>
    [Theory]
    [InlineData("true")]
    [InlineData(null)]
    public void Analyze_RedirectedProcess_PrintsNoProgressNoise(string? ci)
    {
        string input = Input(500);
        string output = Path.Combine(_folder, "out.jsonl");
        string cli = Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");

        var (exitCode, stdout, stderr) = ProcessRunner.RunSeparately("dotnet", [cli, "analyze", "--input", input, "--output", output], _folder,
            TimeSpan.FromMinutes(2), new Dictionary<string, string?> { ["CI"] = ci, ["TERM"] = "xterm-256color" });

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(500, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void Analyze_RedirectedProcessWithBadLines_PrintsPlainLinesWithoutEscapeCodes()
    {
        string input = Input(200, "[]");
        string cli = Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");

        var (exitCode, stdout, stderr) = ProcessRunner.RunSeparately("dotnet", [cli, "analyze", "--input", input], _folder,
            TimeSpan.FromMinutes(2), new Dictionary<string, string?> { ["CI"] = "true" });

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Equal(
            ["newsnlp: line 201: expected a JSON object, found Array", "newsnlp: 1 line(s) rejected; the others were analysed."],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\u001b', stderr + stdout);
        Assert.Equal(200, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
