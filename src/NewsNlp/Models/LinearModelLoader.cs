using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;

namespace NewsNlp.Models;

/// <summary>Loads a linear ML.NET model zip through <see cref="MLContext"/> and checks its NewsNlp manifest.</summary>
internal static class LinearModelLoader
{
    public static LinearModel Load(Stream stream, string expectedModel, int featureSetVersion, int dimension, string source)
    {
        string name = $"{expectedModel}' from '{source}";
        var buffer = new MemoryStream();
        try
        {
            stream.CopyTo(buffer);
        }
        catch (IOException e)
        {
            throw new ModelLoadException(name, "the file could not be read.", e);
        }

        ModelManifest manifest = ReadManifest(buffer, name);
        if (!string.Equals(manifest.Model, expectedModel, StringComparison.Ordinal))
        {
            throw new ModelLoadException(name, $"it is a '{manifest.Model}' model, not a '{expectedModel}' model.", null);
        }

        if (manifest.FeatureSetVersion != featureSetVersion || manifest.Dimension != dimension)
        {
            throw new ModelLoadException(name,
                $"it was trained with feature set version {manifest.FeatureSetVersion} (dimension {manifest.Dimension}); this NewsNlp needs version {featureSetVersion} (dimension {dimension}). Retrain it with 'newsnlp train'.", null);
        }

        buffer.Position = 0;
        ITransformer transformer;
        try
        {
            transformer = new MLContext(seed: 0).Model.Load(buffer, out _);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException or ArgumentException or NotSupportedException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new ModelLoadException(name, "ML.NET could not read the model: " + e.Message, e);
        }

        LinearBinaryModelParameters linear = FindLinearParameters(transformer)
            ?? throw new ModelLoadException(name, $"it holds a {transformer.GetType().Name}, not a linear binary classifier.", null);
        float[] weights = new float[dimension];
        if (linear.Weights.Count != dimension)
        {
            throw new ModelLoadException(name, $"it has {linear.Weights.Count} weights, the manifest says {dimension}.", null);
        }

        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = linear.Weights[i];
        }

        return new LinearModel(weights, linear.Bias, manifest);
    }

    /// <summary>Adds the manifest to a zip written by <c>MLContext.Model.Save</c>.</summary>
    public static void WriteManifest(string zipPath, ModelManifest manifest)
    {
        using ZipArchive zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        zip.GetEntry(ModelManifest.EntryName)?.Delete();
        ZipArchiveEntry entry = zip.CreateEntry(ModelManifest.EntryName, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); // deterministic bytes
        using Stream output = entry.Open();
        JsonSerializer.Serialize(output, manifest, ManifestJsonContext.Default.ModelManifest);
    }

    private static ModelManifest ReadManifest(MemoryStream buffer, string name)
    {
        try
        {
            buffer.Position = 0;
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            ZipArchiveEntry entry = zip.GetEntry(ModelManifest.EntryName)
                ?? throw new ModelLoadException(name, $"it has no {ModelManifest.EntryName}; it was not made by 'newsnlp train'.", null);
            using Stream json = entry.Open();
            return JsonSerializer.Deserialize(json, ManifestJsonContext.Default.ModelManifest)
                ?? throw new ModelLoadException(name, $"its {ModelManifest.EntryName} is empty.", null);
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException(name, "it is not a valid zip file (truncated or corrupt).", e);
        }
        catch (JsonException e)
        {
            throw new ModelLoadException(name, $"its {ModelManifest.EntryName} is not valid: {e.Message}", e);
        }
    }

    private static LinearBinaryModelParameters? FindLinearParameters(ITransformer transformer)
    {
        object? model = transformer is ISingleFeaturePredictionTransformer<object> predictor ? predictor.Model : null;
        return model switch
        {
            LinearBinaryModelParameters linear => linear,
            CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel, // logistic regression
            _ => null,
        };
    }
}
