using System.CommandLine;
using System.Globalization;
using NewsNlp.Cli.Progress;
using NewsNlp.Models;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Entities;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train entities</c> and <c>newsnlp eval entities</c>.</summary>
internal static class EntityCommands
{
    /// <summary>Our own annotated news, relative to the repository root (where the CLI is normally run).</summary>
    public const string NewsTrainPath = "tests/NewsNlp.Tests/Data/news/news-train.jsonl";

    private static readonly string[] s_defaultSets =
    [
        "uner-english-pud/en_pud-ud-test.iob2",
        "uner-english-ewt/en_ewt-ud-test.iob2",
        "ud-english-gum/en_gum-ud-test.conllu",
    ];

    public static Command CreateTrain(CliConsole console)
    {
        var defaults = new EntityTrainingOptions();
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the model zip.", DefaultValueFactory = _ => new FileInfo("entities.zip") };
        var seed = new Option<int>("--seed") { Description = "ML.NET seed.", DefaultValueFactory = _ => defaults.Seed };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => defaults.L1Regularization };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => defaults.L2Regularization };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iterations at most.", DefaultValueFactory = _ => defaults.MaximumIterations };
        var sources = new Option<string>("--sources") { Description = $"Comma-separated training sources among {string.Join(", ", EntityTrainingOptions.AllSources)}.", DefaultValueFactory = _ => string.Join(',', defaults.Sources) };
        var news = new Option<FileInfo>("--news") { Description = "Our annotated news (JSON contract) for the 'news' source.", DefaultValueFactory = _ => new FileInfo(NewsTrainPath) };
        var repeats = new Option<int>("--news-repeats") { Description = "How many times the news train documents are given to the trainer.", DefaultValueFactory = _ => defaults.NewsRepeats };
        var sourceRepeats = new Option<string>("--repeats") { Description = "How many times other sources' documents are given to the trainer, as source=count pairs separated by commas (e.g. uner-ewt=2).", DefaultValueFactory = _ => "" };
        var newsDocuments = new Option<int>("--news-documents") { Description = "How many news train documents, from the file's start, the tagger learns from (the later ones did not help it on dev).", DefaultValueFactory = _ => defaults.NewsDocuments };
        var command = new Command("entities", "Train the PER/ORG/LOC tagger (ML.NET maximum entropy) and report dev F1.") { output, seed, l1, l2, iterations, sources, news, repeats, sourceRepeats, newsDocuments };
        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(output)!;
            if (TrainCommand.CheckCorporaAndOutput(console, file, out string corpora) is int failure)
            {
                return failure;
            }

            string[] chosen = parse.GetValue(sources)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (chosen.FirstOrDefault(s => !EntityTrainingOptions.AllSources.Contains(s)) is { } unknown)
            {
                console.Error.WriteLine($"newsnlp: unknown source '{unknown}'; known: {string.Join(", ", EntityTrainingOptions.AllSources)}");
                return ExitCodes.Usage;
            }

            var repeatsBySource = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string pair in parse.GetValue(sourceRepeats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string[] parts = pair.Split('=', 2);
                if (parts.Length != 2 || !EntityTrainingOptions.AllSources.Contains(parts[0]) || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) || count < 1)
                {
                    console.Error.WriteLine($"newsnlp: --repeats wants source=count pairs with a known source and a count of at least 1, not '{pair}'");
                    return ExitCodes.Usage;
                }

                repeatsBySource[parts[0]] = count;
            }

            var options = new EntityTrainingOptions
            {
                Seed = parse.GetValue(seed),
                L1Regularization = parse.GetValue(l1),
                L2Regularization = parse.GetValue(l2),
                MaximumIterations = parse.GetValue(iterations),
                Sources = chosen,
                NewsTrainPath = parse.GetValue(news)?.FullName,
                NewsRepeats = parse.GetValue(repeats),
                SourceRepeats = repeatsBySource,
                NewsDocuments = parse.GetValue(newsDocuments),
            };
            CliProgress.RunWithStatus(console, "Training the entity model", plainStatusLines: true, progress =>
                EntityModelTrainer.Train(corpora, file.FullName, options, progress.Status));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateEval(CliConsole console)
    {
        var data = new Option<FileInfo[]>("--data") { Description = "IOB2 (.iob2, Universal NER), CoNLL-U with GUM's entity layer (.conllu) or JSON-contract (.jsonl) files. Default: Universal NER PUD and EWT test, GUM test.", AllowMultipleArgumentsPerToken = true };
        var model = new Option<FileInfo>("--model") { Description = "An entity model zip to evaluate instead of the embedded one." };
        var errors = new Option<int>("--errors") { Description = "Print the error types with up to N examples each.", DefaultValueFactory = _ => 0 };
        var command = new Command("entities", "CoNLL exact-match entity precision/recall/F1, overall and per label.") { data, model, errors };
        command.SetAction(parse => RunEval(parse.GetValue(data), parse.GetValue(model), parse.GetValue(errors), console));
        return command;
    }

    internal static int RunEval(FileInfo[]? data, FileInfo? model, int errorExamples, CliConsole console)
    {
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        if (EvalReport.TryCreatePipeline(NewsPipelineOptions.Default with { EntityModelPath = model?.FullName }, console) is not { } pipeline)
        {
            return ExitCodes.DataMissing;
        }

        try
        {
            List<string> files = data is { Length: > 0 } ? [.. data.Select(f => f.FullName)] : [.. s_defaultSets.Select(CorpusLocator.File)];
            foreach (string file in files)
            {
                if (!File.Exists(file))
                {
                    throw new FileNotFoundException($"data file not found: {file}", file);
                }

                IEnumerable<AnnotatedDocument> documents = Path.GetExtension(file).ToLowerInvariant() switch
                {
                    ".jsonl" => AnnotatedDocumentReader.Read(file),
                    ".conllu" => GumEntityReader.Read(file),
                    _ => TaggedCorpusReader.Read(file),
                };
                var examples = errorExamples > 0 ? new Dictionary<string, List<string>>() : null;
                EntityScores scores = CliProgress.RunWithStatus(console, $"Evaluating entities on {Path.GetFileName(file)}", plainStatusLines: false, _ =>
                    EntityEvaluation.Evaluate(pipeline, documents, examples));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"entities {Path.GetFileName(file)}: F1 {scores.All.F1:F4} (P {scores.All.Precision:F4} R {scores.All.Recall:F4}, gold {scores.All.Gold}) | ")
                    + string.Join(" ", scores.ByLabel.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} F1 {p.Value.F1:F4} (P {p.Value.Precision:F4} R {p.Value.Recall:F4}, gold {p.Value.Gold})"))));
                EvalReport.WriteErrors(output, scores.Errors, examples, errorExamples);
            }
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.DataMissing;
        }

        return ExitCodes.Success;
    }
}
