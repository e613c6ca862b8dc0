using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsNlp;

// In the framework's namespace, as .NET's own AddXyz methods are, so `services.AddNewsNlp` needs no extra using.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers NewsNlp with Microsoft.Extensions.DependencyInjection.</summary>
public static class NewsNlpServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="NewsPipeline"/> as a singleton (it is immutable and thread-safe), configured by
    /// <see cref="NewsNlpOptions"/> through the Options pattern. The pipeline is created, and its models loaded,
    /// on first resolution; model loading is logged (which model, from where, how long) to the
    /// <see cref="ILoggerFactory"/> registered in the container, if any. Calling this more than once adds the
    /// configurations up and still registers one pipeline.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults (or what configuration binding set).</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddNewsNlp(o => o.SentenceModelPath = "/models/sentences.zip");
    /// // later: public MyService(NewsPipeline nlp) { ... nlp.Analyze(text) ... }
    /// </code>
    /// </example>
    public static IServiceCollection AddNewsNlp(this IServiceCollection services, Action<NewsNlpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<NewsNlpOptions> options = services.AddOptions<NewsNlpOptions>()
            .Validate(o => o.MaxDegreeOfParallelism >= 1, "NewsNlpOptions.MaxDegreeOfParallelism must be at least 1.")
            .Validate(o => o.MaxBufferedCharacters >= 1, "NewsNlpOptions.MaxBufferedCharacters must be at least 1.")
            .Validate(o => (o.Stages & ~NewsPipelineStages.All) == 0, "NewsNlpOptions.Stages names a stage this version of NewsNlp does not have.");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(static provider => NewsPipeline.Create(
            provider.GetRequiredService<IOptions<NewsNlpOptions>>().Value.ToPipelineOptions(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<NewsPipeline>()));
        return services;
    }
}
