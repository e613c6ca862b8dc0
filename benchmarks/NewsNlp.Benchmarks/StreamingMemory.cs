using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Harness mode <c>--streaming-memory</c>: streams a large JSONL file through the real CLI
/// (<c>newsnlp analyze --input big.jsonl --output out.jsonl</c>, run from src/NewsNlp.Cli's Release build) and
/// reports the process's peak working set, sampled from the kernel's high-water mark (VmHWM in /proc/PID/status)
/// while it runs. The target is a peak below 400 MB for 200 MB of input: memory must not grow with the input.
/// </summary>
internal static class StreamingMemory
{
    public const string Switch = "--streaming-memory";

    public static int Run(string[] args)
    {
        int megabytes = HarnessArguments.IntOption(args, "--megabytes", 200);
        string root = HarnessArguments.RepositoryRoot();
        string cli = Path.Combine(root, "src", "NewsNlp.Cli", "bin", "Release", "net10.0", "NewsNlp.Cli.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: run `dotnet build src/NewsNlp.Cli -c Release` first.");
            return 1;
        }

        string folder = Directory.CreateTempSubdirectory("newsnlp-streaming-").FullName;
        try
        {
            string input = Path.Combine(folder, "big.jsonl");
            string output = Path.Combine(folder, "out.jsonl");
            (long documents, long bytes) = WriteInput(input, (long)megabytes << 20);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {bytes / 1048576.0:F1} MB, {documents:N0} documents ({input})"));

            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string argument in new[] { cli, "analyze", "--input", input, "--output", output })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["CI"] = "true"; // no progress display
            var timer = Stopwatch.StartNew();
            using Process process = Process.Start(start)!;
            Task<string> errors = process.StandardError.ReadToEndAsync();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            long peak = 0;
            var samples = new List<(double Seconds, long Rss)>();
            while (!process.WaitForExit(100))
            {
                (long rss, long hwm) = ReadMemory(process);
                peak = Math.Max(peak, hwm);
                samples.Add((timer.Elapsed.TotalSeconds, rss));
            }

            timer.Stop();
            string error = errors.Result + stdout.Result;
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"newsnlp exited with {process.ExitCode}: {error}");
                return 1;
            }

            long outputLines = File.ReadLines(output).LongCount();
            if (outputLines != documents)
            {
                Console.Error.WriteLine($"expected {documents} output lines, found {outputLines}");
                return 1;
            }

            Console.WriteLine(Report(megabytes, bytes, documents, new FileInfo(output).Length, timer.Elapsed, peak, samples));
            return peak < 400L << 20 ? 0 : 2;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Report(int megabytes, long bytes, long documents, long outputBytes, TimeSpan elapsed, long peak, List<(double Seconds, long Rss)> samples)
    {
        var text = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Streaming {megabytes} MB of JSONL through `newsnlp analyze --input big.jsonl --output out.jsonl` ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
        text.AppendLine();
        text.AppendLine("| input | documents | output | time | input MB/s | peak working set | target |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        text.AppendLine(c, $"| {bytes / 1048576.0:F1} MB | {documents:N0} | {outputBytes / 1048576.0:F1} MB | {elapsed.TotalSeconds:F1} s | {bytes / 1048576.0 / elapsed.TotalSeconds:F1} | **{peak / 1048576.0:F0} MB** | < 400 MB |");
        text.AppendLine();
        text.Append("Working set (RSS) over the run, by tenth of the time: ");
        for (int tenth = 1; tenth <= 10 && samples.Count > 0; tenth++)
        {
            (double _, long rss) = samples[Math.Min(samples.Count - 1, (samples.Count * tenth / 10) - 1 < 0 ? 0 : (samples.Count * tenth / 10) - 1)];
            text.Append(c, $"{rss / 1048576.0:F0}").Append(tenth < 10 ? ", " : " MB");
        }

        return text.ToString();
    }

    /// <summary>Current and peak resident set size of a process, in bytes (Linux: /proc; elsewhere the Process API).</summary>
    private static (long Rss, long Peak) ReadMemory(Process process)
    {
        try
        {
            string status = File.ReadAllText($"/proc/{process.Id}/status");
            return (Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "VmHWM:") * 1024);
        }
        catch (IOException)
        {
            process.Refresh();
            return (process.WorkingSet64, process.PeakWorkingSet64);
        }
    }

    private static long Kilobytes(string status, string field)
    {
        int at = status.IndexOf(field, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        ReadOnlySpan<char> rest = status.AsSpan(at + field.Length);
        rest = rest[..rest.IndexOf('\n')].Trim();
        return long.Parse(rest[..rest.IndexOf(' ')], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// JSONL of news-like documents (one to eight paragraphs, and every 500th a 256 K-character document) until
    /// <paramref name="targetBytes"/> is reached. Deterministic.
    /// </summary>
    private static (long Documents, long Bytes) WriteInput(string path, long targetBytes)
    {
        string[] paragraphs = NewsCorpus.Paragraphs(NewsCorpus.Build(4 << 20));
        string large = NewsCorpus.Build(256 * 1024);
#pragma warning disable CA5394 // reproducible test data, not security
        var random = new Random(NewsCorpus.Seed);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(stream);
        long documents = 0;
        while (stream.Position + writer.BytesPending < targetBytes)
        {
            documents++;
            string text = documents % 500 == 0
                ? large
                : string.Join(NewsCorpus.ParagraphSeparator, Enumerable.Range(0, random.Next(1, 9)).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
#pragma warning restore CA5394
            writer.WriteStartObject();
            writer.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"doc-{documents}"));
            writer.WriteString("text", text);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }

        return (documents, stream.Position);
    }
}
