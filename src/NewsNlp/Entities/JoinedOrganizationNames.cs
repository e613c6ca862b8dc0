using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Institutions are often named for two things joined by "and" ("Ministry of Environment and Forestry", "Department
/// of Transport and Main Roads", "Airbus Defence and Space", "the National Disaster Risk Reduction and Management
/// Council"), and the model, which reads "and" as the end of a name, tags half of one, or each half apart. Where an
/// organisation meets "and" and, on the other side, a run of capitalised common words (what an institution's remit is
/// called: "Forestry", "Main Roads", "Risk Reduction"), the whole is one organisation. A proper name on the other
/// side ("the Ministry of Defence and Lockheed Martin") is a second name and stays apart.
/// </summary>
internal static class JoinedOrganizationNames
{
    private const int LongestRemit = 4;

    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lexicon">The gazetteers, for the words common in lower case.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int and = 1; and + 1 < tokens.Length; and++)
        {
            if (tokens[and].Slice(text) is not ("and" or "&") || tags[and] != EntityTag.Outside)
            {
                continue;
            }

            if (tags[and - 1] is EntityTag.BeginOrganization or EntityTag.InsideOrganization)
            {
                JoinRemitAfter(text, tokens, lexicon, tags, and);
            }
            else if (tags[and + 1] == EntityTag.BeginOrganization)
            {
                JoinRemitBefore(text, tokens, lexicon, tags, and);
            }
        }
    }

    /// <summary>"[Ministry of Environment] and Forestry": the organisation takes in the remit after "and".</summary>
    private static void JoinRemitAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, int and)
    {
        int first = and - 1;
        while (first > 0 && tags[first] == EntityTag.InsideOrganization)
        {
            first--;
        }

        // The organisation must itself read as an institution's name: "X of Y", or ending in a common word ("Airbus Defence").
        bool hasOf = false;
        for (int k = first; k < and; k++)
        {
            hasOf |= tokens[k].Slice(text) is "of";
        }

        if (!hasOf && (and - 1 == first || !IsCapitalisedCommonWord(text, tokens[and - 1], lexicon)))
        {
            return;
        }

        int last = and;
        while (last + 1 < tokens.Length && last + 1 - and <= LongestRemit && IsCapitalisedCommonWord(text, tokens[last + 1], lexicon))
        {
            last++;
        }

        // The remit must end where the capitals end and the list ends ("Tours and Travels and Best and ..." is a list),
        // and be no more than what the model tagged as one name, if anything.
        if (last == and || (last + 1 < tokens.Length && (NameWords.IsCapitalisedWord(text, tokens[last + 1]) || tokens[last + 1].Slice(text) is "and" or "&" or ","))
            || !IsOneSpanOrNone(tags, and + 1, last))
        {
            return;
        }

        EntityTags.Mark(tags, first, last, EntityLabel.Organization);
    }

    /// <summary>"The National Disaster Risk Reduction and [Management Council]": the organisation takes in the remit before "and".</summary>
    private static void JoinRemitBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, int and)
    {
        int first = and;
        while (first - 1 >= 0 && and - (first - 1) <= LongestRemit && tags[first - 1] == EntityTag.Outside && IsCapitalisedCommonWord(text, tokens[first - 1], lexicon))
        {
            first--;
        }

        // Only after "the" or a possessive, where a run of capitals is the start of a name ("the National Disaster ..."),
        // and before an organisation that ends in an institution's word ("Management Council", not "Enron").
        int last = EntityTags.LastOf(tags, and + 1);
        if (first == and || first == 0 || tokens[first - 1].Slice(text) is not ("the" or "The" or "'s" or "’s")
            || !EntityLexicon.IsOrganizationSuffix(tokens[last].Slice(text)))
        {
            return;
        }

        EntityTags.Mark(tags, first, last, EntityLabel.Organization);
    }

    // Title case only: a shouted "TIGER HEATING and AIR" is no institution's style.
    private static bool IsCapitalisedCommonWord(ReadOnlySpan<char> text, Token token, EntityLexicon lexicon) =>
        NameWords.IsCapitalisedWord(text, token) && token.Length > 1 && char.IsLower(text[token.Start + 1])
        && lexicon.IsCommonLowercase(PhraseHash.Of(token.Slice(text)));

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are all outside or make up one whole entity.</summary>
    private static bool IsOneSpanOrNone(ReadOnlySpan<EntityTag> tags, int first, int last)
    {
        if (tags[first..(last + 1)].IndexOfAnyExcept(EntityTag.Outside) < 0)
        {
            return true;
        }

        return EntityTags.IsBegin(tags[first]) && EntityTags.LastOf(tags, first) == last;
    }
}
