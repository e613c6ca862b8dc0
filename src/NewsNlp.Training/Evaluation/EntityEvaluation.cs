using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Evaluation;

/// <summary>
/// Entity accuracy with CoNLL exact match, as the shared scorer computes it: a predicted entity counts when its
/// span (whitespace-trimmed) and label equal a gold one. Documents are analysed end to end from their text.
/// </summary>
public static class EntityEvaluation
{
    private static readonly string[] s_labels = ["PER", "ORG", "LOC"];

    /// <summary>Scores <paramref name="pipeline"/> on gold documents; <paramref name="examples"/> collects every error per type.</summary>
    public static EntityScores Evaluate(NewsPipeline pipeline, IEnumerable<AnnotatedDocument> documents, IDictionary<string, List<string>>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var byLabel = s_labels.ToDictionary(l => l, _ => default(PrecisionRecall));
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentList = documents.ToList();
        var predictions = pipeline.AnalyzeMany(documentList.Select(d => d.Text)).ToList();
        for (int d = 0; d < documentList.Count; d++)
        {
            string text = documentList[d].Text;
            var gold = documentList[d].Entities.Select(e => Key(text, e.Start, e.End, e.Label.ToCode())).ToHashSet();
            var predicted = predictions[d].Entities.Select(e => Key(text, e.Start, e.End, e.Label.ToCode())).ToHashSet();
            foreach (string label in s_labels)
            {
                var g = gold.Where(x => x.Label == label).ToHashSet();
                var p = predicted.Where(x => x.Label == label).ToHashSet();
                byLabel[label] += new PrecisionRecall(g.Intersect(p).Count(), p.Count, g.Count);
            }

            Classify(text, gold, predicted, errors, examples);
        }

        var all = byLabel.Values.Aggregate(default(PrecisionRecall), (a, b) => a + b);
        return new EntityScores(all, byLabel, errors);
    }

    private static void Classify(string text, HashSet<(int Start, int End, string Label)> gold, HashSet<(int Start, int End, string Label)> predicted,
        Dictionary<string, int> errors, IDictionary<string, List<string>>? examples)
    {
        foreach (var g in gold.Where(g => !predicted.Contains(g)))
        {
            var overlapping = predicted.Where(p => p.Start < g.End && g.Start < p.End).ToList();
            string type = overlapping.Count == 0 ? $"missed {g.Label}"
                : overlapping.Any(p => p.Start == g.Start && p.End == g.End) ? $"{g.Label}→{overlapping.First(p => p.Start == g.Start && p.End == g.End).Label}"
                : $"boundary {g.Label}";
            Count(errors, examples, type, $"{text[g.Start..g.End]}" + (overlapping.Count > 0 ? $" (got {string.Join(", ", overlapping.Select(p => $"{text[p.Start..p.End]}/{p.Label}"))})" : string.Empty) + $" | {Context(text, g.Start, g.End)}");
        }

        foreach (var p in predicted.Where(p => !gold.Contains(p) && !gold.Any(g => p.Start < g.End && g.Start < p.End)))
        {
            Count(errors, examples, $"spurious {p.Label}", $"{text[p.Start..p.End]} | {Context(text, p.Start, p.End)}");
        }
    }

    private static void Count(Dictionary<string, int> errors, IDictionary<string, List<string>>? examples, string type, string example)
    {
        errors[type] = errors.GetValueOrDefault(type) + 1;
        if (examples is not null)
        {
            if (!examples.TryGetValue(type, out List<string>? list))
            {
                examples[type] = list = [];
            }

            list.Add(example); // all of them: the caller prints as many as it was asked for
        }
    }

    private static string Context(string text, int start, int end)
    {
        int from = Math.Max(0, start - 40);
        int to = Math.Min(text.Length, end + 40);
        return (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).ReplaceLineEndings(" ");
    }

    private static (int Start, int End, string Label) Key(string text, int start, int end, string label)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end, label);
    }
}
