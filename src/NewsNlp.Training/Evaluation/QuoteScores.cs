namespace NewsNlp.Training.Evaluation;

/// <summary>How well quotations are found and attributed.</summary>
/// <param name="Detection">Quotation spans: a predicted quotation counts when its content equals a gold one after trimming whitespace, quote marks and edge punctuation (or overlaps it by 90% of the longer).</param>
/// <param name="AttributionCorrect">Detected quotations whose speaker is right: it overlaps the gold mention or resolves to the same name (or both are null).</param>
/// <param name="AttributionTotal">Detected quotations (matched to a gold one).</param>
/// <param name="EndToEnd">Quotations both detected and correctly attributed, over all predicted and all gold quotations.</param>
/// <param name="PronounCorrect">Gold quotations whose speaker is a pronoun, detected with a predicted speaker that resolves to the gold name.</param>
/// <param name="PronounTotal">Gold quotations whose speaker is a pronoun.</param>
/// <param name="CueCorrect">Correctly attributed quotations whose cue matches the gold cue (overlap, or both null).</param>
/// <param name="Errors">Error type → count.</param>
public sealed record QuoteScores(
    PrecisionRecall Detection,
    int AttributionCorrect,
    int AttributionTotal,
    PrecisionRecall EndToEnd,
    int PronounCorrect,
    int PronounTotal,
    int CueCorrect,
    IReadOnlyDictionary<string, int> Errors)
{
    /// <summary>Share of detected quotations attributed correctly.</summary>
    public double AttributionAccuracy => AttributionTotal == 0 ? 0 : (double)AttributionCorrect / AttributionTotal;

    /// <summary>Share of pronoun-attributed quotations resolved to the right name.</summary>
    public double PronounAccuracy => PronounTotal == 0 ? 0 : (double)PronounCorrect / PronounTotal;

    /// <summary>Share of correctly attributed quotations with the right cue.</summary>
    public double CueAccuracy => AttributionCorrect == 0 ? 0 : (double)CueCorrect / AttributionCorrect;
}
