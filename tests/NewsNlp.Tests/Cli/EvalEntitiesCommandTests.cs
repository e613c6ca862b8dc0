using System.Globalization;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp eval entities</c> on our JSON-contract news test set: the report's shape and plausible figures.</summary>
public sealed partial class EvalEntitiesCommandTests
{
    [Fact]
    public void EvalEntities_OnTheNewsTestSet_ReportsOverallAndPerLabelF1WithErrorTypes()
    {
        string data = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", "news-test.jsonl");
        var (exit, output, error) = InProcessCli.Run("", "eval", "entities", "--data", data, "--errors", "1");

        Assert.True(exit == 0, error);
        Match overall = OverallLine().Match(output);
        Assert.True(overall.Success, output);
        double f1 = double.Parse(overall.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(f1, 0.75, 1.0); // the shipped model scores about 0.80 here
        Assert.Contains("gold 689", output, StringComparison.Ordinal);
        Assert.Contains("PER F1", output, StringComparison.Ordinal);
        Assert.Contains("ORG F1", output, StringComparison.Ordinal);
        Assert.Contains("LOC F1", output, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+\d+\s+(missed|spurious|boundary) (PER|ORG|LOC)", output);
    }

    [Fact]
    public void EvalEntities_MissingDataFile_ExitsWithDataMissing()
    {
        var (exit, _, error) = InProcessCli.Run("", "eval", "entities", "--data", "/nonexistent/file.iob2");
        Assert.Equal(5, exit);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"entities news-test\.jsonl: F1 (\d\.\d{4}) \(P \d\.\d{4} R \d\.\d{4}, gold \d+\)")]
    private static partial Regex OverallLine();
}
