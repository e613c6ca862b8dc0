using Microsoft.ML.Transforms;

namespace NewsNlp.MachineLearning;

/// <summary>
/// The row mapping behind <c>AnalyzeNews</c>: one document in, its analysis out. ML.NET
/// saves only the contract name of a custom mapping and, on load, asks the subclass registered under that name for
/// the mapping again; so each supported stage set is a subclass with its own contract name.
/// </summary>
internal abstract class NewsAnalysisMapping : CustomMappingFactory<NewsTextRow, NewsAnalysisRow>
{
    protected abstract NewsPipelineStages Stages { get; }

    public override Action<NewsTextRow, NewsAnalysisRow> GetMapping()
    {
        // One pipeline per transformer: it is thread-safe, and ML.NET may run the mapping on parallel cursors.
        NewsPipeline pipeline = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = Stages });
        return (input, output) => Map(pipeline, input.Text ?? string.Empty, output);
    }

    internal static void Map(NewsPipeline pipeline, string text, NewsAnalysisRow output)
    {
        NewsDocument document = pipeline.Analyze(text);
        IReadOnlyList<Entity> entities = document.Entities;
        var entityTexts = new string[entities.Count];
        var entityLabels = new string[entities.Count];
        for (int i = 0; i < entities.Count; i++)
        {
            entityTexts[i] = entities[i].Text;
            entityLabels[i] = entities[i].Label.ToCode();
        }

        IReadOnlyList<Quote> quotes = document.Quotes;
        var quoteTexts = new string[quotes.Count];
        var quoteSpeakers = new string[quotes.Count];
        for (int i = 0; i < quotes.Count; i++)
        {
            quoteTexts[i] = quotes[i].Text;
            // Empty, not missing, for an unattributed quote: the two vectors stay aligned index by index.
            quoteSpeakers[i] = quotes[i].Speaker?.Name ?? string.Empty;
        }

        output.EntityTexts = entityTexts;
        output.EntityLabels = entityLabels;
        output.QuoteTexts = quoteTexts;
        output.QuoteSpeakers = quoteSpeakers;
        output.SentenceCount = document.Sentences.Count;
    }
}
