using NewsNlp.Quotes;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Quotes;

/// <summary>A gold document analysed up to entities, with its quotations detected: what speaker training and tuning start from.</summary>
/// <param name="Gold">The annotated document.</param>
/// <param name="Document">The attribution view of the analysis, quotations detected.</param>
internal sealed record PreparedDocument(AnnotatedDocument Gold, QuoteDocument Document)
{
    /// <summary>Analyses each document with <paramref name="pipeline"/> (sentences and entities) and detects its quotations.</summary>
    public static List<PreparedDocument> Prepare(NewsPipeline pipeline, IEnumerable<AnnotatedDocument> documents, QuoteLexicon lexicon)
    {
        var golds = documents.ToList();
        var analyses = pipeline.AnalyzeMany(golds.Select(d => d.Text)).ToList();
        var prepared = new List<PreparedDocument>(golds.Count);
        for (int i = 0; i < golds.Count; i++)
        {
            NewsDocument analysis = analyses[i];
            var document = new QuoteDocument(analysis.Text, analysis.Tokens.ToArray(), analysis.Sentences, analysis.Entities, lexicon);
            var spans = new List<QuoteSpan>();
            QuoteScanner.Find(analysis.Text, spans);
            QuoteDetector.Detect(document, spans);
            prepared.Add(new PreparedDocument(golds[i], document));
        }

        return prepared;
    }
}
