namespace NewsNlp.Cli.Progress;

/// <summary>What a long command tells the person watching: how far it is, and messages that must not garble the display.</summary>
internal interface IProgressReporter
{
    /// <summary>Sets how far the work is, in the unit of the total given at the start (e.g. input bytes).</summary>
    void Report(long done, string? detail = null);

    /// <summary>Sets what is being done now (for work whose size is unknown, such as training).</summary>
    void Status(string status);

    /// <summary>Writes a line to standard error, above the live display if there is one.</summary>
    void WriteLine(string message);
}
