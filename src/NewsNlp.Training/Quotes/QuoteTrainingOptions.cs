namespace NewsNlp.Training.Quotes;

/// <summary>Settings for <see cref="QuoteModelTrainer"/>.</summary>
public sealed record QuoteTrainingOptions
{
    /// <summary>Seed for ML.NET; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 20261125;

    /// <summary>L2 regularisation of the logistic regression.</summary>
    public float L2Regularization { get; init; } = 1f;

    /// <summary>L1 regularisation of the logistic regression.</summary>
    public float L1Regularization { get; init; } = 0.1f;

    /// <summary>Our annotated news (JSON contract) to train on.</summary>
    public string? NewsTrainPath { get; init; }

    /// <summary>Whether to add the quotations of commercially usable GUM train documents.</summary>
    public bool UseGum { get; init; } = true;
}
