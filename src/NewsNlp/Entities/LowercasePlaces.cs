using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Web text writes places in lower case — "living in [malaysia]", "travelling to [lourdes]", "between noida and
/// [greater noida]" — where a tagger that leans on capitals sees nothing. A run of lower-case words that the
/// gazetteers know as a country or city, or the list below as a region, is a place when a place preposition stands before it, or
/// another place ("brittany [france]"); words the training text often writes in lower case ("bath", "nice", "reading")
/// are never taken on their own. Edited news capitalises its places, so this pass finds nothing there.
/// </summary>
internal static class LowercasePlaces
{
    // Prepositions and verbs that introduce a place: "in kerala", "from brittany", "visit auckland".
    private static readonly string[] s_placeWordList =
    [
        "in", "to", "from", "near", "at", "around", "across", "between", "visit", "visiting", "visited", "via", "outside",
        "inside", "towards", "toward", "into", "throughout",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeWords = WordSet.IgnoringCase(s_placeWordList);

    // Most words are no place word: their length or first letter says so before any hashing.
    private static readonly WordFilter s_placeWordFilter = WordFilter.Of(s_placeWordList);

    // States, provinces and regions, which the city and country gazetteers leave out ("in punjab", "to florida").
    private static readonly string[] s_regionList =
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "west virginia", "wisconsin", "wyoming",
        "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland", "nova scotia", "ontario", "quebec",
        "saskatchewan", "yukon", "new south wales", "queensland", "tasmania", "victoria", "western australia",
        "andhra pradesh", "assam", "bihar", "goa", "gujarat", "haryana", "himachal pradesh", "jharkhand", "karnataka",
        "kerala", "madhya pradesh", "maharashtra", "odisha", "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana",
        "uttar pradesh", "uttarakhand", "west bengal", "kashmir", "england", "scotland", "wales", "northern ireland",
        "cornwall", "yorkshire", "bavaria", "tuscany", "sicily", "sardinia", "catalonia", "andalusia", "provence",
        "brittany", "normandy", "siberia", "patagonia", "bali", "java", "sumatra", "borneo", "mindanao", "luzon",
        "hokkaido", "okinawa", "tibet", "xinjiang", "guangdong", "sichuan", "darfur", "kurdistan", "crimea",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_regions = WordSet.IgnoringCase(s_regionList);

    // The first words of the regions of several words ("new" of "new york"): a region can begin with no other word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_regionFirstWords =
        WordSet.IgnoringCase([.. s_regionList.Where(r => r.Contains(' ', StringComparison.Ordinal)).Select(r => r[..r.IndexOf(' ', StringComparison.Ordinal)]).Distinct()]);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags) =>
        Apply(text, tokens, lexicon, tags, cues: []);

    /// <summary>The pass, skipping the words whose <paramref name="cues"/> say no place begins with them.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lexicon">The gazetteers.</param>
    /// <param name="tags">Their tags, mended in place.</param>
    /// <param name="cues">Each token's word cues (<see cref="EntityWordCache.TokenCues"/>), or empty to test every word.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, ReadOnlySpan<EntityWordCues> cues)
    {
        for (int i = 1; i < tags.Length; i++)
        {
            // Only a word a place can begin with (most words are none: the cue says so without a lookup), that is
            // lower case and comes after a place word, after "and"/"or" that follows an entity, or right after a place
            // ("brittany france"), is looked up.
            if ((!cues.IsEmpty && (cues[i] & EntityWordCues.LowercasePlace) == 0) || tags[i] != EntityTag.Outside || !IsLowercaseWord(text, tokens[i]) || !IsIntroduced(text, tokens, tags, i))
            {
                continue;
            }

            int last = LongestPlace(text, tokens, lexicon, tags, i);
            if (last >= 0)
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Location);
                i = last;
            }
        }
    }

    /// <summary>
    /// Whether a place <see cref="LongestPlace"/> finds can begin with <paramref name="word"/>: a lower-case word of two
    /// letters or more that is a place on its own (a city or country, <paramref name="oneWordPlace"/>, or a region) and
    /// no word common in lower case, or that begins a longer place — a longer city or country
    /// (<paramref name="startsLongerPlace"/>: a phrase whose first token begins none could match only through a 64-bit
    /// hash collision) or region. The tagger keeps this per word (<see cref="EntityWordCues.LowercasePlace"/>).
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="oneWordPlace">Whether the gazetteers hold the word as a city or country.</param>
    /// <param name="commonLowercase">Whether the word is common in lower case.</param>
    /// <param name="startsLongerPlace">Whether a city or country of several tokens begins with the word.</param>
    public static bool MayBeginPlace(ReadOnlySpan<char> word, bool oneWordPlace, bool commonLowercase, bool startsLongerPlace) =>
        word.Length >= 2 && char.IsAsciiLetterLower(word[0])
            && (((oneWordPlace || s_regions.Contains(word)) && !commonLowercase) || startsLongerPlace || s_regionFirstWords.Contains(word));

    private static bool IsIntroduced(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int i)
    {
        ReadOnlySpan<char> previous = tokens[i - 1].Slice(text);
        return (s_placeWordFilter.MayContain(previous) && s_placeWords.Contains(previous))
            || tags[i - 1] is EntityTag.BeginLocation or EntityTag.InsideLocation
            || (i >= 2 && previous is "and" or "or" && tags[i - 2] != EntityTag.Outside);
    }

    /// <summary>The last token of the longest lower-case gazetteer place that starts at <paramref name="first"/>, or -1.</summary>
    private static int LongestPlace(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, ReadOnlySpan<EntityTag> tags, int first)
    {
        int found = -1;
        ulong hash = PhraseHash.Begin;
        for (int last = first; last < tokens.Length && last - first < EntityLexicon.MaxPhraseTokens; last++)
        {
            if (tags[last] != EntityTag.Outside || !IsLowercaseWord(text, tokens[last]) || (last > first && tokens[last].Start == tokens[last - 1].End))
            {
                break;
            }

            hash = PhraseHash.AddToken(hash, tokens[last].Slice(text), withSeparator: last > first);
            bool single = last == first;
            if ((lexicon.IsCountry(hash) || lexicon.IsCity(hash) || IsRegion(text, tokens, first, last)) && !(single && lexicon.IsCommonLowercase(PhraseHash.Of(tokens[first].Slice(text)))))
            {
                found = last;
            }
        }

        return found;
    }

    private static bool IsRegion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        tokens[last].End - tokens[first].Start <= 24 && s_regions.Contains(text[tokens[first].Start..tokens[last].End]);

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> name a state, province or region of the list, in any case ("California", "Nova Scotia").</summary>
    public static bool IsRegionName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) => IsRegion(text, tokens, first, last);

    private static bool IsLowercaseWord(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && token.Length >= 2 && char.IsAsciiLetterLower(text[token.Start]);
}
