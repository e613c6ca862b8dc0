using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>
/// chars/s of a case divided by chars/s of a reference method of the same class and parameters
/// (e.g. "x Lucene" = how many times Lucene's throughput this contender reaches).
/// </summary>
internal sealed class RelativeThroughputColumn(string columnName, string referenceMethod) : IColumn
{
    public string Id => $"{nameof(RelativeThroughputColumn)}.{referenceMethod}";

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"chars/s relative to {referenceMethod} over the same text (higher is faster)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        BenchmarkCase? reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == benchmarkCase.Descriptor.Type
            && c.Descriptor.WorkloadMethod.Name == referenceMethod
            && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo
            && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
        if (reference is null)
        {
            return "-";
        }

        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? referenceMean = summary[reference]?.ResultStatistics?.Mean;
        if (mean is not > 0 || referenceMean is not > 0)
        {
            return "NA";
        }

        double chars = WorkloadStats.Get(benchmarkCase).Chars;
        double referenceChars = WorkloadStats.Get(reference).Chars;
        double ratio = chars / mean.Value / (referenceChars / referenceMean.Value);
        return ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";
    }

    // Shown only in tables that contain the reference method.
    public bool IsAvailable(Summary summary) =>
        summary?.BenchmarksCases.Any(c => c.Descriptor.WorkloadMethod.Name == referenceMethod) == true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
