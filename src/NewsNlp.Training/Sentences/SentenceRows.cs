using Microsoft.ML.Data;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Sentences;

/// <summary>Turns gold documents into candidate rows with <see cref="SentenceFeatures"/>, the extractor inference uses.</summary>
internal static class SentenceRows
{
    public static IEnumerable<SentenceRow> FromDocuments(IEnumerable<ConlluDocument> documents)
    {
        foreach (ConlluDocument document in documents)
        {
            var goldEnds = document.Sentences.Select(s => s.End).ToHashSet();
            foreach (SentenceRow row in FromText(document.Text, end => goldEnds.Contains(end)))
            {
                yield return row;
            }
        }
    }

    /// <summary>Rows for every model-decided candidate of <paramref name="text"/>, labelled by <paramref name="isBoundary"/>(offset).</summary>
    public static List<SentenceRow> FromText(string text, Func<int, bool> isBoundary)
    {
        var rows = new List<SentenceRow>();
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        var buffer = new int[SentenceFeatures.MaxFeatures];
        var context = new SentenceContext(text, tokens);
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (!SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
            {
                continue;
            }

            // Line breaks and fixed rules decide some candidates; only the rest teach the model.
            if (LineBreakRules.NewlinesAfter(text, tokens, candidate.Last) == 0 && SentenceFeatures.Rule(text, tokens, candidate) == SentenceRule.AskModel)
            {
                int count = SentenceFeatures.Extract(text, tokens, ref context, candidate, buffer);
                rows.Add(new SentenceRow { Label = isBoundary(tokens[candidate.Last].End), Features = ToVector(buffer.AsSpan(0, count)) });
            }

            i = candidate.Last;
        }

        return rows;
    }

    /// <summary>A sparse vector with each index once, valued by how often it occurs (the scorer sums repeats the same way).</summary>
    public static VBuffer<float> ToVector(ReadOnlySpan<int> features) => SparseFeatureVector.FromIndices(features, SentenceFeatures.Dimension);
}
