namespace NewsNlp.Benchmarks;

/// <summary>A benchmark class that can say how many characters one operation of it reads, once set up.</summary>
internal interface IThroughputSource
{
    /// <summary>UTF-16 code units each benchmark method of the class tokenizes per operation.</summary>
    int CharsPerOperation { get; }
}
