using System.Globalization;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp eval sentences</c> with <c>--model</c>: a retrained zip is evaluated instead of the embedded one.</summary>
public sealed partial class EvalSentencesCommandTests
{
    [Fact]
    public void EvalSentences_WithTheShippedModelAsAFile_ReportsTheSameFiguresAsTheEmbeddedOne()
    {
        string data = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", "news-dev.jsonl");
        string model = Path.Combine(RepositoryPaths.Root, "src", "NewsNlp", "Resources", "sentences.zip");

        var (embeddedExit, embedded, embeddedError) = InProcessCli.Run("", "eval", "sentences", "--data", data);
        var (fileExit, fromFile, fileError) = InProcessCli.Run("", "eval", "sentences", "--data", data, "--model", model);

        Assert.True(embeddedExit == 0, embeddedError);
        Assert.True(fileExit == 0, fileError);
        Match line = SentenceLine().Match(fromFile);
        Assert.True(line.Success, fromFile);
        Assert.InRange(double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture), 0.9, 1.0); // about 0.99
        Assert.Equal(embedded, fromFile);
    }

    [Fact]
    public void EvalSentences_MissingModelFile_ExitsWithDataMissingNamingTheFile()
    {
        string data = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", "news-dev.jsonl");
        var (exit, _, error) = InProcessCli.Run("", "eval", "sentences", "--data", data, "--model", "/nonexistent/sentences.zip");
        Assert.Equal(5, exit);
        Assert.Contains("/nonexistent/sentences.zip", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"sentences news-dev\.jsonl: F1 (\d\.\d{4}) \(P \d\.\d{4} R \d\.\d{4}, gold \d+\)")]
    private static partial Regex SentenceLine();
}
