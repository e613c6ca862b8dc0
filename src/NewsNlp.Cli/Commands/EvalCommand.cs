using System.CommandLine;
using System.Globalization;
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
        return command;
    }

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
            PrecisionRecall score = TokenEvaluation.Evaluate(NewsTokenizer.Default, ConlluReader.ReadDocuments(file), mismatches);
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
