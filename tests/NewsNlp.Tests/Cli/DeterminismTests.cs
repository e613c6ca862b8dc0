using System.Text.Json;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary>Two runs of <c>newsnlp analyze</c> over the same input give byte-identical output.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-determinism-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Analyze_TwoRunsOverTheSameJsonl_AreByteIdentical()
    {
        // Enough documents, of uneven sizes, for several parallel batches whose documents finish out of order.
        string[] paragraphs = File.ReadAllText(RepositoryPaths.SampleArticle).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(20261125);
        string input = Path.Combine(_folder, "in.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 1500).Select(i => JsonSerializer.Serialize(new
        {
            id = i % 3 == 0 ? (object)i : $"doc-{i}",
            text = string.Join("\n\n", Enumerable.Range(0, random.Next(1, 12)).Select(_ => paragraphs[random.Next(paragraphs.Length)])),
        })));
        string first = Path.Combine(_folder, "first.jsonl");
        string second = Path.Combine(_folder, "second.jsonl");

        var (exit1, _, error1) = InProcessCli.Run("", "analyze", "--input", input, "--output", first, "--tokens");
        var (exit2, _, error2) = InProcessCli.Run("", "analyze", "--input", input, "--output", second, "--tokens");

        Assert.True(exit1 == 0, error1);
        Assert.True(exit2 == 0, error2);
        byte[] a = File.ReadAllBytes(first);
        byte[] b = File.ReadAllBytes(second);
        Assert.Equal(1500, File.ReadLines(first).Count());
        Assert.True(a.AsSpan().SequenceEqual(b), "two analyze runs over the same input differ");
    }

    [Fact]
    public void Analyze_TwoRunsOverTheSamePlainText_AreByteIdentical()
    {
        var (exit1, output1, _) = InProcessCli.Run("", "analyze", "--input", RepositoryPaths.SampleArticle, "--tokens");
        var (exit2, output2, _) = InProcessCli.Run("", "analyze", "--input", RepositoryPaths.SampleArticle, "--tokens");

        Assert.Equal(0, exit1);
        Assert.Equal(0, exit2);
        Assert.Equal(output1, output2);
        Assert.Contains("\"tokens\"", output1, StringComparison.Ordinal);
    }
}
