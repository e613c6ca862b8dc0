namespace NewsNlp.Cli.Io;

/// <summary>
/// Writes a file through a temporary file in the same folder and moves it into place only when writing
/// succeeded, so a crash or an error never leaves a half-written result.
/// </summary>
internal sealed class AtomicFileWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temporaryPath;
    private bool _committed;

    private AtomicFileWriter(string path, string temporaryPath, Stream stream)
    {
        _path = path;
        _temporaryPath = temporaryPath;
        Stream = stream;
    }

    public Stream Stream { get; }

    /// <summary>
    /// Opens a temporary file beside <paramref name="path"/>; throws <see cref="DirectoryNotFoundException"/> if its
    /// folder is missing and <see cref="IOException"/> if the path is a folder.
    /// </summary>
    public static AtomicFileWriter Create(string path)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The output folder does not exist: {directory}");
        }

        if (Directory.Exists(fullPath))
        {
            throw new IOException($"The output path is a folder, not a file: {fullPath}");
        }

        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicFileWriter(fullPath, temporary, stream);
    }

    /// <summary>Flushes to disk and moves the file into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (Stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }

        Stream.Dispose();
        File.Move(_temporaryPath, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        Stream.Dispose();
        try
        {
            File.Delete(_temporaryPath);
        }
        catch (IOException)
        {
            // Best effort: the temporary file has a unique, hidden name and never replaces the output.
        }
    }
}
