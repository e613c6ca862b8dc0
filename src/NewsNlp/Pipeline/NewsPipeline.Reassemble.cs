using NewsNlp.Tokenization;

namespace NewsNlp;

// Documents analysed in another process (an Orleans silo) travel back as their parts, without the text or the tokens.
public sealed partial class NewsPipeline
{
    // Tokenization only: no stage, no model. Immutable, like every pipeline.
    private static readonly NewsPipeline s_tokensOnly = new(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.None }, NewsTokenizer.Default, []);

    /// <summary>
    /// Rebuilds the document that <see cref="Analyze"/> made of <paramref name="text"/> elsewhere, from the text (which
    /// the caller still has) and the parts the analysis found. The tokens are found again here rather than sent: the
    /// tokenizer is deterministic and has no model, and re-tokenizing costs less than carrying them over the network.
    /// </summary>
    internal static NewsDocument Reassemble(string text, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        Token[] tokens = s_tokensOnly.Tokenize(text, out int count);
        var state = new Pipeline.AnalysisState(text, tokens, count);
        state.Sentences.AddRange(sentences);
        state.Entities.AddRange(entities);
        state.Quotes.AddRange(quotes);
        return state.ToDocument();
    }
}
