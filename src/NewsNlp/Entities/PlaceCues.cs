using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A one-word town the model takes for a surname ("Keene", "Coron", "Ticino") is a place when the gazetteer knows it
/// as a city and one of its mentions follows a preposition of place: "drinks in Keene", "shops around Norman". Then
/// every mention tagged as a person in the document becomes a place — unless the word is the surname of a multi-word
/// person there ("Jesse Jackson ... in Jackson"). (The first-name list is no guard: it holds "Keene" and "Norman".)
/// A town the gazetteer lacks ("Coron") needs two such mentions, and must not be a first name.
/// </summary>
internal static class PlaceCues
{
    // "to" and "from" are left out: "spoke to Jackson", "a letter from Jackson".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prepositions = WordSet.IgnoringCase(
        "in", "near", "around", "outside", "inside", "across", "throughout", "via");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        HashSet<string>? cued = null;
        HashSet<string>? surnames = null;
        HashSet<string>? cuedOnce = null;
        for (int i = EntityTags.Next(tags, 0, EntityTag.BeginPerson); i < tags.Length; i = EntityTags.Next(tags, i + 1, EntityTag.BeginPerson))
        {
            int last = EntityTags.LastOf(tags, i);

            if (last > i)
            {
                SpanSets.Add(ref surnames, tokens[last].Slice(text));
            }
            else if (i > 0 && s_prepositions.Contains(tokens[i - 1].Slice(text)) && char.IsLower(text[tokens[i - 1].Start])
                && !(i + 1 < tokens.Length && tokens[i + 1].Slice(text) is "'s" or "’s") && tokens[i].Kind == TokenKind.Word)
            {
                // A gazetteer town on its first cue; another word on its second.
                ReadOnlySpan<char> word = tokens[i].Slice(text);
                if (IsTown(text, tokens[i], lexicon) || (cuedOnce is not null && cuedOnce.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
                {
                    SpanSets.Add(ref cued, word);
                }
                else if (!lexicon.IsFirstName(PhraseHash.Of(word)))
                {
                    SpanSets.Add(ref cuedOnce, word); // "in Bart's files", twice, is a person's
                }
            }

            i = last;
        }

        if (cued is null)
        {
            return;
        }

        var lookup = cued.GetAlternateLookup<ReadOnlySpan<char>>();
        var surnameLookup = (surnames ?? []).GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = EntityTags.Next(tags, 0, EntityTag.BeginPerson); i < tags.Length; i = EntityTags.Next(tags, i + 1, EntityTag.BeginPerson))
        {
            if (tags[i] == EntityTag.BeginPerson && !(i + 1 < tags.Length && tags[i + 1] == EntityTag.InsidePerson)
                && lookup.Contains(tokens[i].Slice(text)) && !surnameLookup.Contains(tokens[i].Slice(text)))
            {
                tags[i] = EntityTag.BeginLocation;
            }
        }
    }

    private static bool IsTown(ReadOnlySpan<char> text, Token token, EntityLexicon lexicon)
    {
        ulong hash = PhraseHash.Of(token.Slice(text));
        return lexicon.IsCity(hash);
    }
}
