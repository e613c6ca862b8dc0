using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Names after a person's title that the model left untagged ("Councillor Harjit Gill", "Judge Amaka Obi") are
/// people: a title before capitalised words is the strongest sign news gives of a name. Words that are common in
/// lower case ("Justice Ministry", "General Electric") or end like an organisation are not taken. A title the model
/// tagged as the start of a name is cut off it, and so is a sentence's opening "The".
/// </summary>
internal static class TitledNames
{
    // Titles the tagger's feature list lacks; kept apart so that the model's features stay as it was trained.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_moreTitles = WordSet.IgnoringCase(
        "councillor", "councilor", "cllr", "alderman", "reverend", "rev.", "sergeant", "constable", "lieutenant", "commander",
        "magistrate", "dean", "rector", "mufti", "pastor", "mayor-elect", "president-elect", "assemblyman", "assemblywoman",
        "congressman", "congresswoman", "deputy", "superintendent", "miss", "shaikh");

    private const int LongestName = 3;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags) =>
        Apply(text, tokens, lexicon, tags, words: null);

    /// <summary>The pass, reading whether a word is a title from <paramref name="words"/> when given.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lexicon">The gazetteers.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    /// <param name="words">
    /// The cache the tagger has just prepared these tokens with (its <see cref="EntityWordCache.TokenEntries"/> are
    /// theirs), which knows <see cref="IsTitle"/> of each word: most capitalised words are no title, and the cache
    /// says so without two set lookups each.
    /// </param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, EntityWordCache? words)
    {
        StripLeadingTitles(text, tokens, tags);

        // The names below follow a capitalised title; the cache knows whether the sentence has one (most have none).
        if (words is not null && (words.SentenceCues & EntityWordCues.CapitalisedTitle) == 0)
        {
            return;
        }

        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(word[0]) || !(words is null ? IsTitle(word) : words.At(words.TokenEntries[i]).Title))
            {
                continue;
            }

            int last = i;
            while (last + 1 < tokens.Length && last - i < LongestName && tags[last + 1] == EntityTag.Outside && IsNameWord(text, tokens, last + 1, lexicon))
            {
                last++;
            }

            bool endsClean = last + 1 >= tokens.Length || !NameWords.IsCapitalisedWord(text, tokens[last + 1]);
            if (last == i || !endsClean || EntityLexicon.IsOrganizationSuffix(tokens[last].Slice(text)))
            {
                continue;
            }

            EntityTags.Mark(tags, i + 1, last, EntityLabel.Person);

            i = last;
        }
    }

    /// <summary>
    /// A title the model took into a person ("Dr. Sasha Okonkwo", "Sheikh Ahmed Yassin", "Lord Diplock") is left out
    /// of the name, as CoNLL and Universal NER annotate it; the name itself stays.
    /// </summary>
    private static void StripLeadingTitles(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 0; i + 2 < tags.Length; i++)
        {
            // "The Korea Medical Association said": the article opens the sentence, not the name; mid-sentence,
            // a capital "The" is the name's own ("from The Mozilla Foundation").
            if (EntityTags.IsBegin(tags[i]) && tokens[i].Slice(text) is "The" && (i == 0 || tokens[i - 1].Kind != TokenKind.Word) && EntityTags.IsInside(tags[i + 1]) && EntityTags.IsInside(tags[i + 2]))
            {
                tags[i + 1] = EntityTags.Begin(EntityTags.Label(tags[i]));
                tags[i] = EntityTag.Outside;
            }
        }

        for (int i = 0; i + 1 < tags.Length; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            if (tags[i] == EntityTag.BeginPerson && tags[i + 1] == EntityTag.InsidePerson && tokens[i + 1].Kind == TokenKind.Word
                && (EntityLexicon.IsPersonTitle(word) || s_moreTitles.Contains(word)))
            {
                tags[i] = EntityTag.Outside;
                tags[i + 1] = EntityTag.BeginPerson;
            }
        }
    }

    /// <summary>Whether the word is a title that precedes a name ("Judge", "Councillor"): the tagger's own titles or the extra ones.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => EntityLexicon.IsPersonTitle(word) || s_moreTitles.Contains(word);

    private static bool IsNameWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, EntityLexicon lexicon)
    {
        ReadOnlySpan<char> word = tokens[t].Slice(text);
        return NameWords.IsCapitalisedWord(text, tokens[t]) && tokens[t].Start - tokens[t - 1].End <= 1
            && !lexicon.IsCommonLowercase(PhraseHash.Of(word)) && !EntityLexicon.IsPersonTitle(word) && !s_moreTitles.Contains(word);
    }
}
