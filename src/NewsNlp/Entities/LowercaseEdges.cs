using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A name does not begin or end with a lower-case word: "mainland [Australia]", "the [Nanoro] health district",
/// "the [Fatah] party", "other [Harrow] boys". Words wholly in lower case at either edge of an entity are left
/// out of it ("eBay" and "iPhone", with a capital inside, are kept, and so are parts joined by a hyphen, as in
/// "al-Sadr" or "Kim Dae-sung", particles that open names: "bin Laden", and organisation words that close them:
/// "Brightwell Home plc"), unless nothing would remain.
/// </summary>
internal static class LowercaseEdges
{
    // Particles that begin names in lower case: "bin Laden", "van Gogh", "de Gaulle".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particles = WordSet.IgnoringCase(
        "bin", "ibn", "ben", "al", "el", "van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "ter", "ten");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (!EntityTags.IsBegin(tags[i]))
            {
                continue;
            }

            EntityLabel label = EntityTags.Label(tags[i]);
            int last = EntityTags.LastOf(tags, i);

            int first = i;
            while (first < last && IsLowercaseWord(text, tokens[first]) && tokens[first + 1].Start > tokens[first].End && !s_particles.Contains(tokens[first].Slice(text)))
            {
                tags[first++] = EntityTag.Outside;
            }

            while (last > first && IsLowercaseWord(text, tokens[last]) && tokens[last].Start > tokens[last - 1].End
                && !EntityLexicon.IsOrganizationSuffix(tokens[last].Slice(text)))
            {
                tags[last--] = EntityTag.Outside;
            }

            tags[first] = EntityTags.Begin(label);
            i = last;
        }
    }

    private static bool IsLowercaseWord(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return false;
        }

        foreach (char c in token.Slice(text))
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
