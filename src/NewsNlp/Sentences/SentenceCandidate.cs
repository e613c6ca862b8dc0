namespace NewsNlp.Sentences;

/// <summary>A place where a sentence may end: after token <see cref="Last"/>, triggered by token <see cref="Trigger"/>.</summary>
/// <param name="Trigger">The punctuation or word that makes this a candidate.</param>
/// <param name="Last">The last token the sentence would keep: the trigger or a closing mark touching it.</param>
/// <param name="Kind">Why it is a candidate.</param>
internal readonly record struct SentenceCandidate(int Trigger, int Last, SentenceCandidateKind Kind);
