using System.Globalization;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp eval quotes</c> on our JSON-contract news test file: the report's shape and figures.</summary>
public sealed partial class EvalQuotesCommandTests
{
    [Fact]
    public void EvalQuotes_OnTheNewsTestFile_ReportsDetectionAttributionEndToEndAndPronouns()
    {
        string data = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", "news-test.jsonl");
        var (exit, output, error) = InProcessCli.Run("", "eval", "quotes", "--data", data, "--errors", "1");

        Assert.True(exit == 0, error);
        Match line = ReportLine().Match(output);
        Assert.True(line.Success, output);
        double Figure(int group) => double.Parse(line.Groups[group].Value, CultureInfo.InvariantCulture);
        Assert.Equal("161", line.Groups[2].Value); // gold quotations in the file
        Assert.InRange(Figure(1), 0.98, 1.0); // detection F1: 0.9969 when written
        Assert.InRange(Figure(3), 0.90, 1.0); // attribution: 0.9437 when written
        Assert.InRange(Figure(4), 0.85, 1.0); // end to end: 0.9408 when written
        Assert.DoesNotContain("spurious quotation", output, StringComparison.Ordinal); // no scare quote reported as a quotation
    }

    [Fact]
    public void EvalQuotes_MissingDataFile_ExitsWithDataMissing()
    {
        var (exit, _, error) = InProcessCli.Run("", "eval", "quotes", "--data", "/nonexistent/quotes.jsonl");
        Assert.Equal(5, exit);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"quotes news-test\.jsonl: detection P \d\.\d{4} R \d\.\d{4} F1 (\d\.\d{4}) \(tp \d+, predicted \d+, gold (\d+)\) \| attribution (\d\.\d{4}) \(\d+/\d+\) \| end-to-end F1 (\d\.\d{4}) \| pronouns \d\.\d{4}")]
    private static partial Regex ReportLine();
}
