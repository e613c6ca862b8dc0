using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsNlp.Entities;
using NewsNlp.Quotes;
using NewsNlp.Sentences;

namespace NewsNlp.Models;

/// <summary>The models shipped inside the assembly, loaded once through ML.NET and shared by every pipeline.</summary>
internal static class EmbeddedModels
{
    public const string SentencesResource = "NewsNlp.Models.sentences.zip";

    public const string SentencesModel = "sentences";

    public const string EntitiesResource = "NewsNlp.Models.entities.zip";

    public const string QuotesResource = "NewsNlp.Models.quotes.zip";

    private static readonly Lazy<(LinearModel Model, double Milliseconds)> s_sentences =
        new(() => Timed(() => LoadEmbedded(SentencesResource, SentencesModel, SentenceFeatures.Version, SentenceFeatures.Dimension)));

    private static readonly Lazy<(EntityModel? Model, double Milliseconds)> s_entities = new(() => Timed(() =>
    {
        using Stream? stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream(EntitiesResource);
        return stream is null ? null : EntityModel.Load(stream, "embedded:" + EntitiesResource);
    }));

    private static readonly Lazy<(QuoteModel? Model, double Milliseconds)> s_quotes = new(() => Timed(() =>
    {
        using Stream? stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream(QuotesResource);
        return stream is null ? null : QuoteModel.Load(stream, "embedded:" + QuotesResource);
    }));

    public static LinearModel Sentences => s_sentences.Value.Model;

    /// <summary>The shipped entity model, or null in a build made before one was trained.</summary>
    public static EntityModel? Entities => s_entities.Value.Model;

    /// <summary>The sentence model from <paramref name="path"/>, or the embedded one; logs which, from where and how long it took.</summary>
    public static LinearModel GetSentences(string? path, ILogger? logger) =>
        (path is not null
            ? LoadLogged(SentencesModel, path, logger, () => LoadSentences(path))
            : GetEmbedded(s_sentences!, SentencesModel, SentencesResource, logger))!;

    /// <summary>
    /// The entity model from <paramref name="path"/>, or the embedded one — null when this build embeds none, which
    /// is logged as a warning since the entity stage then does not run.
    /// </summary>
    public static EntityModel? GetEntities(string? path, ILogger? logger)
    {
        if (path is not null)
        {
            return LoadLogged(EntityModel.Name, path, logger, () => LoadEntities(path));
        }

        EntityModel? model = GetEmbedded(s_entities, EntityModel.Name, EntitiesResource, logger);
        if (model is null && logger is not null)
        {
            ModelLog.ModelMissing(logger, EntityModel.Name, "embedded:" + EntitiesResource);
        }

        return model;
    }

    /// <summary>The quote model from <paramref name="path"/>, or the embedded one — null when this build embeds none (logged as a warning).</summary>
    public static QuoteModel? GetQuotes(string? path, ILogger? logger)
    {
        if (path is not null)
        {
            return LoadLogged(QuoteModel.Name, path, logger, () => LoadQuotes(path));
        }

        QuoteModel? model = GetEmbedded(s_quotes, QuoteModel.Name, QuotesResource, logger);
        if (model is null && logger is not null)
        {
            ModelLog.ModelMissing(logger, QuoteModel.Name, "embedded:" + QuotesResource);
        }

        return model;
    }

    public static QuoteModel LoadQuotes(string path)
    {
        using FileStream stream = OpenFile(path, QuoteModel.Name);
        return QuoteModel.Load(stream, path);
    }

    public static LinearModel LoadSentences(string path)
    {
        using FileStream stream = OpenFile(path, SentencesModel);
        return LinearModelLoader.Load(stream, SentencesModel, SentenceFeatures.Version, SentenceFeatures.Dimension, path);
    }

    public static EntityModel LoadEntities(string path)
    {
        using FileStream stream = OpenFile(path, EntityModel.Name);
        return EntityModel.Load(stream, path);
    }

    /// <summary>An embedded model: loaded once per process; logged as loaded the first time and as reused after.</summary>
    private static T? GetEmbedded<T>(Lazy<(T? Model, double Milliseconds)> lazy, string model, string resource, ILogger? logger)
        where T : class
    {
        string source = "embedded:" + resource;
        if (!lazy.IsValueCreated)
        {
            return LoadLogged(model, source, logger, () => lazy.Value.Model);
        }

        (T? loaded, double milliseconds) = lazy.Value;
        if (loaded is not null && logger is not null)
        {
            ModelLog.ModelReused(logger, model, source, milliseconds);
        }

        return loaded;
    }

    private static T? LoadLogged<T>(string model, string source, ILogger? logger, Func<T?> load)
        where T : class
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            T? loaded = load();
            double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (loaded is not null && logger is not null)
            {
                ModelLog.ModelLoaded(logger, model, source, milliseconds);
            }

            return loaded;
        }
        catch (ModelLoadException e) when (logger is not null)
        {
            double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            ModelLog.ModelLoadFailed(logger, e, model, source, milliseconds);
            throw;
        }
    }

    private static (T, double) Timed<T>(Func<T> load)
    {
        long start = Stopwatch.GetTimestamp();
        T model = load();
        return (model, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
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
