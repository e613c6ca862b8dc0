using System.IO.Compression;
using System.Text.Json;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// Packs NewsNlp.Cli as a dotnet tool and uses it as a user would: <c>dotnet tool install</c> from the local .nupkg
/// into a temporary tool path, then <c>newsnlp analyze</c> on the sample article.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-tool-").FullName;

    // A unique version keeps the machine's NuGet cache from serving an older build of the same number.
    private readonly string _version = $"0.0.0-ci{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string cached = Path.Combine(cache, "newsnlp.cli", _version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    [Fact]
    [Trait("Category", "Package")]
    public void PackAsTool_InstallFromLocalNupkg_AnalysesTheSampleArticle()
    {
        string feed = Path.Combine(_folder, "feed");
        var (packExit, packOutput) = ProcessRunner.Run("dotnet",
            $"pack src/NewsNlp.Cli -c Release -o \"{feed}\" --artifacts-path \"{Path.Combine(_folder, "artifacts")}\" -p:Version={_version}",
            RepositoryPaths.Root, TimeSpan.FromMinutes(5));
        Assert.True(packExit == 0, packOutput);
        Assert.DoesNotContain("warning", packOutput, StringComparison.OrdinalIgnoreCase);

        string package = Path.Combine(feed, $"NewsNlp.Cli.{_version}.nupkg");
        Assert.True(File.Exists(package), packOutput);
        using (ZipArchive zip = ZipFile.OpenRead(package))
        {
            string[] entries = [.. zip.Entries.Select(e => e.FullName)];
            Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
            Assert.Contains("tools/net10.0/any/NewsNlp.Cli.dll", entries);
            Assert.Contains("tools/net10.0/any/NewsNlp.dll", entries);
            Assert.Contains("README.md", entries);
            Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
            using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Contains("<Command Name=\"newsnlp\" EntryPoint=\"NewsNlp.Cli.dll\"", settings.ReadToEnd(), StringComparison.Ordinal);
        }

        string tools = Path.Combine(_folder, "tools");
        var (installExit, installOutput) = ProcessRunner.Run("dotnet",
            $"tool install NewsNlp.Cli --version {_version} --tool-path \"{tools}\" --add-source \"{feed}\"",
            _folder, TimeSpan.FromMinutes(5));
        Assert.True(installExit == 0, installOutput);

        string newsnlp = Path.Combine(tools, OperatingSystem.IsWindows() ? "newsnlp.exe" : "newsnlp");
        Assert.True(File.Exists(newsnlp), installOutput);
        var (runExit, stdout, stderr) = ProcessRunner.RunSeparately(newsnlp, ["analyze", "--input", RepositoryPaths.SampleArticle], _folder, TimeSpan.FromMinutes(2));

        Assert.True(runExit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("sample-article.txt", doc.RootElement.GetProperty("id").GetString());
        string text = File.ReadAllText(RepositoryPaths.SampleArticle);
        JsonElement sentences = doc.RootElement.GetProperty("sentences");
        Assert.True(sentences.GetArrayLength() >= 14);
        JsonElement headline = sentences[0];
        Assert.Equal("Harbour authority approves $4.5bn expansion despite fishermen’s protest",
            text[headline.GetProperty("start").GetInt32()..headline.GetProperty("end").GetInt32()]);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("quotes").ValueKind);
    }
}
