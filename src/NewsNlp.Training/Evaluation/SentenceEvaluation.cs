using System.Text;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Evaluation;

/// <summary>
/// Sentence-splitting accuracy: sentence-span F1 (a sentence counts when its span, trimmed of whitespace and
/// quote marks, equals a gold one), boundary precision/recall, and golden-rule exactness.
/// </summary>
public static class SentenceEvaluation
{
    private const string QuoteMarks = "\"“”‘’'«»„‟‹›";

    /// <summary>Scores <paramref name="pipeline"/>'s sentences on CoNLL-U documents.</summary>
    public static SentenceScores Evaluate(NewsPipeline pipeline, IEnumerable<ConlluDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Evaluate(pipeline, documents.Select(d => (d.Text, (IReadOnlyList<(int Start, int End)>)[.. d.Sentences.Select(s => (s.Start, s.End))])));
    }

    /// <summary>Scores <paramref name="pipeline"/>'s sentences on gold documents in the JSON contract.</summary>
    public static SentenceScores Evaluate(NewsPipeline pipeline, IEnumerable<AnnotatedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Evaluate(pipeline, documents.Select(d => (d.Text, d.Sentences)));
    }

    private static SentenceScores Evaluate(NewsPipeline pipeline, IEnumerable<(string Text, IReadOnlyList<(int Start, int End)> Gold)> documents)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var spans = default(PrecisionRecall);
        var boundaries = default(PrecisionRecall);
        foreach ((string text, IReadOnlyList<(int Start, int End)> goldSpans) in documents)
        {
            var gold = goldSpans.Select(s => Trim(text, s.Start, s.End)).ToList();
            var predicted = pipeline.Analyze(text).Sentences.Select(s => Trim(text, s.Start, s.End)).Where(s => s.End > s.Start).ToList();
            spans += Match(gold.ToHashSet(), predicted.ToHashSet());
            // A boundary is the end of every sentence but the document's last.
            boundaries += Match(gold.SkipLast(1).Select(s => s.End).ToHashSet(), predicted.SkipLast(1).Select(s => s.End).ToHashSet());
        }

        return new SentenceScores(spans, boundaries);
    }

    /// <summary>Share of golden-rule cases split exactly as expected (whitespace collapsed), with the failures.</summary>
    public static (double Accuracy, IReadOnlyList<(GoldenRuleCase Case, IReadOnlyList<string> Got)> Failures) EvaluateGoldenRules(
        NewsPipeline pipeline, IEnumerable<GoldenRuleCase> cases)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(cases);
        int total = 0;
        int exact = 0;
        var failures = new List<(GoldenRuleCase, IReadOnlyList<string>)>();
        foreach (GoldenRuleCase c in cases)
        {
            total++;
            string[] got = [.. pipeline.Analyze(c.Input).Sentences.Select(s => Collapse(s.Text)).Where(s => s.Length > 0)];
            string[] expected = [.. c.Expected.Select(Collapse).Where(s => s.Length > 0)];
            if (got.SequenceEqual(expected, StringComparer.Ordinal))
            {
                exact++;
            }
            else
            {
                failures.Add((c, got));
            }
        }

        return (total == 0 ? 0 : (double)exact / total, failures);
    }

    private static PrecisionRecall Match<T>(HashSet<T> gold, HashSet<T> predicted) =>
        new(predicted.Count(gold.Contains), predicted.Count, gold.Count);

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || QuoteMarks.Contains(text[start], StringComparison.Ordinal)))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || QuoteMarks.Contains(text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        return (start, end);
    }

    private static string Collapse(string s)
    {
        var builder = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
