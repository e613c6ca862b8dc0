using NewsNlp.Models;
using NewsNlp.Quotes;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Training.Quotes;

/// <summary>
/// Turns gold quotations into ranker rows: for each detected quotation that matches a gold one, every candidate
/// speaker with its features, labelled by whether it overlaps the gold speaker mention ("no one" when the gold
/// speaker is null). The previous-speaker candidate is the gold speaker of the previous quotation.
/// </summary>
internal static class QuoteRows
{
    /// <summary>The rows, and how many gold speakers no candidate covered (those quotations teach nothing).</summary>
    public static (List<QuoteRow> Rows, int Quotations, int Unreachable) FromDocuments(IEnumerable<PreparedDocument> documents)
    {
        var rows = new List<QuoteRow>();
        int quotations = 0;
        int unreachable = 0;
        var candidates = new List<SpeakerCandidate>();
        int[] buffer = new int[SpeakerFeatures.MaxFeatures];
        foreach (PreparedDocument prepared in documents)
        {
            QuoteDocument document = prepared.Document;
            var gold = QuoteEvaluation.GoldByContent(prepared.Gold);
            Quote? previousGold = null;
            for (int q = 0; q < document.Quotations.Count; q++)
            {
                QuoteSpan span = document.Quotations[q].Span;
                if (!gold.TryGetValue(QuoteEvaluation.ContentKey(document.Text, span.ContentStart, span.ContentEnd), out Quote? quote))
                {
                    previousGold = null;
                    continue;
                }

                int previousQuote = QuoteAttributor.Reachable(document, q);
                SpeakerCandidate? previousSpeaker = previousQuote >= 0 && previousGold?.Speaker is { } ps ? Mention(document, ps.Start, ps.End) : null;
                candidates.Clear();
                SpeakerCandidates.Find(document, q, previousSpeaker, candidates);
                bool[] labels = [.. candidates.Select(c => IsSpeaker(document, c, quote, previousGold))];
                previousGold = quote;
                if (!labels.Contains(true))
                {
                    unreachable++;
                    continue;
                }

                quotations++;
                for (int c = 0; c < candidates.Count; c++)
                {
                    var features = new FeatureList(buffer);
                    SpeakerFeatures.Extract(document, q, previousQuote, candidates, c, ref features);
                    rows.Add(new QuoteRow { Label = labels[c], Features = SparseFeatureVector.FromIndices(buffer.AsSpan(0, features.Count), SpeakerFeatures.Dimension) });
                }
            }
        }

        return (rows, quotations, unreachable);
    }

    private static bool IsSpeaker(QuoteDocument document, SpeakerCandidate candidate, Quote gold, Quote? previousGold)
    {
        if (gold.Speaker is not { } speaker)
        {
            return candidate.Kind == SpeakerKind.None;
        }

        return candidate.Kind switch
        {
            SpeakerKind.None => false,
            SpeakerKind.PreviousSpeaker => previousGold?.Speaker is { } previous && previous.Start < speaker.End && speaker.Start < previous.End,
            _ => document.Tokens[candidate.FirstToken].Start < speaker.End && speaker.Start < document.Tokens[candidate.LastToken].End,
        };
    }

    private static SpeakerCandidate? Mention(QuoteDocument document, int start, int end)
    {
        int first = document.TokenAtOrAfter(start);
        int last = document.TokenAtOrAfter(end) - 1;
        return first <= last && last < document.Tokens.Length ? new SpeakerCandidate(SpeakerKind.Nominal, first, last, document.SentenceOf(first)) : null;
    }
}
