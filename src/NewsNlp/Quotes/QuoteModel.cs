using NewsNlp.Models;

namespace NewsNlp.Quotes;

/// <summary>A loaded quote model: the ML.NET logistic-regression speaker ranker and the word lists saved in the same zip.</summary>
internal sealed record QuoteModel(LinearModel Weights, QuoteLexicon Lexicon)
{
    public const string Name = "quotes";

    /// <summary>Loads a quote model zip written by <c>newsnlp train quotes</c>.</summary>
    public static QuoteModel Load(Stream stream, string source)
    {
        (LinearModel weights, string? lexicon) = LinearModelLoader.Load(
            stream, Name, SpeakerFeatures.Version, SpeakerFeatures.Dimension, source, QuoteLexicon.EntryName);
        using var reader = new StringReader(lexicon ?? string.Empty);
        return new QuoteModel(weights, QuoteLexicon.Parse(reader));
    }
}
