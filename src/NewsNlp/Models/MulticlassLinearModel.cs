using System.Runtime.CompilerServices;

namespace NewsNlp.Models;

/// <summary>
/// A multiclass linear model (ML.NET maximum entropy) read out of its ML.NET parameters and scored directly
/// over hashed feature indices: the same class probabilities as ML.NET's <c>PredictionEngine</c> (a parity test
/// checks it). Only features with a non-zero weight for some class are stored, in an open-addressing table.
/// </summary>
internal sealed class MulticlassLinearModel
{
    private readonly int[] _keys;
    private readonly float[] _rows;
    private readonly float[] _biases;
    private readonly int _mask;

    /// <param name="weights">Per class, the weight of each feature (all of length <paramref name="dimension"/>).</param>
    /// <param name="biases">Per class bias.</param>
    /// <param name="dimension">The feature vector size.</param>
    /// <param name="manifest">What NewsNlp recorded with the model.</param>
    public MulticlassLinearModel(IReadOnlyList<float[]> weights, float[] biases, int dimension, ModelManifest manifest)
    {
        Classes = biases.Length;
        Dimension = dimension;
        Manifest = manifest;
        _biases = biases;
        var used = new List<int>();
        for (int f = 0; f < dimension; f++)
        {
            for (int k = 0; k < Classes; k++)
            {
                if (weights[k][f] != 0)
                {
                    used.Add(f);
                    break;
                }
            }
        }

        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, used.Count * 2));
        _keys = new int[size];
        _rows = new float[size * Classes];
        _mask = size - 1;
        Array.Fill(_keys, -1);
        foreach (int f in used)
        {
            int slot = Slot(f);
            while (_keys[slot] != -1)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = f;
            for (int k = 0; k < Classes; k++)
            {
                _rows[(slot * Classes) + k] = weights[k][f];
            }
        }

        NonZeroFeatures = used.Count;
    }

    public int Classes { get; }

    public int Dimension { get; }

    public int NonZeroFeatures { get; }

    public ModelManifest Manifest { get; }

    /// <summary>Raw class scores (logits): bias plus the weights of each feature index, repeated indices counted.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        _biases.CopyTo(scores);
        foreach (int index in features)
        {
            AddFeature(index, scores);
        }
    }

    /// <summary>Adds the weights of one feature to <paramref name="scores"/> (nothing for a feature with no weight).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddFeature(int index, Span<float> scores)
    {
        int slot = Slot(index);
        while (true)
        {
            int key = _keys[slot];
            if (key == index)
            {
                ReadOnlySpan<float> row = _rows.AsSpan(slot * Classes, Classes);
                for (int k = 0; k < row.Length; k++)
                {
                    scores[k] += row[k];
                }

                return;
            }

            if (key == -1)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Turns logits into log-probabilities in place (log-softmax).</summary>
    public static void LogSoftmax(Span<float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores)
        {
            max = Math.Max(max, s);
        }

        float sum = 0;
        foreach (float s in scores)
        {
            sum += MathF.Exp(s - max);
        }

        float log = max + MathF.Log(sum);
        for (int k = 0; k < scores.Length; k++)
        {
            scores[k] -= log;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(int index) => (int)(((uint)index * 2654435769u) >> 7) & _mask;
}
