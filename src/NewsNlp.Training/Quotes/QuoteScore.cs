namespace NewsNlp.Training.Quotes;

/// <summary>ML.NET's prediction for a <see cref="QuoteRow"/>: the raw linear score.</summary>
internal sealed class QuoteScore
{
    public float Score { get; set; }
}
