namespace NewsNlp.Tokenization;

/// <summary>Choices that change how <see cref="NewsTokenizer"/> splits text.</summary>
public sealed record NewsTokenizerOptions
{
    /// <summary>
    /// Keep hyphenated compounds ("long-term", "Covid-19") as one token.
    /// The default, <see langword="false"/>, follows Universal Dependencies English, which splits them
    /// ("long" "-" "term") except after prefixes such as "anti-", "non-", "e-" and "co-"; the shipped
    /// models are trained on that convention, so the pipeline always uses the default.
    /// </summary>
    public bool KeepHyphenatedWords { get; init; }

    /// <summary>The options <see cref="NewsTokenizer.Default"/> uses.</summary>
    public static NewsTokenizerOptions Default { get; } = new();
}
