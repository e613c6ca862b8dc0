namespace NewsNlp.Training.Corpora;

/// <summary>A sentence-splitting test case: an input and the sentences it must split into.</summary>
/// <param name="Set">Which collection it comes from ("pragmatic", "pysbd", "pysbd-clean").</param>
/// <param name="Input">The text to split.</param>
/// <param name="Expected">The expected sentences, in order.</param>
public sealed record GoldenRuleCase(string Set, string Input, IReadOnlyList<string> Expected);
