using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// The last word of a multi-word name says what it names: a "person" or "place" ending in "Bank", "University" or
/// "Party" is an organisation ("Erste Bank", "Santa Rosa Hospital", but not the "West Bank"), a "person" ending in
/// "Airport" or "Street" a place. The model weighs a known first name at the start
/// ("Penn State", "Humberto Delgado Airport") above the head word at the end, whose weight it learnt over all
/// names; surnames almost never are such words, so the head word wins here. And a country named as an actor
/// ("Ghana will cap cocoa exports", "North Korea's leader") stays a location, as CoNLL and Universal NER annotate it.
/// </summary>
internal static class HeadWords
{
    // Words that end place names and, unlike the organisation suffixes, are no family names in practice.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeHeads = WordSet.IgnoringCase(
        "airport", "street", "avenue", "road", "boulevard", "square", "bridge", "river", "lake", "island", "islands",
        "mountains", "peninsula", "province", "county", "district", "valley", "glacier", "beach", "bay", "canyon");

    // Organisation head words beyond the tagger's own suffix list (kept apart so that its features stay as trained).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_organizationHeads = WordSet.IgnoringCase(
        "academy", "herald", "journal", "gazette", "tribune", "chronicle", "telegraph", "magazine", "orchestra", "museum",
        "library", "society", "choir", "corporation", "institution", "commission", "pharmaceutical", "telecom", "minerals",
        "mining", "cycling", "resources", "petroleum", "airways", "railways", "bulletin", "courier", "examiner", "inquirer",
        "dispatch", "sentinel", "observer");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_compassWords = WordSet.IgnoringCase(
        "north", "south", "east", "west", "left", "northern", "southern", "eastern", "western");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        RelabelByHead(text, tokens, tags);
        RelabelCountries(text, tokens, lexicon, tags);
    }

    private static void RelabelCountries(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != EntityTag.BeginOrganization)
            {
                continue;
            }

            int last = i;
            ulong hash = PhraseHash.AddToken(PhraseHash.Begin, tokens[i].Slice(text), withSeparator: false);
            while (last + 1 < tags.Length && tags[last + 1] == EntityTag.InsideOrganization)
            {
                last++;
                hash = PhraseHash.AddToken(hash, tokens[last].Slice(text), withSeparator: true);
            }

            if (last - i < EntityLexicon.MaxPhraseTokens && lexicon.IsCountry(hash))
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Location);
            }

            i = last;
        }
    }

    /// <summary>"West Bank", "South Bank": a compass word and a head word name a place, not an organisation.</summary>
    private static bool IsCompassPlace(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        last == first + 1 && s_compassWords.Contains(tokens[first].Slice(text));

    private static void RelabelByHead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] is not (EntityTag.BeginPerson or EntityTag.BeginLocation))
            {
                continue;
            }

            EntityLabel current = EntityTags.Label(tags[i]);
            int last = EntityTags.LastOf(tags, i);

            ReadOnlySpan<char> head = tokens[last].Slice(text);
            EntityLabel? label = last == i || tokens[last].Kind != TokenKind.Word ? null
                : (EntityLexicon.IsOrganizationSuffix(head) || s_organizationHeads.Contains(head)) && !(current == EntityLabel.Location && IsCompassPlace(text, tokens, i, last)) ? EntityLabel.Organization
                : current == EntityLabel.Person && head is "State" ? EntityLabel.Organization // "Penn State", "Ohio State": no one's surname
                : current == EntityLabel.Person && s_placeHeads.Contains(head) ? EntityLabel.Location
                : null;
            if (label is EntityLabel relabelled)
            {
                EntityTags.Mark(tags, i, last, relabelled);
            }

            i = last;
        }
    }
}
