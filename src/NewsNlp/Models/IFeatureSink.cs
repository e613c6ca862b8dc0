namespace NewsNlp.Models;

/// <summary>
/// Receives the hashed feature indices of one example as an extractor makes them: collected into a list (for
/// training and tests) or scored on the spot (at inference, where the list would only be read back once).
/// </summary>
internal interface IFeatureSink
{
    /// <summary>Takes the next feature index; an index may come more than once.</summary>
    void Add(int index);
}
