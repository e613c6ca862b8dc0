namespace NewsNlp.Orleans.Grains;

/// <summary>
/// What a silo sends back for one text: the sentences, entities and quotes, without the text (the client has it) or
/// the tokens (the client finds them again, see <see cref="NewsPipeline.Reassemble"/>). Offsets are packed into int
/// arrays to keep the message small.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed class DocumentParts
{
    private const int SentenceFields = 4;
    private const int EntityFields = 3;

    /// <summary>Start, end, first token and token count of each sentence.</summary>
    [Id(0)]
    public required int[] Sentences { get; init; }

    /// <summary>Start, end and label of each entity.</summary>
    [Id(1)]
    public required int[] Entities { get; init; }

    /// <summary>The text of each entity as the analysis gave it.</summary>
    [Id(2)]
    public required string[] EntityTexts { get; init; }

    [Id(3)]
    public required QuoteParts[] Quotes { get; init; }

    public static DocumentParts From(NewsDocument document)
    {
        IReadOnlyList<Sentence> sentences = document.Sentences;
        int[] sentenceFields = new int[sentences.Count * SentenceFields];
        for (int i = 0; i < sentences.Count; i++)
        {
            Sentence s = sentences[i];
            sentenceFields[i * SentenceFields] = s.Start;
            sentenceFields[(i * SentenceFields) + 1] = s.End;
            sentenceFields[(i * SentenceFields) + 2] = s.FirstToken;
            sentenceFields[(i * SentenceFields) + 3] = s.TokenCount;
        }

        IReadOnlyList<Entity> entities = document.Entities;
        int[] entityFields = new int[entities.Count * EntityFields];
        string[] entityTexts = new string[entities.Count];
        for (int i = 0; i < entities.Count; i++)
        {
            Entity e = entities[i];
            entityFields[i * EntityFields] = e.Start;
            entityFields[(i * EntityFields) + 1] = e.End;
            entityFields[(i * EntityFields) + 2] = (int)e.Label;
            entityTexts[i] = e.Text;
        }

        return new DocumentParts
        {
            Sentences = sentenceFields,
            Entities = entityFields,
            EntityTexts = entityTexts,
            Quotes = [.. document.Quotes.Select(QuoteParts.From)],
        };
    }

    /// <summary>The document these parts were cut from, given its <paramref name="text"/>.</summary>
    public NewsDocument ToDocument(string text)
    {
        List<Sentence> sentences = new(Sentences.Length / SentenceFields);
        for (int i = 0; i < Sentences.Length; i += SentenceFields)
        {
            sentences.Add(new Sentence(text, Sentences[i], Sentences[i + 1], Sentences[i + 2], Sentences[i + 3]));
        }

        List<Entity> entities = new(EntityTexts.Length);
        for (int i = 0; i < EntityTexts.Length; i++)
        {
            int at = i * EntityFields;
            entities.Add(new Entity(Entities[at], Entities[at + 1], (EntityLabel)Entities[at + 2], EntityTexts[i]));
        }

        return NewsPipeline.Reassemble(text, sentences, entities, [.. Quotes.Select(q => q.ToQuote())]);
    }
}
