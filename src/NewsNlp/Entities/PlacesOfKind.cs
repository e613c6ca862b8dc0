using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// News names small places by their kind first: "the town of Grindavik", "the village of Vranjak", "the province
/// of Cagayan". The capitalised run after such a noun and "of" is a place, though no gazetteer knows it and the model,
/// seeing an unfamiliar word, left it untagged or took it for a person. Areas are named the other way round too: "the
/// Solino neighborhood", "the Amazon region", "the Alentejo coast" — the name before such a noun is the place.
/// </summary>
internal static class PlacesOfKind
{
    private const int LongestName = 4;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_kinds = WordSet.IgnoringCase(
        "town", "towns", "village", "villages", "city", "province", "region", "district", "county", "island", "islands",
        "municipality", "commune", "suburb", "port", "hamlet", "neighbourhood", "neighborhood", "state", "prefecture");

    // Nouns after an area's name; "state", "city" or "port" follow other words as often ("the Islamic State").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_areasAfter = WordSet.IgnoringCase(
        "neighborhood", "neighbourhood", "district", "region", "province", "valley", "coast", "suburb", "borough",
        "governorate", "oblast", "prefecture", "municipality", "area");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_compassWords = WordSet.IgnoringCase(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        TagNamesOfKind(text, tokens, tags);
        TagNamesBeforeAreas(text, tokens, tags);
    }

    // "the town of Grindavik"
    private static void TagNamesOfKind(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
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

    // "the Solino neighborhood": "the", one to three capitalised words untagged or taken for a person, an area noun.
    private static void TagNamesBeforeAreas(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int noun = 2; noun < tags.Length; noun++)
        {
            // A lower-case area noun after a capitalised word first: cheap, and rare; the look back only then.
            if (!NameWords.IsCapitalisedWord(text, tokens[noun - 1]) || tokens[noun].Kind != TokenKind.Word || !char.IsLower(text[tokens[noun].Start])
                || tags[noun] != EntityTag.Outside || !s_areasAfter.Contains(tokens[noun].Slice(text)))
            {
                continue;
            }

            int first = noun - 1;
            while (first > 0 && noun - first < 3 && NameWords.IsCapitalisedWord(text, tokens[first - 1]) && tags[first - 1] == tags[first])
            {
                first--;
            }

            if (first == 0 || !IsIntroduced(text, tokens, first - 1)
                || tags[first] is not (EntityTag.Outside or EntityTag.BeginPerson) || (tags[first] == EntityTag.BeginPerson && EntityTags.LastOf(tags, first) != noun - 1)
                || Demonyms.IsAdjective(tokens[first].Slice(text)) || s_compassWords.Contains(tokens[first].Slice(text)))
            {
                continue;
            }

            EntityTags.Mark(tags, first, noun - 1, EntityLabel.Location);
        }
    }

    // What comes before an area's name: "the", "the northern", or a place's possessive ("Kathmandu's Gongabu area").
    private static bool IsIntroduced(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        ReadOnlySpan<char> word = tokens[k].Slice(text);
        if (word is "the" or "The" || NameWords.IsPossessive(word))
        {
            return true;
        }

        return k > 0 && char.IsLower(word[0]) && s_compassWords.Contains(word) && tokens[k - 1].Slice(text) is "the" or "The";
    }

    /// <summary>Whether the word names a kind of place or an area, first letter lower case ("town", "village", "region"); the tagger keeps this per word (<see cref="EntityWordCues.PlaceKind"/>).</summary>
    public static bool IsKindOfPlace(ReadOnlySpan<char> word) => char.IsLower(word[0]) && (s_kinds.Contains(word) || s_areasAfter.Contains(word));
}
