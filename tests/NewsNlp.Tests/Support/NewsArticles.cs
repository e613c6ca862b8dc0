using System.Text.Json;

namespace NewsNlp.Tests.Support;

/// <summary>The texts of our own annotated news set (tests/NewsNlp.Tests/Data/news), with their id and domain.</summary>
internal static class NewsArticles
{
    public static IReadOnlyList<(string Id, string Domain, string Text)> Train { get; } = Read("news-train.jsonl");

    public static IReadOnlyList<(string Id, string Domain, string Text)> Test { get; } = Read("news-test.jsonl");

    private static List<(string Id, string Domain, string Text)> Read(string fileName)
    {
        string path = Path.Combine(RepositoryPaths.Root, "tests", "NewsNlp.Tests", "Data", "news", fileName);
        List<(string, string, string)> articles = [];
        foreach (string line in File.ReadLines(path))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            articles.Add((root.GetProperty("id").GetString()!, root.GetProperty("domain").GetString()!, root.GetProperty("text").GetString()!));
        }

        return articles;
    }
}
