using System.Text.Json;

namespace NewsNlp.Training.Corpora;

/// <summary>Reads gold documents written in the CLI's JSON contract, one per line, with their <c>text</c>.</summary>
public static class AnnotatedDocumentReader
{
    /// <summary>Reads every line of <paramref name="path"/>; a malformed line throws naming its number.</summary>
    public static IEnumerable<AnnotatedDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AnnotatedDocument document;
            try
            {
                document = Parse(line);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a valid annotated document: {e.Message}", e);
            }

            yield return document;
        }
    }

    private static AnnotatedDocument Parse(string line)
    {
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement root = json.RootElement;
        string text = root.GetProperty("text").GetString() ?? throw new InvalidOperationException("\"text\" is null");
        string id = root.TryGetProperty("id", out JsonElement idElement) ? idElement.ToString() : string.Empty;

        var sentences = new List<(int, int)>();
        if (root.TryGetProperty("sentences", out JsonElement sentenceArray))
        {
            foreach (JsonElement s in sentenceArray.EnumerateArray())
            {
                sentences.Add(Span(s, text));
            }
        }

        var entities = new List<Entity>();
        if (root.TryGetProperty("entities", out JsonElement entityArray))
        {
            foreach (JsonElement e in entityArray.EnumerateArray())
            {
                (int start, int end) = Span(e, text);
                if (!EntityLabels.TryParse(e.GetProperty("label").GetString(), out EntityLabel label))
                {
                    throw new InvalidOperationException($"unknown entity label {e.GetProperty("label")}");
                }

                entities.Add(new Entity(start, end, label, text[start..end]));
            }
        }

        var quotes = new List<Quote>();
        if (root.TryGetProperty("quotes", out JsonElement quoteArray))
        {
            foreach (JsonElement q in quoteArray.EnumerateArray())
            {
                (int start, int end) = Span(q, text);
                QuoteSpeaker? speaker = null;
                if (q.TryGetProperty("speaker", out JsonElement s) && s.ValueKind == JsonValueKind.Object)
                {
                    (int ss, int se) = Span(s, text);
                    speaker = new QuoteSpeaker(ss, se, text[ss..se], s.TryGetProperty("name", out JsonElement name) ? name.GetString() ?? text[ss..se] : text[ss..se]);
                }

                QuoteCue? cue = null;
                if (q.TryGetProperty("cue", out JsonElement c) && c.ValueKind == JsonValueKind.Object)
                {
                    (int cs, int ce) = Span(c, text);
                    cue = new QuoteCue(cs, ce, text[cs..ce]);
                }

                quotes.Add(new Quote(start, end, text[start..end], speaker, cue));
            }
        }

        return new AnnotatedDocument(id, text, sentences, entities, quotes);
    }

    private static (int Start, int End) Span(JsonElement element, string text)
    {
        int start = element.GetProperty("start").GetInt32();
        int end = element.GetProperty("end").GetInt32();
        if (start < 0 || end > text.Length || start > end)
        {
            throw new ArgumentException($"span {start}..{end} is outside the text (length {text.Length})");
        }

        return (start, end);
    }
}
