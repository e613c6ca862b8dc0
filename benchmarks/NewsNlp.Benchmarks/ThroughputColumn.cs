using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>chars/s, tokens/s or tokens/op for a benchmark case, from its mean time and <see cref="WorkloadStats"/>.</summary>
internal sealed class ThroughputColumn(ThroughputKind kind) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{kind}";

    public string ColumnName => kind switch
    {
        ThroughputKind.CharsPerSecond => "chars/s",
        ThroughputKind.TokensPerSecond => "tokens/s",
        _ => "tokens/op",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        ThroughputKind.CharsPerSecond => "UTF-16 code units tokenized per second, from Mean (M = 10^6)",
        ThroughputKind.TokensPerSecond => "Tokens produced per second, from Mean (M = 10^6)",
        _ => "Tokens one operation produces (contenders split text differently)",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        (int chars, int tokens) = WorkloadStats.Get(benchmarkCase);
        if (kind == ThroughputKind.TokensPerOperation)
        {
            return tokens.ToString("N0", CultureInfo.InvariantCulture);
        }

        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0)
        {
            return "NA";
        }

        double perOperation = kind == ThroughputKind.CharsPerSecond ? chars : tokens;
        double perSecond = perOperation / (meanNanoseconds.Value * 1e-9);
        return (perSecond / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " M";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
