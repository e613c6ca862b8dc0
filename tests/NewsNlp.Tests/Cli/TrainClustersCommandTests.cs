using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp train clusters</c>: clusters the words of an embeddings file and writes "word TAB cluster" lines.</summary>
public sealed class TrainClustersCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsnlp-train-clusters-" + Guid.NewGuid().ToString("N"));

    public TrainClustersCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TrainClusters_WritesOneLinePerWordWithLetters()
    {
        string embeddings = Path.Combine(_folder, "vectors.txt");
        File.WriteAllLines(embeddings,
        [
            "paris 0.9 0.1 0.0 0.2", "okafor 0.1 0.9 0.3 0.0", "london 0.8 0.2 0.1 0.1", ". 0.5 0.5 0.5 0.5",
            "mensah 0.2 0.8 0.2 0.1", "1999 0.3 0.3 0.3 0.3",
        ]);
        string output = Path.Combine(_folder, "clusters.tsv");

        var (exit, _, error) = InProcessCli.Run("", "train", "clusters", "--embeddings", embeddings, "-o", output, "--clusters", "2");

        Assert.True(exit == 0, error);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(["paris", "okafor", "london", "mensah"], lines.Select(l => l.Split('\t')[0]));
        Assert.All(lines, l => Assert.Matches(@"^[a-z]+\t[01]$", l));
    }

    [Fact]
    public void TrainClusters_MissingEmbeddings_ExitsWithDataMissing()
    {
        var (exit, _, error) = InProcessCli.Run("", "train", "clusters", "--embeddings", Path.Combine(_folder, "none.json"), "-o", Path.Combine(_folder, "out.tsv"));

        Assert.Equal(5, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
