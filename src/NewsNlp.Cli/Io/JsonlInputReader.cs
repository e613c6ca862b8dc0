using System.Text.Json;

namespace NewsNlp.Cli.Io;

/// <summary>Reads JSONL input lines <c>{"id": ..., "text": "..."}</c> lazily, turning bad lines into errors instead of exceptions.</summary>
internal static class JsonlInputReader
{
    public static IEnumerable<InputRecord> Read(TextReader reader)
    {
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue; // blank lines carry no document
            }

            yield return Parse(line, lineNumber);
        }
    }

    /// <summary>Reads JSONL from bytes, rejecting lines that are not valid UTF-8 by number.</summary>
    public static IEnumerable<InputRecord> Read(Stream stream)
    {
        foreach (Utf8LineReader.Line line in Utf8LineReader.Read(stream))
        {
            if (line.Text is null)
            {
                yield return Rejected(line.Number, null, "not valid UTF-8");
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return Parse(line.Text, line.Number);
            }
        }
    }

    public static InputRecord Parse(string line, long lineNumber)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Rejected(lineNumber, null, $"expected a JSON object, found {root.ValueKind}");
            }

            JsonElement? id = root.TryGetProperty("id", out JsonElement idValue) ? idValue.Clone() : null;
            if (!root.TryGetProperty("text", out JsonElement text))
            {
                return Rejected(lineNumber, id, "missing \"text\"");
            }

            if (text.ValueKind != JsonValueKind.String)
            {
                return Rejected(lineNumber, id, $"\"text\" must be a string, found {text.ValueKind}");
            }

            return new InputRecord(lineNumber, id, text.GetString()!, null);
        }
        catch (JsonException e)
        {
            return Rejected(lineNumber, null, "malformed JSON: " + e.Message);
        }
    }

    private static InputRecord Rejected(long lineNumber, JsonElement? id, string error) => new(lineNumber, id, null, error);
}
