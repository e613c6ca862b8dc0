using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// An institution the reader has not met is named by what it is: "the Norwegian Coastal Administration said",
/// "Ukraine's Agriculture Ministry", "the Civil Aviation Pilots Union", "the Attorney General's Office". When the
/// model leaves such a run of capitalised words untagged although it ends in an institution's head word, the run is
/// that organisation (<see cref="OrganizationTails"/>, which runs after this pass, then takes in an "of …" after it).
/// Only institutional heads count here, not every organisation suffix of the features: "Post", "Times", "Capital"
/// or "Energy" end too many other phrases; "Government" counts, as our news annotation has it ("the Lagos State
/// Government"), though Universal NER leaves "the Federal Government" untagged. A run must have a word before its
/// head ("the Ministry" alone is a description), must end where the capitals end (a title-case headline runs on),
/// and leaves "The" outside.
/// </summary>
internal static class OrganizationHeadRuns
{
    private const int LongestName = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_heads = WordSet.IgnoringCase(
        "ministry", "office", "administration", "union", "organization", "organisation", "museum", "commission",
        "council", "agency", "authority", "association", "federation", "institute", "foundation", "society", "bureau",
        "university", "college", "party", "tribunal", "board", "exchange", "holdings", "government", "corporation");

    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">Their tags.</param>
    /// <param name="words">The word cache the sentence was tagged with, whose facts spare most lookups; or null.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags, EntityWordCache? words)
    {
        for (int head = 1; head < tags.Length; head++)
        {
            if (!IsCapitalisedHead(text, tokens, head, words) || tags[head] != EntityTag.Outside)
            {
                continue;
            }

            if (head + 1 < tags.Length && NameWords.IsCapitalisedWord(text, tokens[head + 1]))
            {
                continue;
            }

            int first = head;
            for (int k = head - 1; k >= 0 && head - k < LongestName && tags[k] == EntityTag.Outside; k--)
            {
                // A date before the head names a meeting, not the body: "the August Board meeting".
                if (NameWords.IsCapitalisedWord(text, tokens[k]) && !NameWords.IsDayOrMonth(tokens[k].Slice(text)))
                {
                    first = k;
                }
                else if (k > 0 && NameWords.IsPossessive(tokens[k].Slice(text)) && tags[k - 1] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[k - 1]))
                {
                    first = k - 1; // "the Attorney General's Office"
                    k--;
                }
                else
                {
                    break;
                }
            }

            if (first > 0 && NameWords.IsCapitalisedWord(text, tokens[first - 1]) && tags[first - 1] == EntityTag.Outside)
            {
                continue; // the run is longer than a name: a title-case line
            }

            if (tokens[first].Slice(text) is "The")
            {
                first++;
            }

            // Introduced as a known body ("the …", "Ukraine's …"), not a unit or a term ("at HR Office", "Qualified
            // Party requirements"), which Universal NER leaves untagged; and an office by its holder ("the Attorney
            // General's Office"), not a room ("the Reservation Office").
            if (first == head || first == 0 || !(tokens[first - 1].Slice(text) is "the" or "The" || NameWords.IsPossessive(tokens[first - 1].Slice(text)))
                || (tokens[head].Slice(text) is "Office" && !NameWords.IsPossessive(tokens[head - 1].Slice(text))))
            {
                continue;
            }

            EntityTags.Mark(tags, first, head, EntityLabel.Organization);
        }
    }

    /// <summary>Whether a word is an institution's head word ("Ministry", "Union"), whatever its case.</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => s_heads.Contains(word);

    // The tagger's word cache knows the answer per word; a test passes no cache.
    private static bool IsCapitalisedHead(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, EntityWordCache? words)
    {
        if (words is null)
        {
            return NameWords.IsCapitalisedWord(text, tokens[i]) && IsHead(tokens[i].Slice(text));
        }

        ref readonly EntityWordFacts facts = ref words.At(words.TokenEntries[i]);
        return (facts.Cues & EntityWordCues.InstitutionHead) != 0 && (facts.Casing & EntityTokenFlags.InitialCapital) != 0;
    }
}
