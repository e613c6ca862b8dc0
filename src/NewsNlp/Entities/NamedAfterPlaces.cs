using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A disease or a race named after a place is no place: "Lassa fever", "Zika virus", "the Tour de France", "the
/// Vuelta a España". Universal NER tags such names as "other" (which we drop) and our news annotation leaves them
/// untagged, but the model sees the place's name. A place or person right before a lower-case disease word, or right
/// after "Tour de" or "Vuelta a", is untagged — after the consistency pass, which would tag it again from the
/// place's other mentions.
/// </summary>
internal static class NamedAfterPlaces
{
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int first = EntityTags.NextBegin(tags, 0); first < tags.Length; first = EntityTags.NextBegin(tags, first + 1))
        {
            int last = EntityTags.LastOf(tags, first);
            if (EntityTags.Label(tags[first]) != EntityLabel.Organization && (IsDiseaseAfter(text, tokens, last) || IsRaceBefore(text, tokens, first)))
            {
                tags[first..(last + 1)].Clear(); // Outside is 0
            }

            first = last;
        }
    }

    private static bool IsDiseaseAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last) =>
        last + 1 < tokens.Length && tokens[last + 1].Slice(text) is "fever" or "virus" or "flu" or "disease";

    private static bool IsRaceBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first) =>
        first >= 2 && ((tokens[first - 2].Slice(text) is "Tour" && tokens[first - 1].Slice(text) is "de")
            || (tokens[first - 2].Slice(text) is "Vuelta" && tokens[first - 1].Slice(text) is "a"));
}
