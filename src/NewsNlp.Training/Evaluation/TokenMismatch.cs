namespace NewsNlp.Training.Evaluation;

/// <summary>A stretch of text where the tokenizer and the gold words disagree.</summary>
/// <param name="DocumentId">The document it is in.</param>
/// <param name="Text">The characters in question.</param>
/// <param name="Gold">The gold words there, space-separated.</param>
/// <param name="Predicted">The predicted tokens there, space-separated.</param>
public sealed record TokenMismatch(string DocumentId, string Text, string Gold, string Predicted);
