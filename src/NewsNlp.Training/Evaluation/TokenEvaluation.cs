using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Evaluation;

/// <summary>Tokenization accuracy against UD gold words, compared as character spans.</summary>
public static class TokenEvaluation
{
    /// <summary>Scores <paramref name="tokenizer"/> on the documents, adding mismatches to <paramref name="errors"/> if given.</summary>
    public static PrecisionRecall Evaluate(NewsTokenizer tokenizer, IEnumerable<ConlluDocument> documents, ICollection<TokenMismatch>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(documents);
        var total = default(PrecisionRecall);
        foreach (ConlluDocument document in documents)
        {
            var gold = new HashSet<(int, int)>();
            foreach (ConlluSentence sentence in document.Sentences)
            {
                foreach (ConlluWord word in sentence.Words)
                {
                    gold.Add((word.Start, word.End));
                }
            }

            var predicted = new HashSet<(int, int)>();
            foreach (Token token in tokenizer.Tokenize(document.Text))
            {
                predicted.Add((token.Start, token.End));
            }

            int truePositives = 0;
            foreach ((int, int) span in predicted)
            {
                if (gold.Contains(span))
                {
                    truePositives++;
                }
            }

            total += new PrecisionRecall(truePositives, predicted.Count, gold.Count);
            if (errors is not null)
            {
                CollectMismatches(document, gold, predicted, errors);
            }
        }

        return total;
    }

    private static void CollectMismatches(ConlluDocument document, HashSet<(int, int)> gold, HashSet<(int, int)> predicted, ICollection<TokenMismatch> errors)
    {
        foreach (ConlluSentence sentence in document.Sentences)
        {
            var goldHere = sentence.Words.Select(w => (w.Start, w.End)).ToList();
            var predictedHere = predicted.Where(p => p.Item1 >= sentence.Start && p.Item2 <= sentence.End).OrderBy(p => p.Item1).ToList();
            if (goldHere.All(predicted.Contains) && predictedHere.All(gold.Contains))
            {
                continue;
            }

            // Group disagreeing regions so that each error reads as "gold | predicted" over the same characters.
            var bad = goldHere.Where(g => !predicted.Contains(g)).Concat(predictedHere.Where(p => !gold.Contains(p))).OrderBy(s => s.Item1).ToList();
            int i = 0;
            while (i < bad.Count)
            {
                int start = bad[i].Item1;
                int end = bad[i].Item2;
                while (i + 1 < bad.Count && bad[i + 1].Item1 < end)
                {
                    i++;
                    end = Math.Max(end, bad[i].Item2);
                }

                i++;
                string Join(IEnumerable<(int, int)> spans) => string.Join(" ", spans.Where(s => s.Item1 >= start && s.Item2 <= end).Select(s => document.Text[s.Item1..s.Item2]));
                errors.Add(new TokenMismatch(document.Id, document.Text[start..end], Join(goldHere), Join(predictedHere)));
            }
        }
    }
}
