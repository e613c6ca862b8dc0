using System.Runtime.CompilerServices;

namespace NewsNlp.Models;

/// <summary>
/// A linear model's weights read out of an ML.NET model, scored directly over hashed feature indices:
/// the same raw score as ML.NET's <c>PredictionEngine</c> (a parity test checks it), without its per-call overhead.
/// </summary>
internal sealed class LinearModel
{
    // L1-regularised models keep a few thousand of their 2^18 weights: those live in a small open-addressing
    // table that stays in cache, instead of a dense megabyte that every feature lookup would miss. Each slot
    // holds its index and weight side by side, so a lookup touches one cache line, not two. The table is kept
    // about one-eighth full (a few hundred KB): most lookups, hits and misses alike, end at their first slot,
    // where a half-full table sent every other miss probing (and the processor mispredicting where it ends).
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly float[] _dense;

    public LinearModel(float[] weights, float bias, ModelManifest manifest)
    {
        _dense = weights;
        Bias = bias;
        Manifest = manifest;
        int nonZero = 0;
        foreach (float w in weights)
        {
            if (w != 0)
            {
                nonZero++;
            }
        }

        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, nonZero * 8));
        _slots = new Slot[size];
        _mask = size - 1;
        Array.Fill(_slots, new Slot(-1, 0));
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0)
            {
                int slot = SlotOf(i);
                while (_slots[slot].Key != -1)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = new Slot(i, weights[i]);
            }
        }
    }

    public float Bias { get; }

    public ModelManifest Manifest { get; }

    public int Dimension => _dense.Length;

    /// <summary>Bias plus the weight of each index; a repeated index counts as often as it appears.</summary>
    public float Score(ReadOnlySpan<int> features)
    {
        float score = Bias;
        foreach (int index in features)
        {
            score += Weight(index);
        }

        return score;
    }

    /// <summary>The weight of feature <paramref name="index"/> (zero for the many the model dropped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Weight(int index)
    {
        Slot[] slots = _slots;
        int slot = SlotOf(index);
        while (true)
        {
            int key = slots[slot].Key;
            if (key == index)
            {
                return slots[slot].Weight;
            }

            if (key == -1)
            {
                return 0; // a zero weight
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The same weights with another manifest (e.g. a different threshold).</summary>
    public LinearModel WithManifest(ModelManifest manifest) => new(_dense, Bias, manifest);

    /// <summary>The logistic probability of a raw score.</summary>
    public static double Probability(float score) => 1.0 / (1.0 + Math.Exp(-score));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(int index) => (int)(((uint)index * 2654435769u) >> 7) & _mask;

    private readonly record struct Slot(int Key, float Weight);
}
