using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NewsNlp.Models;

/// <summary>Loads a linear ML.NET model zip through <see cref="MLContext"/> and checks its NewsNlp manifest.</summary>
internal static class LinearModelLoader
{
    public static LinearModel Load(Stream stream, string expectedModel, int featureSetVersion, int dimension, string source) =>
        Load(stream, expectedModel, featureSetVersion, dimension, source, null).Model;

    /// <summary>Loads a linear binary model and the text of <paramref name="extraEntry"/> stored beside it.</summary>
    public static (LinearModel Model, string? Extra) Load(Stream stream, string expectedModel, int featureSetVersion, int dimension, string source, string? extraEntry)
    {
        string name = $"{expectedModel}' from '{source}";
        (ITransformer transformer, ModelManifest manifest, string? extra) = LoadTransformer(stream, expectedModel, featureSetVersion, dimension, name, extraEntry);
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

        return (new LinearModel(weights, linear.Bias, manifest), extra);
    }

    /// <summary>Loads a multiclass maximum-entropy model and the text of <paramref name="extraEntry"/> stored beside it.</summary>
    public static (MulticlassLinearModel Model, string? Extra) LoadMulticlass(Stream stream, string expectedModel, int featureSetVersion, int dimension, int classes, string source, string? extraEntry)
    {
        string name = $"{expectedModel}' from '{source}";
        (ITransformer transformer, ModelManifest manifest, string? extra) = LoadTransformer(stream, expectedModel, featureSetVersion, dimension, name, extraEntry);
        object? model = transformer is ISingleFeaturePredictionTransformer<object> predictor ? predictor.Model : null;
        if (model is not LinearMulticlassModelParametersBase linear)
        {
            throw new ModelLoadException(name, $"it holds a {model?.GetType().Name ?? transformer.GetType().Name}, not a linear multiclass classifier.", null);
        }

        VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out int count);
        float[] biases = [.. linear.GetBiases()];
        if (count != classes || biases.Length != classes)
        {
            throw new ModelLoadException(name, $"it has {count} classes; {classes} are expected.", null);
        }

        var dense = new float[count][];
        for (int k = 0; k < count; k++)
        {
            if (weights[k].Length != dimension)
            {
                throw new ModelLoadException(name, $"it has {weights[k].Length} weights per class, the manifest says {dimension}.", null);
            }

            dense[k] = new float[dimension];
            weights[k].CopyTo(dense[k]);
        }

        return (new MulticlassLinearModel(dense, biases, dimension, manifest), extra);
    }

    private static (ITransformer Transformer, ModelManifest Manifest, string? Extra) LoadTransformer(
        Stream stream, string expectedModel, int featureSetVersion, int dimension, string name, string? extraEntry)
    {
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

        string? extra = extraEntry is null ? null : ReadEntry(buffer, extraEntry, name);
        buffer.Position = 0;
        try
        {
            return (new MLContext(seed: 0).Model.Load(buffer, out _), manifest, extra);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException or ArgumentException or NotSupportedException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new ModelLoadException(name, "ML.NET could not read the model: " + e.Message, e);
        }
    }

    /// <summary>Adds a text entry (e.g. a lexicon) to a model zip, with fixed timestamps so the bytes are deterministic.</summary>
    public static void WriteEntry(string zipPath, string entryName, string content)
    {
        using ZipArchive zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        zip.GetEntry(entryName)?.Delete();
        ZipArchiveEntry entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var writer = new StreamWriter(entry.Open(), new System.Text.UTF8Encoding(false));
        writer.Write(content);
    }

    private static string ReadEntry(MemoryStream buffer, string entryName, string name)
    {
        try
        {
            buffer.Position = 0;
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            ZipArchiveEntry entry = zip.GetEntry(entryName)
                ?? throw new ModelLoadException(name, $"it has no {entryName}.", null);
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException(name, $"its {entryName} could not be read (truncated or corrupt).", e);
        }
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
