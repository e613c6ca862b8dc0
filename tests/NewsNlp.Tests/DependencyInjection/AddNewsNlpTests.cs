using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsNlp.Models;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.DependencyInjection;

/// <summary><c>services.AddNewsNlp(o => ...)</c> in a real container, with a real logger provider.</summary>
public sealed class AddNewsNlpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-di-").FullName;
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private string CopyOfEmbeddedSentenceModel()
    {
        string path = Path.Combine(_folder, "my-sentences.zip");
        using Stream embedded = typeof(NewsPipeline).Assembly.GetManifestResourceStream(EmbeddedModels.SentencesResource)!;
        using FileStream file = File.Create(path);
        embedded.CopyTo(file);
        return path;
    }

    [Fact]
    public void AddNewsNlp_ResolvedFromServiceCollection_IsOneSingletonThatAnalysesText()
    {
        using ServiceProvider provider = Build(services => services.AddNewsNlp(o => o.MaxDegreeOfParallelism = 2));

        var nlp = provider.GetRequiredService<NewsPipeline>();
        NewsDocument doc = nlp.Analyze(File.ReadAllText(RepositoryPaths.SampleArticle));

        Assert.Same(nlp, provider.GetRequiredService<NewsPipeline>());
        using (IServiceScope scope = provider.CreateScope())
        {
            Assert.Same(nlp, scope.ServiceProvider.GetRequiredService<NewsPipeline>());
        }

        Assert.Equal(2, nlp.Options.MaxDegreeOfParallelism);
        Assert.Equal("Harbour authority approves $4.5bn expansion despite fishermen’s protest", doc.Sentences[0].Text);
        Assert.True(doc.Sentences.Count >= 14);

        // The embedded model is loaded once per process: this container either loaded it or reused it, and says which.
        CapturingLoggerProvider.LogRecord load = Assert.Single(_logs.Records, r => r.EventId.Name is "ModelLoaded" or "ModelReused" && "sentences".Equals(r.Values["Model"]));
        Assert.Equal(typeof(NewsPipeline).FullName, load.Category);
        Assert.Equal(LogLevel.Information, load.Level);
        Assert.Equal("sentences", load.Values["Model"]);
        Assert.Equal("embedded:NewsNlp.Models.sentences.zip", load.Values["Source"]);
        Assert.Contains("NewsNlp model 'sentences' from embedded:NewsNlp.Models.sentences.zip", load.Message, StringComparison.Ordinal);
        Assert.True((double)load.Values["ElapsedMilliseconds"]! > 0);
    }

    [Fact]
    public void AddNewsNlp_CustomModelPath_LoadsItAndLogsWhichModelFromWhereAndHowLong()
    {
        string path = CopyOfEmbeddedSentenceModel();
        using ServiceProvider provider = Build(services => services.AddNewsNlp(o => o.SentenceModelPath = path));

        NewsDocument doc = provider.GetRequiredService<NewsPipeline>().Analyze("The vote passed on Tuesday. Mr. Okafor left early.");

        Assert.Equal(new[] { "The vote passed on Tuesday.", "Mr. Okafor left early." }, doc.Sentences.Select(s => s.Text));
        CapturingLoggerProvider.LogRecord load = Assert.Single(_logs.Records, r => r.EventId.Name == "ModelLoaded" && "sentences".Equals(r.Values["Model"]));
        Assert.Equal(path, load.Values["Source"]);
        Assert.Matches(@"^Loaded NewsNlp model 'sentences' from .*my-sentences\.zip in \d+(\.\d)? ms$", load.Message);
        Assert.True((double)load.Values["ElapsedMilliseconds"]! > 0);
        Assert.Contains(_logs.Records, r => r.EventId.Name == "PipelineCreated" && r.Message.Contains("stages Sentences", StringComparison.Ordinal));
    }

    [Fact]
    public void AddNewsNlp_StagesNone_LoadsNoModelAndLeavesSentencesEmpty()
    {
        using ServiceProvider provider = Build(services => services.AddNewsNlp(o => o.Stages = NewsPipelineStages.None));

        NewsDocument doc = provider.GetRequiredService<NewsPipeline>().Analyze("The vote passed. Okafor left.");

        Assert.Equal(7, doc.Tokens.Count);
        Assert.Empty(doc.Sentences);
        Assert.DoesNotContain(_logs.Records, r => r.EventId.Name is "ModelLoaded" or "ModelReused");
    }

    [Fact]
    public void AddNewsNlp_EntitiesStageOnly_TurnsOnTheSentencesItNeeds()
    {
        using ServiceProvider provider = Build(services => services.AddNewsNlp(o => o.Stages = NewsPipelineStages.Entities));

        NewsDocument doc = provider.GetRequiredService<NewsPipeline>().Analyze("The vote passed. Okafor left.");

        Assert.Equal(2, doc.Sentences.Count);
        if (EmbeddedModels.Entities is null)
        {
            // This build embeds no entity model: the stage cannot run, and the log says so instead of staying silent.
            CapturingLoggerProvider.LogRecord missing = Assert.Single(_logs.Records, r => r.EventId.Name == "ModelMissing");
            Assert.Equal(LogLevel.Warning, missing.Level);
            Assert.Equal("entities", missing.Values["Model"]);
        }
        else
        {
            Assert.Contains(_logs.Records, r => r.EventId.Name is "ModelLoaded" or "ModelReused" && "entities".Equals(r.Values["Model"]));
        }
    }

    [Fact]
    public void AddNewsNlp_ConfiguredTwiceAndThroughConfigure_AddsUpToOnePipeline()
    {
        using ServiceProvider provider = Build(services =>
        {
            services.AddNewsNlp(o => o.MaxDegreeOfParallelism = 3);
            services.AddNewsNlp(o => o.MaxBufferedCharacters = 1000);
            services.Configure<NewsNlpOptions>(o => o.MaxDegreeOfParallelism = 5);
        });

        Assert.Single(provider.GetServices<NewsPipeline>());
        NewsPipelineOptions options = provider.GetRequiredService<NewsPipeline>().Options;
        Assert.Equal(5, options.MaxDegreeOfParallelism);
        Assert.Equal(1000, options.MaxBufferedCharacters);
    }

    [Fact]
    public void AddNewsNlp_InvalidOptions_FailOnResolveWithTheReason()
    {
        using ServiceProvider provider = Build(services => services.AddNewsNlp(o => o.MaxDegreeOfParallelism = 0));

        var e = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<NewsPipeline>);
        Assert.Contains("MaxDegreeOfParallelism must be at least 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNewsNlp_CorruptModel_FailsOnResolveAndLogsTheFile()
    {
        string path = Path.Combine(_folder, "broken.zip");
        File.WriteAllText(path, "not a model");
        using ServiceProvider provider = Build(services => services.AddNewsNlp(o => o.SentenceModelPath = path));

        var e = Assert.Throws<ModelLoadException>(provider.GetRequiredService<NewsPipeline>);
        Assert.Contains("broken.zip", e.Message, StringComparison.Ordinal);
        CapturingLoggerProvider.LogRecord failure = Assert.Single(_logs.Records, r => r.EventId.Name == "ModelLoadFailed");
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Same(e, failure.Exception);
        Assert.Equal(path, failure.Values["Source"]);
    }

    [Fact]
    public void AddNewsNlp_NoLoggingRegistered_StillWorks()
    {
        var services = new ServiceCollection();
        services.AddNewsNlp();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Single(provider.GetRequiredService<NewsPipeline>().Analyze("Shares rose 3.2%. Bonds fell.").Sentences, s => s.Text == "Bonds fell.");
    }

    /// <summary>
    /// Every setting of <see cref="NewsPipelineOptions"/> (a stage flag, a model path, ...) must be settable through
    /// <see cref="NewsNlpOptions"/> too, with the same name, type and default: a stage added to one and not the other fails here.
    /// </summary>
    [Fact]
    public void NewsNlpOptions_EveryNewsPipelineOption_HasATwinThatReachesThePipeline()
    {
        Assert.Equal(NewsPipelineOptions.Default, new NewsNlpOptions().ToPipelineOptions());

        PropertyInfo[] settings = [.. typeof(NewsPipelineOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract")];
        Assert.Contains(settings, p => p.Name == nameof(NewsPipelineOptions.SentenceModelPath));
        foreach (PropertyInfo setting in settings)
        {
            PropertyInfo? twin = typeof(NewsNlpOptions).GetProperty(setting.Name);
            Assert.True(twin is { CanWrite: true } && twin.PropertyType == setting.PropertyType, $"NewsNlpOptions needs a settable {setting.PropertyType.Name} {setting.Name}.");

            var options = new NewsNlpOptions();
            object value = SampleValue(setting.PropertyType, setting.GetValue(NewsPipelineOptions.Default));
            twin.SetValue(options, value);
            Assert.True(Equals(value, setting.GetValue(options.ToPipelineOptions())), $"NewsNlpOptions.ToPipelineOptions() does not pass {setting.Name} on.");
        }
    }

    private static object SampleValue(Type type, object? current)
    {
        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(int) => (int?)current == 3 ? 4 : 3,
            _ when underlying == typeof(bool) => current is not true,
            _ when underlying == typeof(string) => "/models/sample.zip",
            _ when underlying == typeof(double) => 0.25,
            { IsEnum: true } => Enum.ToObject(underlying, 0).Equals(current) ? Enum.GetValues(underlying).GetValue(Enum.GetValues(underlying).Length - 1)! : Enum.ToObject(underlying, 0),
            _ => throw new InvalidOperationException($"Add a sample value for {type} to this test."),
        };
    }
}
