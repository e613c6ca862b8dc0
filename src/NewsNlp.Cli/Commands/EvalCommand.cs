using System.CommandLine;
using System.Globalization;
using NewsNlp.Cli.Progress;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp eval</c>: accuracy of each stage on gold data.</summary>
internal static class EvalCommand
{
    private static readonly string[] s_defaultTokenSets =
    [
        "ud-english-gum/en_gum-ud-test.conllu",
        "ud-english-ewt/en_ewt-ud-test.conllu",
    ];

    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Measure accuracy on gold data.");
        command.Add(CreateTokens(console));
        command.Add(CreateSentences(console));
        command.Add(EntityCommands.CreateEval(console));
        command.Add(QuoteCommands.CreateEval(console));
        return command;
    }

    private static readonly string[] s_defaultSentenceSets =
    [
        "ud-english-gum/en_gum-ud-test.conllu",
        "ud-english-ewt/en_ewt-ud-test.conllu",
        "ud-english-pud/en_pud-ud-test.conllu",
    ];

    private static Command CreateSentences(CliConsole console)
    {
        var data = new Option<FileInfo[]>("--data") { Description = "CoNLL-U files, or .jsonl files in the JSON contract with \"text\". Default: UD English GUM, EWT and PUD test from ../shared/corpora.", AllowMultipleArgumentsPerToken = true };
        var golden = new Option<string>("--golden") { Description = "Golden rules to score: test (Pragmatic Segmenter + pySBD golden rules), dev (pySBD's other cases) or none. Default: test without --data, none with it." };
        var model = new Option<FileInfo>("--model") { Description = "A sentence model zip to evaluate instead of the embedded one." };
        var command = new Command("sentences", "Sentence-span F1 and boundary precision/recall on CoNLL-U, and golden-rule accuracy.") { data, golden, model };
        command.SetAction(parse => RunSentences(parse.GetValue(data), parse.GetValue(golden), parse.GetValue(model), console));
        return command;
    }

    internal static int RunSentences(FileInfo[]? data, string? golden, FileInfo? model, CliConsole console)
    {
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        bool defaults = data is not { Length: > 0 };
        golden ??= defaults ? "test" : "none";
        if (golden is not ("test" or "dev" or "none"))
        {
            console.Error.WriteLine($"newsnlp: --golden must be test, dev or none, not '{golden}'.");
            return ExitCodes.Usage;
        }

        if (EvalReport.TryCreatePipeline(NewsPipelineOptions.Default with { SentenceModelPath = model?.FullName }, console) is not { } pipeline)
        {
            return ExitCodes.DataMissing;
        }

        try
        {
            List<string> files = defaults ? [.. s_defaultSentenceSets.Select(CorpusLocator.File)] : [.. data!.Select(f => f.FullName)];
            foreach (string file in files)
            {
                if (!File.Exists(file))
                {
                    throw new FileNotFoundException($"data file not found: {file}", file);
                }

                SentenceScores scores = CliProgress.RunWithStatus(console, $"Evaluating sentences on {Path.GetFileName(file)}", plainStatusLines: false, _ =>
                    file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                        ? SentenceEvaluation.Evaluate(pipeline, AnnotatedDocumentReader.Read(file))
                        : SentenceEvaluation.Evaluate(pipeline, ConlluReader.ReadDocuments(file)));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sentences {Path.GetFileName(file)}: F1 {scores.Spans.F1:F4} (P {scores.Spans.Precision:F4} R {scores.Spans.Recall:F4}, gold {scores.Spans.Gold}); boundaries P {scores.Boundaries.Precision:F4} R {scores.Boundaries.Recall:F4}"));
            }

            if (golden != "none")
            {
                string corpora = CorpusLocator.Find();
                var cases = golden == "test" ? GoldenRuleReader.ReadTestCases(corpora) : GoldenRuleReader.ReadDevelopmentCases(corpora);
                foreach (var set in cases.GroupBy(c => c.Set))
                {
                    var (accuracy, failures) = CliProgress.RunWithStatus(console, $"Evaluating golden rules {set.Key}", plainStatusLines: false, _ =>
                        SentenceEvaluation.EvaluateGoldenRules(pipeline, set));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"golden rules {set.Key}: {set.Count() - failures.Count}/{set.Count()} = {accuracy:F3}"));
                    foreach (var (failed, got) in failures)
                    {
                        output.WriteLine($"  failed: {Quote(failed.Input)}");
                        output.WriteLine($"    expected {string.Join(" | ", failed.Expected.Select(Quote))}");
                        output.WriteLine($"    got      {string.Join(" | ", got.Select(Quote))}");
                    }
                }
            }
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.DataMissing;
        }

        return ExitCodes.Success;
    }

    private static readonly System.Text.Json.JsonSerializerOptions s_readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s.Length > 140 ? s[..140] + "…" : s, s_readable);

    private static Command CreateTokens(CliConsole console)
    {
        var data = new Option<FileInfo[]>("--data") { Description = "CoNLL-U files. Default: UD English GUM and EWT test from ../shared/corpora.", AllowMultipleArgumentsPerToken = true };
        var errors = new Option<int>("--errors") { Description = "Print the N most frequent disagreements per file.", DefaultValueFactory = _ => 0 };
        var command = new Command("tokens", "Token F1 against UD gold syntactic words, compared as character spans.") { data, errors };
        command.SetAction(parse => RunTokens(parse.GetValue(data), parse.GetValue(errors), console));
        return command;
    }

    internal static int RunTokens(FileInfo[]? data, int errorCount, CliConsole console)
    {
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        List<string> files;
        try
        {
            files = data is { Length: > 0 } ? [.. data.Select(f => f.FullName)] : [.. s_defaultTokenSets.Select(CorpusLocator.File)];
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.DataMissing;
        }

        foreach (string file in files)
        {
            if (!File.Exists(file))
            {
                console.Error.WriteLine($"newsnlp: data file not found: {file}");
                return ExitCodes.DataMissing;
            }

            var mismatches = errorCount > 0 ? new List<TokenMismatch>() : null;
            PrecisionRecall score = CliProgress.RunWithStatus(console, $"Evaluating tokens on {Path.GetFileName(file)}", plainStatusLines: false, _ =>
                TokenEvaluation.Evaluate(NewsTokenizer.Default, ConlluReader.ReadDocuments(file), mismatches));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens {Path.GetFileName(file)}: {score}"));
            if (mismatches is not null)
            {
                foreach (var group in mismatches.GroupBy(m => (m.Gold, m.Predicted)).OrderByDescending(g => g.Count()).Take(errorCount))
                {
                    output.WriteLine($"  {group.Count(),4}  gold [{group.Key.Gold}]  predicted [{group.Key.Predicted}]");
                }
            }
        }

        return ExitCodes.Success;
    }
}
