using NewsNlp.Entities;
using NewsNlp.Sentences;

namespace NewsNlp.Models;

/// <summary>The models shipped inside the assembly, loaded once through ML.NET and shared by every pipeline.</summary>
internal static class EmbeddedModels
{
    public const string SentencesResource = "NewsNlp.Models.sentences.zip";

    private static readonly Lazy<LinearModel> s_sentences = new(() => LoadEmbedded(SentencesResource, "sentences", SentenceFeatures.Version, SentenceFeatures.Dimension));

    public static LinearModel Sentences => s_sentences.Value;

    public const string EntitiesResource = "NewsNlp.Models.entities.zip";

    private static readonly Lazy<EntityModel?> s_entities = new(() =>
    {
        using Stream? stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream(EntitiesResource);
        return stream is null ? null : EntityModel.Load(stream, "embedded:" + EntitiesResource);
    });

    /// <summary>The shipped entity model, or null in a build made before one was trained.</summary>
    public static EntityModel? Entities => s_entities.Value;

    public static EntityModel LoadEntities(string path)
    {
        using FileStream stream = OpenFile(path, EntityModel.Name);
        return EntityModel.Load(stream, path);
    }

    public static LinearModel LoadSentences(string path)
    {
        using FileStream stream = OpenFile(path, "sentences");
        return LinearModelLoader.Load(stream, "sentences", SentenceFeatures.Version, SentenceFeatures.Dimension, path);
    }

    private static LinearModel LoadEmbedded(string resource, string model, int version, int dimension)
    {
        using Stream stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelLoadException(model, $"the embedded resource {resource} is missing from {typeof(EmbeddedModels).Assembly.GetName().Name}.", null);
        return LinearModelLoader.Load(stream, model, version, dimension, "embedded:" + resource);
    }

    private static FileStream OpenFile(string path, string model)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"{model}' from '{path}", e.Message, e);
        }
    }
}
