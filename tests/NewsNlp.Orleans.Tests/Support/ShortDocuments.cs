using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Serialization;
using NewsNlp.Tests.Support;

namespace NewsNlp.Orleans.Tests.Support;

/// <summary>Short real documents: the paragraphs of our news set, cycled, each distinct, and how to compare results.</summary>
internal static class ShortDocuments
{
    public static string[] Take(int count)
    {
        string[] paragraphs = [.. NewsArticles.Train.Concat(NewsArticles.Test)
            .SelectMany(a => a.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)];
        var documents = new string[count];
        for (int i = 0; i < count; i++)
        {
            // Later rounds get a prefix, so no two documents are equal and a reordered or repeated result shows.
            int round = i / paragraphs.Length;
            string paragraph = paragraphs[i % paragraphs.Length];
            documents[i] = round == 0 ? paragraph : $"Update {round}: {paragraph}";
        }

        return documents;
    }

    /// <summary>The whole contract JSON of a document, tokens included: two documents are the same analysis iff these are equal.</summary>
    public static string Json(NewsDocument document)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            NewsJson.Write(writer, document, includeTokens: true);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
