namespace NewsNlp.Training.Entities;

/// <summary>ML.NET's output for an <see cref="EntityRow"/>: the probability of each BIO tag.</summary>
internal sealed class EntityScore
{
    public float[] Score { get; set; } = [];
}
