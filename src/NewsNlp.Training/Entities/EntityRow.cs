using Microsoft.ML.Data;
using NewsNlp.Entities;

namespace NewsNlp.Training.Entities;

/// <summary>One token as ML.NET sees it: its BIO tag as a key (1-based) and its hashed features.</summary>
internal sealed class EntityRow
{
    [KeyType(EntityTags.Count)]
    public uint Label { get; set; }

    [VectorType(EntityFeatures.Dimension)]
    public VBuffer<float> Features { get; set; }
}
