namespace NewsNlp.Training.Corpora;

/// <summary>Finds the shared training and evaluation corpora (<c>../shared/corpora</c> beside the repository).</summary>
public static class CorpusLocator
{
    /// <summary>Environment variable that overrides where the corpora are.</summary>
    public const string EnvironmentVariable = "NEWSNLP_CORPORA";

    /// <summary>
    /// The corpora folder: <c>$NEWSNLP_CORPORA</c> if set, else the first <c>shared/corpora</c> found beside
    /// the current directory or any of its parents, or beside the running assembly's folders.
    /// </summary>
    /// <returns>The folder, or <see langword="null"/> when none is found.</returns>
    public static string? TryFind()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (string origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(origin); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "corpora");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Like <see cref="TryFind"/>, but throws a clear exception when the corpora are missing.</summary>
    public static string Find() => TryFind() ?? throw new DirectoryNotFoundException(
        $"The corpora were not found: expected a 'shared/corpora' folder beside the repository (../shared/corpora) or the {EnvironmentVariable} environment variable.");

    /// <summary>The full path of <paramref name="relativePath"/> inside the corpora, which must exist.</summary>
    public static string File(string relativePath)
    {
        string path = Path.Combine(Find(), relativePath);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"Corpus file not found: {path}", path);
    }
}
