namespace NewsNlp.Tests.Support;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleArticle => Path.Combine(Root, "src", "NewsNlp.Cli", "Samples", "sample-article.txt");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
