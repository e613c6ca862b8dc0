using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Cli.Io;
using NewsNlp.Cli.Progress;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp analyze</c>: JSONL in, JSONL out; or one plain text document in, one pretty JSON document out.</summary>
internal static class AnalyzeCommand
{
    private static readonly JsonWriterOptions s_lineOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // output is data, never HTML: keep “quotes” readable
        SkipValidation = false,
    };

    public static Command Create(CliConsole console)
    {
        var input = new Option<FileInfo?>("--input", "-i") { Description = "Input file: JSONL ({\"id\", \"text\"} per line) or plain text. Default: standard input." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output file, written atomically. Default: standard output." };
        var tokens = new Option<bool>("--tokens") { Description = "Add each token's start and end." };
        var format = new Option<InputFormat>("--format") { Description = "Input format: auto (by extension: .jsonl/.ndjson are JSONL), jsonl or text.", DefaultValueFactory = _ => InputFormat.Auto };
        var command = new Command("analyze", "Find sentences, entities and quotes in news text.") { input, output, tokens, format };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(input), parse.GetValue(output), parse.GetValue(tokens), parse.GetValue(format), console, cancellationToken)));
        return command;
    }

    internal static int Run(FileInfo? input, FileInfo? output, bool includeTokens, InputFormat format, CliConsole console, CancellationToken cancellationToken) =>
        Run(input, output, includeTokens, format, console, analyzer: null, cancellationToken);

    /// <summary>
    /// Runs <c>analyze</c>; <paramref name="analyzer"/>, when given, analyses the JSONL records instead of an in-process
    /// pipeline (<c>cluster analyze</c> passes the cluster), so both write exactly the same lines.
    /// </summary>
    internal static int Run(
        FileInfo? input, FileInfo? output, bool includeTokens, InputFormat format, CliConsole console,
        Func<IEnumerable<InputRecord>, CancellationToken, IEnumerable<(InputRecord Record, NewsDocument? Document)>>? analyzer,
        CancellationToken cancellationToken)
    {
        bool jsonl = format == InputFormat.Jsonl || (format == InputFormat.Auto && input is not null
            && (input.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || input.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)));

        // JSONL files are read as bytes so that a line of invalid UTF-8 is rejected by number, not silently altered.
        Stream? inputStream = null;
        TextReader reader;
        try
        {
            if (input is not null && jsonl)
            {
                inputStream = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                reader = TextReader.Null;
            }
            else
            {
                reader = input is null ? console.In : new StreamReader(input.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"newsnlp: cannot read {input!.FullName}: {e.Message}");
            return ExitCodes.InputUnreadable;
        }

        using (inputStream)
        using (input is null ? null : reader)
        {
            AtomicFileWriter? file = null;
            try
            {
                file = output is null ? null : AtomicFileWriter.Create(output.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"newsnlp: cannot write {output!.FullName}: {e.Message}");
                return ExitCodes.OutputUnwritable;
            }

            using (file)
            {
                Stream destination = file?.Stream ?? console.Out;
                int exitCode;
                try
                {
                    IEnumerable<InputRecord> records = inputStream is not null ? JsonlInputReader.Read(inputStream) : JsonlInputReader.Read(reader);
                    if (jsonl)
                    {
                        if (analyzer is null)
                        {
                            var pipeline = NewsPipeline.CreateDefault();
                            analyzer = (lines, token) => pipeline.AnalyzeMany(lines, r => r.Text, token);
                        }

                        exitCode = CliProgress.Run(console, $"Analysing {input?.Name ?? "standard input"}", inputStream?.Length, progress =>
                            AnalyzeLines(analyzer(records, cancellationToken), destination, includeTokens, progress, inputStream));
                    }
                    else
                    {
                        exitCode = AnalyzeText(NewsPipeline.CreateDefault(), reader, input, destination, includeTokens, cancellationToken);
                    }

                    destination.Flush();
                }
                catch (OperationCanceledException)
                {
                    console.Error.WriteLine("newsnlp: cancelled; no output written.");
                    return ExitCodes.Cancelled;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"newsnlp: {e.Message}");
                    return input is not null && e is FileNotFoundException or DirectoryNotFoundException
                        ? ExitCodes.InputUnreadable
                        : ExitCodes.OutputUnwritable;
                }

                try
                {
                    file?.Commit();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"newsnlp: cannot write {output!.FullName}: {e.Message}");
                    return ExitCodes.OutputUnwritable;
                }

                return exitCode;
            }
        }
    }

    private static int AnalyzeLines(
        IEnumerable<(InputRecord Record, NewsDocument? Document)> results, Stream destination, bool includeTokens, IProgressReporter progress, Stream? input)
    {
        // Not disposed: disposing would close the destination, which belongs to the caller.
        var buffered = new BufferedStream(destination, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered, s_lineOptions);
        long rejected = 0;
        long analysed = 0;
        foreach ((InputRecord record, NewsDocument? document) in results)
        {
            if (document is null)
            {
                rejected++;
                progress.WriteLine($"newsnlp: line {record.LineNumber}: {record.Error}");
                continue;
            }

            NewsJson.Write(writer, document, record.Id, includeTokens);
            writer.Flush();
            writer.Reset();
            buffered.WriteByte((byte)'\n');
            if ((++analysed & 63) == 0)
            {
                // The input is read between our MoveNext calls, never beside them (AnalyzeMany reads its source on the
                // enumerating thread; the cluster client only while we wait for its next result).
                progress.Report(input?.Position ?? analysed, string.Create(CultureInfo.InvariantCulture, $"{analysed:N0} documents"));
            }
        }

        buffered.Flush();
        progress.Report(input?.Position ?? analysed, string.Create(CultureInfo.InvariantCulture, $"{analysed:N0} documents"));
        if (rejected > 0)
        {
            progress.WriteLine($"newsnlp: {rejected} line(s) rejected; the others were analysed.");
            return ExitCodes.RejectedInput;
        }

        return ExitCodes.Success;
    }

    private static int AnalyzeText(NewsPipeline pipeline, TextReader reader, FileInfo? input, Stream destination, bool includeTokens, CancellationToken cancellationToken)
    {
        string text = reader.ReadToEnd();
        NewsDocument document = pipeline.Analyze(text, cancellationToken);
        using var writer = new Utf8JsonWriter(destination, s_lineOptions with { Indented = true });
        JsonElement id = JsonSerializer.SerializeToElement(input?.Name);
        NewsJson.Write(writer, document, id, includeTokens);
        writer.Flush();
        destination.WriteByte((byte)'\n');
        return ExitCodes.Success;
    }
}
