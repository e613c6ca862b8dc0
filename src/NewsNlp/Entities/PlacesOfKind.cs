using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// News names small places by their kind first: "the town of Grindavik", "the village of Vranjak", "the province
/// of Cagayan". The capitalised run after such a noun and "of" is a place, though no gazetteer knows it and the model,
/// seeing an unfamiliar word, left it untagged or took it for a person.
/// </summary>
internal static class PlacesOfKind
{
    private const int LongestName = 4;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_kinds = WordSet.IgnoringCase(
        "town", "towns", "village", "villages", "city", "province", "region", "district", "county", "island", "islands",
        "municipality", "commune", "suburb", "port", "hamlet", "neighbourhood", "neighborhood", "state", "prefecture");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i + 2 < tags.Length; i++)
        {
            // "of" and a capital after it first: cheap, and rare; the kind noun's lookup only then.
            if (tokens[i + 1].Slice(text) is not "of" || !NameWords.IsCapitalisedWord(text, tokens[i + 2]) || tags[i] != EntityTag.Outside
                || tokens[i].Kind != TokenKind.Word || !char.IsLower(text[tokens[i].Start]) || !s_kinds.Contains(tokens[i].Slice(text)))
            {
                continue;
            }

            int first = i + 2;
            if (tags[first] is not (EntityTag.Outside or EntityTag.BeginPerson) || !NameWords.IsCapitalisedWord(text, tokens[first]))
            {
                continue;
            }

            int last = tags[first] == EntityTag.BeginPerson ? EntityTags.LastOf(tags, first) : first;
            while (tags[first] == EntityTag.Outside && last + 1 < tags.Length && last + 1 - first < LongestName
                && tags[last + 1] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[last + 1]))
            {
                last++;
            }

            EntityTags.Mark(tags, first, last, EntityLabel.Location);
            i = last;
        }
    }

    /// <summary>Whether the word names a kind of place, first letter lower case ("town", "village"); the tagger keeps this per word (<see cref="EntityWordCues.PlaceKind"/>).</summary>
    public static bool IsKindOfPlace(ReadOnlySpan<char> word) => char.IsLower(word[0]) && s_kinds.Contains(word);
}
