using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Evaluation;

/// <summary>
/// Quotation scores as issue 6 defines them: detection precision/recall/F1 over content spans (trimmed of whitespace
/// and quote marks), speaker attribution accuracy over the detected quotations, end-to-end F1, and how often a
/// pronoun speaker resolves to the right name.
/// </summary>
public static class QuoteEvaluation
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    /// <summary>Analyses each document with <paramref name="pipeline"/> and scores its quotations.</summary>
    public static QuoteScores Evaluate(NewsPipeline pipeline, IEnumerable<AnnotatedDocument> documents, IDictionary<string, List<string>>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var golds = documents.ToList();
        var predictions = pipeline.AnalyzeMany(golds.Select(d => d.Text)).Select(d => d.Quotes).ToList();
        return Evaluate(golds.Zip(predictions), examples);
    }

    /// <summary>Scores predicted quotations against gold documents.</summary>
    public static QuoteScores Evaluate(IEnumerable<(AnnotatedDocument Gold, IReadOnlyList<Quote> Predicted)> pairs, IDictionary<string, List<string>>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        long tp = 0, predictedCount = 0, goldCount = 0, endToEnd = 0;
        int attributionCorrect = 0, attributionTotal = 0, pronounCorrect = 0, pronounTotal = 0, cueCorrect = 0;
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((AnnotatedDocument gold, IReadOnlyList<Quote> predicted) in pairs)
        {
            string text = gold.Text;
            Dictionary<(int, int), Quote> golds = GoldByContent(gold);
            goldCount += golds.Count;
            predictedCount += predicted.Count;
            var found = new HashSet<(int, int)>();
            foreach (Quote p in predicted)
            {
                (int, int) key = ContentKey(text, p.Start, p.End);
                if (!golds.TryGetValue(key, out Quote? g))
                {
                    Count(errors, examples, "spurious quotation", $"“{Clip(p.Text)}”");
                    continue;
                }

                tp++;
                found.Add(key);
                attributionTotal++;
                bool pronoun = g.Speaker is { } gs && s_pronouns.Contains(gs.Text);
                pronounTotal += pronoun ? 1 : 0;
                if (SameSpeaker(g.Speaker, p.Speaker))
                {
                    attributionCorrect++;
                    endToEnd++;
                    cueCorrect += SameCue(g.Cue, p.Cue) ? 1 : 0;
                    if (!SameCue(g.Cue, p.Cue))
                    {
                        Count(errors, examples, "right speaker, wrong cue", $"gold {g.Cue?.Text ?? "null"}, got {p.Cue?.Text ?? "null"} | “{Clip(g.Text)}”");
                    }
                }
                else
                {
                    Count(errors, examples, ErrorType(g, p), $"gold {Describe(g.Speaker)}, got {Describe(p.Speaker)} | “{Clip(g.Text)}” | {gold.Id}");
                }

                if (pronoun && p.Speaker is { } ps && string.Equals(ps.Name, g.Speaker!.Name, StringComparison.OrdinalIgnoreCase))
                {
                    pronounCorrect++;
                }
                else if (pronoun)
                {
                    Count(errors, examples, "pronoun speaker not resolved to the gold name", $"gold {Describe(g.Speaker)}, got {Describe(p.Speaker)} | “{Clip(g.Text)}” | {gold.Id}");
                }
            }

            foreach (var (key, g) in golds)
            {
                if (!found.Contains(key))
                {
                    Count(errors, examples, "missed quotation", $"“{Clip(g.Text)}” | {gold.Id}");
                }
            }
        }

        return new QuoteScores(new PrecisionRecall(tp, predictedCount, goldCount), attributionCorrect, attributionTotal,
            new PrecisionRecall(endToEnd, predictedCount, goldCount), pronounCorrect, pronounTotal, cueCorrect, errors);
    }

    /// <summary>The gold quotations of a document by their trimmed content span.</summary>
    public static Dictionary<(int, int), Quote> GoldByContent(AnnotatedDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var byKey = new Dictionary<(int, int), Quote>();
        foreach (Quote q in gold.Quotes)
        {
            byKey.TryAdd(ContentKey(gold.Text, q.Start, q.End), q);
        }

        return byKey;
    }

    /// <summary>A content span trimmed of whitespace and quote marks at both ends.</summary>
    public static (int Start, int End) ContentKey(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        while (start < end && IsTrimmed(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmed(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';

    private static bool SameSpeaker(QuoteSpeaker? gold, QuoteSpeaker? predicted) =>
        gold is null || predicted is null
            ? gold is null && predicted is null
            : (gold.Start < predicted.End && predicted.Start < gold.End) || string.Equals(gold.Name, predicted.Name, StringComparison.OrdinalIgnoreCase);

    private static bool SameCue(QuoteCue? gold, QuoteCue? predicted) =>
        gold is null || predicted is null
            ? gold is null && predicted is null
            : gold.Start < predicted.End && predicted.Start < gold.End;

    private static string ErrorType(Quote gold, Quote predicted) =>
        gold.Speaker is null ? "speaker given, gold has none"
        : predicted.Speaker is null ? "no speaker, gold has one"
        : s_pronouns.Contains(gold.Speaker.Text) && gold.Speaker.Start < predicted.Speaker.End && predicted.Speaker.Start < gold.Speaker.End ? "pronoun resolved to the wrong name"
        : s_pronouns.Contains(gold.Speaker.Text) ? "wrong mention (gold a pronoun)"
        : char.IsLower(gold.Speaker.Text[0]) || gold.Speaker.Text.StartsWith("A ", StringComparison.Ordinal) || gold.Speaker.Text.StartsWith("The ", StringComparison.Ordinal) ? "wrong mention (gold a nominal)"
        : "wrong mention (gold a name)";

    private static string Describe(QuoteSpeaker? speaker) => speaker is null ? "null" : speaker.Text == speaker.Name ? $"'{speaker.Text}'" : $"'{speaker.Text}'→'{speaker.Name}'";

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static void Count(Dictionary<string, int> errors, IDictionary<string, List<string>>? examples, string type, string example)
    {
        errors[type] = errors.GetValueOrDefault(type) + 1;
        if (examples is not null)
        {
            if (!examples.TryGetValue(type, out List<string>? list))
            {
                examples[type] = list = [];
            }

            list.Add(example);
        }
    }
}
