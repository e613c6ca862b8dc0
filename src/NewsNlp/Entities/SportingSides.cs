using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A country or city that beats another, or has a captain, is a team — an organisation under the CoNLL
/// conventions: "Sri Lanka beat Pakistan by 42 runs", "Pakistan captain Saad Qureshi", "lost to Glasgow City".
/// A place right before or after a result verb, or right before a squad role, becomes an organisation; so does an
/// untagged club name that beats a named side ("Hibernian beat Glasgow City"). A match report names its sides
/// many times without a cue ("Ghana had led through a penalty"), and one label per name would then make the team a
/// place again: a place found to be a team anywhere in the document is a team at each of its mentions
/// (<see cref="RelabelTeams"/>, after the document's consistency pass).
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

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags) =>
        Apply(text, tokens, lexicon, tags, teams: null);

    /// <summary>The pass, adding the names of the places it made teams to <paramref name="teams"/> when given.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lexicon">The gazetteers.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    /// <param name="teams">Collects the names of the places made teams, for <see cref="RelabelTeams"/>; or null.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, HashSet<string>? teams)
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
                teams?.Add(text[tokens[i].Start..tokens[last].End].ToString());
            }

            i = last;
        }
    }

    /// <summary>Makes every place of the document that <see cref="Apply(ReadOnlySpan{char}, ReadOnlySpan{Token}, EntityLexicon, Span{EntityTag}, HashSet{string})"/> found to be a team an organisation.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    /// <param name="teams">The names of the places found to be teams.</param>
    public static void RelabelTeams(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags, HashSet<string> teams)
    {
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = teams.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int first = EntityTags.Next(tags, 0, EntityTag.BeginLocation); first < tags.Length; first = EntityTags.Next(tags, first + 1, EntityTag.BeginLocation))
        {
            int last = EntityTags.LastOf(tags, first);
            // "Nobody in Uruguay needs to be told": after "in" the country is still the place.
            bool placeAfterPreposition = first > 0 && tokens[first - 1].Slice(text) is "in" or "across" or "throughout";
            if (!placeAfterPreposition && lookup.Contains(text[tokens[first].Start..tokens[last].End]))
            {
                EntityTags.Mark(tags, first, last, EntityLabel.Organization);
            }

            first = last;
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
