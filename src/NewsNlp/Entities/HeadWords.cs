using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// The last word of a multi-word name says what it names: a "person" ending in "Bank", "University" or "Party" is an
/// organisation, one ending in "Airport" or "Street" a place. The model weighs a known first name at the start
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

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        RelabelPeople(text, tokens, tags);
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
                tags[i] = EntityTag.BeginLocation;
                for (int k = i + 1; k <= last; k++)
                {
                    tags[k] = EntityTag.InsideLocation;
                }
            }

            i = last;
        }
    }

    private static void RelabelPeople(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != EntityTag.BeginPerson)
            {
                continue;
            }

            int last = i;
            while (last + 1 < tags.Length && tags[last + 1] == EntityTag.InsidePerson)
            {
                last++;
            }

            ReadOnlySpan<char> head = tokens[last].Slice(text);
            EntityLabel? label = last == i || tokens[last].Kind != TokenKind.Word ? null
                : EntityLexicon.IsOrganizationSuffix(head) ? EntityLabel.Organization
                : s_placeHeads.Contains(head) ? EntityLabel.Location
                : null;
            if (label is EntityLabel relabelled)
            {
                tags[i] = EntityTags.Begin(relabelled);
                for (int k = i + 1; k <= last; k++)
                {
                    tags[k] = EntityTags.Inside(relabelled);
                }
            }

            i = last;
        }
    }
}
