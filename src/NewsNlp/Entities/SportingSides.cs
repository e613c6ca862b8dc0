using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A country or city that beats another, or has a captain, is a team — an organisation under the CoNLL
/// conventions: "Sri Lanka beat Pakistan by 42 runs", "Pakistan captain Saad Qureshi", "lost to Glasgow City".
/// A place right before or after a result verb, or right before a squad role, becomes an organisation; so does an
/// untagged club name that beats a named side ("Hibernian beat Glasgow City").
/// </summary>
internal static class SportingSides
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_resultVerbs = WordSet.IgnoringCase(
        "beat", "beats", "defeated", "defeats", "thrashed", "edged", "routed", "hammered", "outplayed", "overcame");

    // Verbs that take the other side after a preposition: "lost to X", "drew with X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_resultWithPreposition = WordSet.IgnoringCase(
        "lost", "lose", "loses", "drew", "draw", "draws", "tied");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_squadRoles = WordSet.IgnoringCase(
        "captain", "skipper", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "batsman", "bowler",
        "opener", "winger", "fullback", "squad", "fans", "supporters");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        TagUnnamedWinners(text, tokens, lexicon, tags);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != EntityTag.BeginLocation)
            {
                continue;
            }

            int last = EntityTags.LastOf(tags, i);
            if (IsResultBefore(text, tokens, tags, i) || IsResultAfter(text, tokens, tags, last)
                || (last + 1 < tags.Length && tags[last + 1] == EntityTag.Outside && s_squadRoles.Contains(tokens[last + 1].Slice(text))
                    && char.IsLower(text[tokens[last + 1].Start])))
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Organization);
            }

            i = last;
        }
    }

    /// <summary>
    /// Whether the word is a result verb, a verb of a result before a preposition or a squad role, in any case: every
    /// change this pass makes needs one. The tagger keeps this per word (<see cref="EntityWordCues.Sports"/>).
    /// </summary>
    public static bool IsSportsWord(ReadOnlySpan<char> word) =>
        s_resultVerbs.Contains(word) || s_resultWithPreposition.Contains(word) || s_squadRoles.Contains(word);

    /// <summary>
    /// A club the model does not know, winning against a side it tagged: "Hibernian beat Glasgow City 4-1". One
    /// capitalised word that opens the sentence, or follows a comma, before a result verb and an entity is a team —
    /// unless it is a word the training text often writes in lower case ("Floods beat Pakistan").
    /// </summary>
    private static void TagUnnamedWinners(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = 0; i + 2 < tags.Length; i++)
        {
            if (tags[i] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[i]) && EntityTags.IsBegin(tags[i + 2])
                && (i == 0 || tokens[i - 1].Slice(text) is "," or "as" or "and") && s_resultVerbs.Contains(tokens[i + 1].Slice(text))
                && tags[i + 1] == EntityTag.Outside && !lexicon.IsCommonLowercase(PhraseHash.Of(tokens[i].Slice(text))))
            {
                tags[i] = EntityTag.BeginOrganization;
            }
        }
    }

    // The winning side is named too: "Sri Lanka beat Pakistan", not "Floods beat Pakistan".
    private static bool IsResultBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int first) =>
        (first >= 2 && s_resultVerbs.Contains(tokens[first - 1].Slice(text)) && tags[first - 2] != EntityTag.Outside)
        || (first >= 2 && tokens[first - 1].Slice(text) is "to" or "with" && s_resultWithPreposition.Contains(tokens[first - 2].Slice(text)));

    private static bool IsResultAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int last)
    {
        if (last + 2 >= tags.Length || !s_resultVerbs.Contains(tokens[last + 1].Slice(text)))
        {
            return false;
        }

        // The beaten side is named too: "Sri Lanka beat Pakistan", not "Floods beat Pakistan".
        return EntityTags.IsBegin(tags[last + 2]);
    }
}
