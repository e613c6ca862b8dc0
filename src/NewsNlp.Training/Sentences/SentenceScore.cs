namespace NewsNlp.Training.Sentences;

/// <summary>ML.NET's prediction for a <see cref="SentenceRow"/>: the raw linear score.</summary>
internal sealed class SentenceScore
{
    public float Score { get; set; }
}
