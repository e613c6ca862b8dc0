using Microsoft.ML.Data;
using NewsNlp.Quotes;

namespace NewsNlp.Training.Quotes;

/// <summary>One (quotation, candidate speaker) pair as ML.NET sees it: the hashed features and whether the candidate said it.</summary>
internal sealed class QuoteRow
{
    public bool Label { get; set; }

    [VectorType(SpeakerFeatures.Dimension)]
    public VBuffer<float> Features { get; set; }
}
