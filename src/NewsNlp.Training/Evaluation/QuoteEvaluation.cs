using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Evaluation;

/// <summary>
/// Quotation scores as issue 6 defines them and ../shared/tools/score.py computes them: detection precision/recall/F1
/// over content spans (equal after trimming whitespace, quote marks and edge punctuation, or overlapping by 90% of
/// the longer), speaker attribution accuracy over the detected quotations, end-to-end F1, and the share of all gold
/// quotations with a pronoun speaker whose predicted speaker resolves to the gold name.
/// </summary>
public static class QuoteEvaluation
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i", "him", "her", "them" };

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
            goldCount += gold.Quotes.Count;
            predictedCount += predicted.Count;
            var used = new bool[predicted.Count];
            foreach (Quote g in gold.Quotes)
            {
                bool pronoun = g.Speaker is { } gs && s_pronouns.Contains(gs.Text.Trim());
                pronounTotal += pronoun ? 1 : 0;
                int match = Match(text, g, predicted, used);
                if (match < 0)
                {
                    Count(errors, examples, "missed quotation", $"“{Clip(g.Text)}” | {gold.Id}");
                    continue;
                }

                used[match] = true;
                Quote p = predicted[match];
                tp++;
                attributionTotal++;
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

                if (pronoun && p.Speaker is { } ps && string.Equals(ps.Name.Trim(), g.Speaker!.Name.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    pronounCorrect++;
                }
                else if (pronoun)
                {
                    Count(errors, examples, "pronoun speaker not resolved to the gold name", $"gold {Describe(g.Speaker)}, got {Describe(p.Speaker)} | “{Clip(g.Text)}” | {gold.Id}");
                }
            }

            for (int i = 0; i < predicted.Count; i++)
            {
                if (!used[i])
                {
                    Count(errors, examples, "spurious quotation", $"“{Clip(predicted[i].Text)}” | {gold.Id}");
                }
            }
        }

        return new QuoteScores(new PrecisionRecall(tp, predictedCount, goldCount), attributionCorrect, attributionTotal,
            new PrecisionRecall(endToEnd, predictedCount, goldCount), pronounCorrect, pronounTotal, cueCorrect, errors);
    }

    /// <summary>
    /// The first unused prediction matching a gold quotation, as the shared scorer matches them: content spans equal
    /// after trimming whitespace, quote marks and edge punctuation, or overlapping by 90% of the longer; -1 if none.
    /// </summary>
    private static int Match(string text, Quote gold, IReadOnlyList<Quote> predicted, bool[] used)
    {
        (int gs, int ge) = Trim(text, gold.Start, gold.End);
        for (int i = 0; i < predicted.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            (int ps, int pe) = Trim(text, predicted[i].Start, predicted[i].End);
            int longer = Math.Max(ge - gs, pe - ps);
            int overlap = Math.Max(0, Math.Min(ge, pe) - Math.Max(gs, ps));
            if ((gs == ps && ge == pe) || (longer > 0 && overlap >= 0.9 * longer))
            {
                return i;
            }
        }

        return -1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        end = Math.Clamp(end, 0, text.Length);
        start = Math.Clamp(start, 0, end);
        while (start < end && IsEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsEdge(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsEdge(char c) => IsTrimmed(c) || c is ',' or '.' or '!' or '?' or '…' or '—' or '–' or '-' or ':' or ';';

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
