using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Long institutional names that the model stops short of: "[Federal Office] for the Environment",
/// "[National Commission for Museums] and Monuments", "[U.S. Department of Housing] and Urban Development". An
/// organisation ending in an organisation word ("Office", "Commission") takes in an untagged "of"/"for" (the)
/// and the capitalised words after it; one with "of" or "for" inside takes in an untagged "and" and the
/// capitalised words after it; a place followed by capitalised words ending in an organisation word becomes that
/// organisation ("[United States] Congress"). The words taken in must be untagged and end where the capitals end, so two named
/// organisations joined by "and" ("Microsoft and Google") stay two. (Taking in capitalised words before an "and"
/// too, for "the Australian Competition and [Consumer Commission]", joined "the British Library and Columbia
/// University" on GUM dev: left out.)
/// </summary>
internal static class OrganizationTails
{
    private const int LongestTail = 4;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        MergeIntoOrganizations(text, tokens, tags);
        AbsorbPlacesBeforeOrganizationWords(text, tokens, tags);
        AbsorbPossessiveHeads(text, tokens, tags);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != EntityTag.BeginOrganization)
            {
                continue;
            }

            int first = i;
            int last = i;
            bool ofInside = false;
            while (last + 1 < tags.Length && tags[last + 1] == EntityTag.InsideOrganization)
            {
                last++;
                ofInside |= tokens[last].Slice(text) is "of" or "for";
            }

            int extended = ExtendRight(text, tokens, tags, last, ofInside);
            EntityTags.Mark(tags, first, extended, EntityLabel.Organization);

            i = extended;
        }
    }

    private static int ExtendRight(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int last, bool ofInside)
    {
        int next = last + 1;
        if (next >= tokens.Length || tags[next] != EntityTag.Outside)
        {
            return last;
        }

        ReadOnlySpan<char> joiner = tokens[next].Slice(text);
        bool afterOrganizationWord = joiner is "of" or "for" && EndsInOrganizationWord(text, tokens, last);
        if (!afterOrganizationWord && !(joiner is "and" && ofInside))
        {
            return last;
        }

        int start = next + 1;
        if (afterOrganizationWord && start < tokens.Length && tokens[start].Slice(text) is "the" && tags[start] == EntityTag.Outside)
        {
            start++;
        }

        int end = CapitalisedRunEnd(text, tokens, tags, start);
        return end >= start ? end : last;
    }

    /// <summary>
    /// A place followed by untagged capitalised words ending in an organisation word names an organisation:
    /// "[United States] Congress", "[British Columbia] Lottery Corporation", "[Kenya National] Library Service".
    /// </summary>
    private static void AbsorbPlacesBeforeOrganizationWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != EntityTag.BeginLocation)
            {
                continue;
            }

            int last = EntityTags.LastOf(tags, i);
            int end = CapitalisedRunEnd(text, tokens, tags, last + 1);
            if (end > last && tokens[last + 1].Start - tokens[last].End <= 1 && EntityLexicon.IsOrganizationSuffix(tokens[end].Slice(text)))
            {
                EntityTags.Mark(tags, i, end, EntityLabel.Organization);

                last = end;
            }

            i = last;
        }
    }

    /// <summary>
    /// Two entities that are one organisation's name: a place right before an organisation that ends in an organisation
    /// word, with only a space between ("[Karnataka App-Based] [Drivers Union]", "[United States] [Supreme Court]"), and
    /// an organisation ending in an organisation word, "of" and a place ("[Competition Commission] of [India]", as "the
    /// Bank of England" is one name). A team after its city stays two names in Universal NER ("[Portland] [FIRE]"), and
    /// so do two organisations ("[Emery Financial Group] [PaineWebber, Inc.]").
    /// </summary>
    private static void MergeIntoOrganizations(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = EntityTags.NextBegin(tags, 0); i < tags.Length; i = EntityTags.NextBegin(tags, i + 1))
        {
            int last = EntityTags.LastOf(tags, i);
            int next = last + 1;
            if (tags[i] == EntityTag.BeginLocation && next < tags.Length && tags[next] == EntityTag.BeginOrganization
                && tokens[next].Start - tokens[last].End == 1 && text[tokens[last].End] == ' ' && EndsInOrganizationWord(text, tokens, EntityTags.LastOf(tags, next)))
            {
                last = EntityTags.LastOf(tags, next);
                EntityTags.Mark(tags, i, last, EntityLabel.Organization);
            }
            else if (tags[i] == EntityTag.BeginOrganization && next + 1 < tags.Length && tokens[next].Slice(text) is "of" && tags[next + 1] == EntityTag.BeginLocation
                && EndsInOrganizationWord(text, tokens, last))
            {
                last = EntityTags.LastOf(tags, next + 1);
                EntityTags.Mark(tags, i, last, EntityLabel.Organization);
            }

            i = last;
        }
    }

    private static bool EndsInOrganizationWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last) =>
        EntityLexicon.IsOrganizationSuffix(tokens[last].Slice(text)) || OrganizationHeadRuns.IsHead(tokens[last].Slice(text));

    /// <summary>
    /// A name whose possessive is followed by capitalised words ending in an organisation word is that organisation:
    /// "[Penteli Children]'s Hospital", "the [National Financial Prosecutor]'s Office". The possessive, which the
    /// tagger always leaves outside a name, belongs inside this one. A place's possessive owns what follows:
    /// "[Saudi Arabia]'s Public Investment Fund", "[Ukraine]'s Agriculture Ministry".
    /// </summary>
    private static void AbsorbPossessiveHeads(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = EntityTags.NextBegin(tags, 0); i < tags.Length; i = EntityTags.NextBegin(tags, i + 1))
        {
            int last = EntityTags.LastOf(tags, i);
            int possessive = last + 1;
            if (tags[i] != EntityTag.BeginLocation && possessive + 1 < tokens.Length && NameWords.IsPossessive(tokens[possessive].Slice(text))
                && tokens[possessive].Start == tokens[last].End && tags[possessive] == EntityTag.Outside)
            {
                int end = CapitalisedRunEnd(text, tokens, tags, possessive + 1);
                if (end > possessive && EndsInOrganizationWord(text, tokens, end))
                {
                    EntityTags.Mark(tags, i, end, EntityLabel.Organization);
                    last = end;
                }
            }

            i = last;
        }
    }

    /// <summary>The last of the untagged capitalised words from <paramref name="start"/>, when a lower-case word or punctuation follows them.</summary>
    private static int CapitalisedRunEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int start)
    {
        int end = start - 1;
        while (end + 1 < tokens.Length && end + 1 - start < LongestTail && tags[end + 1] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[end + 1]))
        {
            end++;
        }

        bool closed = end + 1 >= tokens.Length || !(NameWords.IsCapitalisedWord(text, tokens[end + 1]) || tags[end + 1] != EntityTag.Outside);
        return closed ? end : start - 1;
    }
}
