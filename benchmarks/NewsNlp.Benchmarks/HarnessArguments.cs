using System.Globalization;

namespace NewsNlp.Benchmarks;

/// <summary>What the harness modes that are not BenchmarkDotNet runs (streaming memory, scale-out) share: options and where the repository is.</summary>
internal static class HarnessArguments
{
    /// <summary>The integer after <paramref name="name"/> in <paramref name="args"/>, or <paramref name="fallback"/>.</summary>
    public static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The repository root: the first folder above the harness holding NewsNlp.sln.</summary>
    public static string RepositoryRoot()
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
