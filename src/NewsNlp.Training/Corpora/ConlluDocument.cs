namespace NewsNlp.Training.Corpora;

/// <summary>
/// A CoNLL-U document rebuilt as running text: the <c># text</c> of its sentences joined by a space, and
/// paragraphs (<c># newpar</c>) by a blank line.
/// </summary>
/// <param name="Id">The <c># newdoc id</c>, or a generated one.</param>
/// <param name="Text">The rebuilt text.</param>
/// <param name="Sentences">The sentences, in order.</param>
public sealed record ConlluDocument(string Id, string Text, IReadOnlyList<ConlluSentence> Sentences);
