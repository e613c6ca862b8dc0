using System.Text;
using System.Text.Json;
using NewsNlp.Cli;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        int exitCode = CommandLine.Run(args, new CliConsole(new StringReader(stdin), output, error));
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public void Analyze_JsonlWithBadLines_ReportsLineNumbersProcessesTheRestAndFails()
    {
        string input = Path.Combine(_folder, "in.jsonl");
        string output = Path.Combine(_folder, "out.jsonl");
        File.WriteAllLines(input,
        [
            """{"id": "a", "text": "Okafor said the port would grow. Fishermen objected."}""",
            """{"id": "b", "text": """,
            """{"id": 7}""",
            """{"id": "c", "text": "Shares rose 3.2%."}""",
        ]);

        var (exitCode, _, error) = Run("", "analyze", "--input", input, "--output", output);

        Assert.Equal(2, exitCode);
        Assert.Contains("line 2:", error, StringComparison.Ordinal);
        Assert.Contains("line 3: missing \"text\"", error, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal(2, first.RootElement.GetProperty("sentences").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, first.RootElement.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, first.RootElement.GetProperty("quotes").ValueKind);
        Assert.False(first.RootElement.TryGetProperty("tokens", out _));
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.Equal("c", second.RootElement.GetProperty("id").GetString());
        Assert.Single(Directory.GetFiles(_folder, "*out.jsonl*")); // no temporary file left behind
    }

    [Fact]
    public void Analyze_JsonlWithInvalidUtf8AndCrlf_RejectsOnlyTheBadLine()
    {
        string input = Path.Combine(_folder, "mixed.jsonl");
        byte[] bom = [0xEF, 0xBB, 0xBF];
        byte[] good = Encoding.UTF8.GetBytes("{\"id\": 1, \"text\": \"Caf\u00e9 owners met on Monday.\"}\r\n");
        byte[] bad = [.. Encoding.UTF8.GetBytes("{\"id\": 2, \"text\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}\r\n")];
        byte[] last = Encoding.UTF8.GetBytes("{\"id\": 3, \"text\": \"Talks resume.\"}");
        File.WriteAllBytes(input, [.. bom, .. good, .. bad, .. last]);
        string output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, error) = Run("", "analyze", "--input", input, "--output", output);

        Assert.Equal(2, exitCode);
        Assert.Contains("line 2: not valid UTF-8", error, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":1,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":3,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_JsonlWithTokens_WritesContractOffsets()
    {
        const string text = "“We don't know,” Smith's lawyer said.";
        string line = JsonSerializer.Serialize(new { id = 42, text });

        var (exitCode, output, _) = Run(line + "\n", "analyze", "--format", "jsonl", "--tokens");

        Assert.Equal(0, exitCode);
        using JsonDocument doc = JsonDocument.Parse(output.Trim());
        Assert.Equal(42, doc.RootElement.GetProperty("id").GetInt32());
        string[] tokens = [.. doc.RootElement.GetProperty("tokens").EnumerateArray().Select(t => text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()])];
        Assert.Equal(new[] { "“", "We", "do", "n't", "know", ",", "”", "Smith", "'s", "lawyer", "said", "." }, tokens);
        JsonElement sentence = doc.RootElement.GetProperty("sentences")[0];
        Assert.Equal(0, sentence.GetProperty("start").GetInt32());
        Assert.Equal(text.Length, sentence.GetProperty("end").GetInt32());
    }

    [Fact]
    public void Analyze_PlainTextFile_PrintsOnePrettyDocument()
    {
        var (exitCode, output, _) = Run("", "analyze", "--input", RepositoryPaths.SampleArticle);

        Assert.Equal(0, exitCode);
        Assert.Contains("\n  \"sentences\": [", output, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("sample-article.txt", doc.RootElement.GetProperty("id").GetString());
        string text = File.ReadAllText(RepositoryPaths.SampleArticle);
        JsonElement headline = doc.RootElement.GetProperty("sentences")[0];
        Assert.Equal("Harbour authority approves $4.5bn expansion despite fishermen’s protest",
            text[headline.GetProperty("start").GetInt32()..headline.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Analyze_StandardInput_IsReadAsPlainText()
    {
        var (exitCode, output, _) = Run("Mr. Smith went to Washington. He left.", "analyze");

        Assert.Equal(0, exitCode);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Analyze_OutputFolderMissing_FailsWithoutWritingAnything()
    {
        string output = Path.Combine(_folder, "missing", "out.jsonl");

        var (exitCode, _, error) = Run("""{"text": "Hello."}""", "analyze", "--format", "jsonl", "--output", output);

        Assert.Equal(4, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)));
    }

    [Fact]
    public void Analyze_InputMissing_FailsWithItsOwnExitCode()
    {
        var (exitCode, _, error) = Run("", "analyze", "--input", Path.Combine(_folder, "nope.jsonl"));

        Assert.Equal(3, exitCode);
        Assert.Contains("nope.jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ExistingOutput_IsReplacedWhole()
    {
        string output = Path.Combine(_folder, "out.jsonl");
        File.WriteAllText(output, "old content that must disappear\n");

        var (exitCode, _, _) = Run("""{"id": 1, "text": "New."}""" + "\n", "analyze", "--format", "jsonl", "--output", output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("{\"id\":1,", File.ReadAllText(output), StringComparison.Ordinal);
    }
}
