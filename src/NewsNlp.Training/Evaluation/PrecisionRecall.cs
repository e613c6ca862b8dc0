namespace NewsNlp.Training.Evaluation;

/// <summary>Counts of a span-matching evaluation and the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Predicted items that match a gold item.</param>
/// <param name="Predicted">All predicted items.</param>
/// <param name="Gold">All gold items.</param>
public readonly record struct PrecisionRecall(long TruePositives, long Predicted, long Gold)
{
    /// <summary>Share of predictions that are right; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>Share of gold items found; 0 when there is no gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two sets of counts.</summary>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Adds two sets of counts.</summary>
    public static PrecisionRecall Add(PrecisionRecall a, PrecisionRecall b) => a + b;

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:F4} R {Recall:F4} F1 {F1:F4} (tp {TruePositives}, predicted {Predicted}, gold {Gold})");
}
