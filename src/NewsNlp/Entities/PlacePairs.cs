using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A town followed by its state or country without a comma is two places in Universal NER and GUM ("[Miramar]
/// [California] is a bit north of San Diego", "a flat in [Lagos] [Nigeria]"), but the model, seeing one run of
/// capitals, tags one place. A place span that is a gazetteer town followed by a country or a listed state or region
/// is split between the two. Names whose first part is no town, or a common word, stay whole ("New Mexico",
/// "Northern Ireland", "Central Iowa").
/// </summary>
internal static class PlacePairs
{
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lexicon">The gazetteers.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int first = EntityTags.Next(tags, 0, EntityTag.BeginLocation); first < tags.Length; first = EntityTags.Next(tags, first + 1, EntityTag.BeginLocation))
        {
            int last = EntityTags.LastOf(tags, first);
            if (last > first && last - first < 2 * EntityLexicon.MaxPhraseTokens)
            {
                int split = SplitPoint(text, tokens, lexicon, first, last);
                if (split > 0)
                {
                    tags[split] = EntityTag.BeginLocation;
                }
            }

            first = last;
        }
    }

    /// <summary>Where the second place begins, or -1 when the span is no town followed by its state or country.</summary>
    private static int SplitPoint(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int first, int last)
    {
        if (!AreWords(tokens, first, last))
        {
            return -1;
        }

        for (int split = Math.Max(first + 1, last - EntityLexicon.MaxPhraseTokens + 1); split <= last; split++)
        {
            if (split - first > EntityLexicon.MaxPhraseTokens || !NameWords.IsCapitalisedWord(text, tokens[split]))
            {
                continue;
            }

            // A one-word "town" that is a common word in lower case describes the region instead: "[Central Iowa]".
            if (lexicon.IsCity(PhraseHash.Of(text, tokens, first, split - 1))
                && !(split - 1 == first && lexicon.IsCommonLowercase(PhraseHash.Of(tokens[first].Slice(text))))
                && (lexicon.IsCountry(PhraseHash.Of(text, tokens, split, last)) || LowercasePlaces.IsRegionName(text, tokens, split, last)))
            {
                return split;
            }
        }

        return -1;
    }

    private static bool AreWords(ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || (k > first && tokens[k].Start == tokens[k - 1].End))
            {
                return false;
            }
        }

        return true;
    }
}
