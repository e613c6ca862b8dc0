namespace NewsNlp.Models;

/// <summary>
/// Scores an example with a <see cref="LinearModel"/> as its features come: the same additions in the same order
/// as <see cref="LinearModel.Score"/> over the collected list, so the same score to the bit.
/// </summary>
internal struct LinearScorer : IFeatureSink
{
    private readonly LinearModel _model;

    public LinearScorer(LinearModel model)
    {
        _model = model;
        Score = model.Bias;
    }

    /// <summary>The bias plus the weights of the features added so far.</summary>
    public float Score { get; private set; }

    public void Add(int index) => Score += _model.Weight(index);
}
