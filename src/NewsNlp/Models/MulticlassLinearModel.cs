using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Models;

/// <summary>
/// A multiclass linear model (ML.NET maximum entropy) read out of its ML.NET parameters and scored directly
/// over hashed feature indices: the same class probabilities as ML.NET's <c>PredictionEngine</c> (a parity test
/// checks it). Only features with a non-zero weight for some class are stored, in an open-addressing table.
/// </summary>
internal sealed class MulticlassLinearModel
{
    private readonly int[] _keys;

    // Each feature's weights, one row per slot of _keys. With at most eight classes a row is padded to eight floats,
    // so that Score adds a whole row with one vector addition: lane by lane the same additions in the same order
    // as one class at a time, so the same scores to the bit.
    private readonly float[] _rows;
    private readonly int _stride;
    private readonly float[] _biases;
    private readonly float[] _paddedBiases;
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
        _stride = Classes <= Vector256<float>.Count ? Vector256<float>.Count : Classes;
        _paddedBiases = new float[_stride];
        biases.CopyTo(_paddedBiases, 0);
        _keys = new int[size];
        _rows = new float[size * _stride];
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
                _rows[(slot * _stride) + k] = weights[k][f];
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
        if (_stride != Vector256<float>.Count || !Vector256.IsHardwareAccelerated)
        {
            _biases.CopyTo(scores);
            foreach (int index in features)
            {
                AddFeature(index, scores);
            }

            return;
        }

        ref float rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        Vector256<float> sum = Vector256.Create(_paddedBiases);
        foreach (int index in features)
        {
            int slot = Find(index);
            if (slot >= 0)
            {
                sum += Vector256.LoadUnsafe(ref rows, (nuint)slot * (nuint)Vector256<float>.Count);
            }
        }

        Span<float> lanes = stackalloc float[Vector256<float>.Count];
        sum.CopyTo(lanes);
        for (int k = 0; k < Classes; k++)
        {
            scores[k] = lanes[k]; // not CopyTo: a call to memmove for seven floats
        }
    }

    /// <summary>Whether <see cref="ScoreRow"/> can be used: rows of eight floats (at most eight classes).</summary>
    public bool ScoresAsRow => _stride == Vector256<float>.Count;

    /// <summary>
    /// <see cref="Score"/> as one vector, a lane per class (the lanes past the last class 0), for a caller that works
    /// on the classes as a vector anyway: the same additions in the same order, without the round trip through memory.
    /// Only when <see cref="ScoresAsRow"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> ScoreRow(ReadOnlySpan<int> features)
    {
        ref float rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        Vector256<float> sum = Vector256.Create(_paddedBiases);
        foreach (int index in features)
        {
            int slot = Find(index);
            if (slot >= 0)
            {
                sum += Vector256.LoadUnsafe(ref rows, (nuint)slot * (nuint)Vector256<float>.Count);
            }
        }

        return sum;
    }

    /// <summary>Adds the weights of one feature to <paramref name="scores"/> (nothing for a feature with no weight).</summary>
    public void AddFeature(int index, Span<float> scores)
    {
        int slot = Find(index);
        if (slot < 0)
        {
            return;
        }

        ReadOnlySpan<float> row = _rows.AsSpan(slot * _stride, Classes);
        for (int k = 0; k < row.Length; k++)
        {
            scores[k] += row[k];
        }
    }

    /// <summary>The slot that holds feature <paramref name="index"/>, or -1 when it has no weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(int index)
    {
        int slot = Slot(index);
        while (true)
        {
            int key = _keys[slot];
            if (key == index)
            {
                return slot;
            }

            if (key == -1)
            {
                return -1;
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
