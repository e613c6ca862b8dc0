namespace NewsNlp.Training.Corpora;

/// <summary>A gold document in the CLI's JSON contract: its text and annotated sentences, entities and quotes.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Text">The text the offsets refer to.</param>
/// <param name="Sentences">Gold sentence spans.</param>
/// <param name="Entities">Gold entities.</param>
/// <param name="Quotes">Gold quotations.</param>
public sealed record AnnotatedDocument(
    string Id,
    string Text,
    IReadOnlyList<(int Start, int End)> Sentences,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Quote> Quotes);
