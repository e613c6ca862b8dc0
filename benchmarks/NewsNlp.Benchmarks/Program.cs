using BenchmarkDotNet.Running;
using NewsNlp.Benchmarks;

// dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- [--quick] [BenchmarkDotNet options, e.g. --filter *Tokenizer*]
// --quick: every benchmark with one short job (about two minutes in all). Without arguments: every benchmark, default job.
// --streaming-memory [--megabytes 200]: not a BenchmarkDotNet run; streams that much JSONL through the CLI and
//   reports its peak working set (build src/NewsNlp.Cli in Release first).
// --scale-out [--documents 10000] [--rounds 5]: not a BenchmarkDotNet run; the same documents through in-process
//   AnalyzeMany and through AnalyzeManyAsync against 1 and 2 `newsnlp cluster silo` processes: documents/s and CPU
//   overhead per document (build src/NewsNlp.Cli in Release first).
if (args.Contains(StreamingMemory.Switch, StringComparer.OrdinalIgnoreCase))
{
    return StreamingMemory.Run(args);
}

if (args.Contains(ScaleOut.Switch, StringComparer.OrdinalIgnoreCase))
{
    return await ScaleOut.RunAsync(args);
}

bool quick = args.Contains("--quick", StringComparer.OrdinalIgnoreCase);
string[] rest = [.. args.Where(a => !a.Equals("--quick", StringComparison.OrdinalIgnoreCase))];
bool selects = rest.Any(a => a is "--filter" or "-f" or "--list" or "--allCategories" or "--anyCategories" or "--info" or "--help" or "-h" or "--version");
if (!selects)
{
    rest = [.. rest, "--filter", "*"]; // run all rather than prompt: the suite is small
}

BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(rest, BenchmarkConfig.Create(quick));
return 0;
