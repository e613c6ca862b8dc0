namespace NewsNlp.Training.Corpora;

/// <summary>A syntactic word of a CoNLL-U sentence, located in the document text.</summary>
/// <param name="Start">Offset of the word in the document text.</param>
/// <param name="End">Offset just past the word (exclusive).</param>
/// <param name="Form">The FORM column.</param>
/// <param name="Misc">The MISC column (<c>_</c> when empty).</param>
/// <param name="Upos">The UPOS column (universal part of speech).</param>
public sealed record ConlluWord(int Start, int End, string Form, string Misc, string Upos = "_");
