namespace NewsNlp.Training.Corpora;

/// <summary>A sentence of a CoNLL-U document, with offsets into <see cref="ConlluDocument.Text"/>.</summary>
/// <param name="Id">The <c># sent_id</c>.</param>
/// <param name="Start">Offset of the sentence in the document text.</param>
/// <param name="End">Offset just past the sentence (exclusive).</param>
/// <param name="Words">Syntactic words (not multiword tokens) found in the text, in order.</param>
/// <param name="StartsParagraph">Whether a <c># newpar</c> came before the sentence.</param>
public sealed record ConlluSentence(string Id, int Start, int End, IReadOnlyList<ConlluWord> Words, bool StartsParagraph);
