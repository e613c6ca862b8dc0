using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The mean time of a case divided by the mean time of the case that differs only in its <c>Megabytes</c> parameter,
/// which is 1: "x 1 MB" of a 10 MB case is 10x when the time is linear in the size.
/// </summary>
internal sealed class ScalingRatioColumn : IColumn
{
    private const string SizeParameter = nameof(LinearTimeBenchmarks.Megabytes);

    public string Id => nameof(ScalingRatioColumn);

    public string ColumnName => "x 1 MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 20;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "mean time relative to the same shape at 1 MB (linear: equal to the size in MB; target for 10 MB: at most 12x)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string others = OtherParameters(benchmarkCase);
        BenchmarkCase? reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == benchmarkCase.Descriptor.Type
            && c.Descriptor.WorkloadMethod == benchmarkCase.Descriptor.WorkloadMethod
            && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo
            && Equals(c.Parameters[SizeParameter], 1)
            && OtherParameters(c) == others);
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? referenceMean = reference is null ? null : summary[reference]?.ResultStatistics?.Mean;
        return mean is > 0 && referenceMean is > 0
            ? (mean.Value / referenceMean.Value).ToString("0.0", CultureInfo.InvariantCulture) + "x"
            : "-";
    }

    public bool IsAvailable(Summary summary) =>
        summary?.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == SizeParameter)) == true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static string OtherParameters(BenchmarkCase benchmarkCase) =>
        string.Join(";", benchmarkCase.Parameters.Items.Where(p => p.Name != SizeParameter).Select(p => $"{p.Name}={p.Value}"));
}
