using System.IO.Compression;
using NewsNlp.Models;

namespace NewsNlp.Tests.Models;

/// <summary>A broken model fails at load with a clear exception naming the model and the problem.</summary>
public sealed class ModelLoadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-models-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] EmbeddedZip()
    {
        using Stream stream = typeof(NewsPipeline).Assembly.GetManifestResourceStream(EmbeddedModels.SentencesResource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ModelLoadException LoadFails(string path) =>
        Assert.Throws<ModelLoadException>(() => NewsPipeline.Create(new NewsPipelineOptions { SentenceModelPath = path }));

    [Fact]
    public void Create_CustomModelPath_LoadsAWorkingModel()
    {
        string path = Write("copy.zip", EmbeddedZip());
        var pipeline = NewsPipeline.Create(new NewsPipelineOptions { SentenceModelPath = path });
        Assert.Equal(2, pipeline.Analyze("The vote passed. Okafor left.").Sentences.Count);
    }

    [Fact]
    public void Create_TruncatedZip_FailsNamingTheModelAndTheFile()
    {
        byte[] zip = EmbeddedZip();
        string path = Write("truncated.zip", zip[..(zip.Length / 2)]);
        ModelLoadException e = LoadFails(path);
        Assert.Contains("sentences", e.Message, StringComparison.Ordinal);
        Assert.Contains("truncated.zip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NotAZip_FailsClearly()
    {
        ModelLoadException e = LoadFails(Write("garbage.zip", "this is not a model"u8.ToArray()));
        Assert.Contains("not a valid zip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WrongFeatureSetVersion_IsRefused()
    {
        string path = Write("old.zip", EmbeddedZip());
        using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("newsnlp.json")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("newsnlp.json").Open());
            writer.Write("""{"model":"sentences","featureSetVersion":0,"dimension":262144,"threshold":0.5}""");
        }

        ModelLoadException e = LoadFails(path);
        Assert.Contains("feature set version 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ZipWithoutManifest_IsRefused()
    {
        string path = Write("plain.zip", EmbeddedZip());
        using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("newsnlp.json")!.Delete();
        }

        Assert.Contains("newsnlp.json", LoadFails(path).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingFile_FailsNamingIt()
    {
        ModelLoadException e = LoadFails(Path.Combine(_folder, "nope.zip"));
        Assert.Contains("nope.zip", e.Message, StringComparison.Ordinal);
    }
}
