using System.Text.Json.Serialization;

namespace NewsNlp.Models;

/// <summary>
/// What NewsNlp records beside ML.NET's own entries in a model zip (as <c>newsnlp.json</c>): which model it is,
/// the feature-set version and dimension it was trained with, and the decision threshold tuned on dev data.
/// </summary>
internal sealed record ModelManifest
{
    public const string EntryName = "newsnlp.json";

    [JsonPropertyName("model")]
    public required string Model { get; init; }

    [JsonPropertyName("featureSetVersion")]
    public required int FeatureSetVersion { get; init; }

    [JsonPropertyName("dimension")]
    public required int Dimension { get; init; }

    [JsonPropertyName("threshold")]
    public double Threshold { get; init; }

    [JsonPropertyName("trainedOn")]
    public string? TrainedOn { get; init; }

    [JsonPropertyName("seed")]
    public int Seed { get; init; }
}
