using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Names in a coordination are names of one kind: "killed in Mosul, Baiji, and Tuz", "Electrolux and BSH", "face
/// Celtic or Rangers", "Google and Microsoft reported". When the model tagged some members of such a list and left
/// another untagged — an unfamiliar word, or a capitalised word it discounted at the start of a sentence — the
/// untagged member takes the tagged one's label. The list must be joined by "and" or "or" (a comma alone joins too
/// much else: "In Paris, Smith said"), and a member is a run of capitalised words that no other word continues.
/// Two names joined by "and" alone may be one name ("Airbus Defence and Space", "William and Mary"), so such a pair
/// is taken only when both are single words; and a member that is a common word ("Beaches and Disney"), an
/// organisation suffix ("Peters and Co.") or a title is no name.
/// </summary>
internal static class CoordinatedNames
{
    private const int LongestName = 3;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (!EntityTags.IsBegin(tags[i]))
            {
                continue;
            }

            int last = EntityTags.LastOf(tags, i);
            EntityLabel label = EntityTags.Label(tags[i]);
            TagRight(text, tokens, lexicon, tags, i, last, label);
            TagLeft(text, tokens, lexicon, tags, i, last, label);
            if (label == EntityLabel.Location)
            {
                RelabelPersonBeside(text, tokens, lexicon, tags, last + 2, last + 1);
                RelabelPersonBeside(text, tokens, lexicon, tags, i - 2, i - 1);
            }

            i = last;
        }
    }

    // "Mosul, Baiji, and Tuz": after the entity ending at "last", members joined by commas up to an "and"/"or".
    private static void TagRight(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, int entity, int last, EntityLabel label)
    {
        int k = last + 1;
        bool listed = false;
        while (k < tokens.Length)
        {
            int joinerEnd = JoinerEnd(text, tokens, k, out bool conjunction);
            if (joinerEnd < 0)
            {
                return;
            }

            int first = joinerEnd + 1;
            int end = MemberEnd(text, tokens, tags, first);
            if (end < first || !IsName(text, tokens, lexicon, first, end))
            {
                return;
            }

            // A comma-joined member counts only if the list goes on to an "and"/"or" (checked from the member on); a
            // pair joined by "and" alone only if both are one word.
            bool pair = conjunction && !listed && tokens[joinerEnd - 1].Slice(text) is not ",";
            if ((conjunction && (!pair || (entity == last && end == first))) || (!conjunction && ListEndsWithConjunction(text, tokens, tags, end + 1)))
            {
                EntityTags.Mark(tags, first, end, label);
            }

            listed = true;

            if (conjunction)
            {
                return;
            }

            k = end + 1;
        }
    }

    // "Google and Microsoft": an untagged member right before the entity, joined by "and"/"or".
    private static void TagLeft(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, int first, int last, EntityLabel label)
    {
        if (first < 2 || first != last || tokens[first - 1].Slice(text) is not ("and" or "or"))
        {
            return;
        }

        int end = first - 2;
        if (tags[end] != EntityTag.Outside || !NameWords.IsCapitalisedWord(text, tokens[end]))
        {
            return;
        }

        // One word, as on the right of a pair: "Google and [Microsoft]".
        bool whole = end == 0 || !(NameWords.IsCapitalisedWord(text, tokens[end - 1]) || tags[end - 1] != EntityTag.Outside);
        if (whole && !IsFunctionWord(tokens[end].Slice(text)) && IsName(text, tokens, lexicon, end, end))
        {
            EntityTags.Mark(tags, end, end, label);
        }
    }

    // "Tema and [Kumasi]PER": a one-word "person" joined to a place by "and"/"or" is a place too, unless it is a known
    // first name ("Paris and Jean").
    private static void RelabelPersonBeside(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, int k, int joiner)
    {
        if (k < 0 || k >= tags.Length || tags[k] != EntityTag.BeginPerson || (k + 1 < tags.Length && tags[k + 1] == EntityTag.InsidePerson)
            || tokens[joiner].Slice(text) is not ("and" or "or") || lexicon.IsFirstName(PhraseHash.Of(tokens[k].Slice(text)))
            || (k + 1 < tokens.Length && NameWords.IsPossessive(tokens[k + 1].Slice(text))))
        {
            return;
        }

        tags[k] = EntityTag.BeginLocation;
    }

    // The last token of a joiner at k: ",", "and", "or", ", and", ", or"; -1 when there is none.
    private static int JoinerEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k, out bool conjunction)
    {
        conjunction = false;
        ReadOnlySpan<char> word = tokens[k].Slice(text);
        if (word is "and" or "or")
        {
            conjunction = true;
            return k;
        }

        if (word is not ",")
        {
            return -1;
        }

        if (k + 1 < tokens.Length && tokens[k + 1].Slice(text) is "and" or "or")
        {
            conjunction = true;
            return k + 1;
        }

        return k;
    }

    // The last token of an untagged member starting at "first" (a run of capitalised words ended by a non-capital), or first - 1.
    private static int MemberEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int first)
    {
        int end = first - 1;
        while (end + 1 < tokens.Length && end + 1 - first < LongestName && tags[end + 1] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[end + 1]))
        {
            end++;
        }

        if (end < first || IsFunctionWord(tokens[first].Slice(text)))
        {
            return first - 1;
        }

        bool closed = end + 1 >= tokens.Length || !(NameWords.IsCapitalisedWord(text, tokens[end + 1]) || tags[end + 1] != EntityTag.Outside);
        return closed ? end : first - 1;
    }

    // Whether the list that continues at k (after a comma-joined member) reaches an "and"/"or" through members.
    private static bool ListEndsWithConjunction(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int k)
    {
        while (k < tokens.Length)
        {
            int joinerEnd = JoinerEnd(text, tokens, k, out bool conjunction);
            if (joinerEnd < 0)
            {
                return false;
            }

            if (conjunction)
            {
                return true;
            }

            int first = joinerEnd + 1;
            if (first >= tokens.Length)
            {
                return false;
            }

            int end = EntityTags.IsBegin(tags[first]) ? EntityTags.LastOf(tags, first) : MemberEnd(text, tokens, tags, first);
            if (end < first)
            {
                return false;
            }

            k = end + 1;
        }

        return false;
    }

    // A one-word member must not be a common word, an organisation suffix or a title.
    private static bool IsName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int first, int end)
    {
        if (end > first)
        {
            return true;
        }

        // Part of a hyphenated word ("N-DS") is no member.
        if ((first > 0 && tokens[first].Start == tokens[first - 1].End && tokens[first - 1].Slice(text) is "-")
            || (first + 1 < tokens.Length && tokens[first + 1].Start == tokens[first].End && tokens[first + 1].Slice(text) is "-"))
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[first].Slice(text);
        return !lexicon.IsCommonLowercase(PhraseHash.Of(word)) && !EntityLexicon.IsOrganizationSuffix(word) && !EntityLexicon.IsPersonTitle(word);
    }

    // Capitalised words that start a clause, not a name: "and The", "or I".
    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word is "The" or "A" or "An" or "I" or "It" or "He" or "She" or "We" or "They" or "This" or "That" or "There" or "But" or "So" or "If" or "In" or "On" or "At";
}
