using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// News introduces people by what they are, in an appositive: "according to Deepa Raman, an analyst at Morgan
/// Stanley", "her publisher, Baraka Mwangi, said", "The new member, Dafydd Morgan-Hughes, is a former teacher". A
/// name the model has never seen, with no first name the gazetteer knows, may come out as an organisation or a
/// place; a person noun beside it, set off by a comma, says it is a person. The name must look like a person's: two
/// or three capitalised words (hyphens may join them), none of them an organisation word ("Acme Holdings, a
/// partner"), a place the gazetteer knows ("Costa Rica, a member") or a word common in lower case.
/// </summary>
internal static class PersonAppositives
{
    private const int LongestName = 3;
    private const int LongestModifiers = 3;

    // Nouns for a person (not for a body that acts like one: no "member", "partner" or "owner", which a country or
    // company can be, after the name).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personNouns = WordSet.IgnoringCase(
        "analyst", "economist", "strategist", "researcher", "professor", "lecturer", "scientist", "epidemiologist",
        "engineer", "trader", "spokesman", "spokeswoman", "spokesperson", "publisher", "editor", "reporter",
        "journalist", "author", "writer", "novelist", "poet", "actor", "actress", "singer", "musician", "star",
        "player", "striker", "midfielder", "defender", "goalkeeper", "coach", "captain", "lawyer", "attorney",
        "prosecutor", "judge", "doctor", "surgeon", "nurse", "teacher", "schoolteacher", "student", "farmer",
        "fisherman", "resident", "mother", "father", "son", "daughter", "wife", "husband", "widow", "brother", "sister",
        "grandmother", "grandfather", "friend", "colleague", "neighbour", "neighbor", "founder", "co-founder",
        "chairman", "chairwoman", "chairperson", "mayor", "governor", "senator", "lawmaker", "legislator",
        "politician", "activist", "campaigner", "volunteer", "historian", "architect", "designer",
        "director", "manager", "executive", "entrepreneur", "businessman", "businesswoman", "veteran", "survivor",
        "victim", "witness", "candidate", "winner", "runner-up", "leader", "minister", "secretary", "official",
        "diplomat", "ambassador", "officer", "sergeant", "lieutenant", "colonel", "general", "pilot", "driver",
        "rider", "cyclist", "athlete", "sprinter", "champion", "chef", "owner-operator", "biologist", "geologist",
        "volcanologist", "glaciologist", "physician", "pharmacist", "psychologist", "sociologist", "curator");

    // Nouns that may follow the comma and precede the name only: "The new member, X", "its owner, X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_precedingOnly = WordSet.IgnoringCase(
        "member", "partner", "owner");

    /// <summary>Whether the word is a person noun this pass starts from; the tagger keeps this per word (<see cref="EntityWordCues.PersonNoun"/>).</summary>
    public static bool IsCueWord(ReadOnlySpan<char> word) => s_personNouns.Contains(word) || s_precedingOnly.Contains(word);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = EntityTags.NextTagged(tags, 0); i < tags.Length; i = EntityTags.NextTagged(tags, i + 1))
        {
            if (!EntityTags.IsBegin(tags[i]) || EntityTags.Label(tags[i]) == EntityLabel.Person)
            {
                continue;
            }

            int last = EntityTags.LastOf(tags, i);
            if (LooksLikePersonalName(text, tokens, lexicon, i, last)
                && (NounFollows(text, tokens, last + 1) || NounPrecedes(text, tokens, i - 1, last + 1)))
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Person);
            }

            i = last;
        }
    }

    /// <summary>", a/an/the [up to three modifiers] noun": "Deepa Raman, an analyst", "X, the film's star".</summary>
    private static bool NounFollows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int comma)
    {
        if (comma + 2 >= tokens.Length || tokens[comma].Slice(text) is not "," || tokens[comma + 1].Slice(text) is not ("a" or "an" or "the" or "her" or "his" or "their"))
        {
            return false;
        }

        for (int k = comma + 2; k < tokens.Length && k <= comma + 2 + LongestModifiers; k++)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(text);
            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(word[0]))
            {
                // Modifiers may be names or possessives ("the film's star", "a Reuters reporter"), but not a comma.
                if (word is "," or "." or "(" or ")")
                {
                    return false;
                }

                continue;
            }

            if (s_personNouns.Contains(word))
            {
                return true;
            }

            if (word is "of" or "at" or "for" or "in" or "and" or "who" or "which" or "that")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"noun, NAME," or "noun, NAME." (a lower-case person noun right before the comma).</summary>
    private static bool NounPrecedes(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int comma, int after)
    {
        if (comma < 1 || tokens[comma].Slice(text) is not "," || after >= tokens.Length || tokens[after].Slice(text) is not ("," or "."))
        {
            return false;
        }

        ReadOnlySpan<char> noun = tokens[comma - 1].Slice(text);
        return tokens[comma - 1].Kind == TokenKind.Word && char.IsLower(noun[0]) && IsCueWord(noun);
    }

    private static bool LooksLikePersonalName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int first, int last)
    {
        int words = 0;
        for (int k = first; k <= last; k++)
        {
            if (NameWords.IsJoiningHyphen(text, tokens, k))
            {
                continue;
            }

            ReadOnlySpan<char> word = tokens[k].Slice(text);
            if (!NameWords.IsCapitalisedWord(text, tokens[k]) || word.Length < 2 || IsAllCaps(word)
                || EntityLexicon.IsOrganizationSuffix(word) || OrganizationHeadRuns.IsHead(word) || PlaceHeadRuns.IsHead(word))
            {
                return false;
            }

            ulong hash = PhraseHash.Of(word);
            if (lexicon.IsCommonLowercase(hash) || lexicon.IsCity(hash) || lexicon.IsCountry(hash))
            {
                return false;
            }

            words++;
        }

        return words is >= 2 and <= LongestName;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
