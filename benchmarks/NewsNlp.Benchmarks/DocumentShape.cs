namespace NewsNlp.Benchmarks;

/// <summary>The kinds of long document <see cref="LinearTimeBenchmarks"/> analyses.</summary>
public enum DocumentShape
{
    /// <summary>Ordinary news text: paragraphs of wire-style sentences (<see cref="NewsCorpus.Build"/>).</summary>
    News,

    /// <summary>The same text with every whitespace character (and the URL's scheme) removed: one endless line, no word breaks at all.</summary>
    NoSpaces,

    /// <summary>One quotation, opened at the first character and closed at the last, with no quote mark in between.</summary>
    OneQuotation,
}
