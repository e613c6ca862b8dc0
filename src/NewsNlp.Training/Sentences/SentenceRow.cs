using Microsoft.ML.Data;
using NewsNlp.Sentences;

namespace NewsNlp.Training.Sentences;

/// <summary>One candidate boundary as ML.NET sees it: the hashed features and whether it is a real boundary.</summary>
internal sealed class SentenceRow
{
    public bool Label { get; set; }

    [VectorType(SentenceFeatures.Dimension)]
    public VBuffer<float> Features { get; set; }
}
