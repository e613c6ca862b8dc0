using System.Text.Json;
using NewsNlp.Tokenization;

namespace NewsNlp.Serialization;

/// <summary>
/// Writes a <see cref="NewsDocument"/> in the CLI's JSON contract:
/// <c>{"id", "sentences":[{start,end}], "entities":[{start,end,label,text}], "quotes":[{start,end,text,speaker,cue}], "tokens"?}</c>,
/// with UTF-16 offsets, end exclusive.
/// </summary>
public static class NewsJson
{
    /// <summary>Writes <paramref name="document"/> as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The analysed document.</param>
    /// <param name="id">The input's <c>id</c> value, written back as given; <see langword="null"/> writes <c>"id": null</c>.</param>
    /// <param name="includeTokens">Whether to add the <c>tokens</c> array.</param>
    public static void Write(Utf8JsonWriter writer, NewsDocument document, JsonElement? id = null, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("sentences");
        foreach (Sentence sentence in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (Entity entity in document.Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", entity.Start);
            writer.WriteNumber("end", entity.End);
            writer.WriteString("label", entity.Label.ToCode());
            writer.WriteString("text", entity.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (Quote quote in document.Quotes)
        {
            WriteQuote(writer, quote);
        }

        writer.WriteEndArray();

        if (includeTokens)
        {
            writer.WriteStartArray("tokens");
            foreach (Token token in document.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", quote.Start);
        writer.WriteNumber("end", quote.End);
        writer.WriteString("text", quote.Text);
        writer.WritePropertyName("speaker");
        if (quote.Speaker is { } speaker)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", speaker.Start);
            writer.WriteNumber("end", speaker.End);
            writer.WriteString("text", speaker.Text);
            writer.WriteString("name", speaker.Name);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("cue");
        if (quote.Cue is { } cue)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", cue.Start);
            writer.WriteNumber("end", cue.End);
            writer.WriteString("text", cue.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
