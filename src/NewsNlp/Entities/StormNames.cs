using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A storm's given name is no person ("Hurricane [Katrina]", "[Cyclone Phailin]'s winds"): Universal NER tags named
/// storms as "other", which we drop, and GUM leaves them untagged, yet the model, seeing a first name, often takes one
/// for a person. A name right after a storm word — and the storm word with it — is untagged, and so is every later
/// mention of that name in the document ("[Phailin] will weaken"). The storm word must begin the name or stand alone
/// before it: "the National Hurricane Center" and "the Seattle Storm" are organisations, as is any name that ends in an
/// organisation word ("Storm Prediction Center").
/// </summary>
internal static class StormNames
{
    private static readonly string[] s_stormWordList = ["hurricane", "cyclone", "typhoon", "storm"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stormWords = WordSet.IgnoringCase(s_stormWordList);

    // Most words are no storm word: their length or first letter says so before any hashing.
    private static readonly WordFilter s_stormWordFilter = WordFilter.Of(s_stormWordList);

    // Capitalised words that may stand before a storm word in a storm's name ("Tropical Storm Orla", "Super Typhoon Haiyan").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stormQualifiers = WordSet.IgnoringCase(
        "tropical", "super", "severe", "post-tropical", "subtropical", "extratropical", "winter");

    // Heads after a storm word that make the name something else: "Hurricane Center", "Storm Shelter", "Hurricane Season".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_otherHeads = WordSet.IgnoringCase(
        "center", "centre", "season", "warning", "watch", "relief", "shelter", "shelters", "hunters", "prediction", "names",
        "ridge", "lake", "creek", "island", "point", "bay", "valley", "drive", "road", "street", "avenue", "hall", "park");

    /// <summary>Untags storm names and their later mentions across the document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="lexicon">The gazetteers, for the words common in lower case.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        HashSet<string>? names = null;
        for (int first = EntityTags.NextBegin(tags, 0); first < tags.Length; first = EntityTags.NextBegin(tags, first + 1))
        {
            int last = EntityTags.LastOf(tags, first);
            int nameStart = StormNameStart(text, tokens, lexicon, first, last);
            if (nameStart < 0)
            {
                continue;
            }

            SpanSets.Add(ref names, text[tokens[nameStart].Start..tokens[last].End]);
            tags[first..(last + 1)].Clear(); // Outside is 0
            first = last;
        }

        AddUntaggedNames(text, tokens, lexicon, tags, ref names);
        if (names is null)
        {
            return;
        }

        // Later (and earlier) mentions of the storm by its name alone.
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int first = EntityTags.NextBegin(tags, 0); first < tags.Length; first = EntityTags.NextBegin(tags, first + 1))
        {
            int last = EntityTags.LastOf(tags, first);
            if (lookup.Contains(text[tokens[first].Start..tokens[last].End]))
            {
                tags[first..(last + 1)].Clear(); // Outside is 0
            }

            first = last;
        }
    }

    /// <summary>
    /// The names of storms the model rightly left untagged ("strengthening Hurricane Rita"), whose later mentions alone
    /// ("Rita packed winds") it may still take for people. Every token is looked at, so the storm words' capitals and
    /// lengths settle most of them before any lookup.
    /// </summary>
    private static void AddUntaggedNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, ReadOnlySpan<EntityTag> tags, ref HashSet<string>? names)
    {
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (token.Length is not (5 or 7 or 9) || text[token.Start] is not ('H' or 'C' or 'T' or 'S') || tags[i] != EntityTag.Outside
                || tags[i + 1] != EntityTag.Outside || !IsStormWord(text, token))
            {
                continue;
            }

            Token name = tokens[i + 1];
            if (!NameWords.IsCapitalisedWord(text, name) || name.Start == token.End || EndsOtherName(name.Slice(text))
                || FollowsOtherName(text, tokens, lexicon, i))
            {
                continue;
            }

            SpanSets.Add(ref names, name.Slice(text));
        }
    }

    /// <summary>
    /// Where the storm's name begins in the entity <paramref name="first"/>..<paramref name="last"/> when the entity
    /// is a storm's name ("Cyclone Phailin") or stands right after a storm word ("Hurricane [Katrina]"); otherwise -1.
    /// </summary>
    private static int StormNameStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int first, int last)
    {
        if (EndsOtherName(tokens[last].Slice(text)))
        {
            return -1;
        }

        int stormWord;
        int nameStart;
        if (last > first && IsStormWord(text, tokens[first]))
        {
            stormWord = first;
            nameStart = first + 1;
        }
        else if (last - first <= 1 && first > 0 && IsStormWord(text, tokens[first - 1]) && tokens[first - 1].End < tokens[first].Start)
        {
            stormWord = first - 1;
            nameStart = first;
        }
        else
        {
            return -1;
        }

        if (FollowsOtherName(text, tokens, lexicon, stormWord))
        {
            return -1;
        }

        return NameWords.IsCapitalisedWord(text, tokens[nameStart]) ? nameStart : -1;
    }

    /// <summary>
    /// Whether the storm word at <paramref name="stormWord"/> ends another name: only a qualifier may stand before it
    /// in a storm's name ("Tropical Storm Orla", not "Seattle Storm"); a capitalised common word opens a sentence
    /// ("Once Cyclone Phailin comes ashore").
    /// </summary>
    private static bool FollowsOtherName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int stormWord)
    {
        int before = stormWord - 1;
        return before >= 0 && NameWords.IsCapitalisedWord(text, tokens[before]) && !s_stormQualifiers.Contains(tokens[before].Slice(text))
            && !lexicon.IsCommonLowercase(PhraseHash.Of(tokens[before].Slice(text)));
    }

    /// <summary>A head that makes a storm word's name something else: "Hurricane Center", "Storm Prediction Center".</summary>
    private static bool EndsOtherName(ReadOnlySpan<char> word) => s_otherHeads.Contains(word) || EntityLexicon.IsOrganizationSuffix(word);

    private static bool IsStormWord(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = token.Slice(text);
        return token.Kind == TokenKind.Word && s_stormWordFilter.MayContain(word) && s_stormWords.Contains(word);
    }
}
