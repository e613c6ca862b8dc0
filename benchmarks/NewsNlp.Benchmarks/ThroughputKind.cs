namespace NewsNlp.Benchmarks;

/// <summary>What a <see cref="ThroughputColumn"/> shows.</summary>
internal enum ThroughputKind
{
    /// <summary>UTF-16 code units tokenized per second, from the mean time.</summary>
    CharsPerSecond,

    /// <summary>Tokens produced per second, from the mean time.</summary>
    TokensPerSecond,

    /// <summary>Tokens one operation produces (differs between contenders: they split differently).</summary>
    TokensPerOperation,
}
