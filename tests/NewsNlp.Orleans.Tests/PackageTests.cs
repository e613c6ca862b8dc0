using System.IO.Compression;
using NewsNlp.Tests.Support;

namespace NewsNlp.Orleans.Tests;

/// <summary>The NewsNlp.Orleans package: packs without warnings, with its assembly, docs and dependencies.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-orleans-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Category", "Package")]
    public void Pack_NewsNlpOrleans_HoldsTheAssemblyDocsAndDependencies()
    {
        const string version = "0.0.0-citest";
        string feed = Path.Combine(_folder, "feed");
        var (exitCode, output) = ProcessRunner.Run("dotnet",
            $"pack src/NewsNlp.Orleans -c Release -o \"{feed}\" --artifacts-path \"{Path.Combine(_folder, "artifacts")}\" -p:Version={version}",
            RepositoryPaths.Root, TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(feed, $"NewsNlp.Orleans.{version}.nupkg"));
        string[] entries = [.. zip.Entries.Select(e => e.FullName)];
        Assert.Contains("lib/net10.0/NewsNlp.Orleans.dll", entries);
        Assert.Contains("lib/net10.0/NewsNlp.Orleans.xml", entries);
        Assert.Contains("README.md", entries);
        using var nuspec = new StreamReader(zip.GetEntry("NewsNlp.Orleans.nuspec")!.Open());
        string manifest = nuspec.ReadToEnd();
        Assert.Contains("<id>NewsNlp.Orleans</id>", manifest, StringComparison.Ordinal);
        Assert.Contains($"<dependency id=\"NewsNlp\" version=\"{version}\"", manifest, StringComparison.Ordinal);
        Assert.Matches("<dependency id=\"Microsoft\\.Orleans\\.Sdk\" version=\"10\\.", manifest);
        Assert.Matches("<dependency id=\"Microsoft\\.Orleans\\.Runtime\" version=\"10\\.", manifest);
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
    }
}
