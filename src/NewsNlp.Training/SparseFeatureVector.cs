using Microsoft.ML.Data;

namespace NewsNlp.Training;

/// <summary>Hashed feature indices as the sparse ML.NET vector the trainers read.</summary>
internal static class SparseFeatureVector
{
    /// <summary>Each index once, sorted, valued by how often it occurs (the runtime scorers sum repeats the same way).</summary>
    public static VBuffer<float> FromIndices(ReadOnlySpan<int> indices, int dimension)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (int index in indices)
        {
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        return new VBuffer<float>(dimension, counts.Count, [.. counts.Values], [.. counts.Keys]);
    }
}
