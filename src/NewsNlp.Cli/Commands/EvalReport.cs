using NewsNlp.Models;

namespace NewsNlp.Cli.Commands;

/// <summary>What the model-evaluating commands (<c>eval sentences</c>, <c>eval entities</c>, <c>eval quotes</c>) share: building the pipeline and listing error types.</summary>
internal static class EvalReport
{
    /// <summary>The pipeline to evaluate, or null after telling the user why it could not be built (a missing or broken model).</summary>
    public static NewsPipeline? TryCreatePipeline(NewsPipelineOptions options, CliConsole console)
    {
        try
        {
            return NewsPipeline.Create(options);
        }
        catch (ModelLoadException e)
        {
            console.Error.WriteLine($"newsnlp: {e.Message}");
            return null;
        }
    }

    /// <summary>Each error type with its count, most frequent first, and up to <paramref name="count"/> examples of it.</summary>
    public static void WriteErrors(TextWriter output, IReadOnlyDictionary<string, int> errors, Dictionary<string, List<string>>? examples, int count)
    {
        if (examples is null)
        {
            return;
        }

        foreach (var (type, n) in errors.OrderByDescending(e => e.Value))
        {
            output.WriteLine($"  {n,5}  {type}");
            foreach (string example in examples[type].Take(count))
            {
                output.WriteLine($"         {example}");
            }
        }
    }
}
