using System.CommandLine;
using NewsNlp.Cli.Progress;
using NewsNlp.Models;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;
using NewsNlp.Training.Quotes;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train quotes</c> and <c>newsnlp eval quotes</c>.</summary>
internal static class QuoteCommands
{
    /// <summary>Our own annotated news test file, relative to the repository root: for reporting only.</summary>
    public const string NewsTestPath = "tests/NewsNlp.Tests/Data/news/news-test.jsonl";

    public static Command CreateTrain(CliConsole console)
    {
        var defaults = new QuoteTrainingOptions();
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the model zip.", DefaultValueFactory = _ => new FileInfo("quotes.zip") };
        var seed = new Option<int>("--seed") { Description = "ML.NET seed.", DefaultValueFactory = _ => defaults.Seed };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => defaults.L1Regularization };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => defaults.L2Regularization };
        var gum = new Option<bool>("--gum") { Description = "Also train on the quotations of commercially usable GUM train documents.", DefaultValueFactory = _ => defaults.UseGum };
        var genres = new Option<string>("--gum-genres") { Description = "Comma-separated GUM genres to train on (e.g. news,interview,fiction).", DefaultValueFactory = _ => string.Join(',', defaults.GumGenres) };
        var news = new Option<FileInfo>("--news") { Description = "Our annotated news train file (JSON contract).", DefaultValueFactory = _ => new FileInfo(EntityCommands.NewsTrainPath) };
        var folds = new Option<int>("--cross-validate") { Description = "Instead of training, report K-fold cross-validation over the news train file (K folds).", DefaultValueFactory = _ => 0 };
        var errors = new Option<int>("--errors") { Description = "With --cross-validate: print the error types with up to N examples each.", DefaultValueFactory = _ => 0 };
        var command = new Command("quotes", "Train the quotation speaker ranker (ML.NET logistic regression) and report dev scores.") { output, seed, l1, l2, gum, genres, news, folds, errors };
        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(output)!;
            if (TrainCommand.CheckCorporaAndOutput(console, file, out string corpora) is int failure)
            {
                return failure;
            }

            FileInfo newsFile = parse.GetValue(news)!;
            if (!newsFile.Exists)
            {
                console.Error.WriteLine($"newsnlp: news train file not found: {newsFile.FullName}");
                return ExitCodes.DataMissing;
            }

            var options = new QuoteTrainingOptions
            {
                Seed = parse.GetValue(seed),
                L1Regularization = parse.GetValue(l1),
                L2Regularization = parse.GetValue(l2),
                UseGum = parse.GetValue(gum),
                GumGenres = parse.GetValue(genres)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                NewsTrainPath = newsFile.FullName,
            };
            int k = parse.GetValue(folds);
            if (k >= 2)
            {
                var examples = parse.GetValue(errors) > 0 ? new Dictionary<string, List<string>>() : null;
                QuoteScores scores = CliProgress.RunWithStatus(console, "Cross-validating the quote model", plainStatusLines: true, progress =>
                    QuoteModelTrainer.CrossValidate(corpora, options, k, progress.Status, examples));
                using var writer = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
                writer.WriteLine(QuoteModelTrainer.Describe($"{k}-fold cross-validation on {newsFile.Name}", scores));
                EvalReport.WriteErrors(writer, scores.Errors, examples, parse.GetValue(errors));
                return ExitCodes.Success;
            }

            CliProgress.RunWithStatus(console, "Training the quote model", plainStatusLines: true, progress =>
                QuoteModelTrainer.Train(corpora, file.FullName, options, progress.Status));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateEval(CliConsole console)
    {
        var data = new Option<FileInfo[]>("--data") { Description = "JSON-contract (.jsonl) files with gold quotations, or 'gum-dev'/'gum-test' for the GUM-derived quotations. Default: our news test file and GUM test.", AllowMultipleArgumentsPerToken = true };
        var model = new Option<FileInfo>("--model") { Description = "A quote model zip to evaluate instead of the embedded one." };
        var errors = new Option<int>("--errors") { Description = "Print the error types with up to N examples each.", DefaultValueFactory = _ => 0 };
        var command = new Command("quotes", "Quotation detection P/R/F1, speaker attribution accuracy, end-to-end F1 and pronoun resolution.") { data, model, errors };
        command.SetAction(parse => RunEval(parse.GetValue(data), parse.GetValue(model), parse.GetValue(errors), console));
        return command;
    }

    internal static int RunEval(FileInfo[]? data, FileInfo? model, int errorExamples, CliConsole console)
    {
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        if (EvalReport.TryCreatePipeline(NewsPipelineOptions.Default with { QuoteModelPath = model?.FullName }, console) is not { } pipeline)
        {
            return ExitCodes.DataMissing;
        }

        List<string> sets = data is { Length: > 0 } ? [.. data.Select(f => f.Name is "gum-dev" or "gum-test" ? f.Name : f.FullName)] : [NewsTestPath, "gum-test"];
        try
        {
            foreach (string set in sets)
            {
                (string name, List<AnnotatedDocument> documents) = Load(set);
                var examples = errorExamples > 0 ? new Dictionary<string, List<string>>() : null;
                QuoteScores scores = CliProgress.RunWithStatus(console, $"Evaluating quotations on {name}", plainStatusLines: false, _ =>
                    QuoteEvaluation.Evaluate(pipeline, documents, examples));
                output.WriteLine("quotes " + QuoteModelTrainer.Describe(name, scores));
                if (set.StartsWith("gum-", StringComparison.Ordinal))
                {
                    // GUM marks every quoted stretch, scare quotes and titles too; scored again on its quotations proper.
                    var quotations = documents.Select(d => d with { Quotes = [.. d.Quotes.Where(GumQuoteReader.IsQuotation)] }).ToList();
                    output.WriteLine("quotes " + QuoteModelTrainer.Describe(name + $" (quotations of {GumQuoteReader.MinimumQuotationWords}+ words)", QuoteEvaluation.Evaluate(pipeline, quotations)));
                }

                EvalReport.WriteErrors(output, scores.Errors, examples, errorExamples);
            }
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.DataMissing;
        }
        catch (InvalidDataException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.DataMissing;
        }

        return ExitCodes.Success;
    }

    private static (string Name, List<AnnotatedDocument> Documents) Load(string set)
    {
        if (set is "gum-dev" or "gum-test")
        {
            return ($"GUM {set[4..]} (derived quotations)", [.. GumQuoteReader.Read(CorpusLocator.Find(), set[4..])]);
        }

        if (!File.Exists(set))
        {
            throw new FileNotFoundException($"data file not found: {set}", set);
        }

        return (Path.GetFileName(set), [.. AnnotatedDocumentReader.Read(set)]);
    }
}
