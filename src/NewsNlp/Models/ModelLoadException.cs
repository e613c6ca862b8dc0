namespace NewsNlp.Models;

/// <summary>A model could not be loaded: the file is missing, truncated, corrupt, or made for another feature set.</summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelLoadException()
    {
        ModelName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ModelLoadException(string message)
        : base(message)
    {
        ModelName = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModelName = string.Empty;
    }

    /// <summary>Creates the exception for a named model.</summary>
    /// <param name="modelName">The model ("sentences") and where it came from.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ModelLoadException(string modelName, string problem, Exception? innerException)
        : base($"NewsNlp model '{modelName}' cannot be loaded: {problem}", innerException)
    {
        ModelName = modelName;
    }

    /// <summary>The model that failed, with where it came from.</summary>
    public string ModelName { get; }
}
