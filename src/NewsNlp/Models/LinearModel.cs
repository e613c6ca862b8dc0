using System.Runtime.CompilerServices;

namespace NewsNlp.Models;

/// <summary>
/// A linear model's weights read out of an ML.NET model, scored directly over hashed feature indices:
/// the same raw score as ML.NET's <c>PredictionEngine</c> (a parity test checks it), without its per-call overhead.
/// </summary>
internal sealed class LinearModel
{
    private readonly float[] _weights;

    public LinearModel(float[] weights, float bias, ModelManifest manifest)
    {
        _weights = weights;
        Bias = bias;
        Manifest = manifest;
    }

    public float Bias { get; }

    public ModelManifest Manifest { get; }

    public int Dimension => _weights.Length;

    /// <summary>Bias plus the weight of each index; a repeated index counts as often as it appears.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(ReadOnlySpan<int> features)
    {
        float[] weights = _weights;
        float score = Bias;
        foreach (int index in features)
        {
            score += weights[index];
        }

        return score;
    }

    /// <summary>The same weights with another manifest (e.g. a different threshold), sharing the weight array.</summary>
    public LinearModel WithManifest(ModelManifest manifest) => new(_weights, Bias, manifest);

    /// <summary>The logistic probability of a raw score.</summary>
    public static double Probability(float score) => 1.0 / (1.0 + Math.Exp(-score));
}
