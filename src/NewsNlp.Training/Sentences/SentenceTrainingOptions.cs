namespace NewsNlp.Training.Sentences;

/// <summary>Settings for <see cref="SentenceModelTrainer"/>.</summary>
public sealed record SentenceTrainingOptions
{
    /// <summary>Seed for ML.NET; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 20261125;

    /// <summary>L2 regularisation of the logistic regression.</summary>
    public float L2Regularization { get; init; } = 0.5f;

    /// <summary>L1 regularisation of the logistic regression (keeps the model small).</summary>
    public float L1Regularization { get; init; } = 0.5f;

    /// <summary>Probability thresholds tried on dev data; the best mean sentence F1 wins.</summary>
    public IReadOnlyList<double> Thresholds { get; init; } = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
}
