using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Training.Entities;

/// <summary>
/// Groups words by the company they keep, from unlabelled text: each word with at least <see cref="MinimumCount"/>
/// occurrences is described by the frequent words seen just before and just after it, and spherical k-means
/// (k-means++ start from a fixed seed, so runs repeat exactly) puts it in one of <see cref="Clusters"/> clusters.
/// The tagger then sees "a word of cluster 17" and generalises from names it was trained on to names it was not.
/// </summary>
internal static class WordClusterer
{
    public const int Clusters = 256;
    public const int MinimumCount = 3;
    private const int ContextWords = 400;
    private const int Iterations = 12;

    /// <summary>Lower-cased word → cluster, as the "[clusters]" lexicon section ("word TAB cluster" lines).</summary>
    public static string Learn(IEnumerable<string> texts, int seed)
    {
        var sequences = new List<string[]>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            var words = new List<string>();
            foreach (Token token in NewsTokenizer.Default.Tokenize(text))
            {
                string word = token.Kind switch
                {
                    TokenKind.Number => "<num>",
                    TokenKind.Url or TokenKind.Email or TokenKind.Mention or TokenKind.Hashtag => "<web>",
                    _ => token.Slice(text).ToString().ToLowerInvariant(),
                };
                words.Add(word);
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }

            sequences.Add([.. words]);
        }

        var contextIndex = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(ContextWords).Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        string[] vocabulary = [.. counts.Where(p => p.Value >= MinimumCount && p.Key.Any(char.IsLetter)).Select(p => p.Key).Order(StringComparer.Ordinal)];
        var wordIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

        int dimensions = 2 * (ContextWords + 1); // left and right; the last slot of each side is "sentence edge"
        var contexts = new Dictionary<int, float>[vocabulary.Length];
        for (int i = 0; i < contexts.Length; i++)
        {
            contexts[i] = [];
        }

        foreach (string[] words in sequences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (!wordIndex.TryGetValue(words[i], out int w))
                {
                    continue;
                }

                int left = i == 0 ? ContextWords : contextIndex.GetValueOrDefault(words[i - 1], -1);
                int right = i + 1 == words.Length ? ContextWords : contextIndex.GetValueOrDefault(words[i + 1], -1);
                if (left >= 0)
                {
                    contexts[w][left] = contexts[w].GetValueOrDefault(left) + 1;
                }

                if (right >= 0)
                {
                    contexts[w][ContextWords + 1 + right] = contexts[w].GetValueOrDefault(ContextWords + 1 + right) + 1;
                }
            }
        }

        // Sparse, log-scaled, unit-length vectors.
        var vectors = new (int[] Index, float[] Value)[vocabulary.Length];
        for (int w = 0; w < vocabulary.Length; w++)
        {
            int[] index = [.. contexts[w].Keys.Order()];
            float[] value = [.. index.Select(k => MathF.Log(1 + contexts[w][k]))];
            float norm = MathF.Sqrt(value.Sum(v => v * v));
            for (int k = 0; k < value.Length; k++)
            {
                value[k] /= norm > 0 ? norm : 1;
            }

            vectors[w] = (index, value);
        }

        int k2 = Math.Min(Clusters, vectors.Length);
        var centroids = new float[k2][];
        var random = new Random(seed);
        centroids[0] = Dense(vectors[random.Next(vectors.Length)], dimensions);
        var nearest = new float[vectors.Length];
        for (int c = 1; c < k2; c++)
        {
            // k-means++: the next centre is drawn with probability growing with the distance to the chosen ones.
            double total = 0;
            for (int w = 0; w < vectors.Length; w++)
            {
                float distance = 1 - Dot(vectors[w], centroids[c - 1]);
                nearest[w] = c == 1 ? distance : Math.Min(nearest[w], distance);
                total += nearest[w] * nearest[w];
            }

            double pick = random.NextDouble() * total;
            int chosen = vectors.Length - 1;
            for (int w = 0; w < vectors.Length; w++)
            {
                pick -= nearest[w] * nearest[w];
                if (pick <= 0)
                {
                    chosen = w;
                    break;
                }
            }

            centroids[c] = Dense(vectors[chosen], dimensions);
        }

        int[] assignment = new int[vectors.Length];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int w = 0; w < vectors.Length; w++)
            {
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k2; c++)
                {
                    float score = Dot(vectors[w], centroids[c]);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }

                assignment[w] = best;
            }

            var sums = new float[k2][];
            for (int c = 0; c < k2; c++)
            {
                sums[c] = new float[dimensions];
            }

            for (int w = 0; w < vectors.Length; w++)
            {
                (int[] index, float[] value) = vectors[w];
                for (int k = 0; k < index.Length; k++)
                {
                    sums[assignment[w]][index[k]] += value[k];
                }
            }

            for (int c = 0; c < k2; c++)
            {
                float norm = MathF.Sqrt(sums[c].Sum(v => v * v));
                if (norm > 0)
                {
                    for (int d = 0; d < dimensions; d++)
                    {
                        sums[c][d] /= norm;
                    }

                    centroids[c] = sums[c];
                }
            }
        }

        var lines = new StringBuilder();
        for (int w = 0; w < vocabulary.Length; w++)
        {
            if (!vocabulary[w].Contains('\t', StringComparison.Ordinal) && !vocabulary[w].StartsWith('['))
            {
                lines.Append(vocabulary[w]).Append('\t').Append(assignment[w].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return lines.ToString();
    }

    private static float[] Dense((int[] Index, float[] Value) vector, int dimensions)
    {
        var dense = new float[dimensions];
        for (int k = 0; k < vector.Index.Length; k++)
        {
            dense[vector.Index[k]] = vector.Value[k];
        }

        return dense;
    }

    private static float Dot((int[] Index, float[] Value) vector, float[] dense)
    {
        float sum = 0;
        for (int k = 0; k < vector.Index.Length; k++)
        {
            sum += vector.Value[k] * dense[vector.Index[k]];
        }

        return sum;
    }
}
