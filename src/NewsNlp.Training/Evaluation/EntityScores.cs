namespace NewsNlp.Training.Evaluation;

/// <summary>CoNLL exact-match scores of an entity tagger: overall and per label, with counts of error types.</summary>
/// <param name="All">Micro-averaged over PER, ORG and LOC.</param>
/// <param name="ByLabel">Per label code ("PER", "ORG", "LOC").</param>
/// <param name="Errors">Error type (e.g. "missed PER", "boundary ORG", "PER→LOC", "spurious LOC") → count.</param>
public sealed record EntityScores(PrecisionRecall All, IReadOnlyDictionary<string, PrecisionRecall> ByLabel, IReadOnlyDictionary<string, int> Errors);
