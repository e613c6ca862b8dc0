using Microsoft.Extensions.DependencyInjection;
using NewsNlp;

// In Orleans' hosting namespace, as its own UseXyz/AddXyz methods are, so `siloBuilder.AddNewsNlp()` needs no extra using.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Orleans.Hosting;
#pragma warning restore IDE0130

/// <summary>Makes a silo able to analyse NewsNlp batches.</summary>
public static class NewsNlpSiloBuilderExtensions
{
    /// <summary>
    /// Registers the one <see cref="NewsPipeline"/> the silo's NewsNlp grains share (a singleton: the pipeline is
    /// immutable and thread-safe, and its models are loaded once per silo), configured like <c>services.AddNewsNlp</c>.
    /// The grain itself ships in this assembly and needs no registration.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the pipeline options (stages, model paths); <see langword="null"/> keeps the defaults.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder AddNewsNlp(this ISiloBuilder builder, Action<NewsNlpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddNewsNlp(configure);
        return builder;
    }
}
