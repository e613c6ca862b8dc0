namespace NewsNlp.Training.Evaluation;

/// <summary>Sentence-splitting scores on one data set.</summary>
/// <param name="Spans">Sentence-span matches (trimmed of whitespace and quote marks).</param>
/// <param name="Boundaries">Sentence-boundary matches (every sentence end but each document's last).</param>
public sealed record SentenceScores(PrecisionRecall Spans, PrecisionRecall Boundaries);
