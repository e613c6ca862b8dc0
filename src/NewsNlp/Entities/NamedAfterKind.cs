using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// News introduces an organisation the reader may not know by its kind: "the newspaper Público", "the charity
/// Caritas", "the Danish drugmaker Nordholm Pharma", "the journal The Lancet". A run of capitalised words right after
/// such a noun (see <see cref="OrganizationCues.IsKindNoun"/>) that the model left untagged or took for a place is
/// that organisation. Dates are no names ("the company Monday said"), and the run stops at a function word.
/// </summary>
internal static class NamedAfterKind
{
    private const int LongestName = 6;

    // Publications, which OrganizationCues leaves out because people are not introduced by them either way.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_publications = WordSet.IgnoringCase("journal", "magazine", "daily", "tabloid", "television", "app",
        "association", "bloc");

    // Words a name does not run on into (dates are tested apart, NameWords.IsDayOrMonth).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNames = WordSet.IgnoringCase(
        "on", "in", "of", "for", "and", "to", "at", "said", "says", "has", "had", "was", "is", "will", "would", "which",
        "that", "who", "its", "this", "it");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i + 1 < tags.Length; i++)
        {
            // A capitalised word after a lower-case one is rare: that cheap test first, the noun lookup after it.
            if (!NameWords.IsCapitalisedWord(text, tokens[i + 1]) || tokens[i].Kind != TokenKind.Word || !char.IsLower(text[tokens[i].Start]))
            {
                continue;
            }

            bool kind = OrganizationCues.IsKindNoun(text, tokens[i])
                || (tokens[i].Kind == TokenKind.Word && char.IsLower(text[tokens[i].Start]) && s_publications.Contains(tokens[i].Slice(text)));
            if (!kind || tags[i] != EntityTag.Outside)
            {
                continue;
            }

            int first = i + 1;
            int last = first - 1;
            bool article = first < tags.Length && tokens[first].Slice(text) is "The";
            for (int k = article ? first + 1 : first; k < tags.Length && k - first < LongestName; k++)
            {
                if (tags[k] == EntityTag.BeginOrganization && k > first)
                {
                    last = EntityTags.LastOf(tags, k); // "the carrier Lotus [Sky Airways]": one name
                    break;
                }

                if (!NameWords.IsCapitalisedWord(text, tokens[k]) || s_notNames.Contains(tokens[k].Slice(text)) || NameWords.IsDayOrMonth(tokens[k].Slice(text))
                    || tags[k] is EntityTag.BeginPerson or EntityTag.InsidePerson or EntityTag.BeginOrganization or EntityTag.InsideOrganization)
                {
                    break;
                }

                last = k;
            }

            // A place the model saw in the run is part of the name, or is the name: "the club Celtic".
            if (last < (article ? first + 1 : first))
            {
                continue;
            }

            if (last + 1 < tags.Length && EntityTags.IsInside(tags[last + 1]))
            {
                continue; // the run ends inside an entity the model saw: leave both alone
            }

            EntityTags.Mark(tags, article && IsNewspaperArticle(text, tokens, i) ? first : first + (article ? 1 : 0), last, EntityLabel.Organization);
            i = last;
        }
    }

    /// <summary>
    /// Whether the word can introduce a name here: a kind of organisation or a publication, first letter lower case.
    /// The tagger keeps this per word (<see cref="EntityWordCues.OrganizationKind"/>).
    /// </summary>
    public static bool IsKindWord(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && (OrganizationCues.IsKindNounWord(word) || s_publications.Contains(word));

    // "The Lancet", "The BMJ", "The Times": a publication's "The" is part of its name.
    private static bool IsNewspaperArticle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int noun) =>
        s_publications.Contains(tokens[noun].Slice(text)) || tokens[noun].Slice(text) is "newspaper" or "broadcaster";
}
