using System.Text;
using System.Text.Json;
using NewsNlp.Cli;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary>
/// <c>newsnlp analyze</c> on hostile input: each case gives a clear message and its documented exit code
/// (README, "CLI"), every good line is still analysed, and no half-written output file is left behind.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input(params string[] lines)
    {
        string path = Path.Combine(_folder, "in.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private string OutputPath => Path.Combine(_folder, "out.jsonl");

    private static string Good(object id, string text) => JsonSerializer.Serialize(new { id, text });

    private string[] OutputIds() =>
        [.. File.ReadAllLines(OutputPath).Select(line =>
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.GetProperty("id").ToString();
        })];

    /// <summary>Nothing but the input and the finished output (if any) in the folder: no temporary file survives.</summary>
    private void AssertNoTemporaryFiles() =>
        Assert.DoesNotContain(Directory.GetFiles(_folder), f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal));

    [Fact]
    public void Analyze_MalformedJson_NamesEachBadLineAndAnalysesTheRest()
    {
        string input = Input(
            Good("a", "The port reopened on Monday."),
            """{"id": "b", "text": "an unterminated string""",
            """[1, 2, 3]""",
            """this is not JSON at all""",
            """{"id": "c", "text": "Two objects"} {"id": "d"}""",
            Good("e", "Shares rose 3.2%. Bonds fell."));

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Contains("newsnlp: line 2: malformed JSON", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 3: expected a JSON object, found Array", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 4: malformed JSON", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 5: malformed JSON", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: 4 line(s) rejected; the others were analysed.", error, StringComparison.Ordinal);
        Assert.Equal(new[] { "a", "e" }, OutputIds());
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Analyze_MissingText_IsRejectedWithItsLineNumber()
    {
        string input = Input(Good(1, "Talks resumed."), """{"id": 2, "body": "Talks resumed."}""", """{}""", Good(4, "Talks ended."));

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Contains("newsnlp: line 2: missing \"text\"", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 3: missing \"text\"", error, StringComparison.Ordinal);
        Assert.Equal(new[] { "1", "4" }, OutputIds());
    }

    [Fact]
    public void Analyze_NonStringText_IsRejectedNamingWhatWasFound()
    {
        string input = Input(
            """{"id": 1, "text": 42}""",
            """{"id": 2, "text": null}""",
            """{"id": 3, "text": ["The vote passed."]}""",
            """{"id": 4, "text": {"value": "The vote passed."}}""",
            Good(5, "The vote passed."));

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Contains("newsnlp: line 1: \"text\" must be a string, found Number", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 2: \"text\" must be a string, found Null", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 3: \"text\" must be a string, found Array", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 4: \"text\" must be a string, found Object", error, StringComparison.Ordinal);
        Assert.Equal(new[] { "5" }, OutputIds());
    }

    [Fact]
    public void Analyze_BlankLines_AreSkippedAsDocumentedAndSucceed()
    {
        string input = Input("", Good(1, "The vote passed."), "   ", "\t", "", Good(2, "Okafor left."), "");

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(new[] { "1", "2" }, OutputIds());
    }

    [Fact]
    public void Analyze_BlankLines_DoNotShiftTheLineNumbersOfErrors()
    {
        string input = Input("", Good(1, "The vote passed."), "  ", "{broken", Good(5, "Okafor left."));

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Contains("newsnlp: line 4: malformed JSON", error, StringComparison.Ordinal);
        Assert.Equal(new[] { "1", "5" }, OutputIds());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Analyze_ThirtyMegabyteLine_IsAnalysedWholeBetweenOrdinaryLines()
    {
        string sample = File.ReadAllText(RepositoryPaths.SampleArticle).ReplaceLineEndings(" ");
        var text = new StringBuilder(30 << 20);
        while (text.Length < 30 << 20)
        {
            text.Append(sample).Append(' ');
        }

        string huge = text.ToString();
        string input = Input(Good("before", "The vote passed."), Good("huge", huge), Good("after", "Okafor left."));
        Assert.True(new FileInfo(input).Length > 30_000_000);

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        string[] lines = File.ReadAllLines(OutputPath);
        Assert.Equal(3, lines.Length);
        using JsonDocument doc = JsonDocument.Parse(lines[1]);
        Assert.Equal("huge", doc.RootElement.GetProperty("id").GetString());
        JsonElement sentences = doc.RootElement.GetProperty("sentences");
        Assert.True(sentences.GetArrayLength() > 100_000);
        Assert.Equal(huge.TrimEnd().Length, sentences[sentences.GetArrayLength() - 1].GetProperty("end").GetInt32());
    }

    [Fact]
    public void Analyze_InvalidUtf8_RejectsTheLineByNumberAndKeepsTheOthers()
    {
        string input = Path.Combine(_folder, "in.jsonl");
        byte[] overlong = [0xC0, 0xAF]; // an overlong "/": never valid UTF-8
        byte[] lone = [0xED, 0xA0, 0x80]; // an encoded surrogate: never valid UTF-8
        File.WriteAllBytes(input,
        [
            .. Encoding.UTF8.GetBytes(Good(1, "The vote passed.") + "\n"),
            .. Encoding.UTF8.GetBytes("{\"id\": 2, \"text\": \""), .. overlong, .. Encoding.UTF8.GetBytes("\"}\n"),
            .. Encoding.UTF8.GetBytes("{\"id\": 3, \"text\": \""), .. lone, .. Encoding.UTF8.GetBytes("\"}\n"),
            .. Encoding.UTF8.GetBytes(Good(4, "Okafor left.") + "\n"),
        ]);

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", input, "--output", OutputPath);

        Assert.Equal(ExitCodes.RejectedInput, exitCode);
        Assert.Contains("newsnlp: line 2: not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("newsnlp: line 3: not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Equal(new[] { "1", "4" }, OutputIds());
    }

    [Fact]
    public void Analyze_MissingInputFile_FailsWithExitCode3AndWritesNothing()
    {
        string missing = Path.Combine(_folder, "nope.jsonl");

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", missing, "--output", OutputPath);

        Assert.Equal(ExitCodes.InputUnreadable, exitCode);
        Assert.Contains($"newsnlp: cannot read {missing}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(OutputPath));
        AssertNoTemporaryFiles();
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void Analyze_UnreadableInput_FailsWithExitCode3AndWritesNothing(string format)
    {
        // A folder given as the input file cannot be opened for reading (file permissions would not stop root).
        string folder = Directory.CreateDirectory(Path.Combine(_folder, "a-folder.jsonl")).FullName;

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", folder, "--format", format, "--output", OutputPath);

        Assert.Equal(ExitCodes.InputUnreadable, exitCode);
        Assert.Contains($"newsnlp: cannot read {folder}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(OutputPath));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Analyze_OutputInMissingFolder_FailsWithExitCode4BeforeReadingAnything()
    {
        string output = Path.Combine(_folder, "no", "such", "folder", "out.jsonl");

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", Input(Good(1, "The vote passed.")), "--output", output);

        Assert.Equal(ExitCodes.OutputUnwritable, exitCode);
        Assert.Contains("newsnlp: cannot write", error, StringComparison.Ordinal);
        Assert.Contains("The output folder does not exist", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "no")));
    }

    [Fact]
    public void Analyze_OutputPathIsAFolder_FailsWithExitCode4AndLeavesNoTemporaryFile()
    {
        string output = Directory.CreateDirectory(Path.Combine(_folder, "out-folder")).FullName;

        var (exitCode, _, error) = InProcessCli.Run("", "analyze", "--input", Input(Good(1, "The vote passed.")), "--output", output);

        Assert.Equal(ExitCodes.OutputUnwritable, exitCode);
        Assert.Contains($"newsnlp: cannot write {output}", error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(output));
        Assert.Empty(Directory.GetFileSystemEntries(output));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Analyze_CancelledHalfway_KeepsThePreviousOutputAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(OutputPath, "the previous result\n");
        string input = Input([.. Enumerable.Range(1, 40).Select(i => i == 20 ? "{broken" : Good(i, $"Document {i} reports on the port."))]);
        using var cancellation = new CancellationTokenSource();

        // Line 20 is rejected; its error message cancels the run, as Ctrl+C would, with documents still to write.
        var error = new CancellingWriter(cancellation, "line 20:");
        var console = new CliConsole(new StringReader(""), new MemoryStream(), error);
        int exitCode = NewsNlp.Cli.Commands.AnalyzeCommand.Run(new FileInfo(input), new FileInfo(OutputPath), false, NewsNlp.Cli.Commands.InputFormat.Auto, console, cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Contains("cancelled; no output written", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("the previous result\n", File.ReadAllText(OutputPath));
        AssertNoTemporaryFiles();
    }

    /// <summary>A standard error that cancels when a given message is written to it.</summary>
    private sealed class CancellingWriter(CancellationTokenSource cancellation, string trigger) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains(trigger, StringComparison.Ordinal) == true)
            {
                cancellation.Cancel();
            }
        }
    }
}
