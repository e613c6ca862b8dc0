namespace NewsNlp.Training.Corpora;

/// <summary>A syntactic word of a CoNLL-U sentence, located in the document text.</summary>
/// <param name="Start">Offset of the word in the document text.</param>
/// <param name="End">Offset just past the word (exclusive).</param>
/// <param name="Form">The FORM column.</param>
/// <param name="Misc">The MISC column (<c>_</c> when empty).</param>
/// <param name="Upos">The UPOS column (universal part of speech).</param>
/// <param name="Id">The ID column (1-based within the sentence); 0 when unknown.</param>
/// <param name="Head">The HEAD column (the governing word's ID, 0 for the root); -1 when unknown.</param>
/// <param name="Deprel">The DEPREL column (e.g. <c>nsubj</c>, <c>ccomp</c>).</param>
public sealed record ConlluWord(int Start, int End, string Form, string Misc, string Upos = "_", int Id = 0, int Head = -1, string Deprel = "_");
