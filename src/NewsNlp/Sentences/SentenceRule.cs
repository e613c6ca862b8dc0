namespace NewsNlp.Sentences;

/// <summary>What the fixed rules say about a candidate before the model is asked.</summary>
internal enum SentenceRule
{
    /// <summary>The rules do not decide; the model does.</summary>
    AskModel,

    /// <summary>Always a boundary.</summary>
    Split,

    /// <summary>Never a boundary.</summary>
    Keep,
}
