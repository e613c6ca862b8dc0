using System.IO.Compression;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// Packs NewsNlp from NewsNlp.nuspec and uses it as a user would: a new console app referencing the .nupkg
/// from a local folder feed, run on the sample article.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-package-").FullName;

    // A unique version keeps the machine's NuGet cache from serving an older build of the same number.
    private readonly string _version = $"0.0.0-ci{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string cached = Path.Combine(cache, "newsnlp", _version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    [Fact]
    [Trait("Category", "Package")]
    public void Pack_ThenConsumeFromLocalFeed_AnalysesTheSampleArticle()
    {
        string version = _version;
        string feed = Path.Combine(_folder, "feed");
        var (packExit, packOutput) = ProcessRunner.Run("dotnet",
            $"pack src/NewsNlp -c Release -o \"{feed}\" --artifacts-path \"{Path.Combine(_folder, "artifacts")}\" -p:Version={version}",
            RepositoryPaths.Root, TimeSpan.FromMinutes(5));
        Assert.True(packExit == 0, packOutput);
        Assert.DoesNotContain("warning", packOutput, StringComparison.OrdinalIgnoreCase);

        string package = Path.Combine(feed, $"NewsNlp.{version}.nupkg");
        Assert.True(File.Exists(package), packOutput);
        using (ZipArchive zip = ZipFile.OpenRead(package))
        {
            string[] entries = [.. zip.Entries.Select(e => e.FullName)];
            Assert.Contains("lib/net10.0/NewsNlp.dll", entries);
            Assert.Contains("lib/net10.0/NewsNlp.xml", entries);
            Assert.Contains("README.md", entries);
            Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
            using var nuspec = new StreamReader(zip.GetEntry("NewsNlp.nuspec")!.Open());
            string manifest = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
            Assert.Contains("<repository type=\"git\"", manifest, StringComparison.Ordinal);
            Assert.Matches("<repository type=\"git\" url=\"https://[^\"]+\" commit=\"[0-9a-f]{40}\"", manifest);
            Assert.Contains("<readme>README.md</readme>", manifest, StringComparison.Ordinal);
            foreach (string dependency in new[] { "Microsoft.ML", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options" })
            {
                Assert.Matches($"<dependency id=\"{dependency.Replace(".", "\\.", StringComparison.Ordinal)}\" version=\"\\d+\\.\\d+\\.\\d+", manifest);
            }

            using var notices = new StreamReader(zip.GetEntry("THIRD-PARTY-NOTICES.md")!.Open());
            Assert.Contains("Universal Dependencies", notices.ReadToEnd(), StringComparison.Ordinal);
        }

        // The symbols package: the portable pdb, for debuggers and SourceLink.
        string symbols = Path.Combine(feed, $"NewsNlp.{version}.snupkg");
        Assert.True(File.Exists(symbols), packOutput);
        using (ZipArchive zip = ZipFile.OpenRead(symbols))
        {
            Assert.Contains("lib/net10.0/NewsNlp.pdb", zip.Entries.Select(e => e.FullName));
        }

        string app = Path.Combine(_folder, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsNlp" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using NewsNlp;
            using NewsNlp.Tokenization;

            var nlp = NewsPipeline.CreateDefault();
            NewsDocument doc = nlp.Analyze(File.ReadAllText(args[0]));
            Console.WriteLine($"sentences={doc.Sentences.Count}");
            Console.WriteLine($"first={doc.Sentences[0].Text}");
            Console.WriteLine($"entities={doc.Entities.Count} quotes={doc.Quotes.Count}");
            int tokens = 0;
            foreach (Token t in NewsTokenizer.Default.Tokenize(doc.Text)) tokens++;
            Console.WriteLine($"tokens={tokens} same={tokens == doc.Tokens.Count}");

            // Host integration, as an ASP.NET Core or worker app would do it.
            using ServiceProvider provider = new ServiceCollection()
                .AddNewsNlp(o => o.MaxDegreeOfParallelism = 2)
                .BuildServiceProvider();
            var fromContainer = provider.GetRequiredService<NewsPipeline>();
            Console.WriteLine($"di={fromContainer.Analyze(doc.Text).Sentences.Count == doc.Sentences.Count}");
            """);
        // Directory.Build.props and Directory.Packages.props of this repository must not leak into the user's app.
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");

        var (runExit, runOutput) = ProcessRunner.Run("dotnet", $"run -c Release -- \"{RepositoryPaths.SampleArticle}\"", app, TimeSpan.FromMinutes(5));

        Assert.True(runExit == 0, runOutput);
        Assert.Contains("first=Harbour authority approves $4.5bn expansion despite fishermen’s protest", runOutput, StringComparison.Ordinal);
        Assert.Contains("same=True", runOutput, StringComparison.Ordinal);
        Assert.Contains("di=True", runOutput, StringComparison.Ordinal);
        Assert.Matches(@"sentences=(1[4-9]|[2-9]\d)", runOutput);
    }
}
