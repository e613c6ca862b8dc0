using NewsNlp.Models;

namespace NewsNlp.Entities;

/// <summary>A loaded entity model: the ML.NET maximum-entropy weights and the lexicon saved in the same zip.</summary>
internal sealed record EntityModel(MulticlassLinearModel Weights, EntityLexicon Lexicon)
{
    public const string Name = "entities";

    /// <summary>Loads an entity model zip written by <c>newsnlp train entities</c>.</summary>
    public static EntityModel Load(Stream stream, string source)
    {
        (MulticlassLinearModel weights, string? lexicon) = LinearModelLoader.LoadMulticlass(
            stream, Name, EntityFeatures.Version, EntityFeatures.Dimension, EntityTags.Count, source, EntityLexicon.EntryName);
        using var reader = new StringReader(lexicon ?? string.Empty);
        return new EntityModel(weights, EntityLexicon.Parse(reader));
    }
}
