using System.Runtime.CompilerServices;
using NewsNlp.Models;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// The one feature extractor of the entity tagger, used by training (NewsNlp.Training) and inference alike:
/// the word and its neighbours, shape, affixes, casing, position in the sentence, whether the sentence is a
/// title-case headline, and gazetteer membership. Features are hashed into <see cref="Dimension"/> slots.
/// </summary>
internal static class EntityFeatures
{
    /// <summary>Bumped whenever a feature changes; a model trained on another version is refused at load.</summary>
    public const int Version = 4;

    /// <summary>Size of the hashed feature vector.</summary>
    public const int Dimension = 1 << 20;

    /// <summary>Most features one token produces.</summary>
    public const int MaxFeatures = 80;

    /// <summary>Marks a cluster not looked up, because no feature the tagger computes will read it.</summary>
    private const int ClusterNotLookedUp = int.MinValue;

    /// <summary>Computes the per-token facts the features combine (once per sentence, not once per feature).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="lexicon">The gazetteers and clusters.</param>
    /// <param name="infos">Receives one entry per token.</param>
    /// <param name="allClusters">
    /// Whether every token's cluster is looked up (training, which extracts every token's features). The tagger passes
    /// false: it extracts features only for tokens that are not <see cref="IsPlainlyOutside"/>, and only those and
    /// their neighbours get a cluster — the features it computes are the same, at a fraction of the lookups.
    /// </param>
    public static EntitySentenceMode Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTokenInfo> infos, bool allClusters = true)
    {
        int capitalised = 0;
        int lowercase = 0;
        int upper = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            Describe(word, out EntityTokenFlags flags, out uint shape, out uint wordHash, out ulong phrase);

            // Gazetteers are consulted for capitalised words only: a lower-case word is not a name in news text,
            // and skipping the lookups keeps the common case cheap.
            if ((flags & EntityTokenFlags.InitialCapital) != 0)
            {
                if (lexicon.IsFirstName(phrase))
                {
                    flags |= EntityTokenFlags.FirstName;
                }

                if (lexicon.IsCommonLowercase(phrase))
                {
                    flags |= EntityTokenFlags.CommonLowercase;
                }
            }

            if (tokens[i].Kind == TokenKind.Word && word.Length <= 16)
            {
                if (EntityLexicon.IsOrganizationSuffix(phrase))
                {
                    flags |= EntityTokenFlags.OrganizationSuffix;
                }

                if (EntityLexicon.IsPersonTitle(phrase))
                {
                    flags |= EntityTokenFlags.PersonTitle;
                }
            }

            flags |= MarkFlags(tokens[i], word);
            CountCasing(tokens[i], word, flags, ref upper, ref capitalised, ref lowercase);

            int cluster = tokens[i].Kind != TokenKind.Word ? -1 : allClusters ? lexicon.Cluster(phrase) : ClusterNotLookedUp;
            infos[i] = new EntityTokenInfo(wordHash, shape, flags, cluster);
        }

        MarkPhrases(text, tokens, lexicon, infos);
        if (!allClusters)
        {
            LookUpNeededClusters(text, tokens, lexicon, infos);
        }

        return upper >= 3 && capitalised + lowercase <= upper / 3 ? EntitySentenceMode.AllCaps
            : capitalised >= 3 && lowercase * 4 <= capitalised ? EntitySentenceMode.TitleCase
            : EntitySentenceMode.Normal;
    }

    /// <summary>
    /// <see cref="Prepare(ReadOnlySpan{char}, ReadOnlySpan{Token}, EntityLexicon, Span{EntityTokenInfo}, bool)"/> with
    /// every cluster looked up, for the tagger: the same facts per token, with what a token's text alone decides taken
    /// from <paramref name="cache"/> (of the same lexicon) instead of being computed again for every repetition.
    /// </summary>
    public static EntitySentenceMode Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTokenInfo> infos, EntityWordCache cache)
    {
        if (tokens.IsEmpty)
        {
            cache.SentenceCues = EntityWordCues.None;
            return EntitySentenceMode.Normal;
        }

        cache.BeginSentence(tokens.Length, tokens[^1].End - tokens[0].Start);
        Span<int> entries = cache.TokenEntries;
        Span<EntityWordCues> tokenCues = cache.TokenCues;
        Span<WordCase> tokenCases = cache.TokenCases;
        EntityWordCues cues = EntityWordCues.None;
        // The tokens that may start a city or country: a bit each for the first 64, and whether any later one may.
        ulong placeStarts = 0;
        bool placeStartsBeyond = false;
        int capitalised = 0;
        int lowercase = 0;
        int upper = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int index = cache.IndexOf(tokens[i].Slice(text));
            entries[i] = index;
            ref readonly EntityWordFacts entry = ref cache.At(index);
            tokenCues[i] = entry.Cues;
            cues |= entry.Cues;

            // The flags as the other Prepare sets them, ready in the entry for a word token and for any other kind.
            TokenKind kind = tokens[i].Kind;
            if (kind == TokenKind.Word)
            {
                tokenCases[i] = WordCase.Word | entry.FirstCase;
                AddCasingCount(entry.CasingCount, ref upper, ref capitalised, ref lowercase);

                // MarkPhrases starts a city or country only at a capitalised word that is one or begins a longer one.
                if (entry.MayStartPlace)
                {
                    if (i < 64)
                    {
                        placeStarts |= 1UL << i;
                    }
                    else
                    {
                        placeStartsBeyond = true;
                    }
                }
                infos[i] = new EntityTokenInfo(entry.Word, entry.Shape, entry.WordTokenFlags, entry.Cluster);
            }
            else
            {
                tokenCases[i] = WordCase.None;
                EntityTokenFlags flags = entry.OtherTokenFlags | (kind == TokenKind.QuoteMark ? EntityTokenFlags.QuoteMark : 0);
                infos[i] = new EntityTokenInfo(entry.Word, entry.Shape, flags, -1);
            }
        }

        // Most sentences have no such word, and nothing to mark.
        if (placeStarts != 0 || placeStartsBeyond)
        {
            MarkPhrases(text, tokens, cache, infos, placeStarts, placeStartsBeyond);
        }

        cache.SentenceCues = cues;
        return upper >= 3 && capitalised + lowercase <= upper / 3 ? EntitySentenceMode.AllCaps
            : capitalised >= 3 && lowercase * 4 <= capitalised ? EntitySentenceMode.TitleCase
            : EntitySentenceMode.Normal;
    }

    /// <summary>
    /// <see cref="MarkPhrases(ReadOnlySpan{char}, ReadOnlySpan{Token}, EntityLexicon, Span{EntityTokenInfo})"/> with the
    /// one-token lookups taken from the cache, and longer phrases looked up only after a token that begins a longer
    /// city or country: the lexicon's phrases are matched by their hashes, and a phrase whose first token starts no
    /// longer entry can match one only by a collision of 64-bit hashes.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="cache">The word cache, whose token entries are the sentence's.</param>
    /// <param name="infos">The tokens' facts, marked here.</param>
    /// <param name="starts">Bit i set for each of the first 64 tokens that may start a place (a word token whose entry says <see cref="EntityWordFacts.MayStartPlace"/>).</param>
    /// <param name="startsBeyond">Whether a later token may.</param>
    private static void MarkPhrases(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityWordCache cache, Span<EntityTokenInfo> infos, ulong starts, bool startsBeyond)
    {
        ReadOnlySpan<int> entries = cache.TokenEntries;
        int i = 0;
        while (i < tokens.Length)
        {
            // Only a capitalised word that is a city or a country or begins a longer one can start either (a word that
            // starts neither would mark nothing and move on one token): among the first 64 the bits say which, past
            // them each token's entry does.
            if (i < 64)
            {
                ulong ahead = starts & (ulong.MaxValue << i);
                if (ahead == 0)
                {
                    if (!startsBeyond)
                    {
                        return;
                    }

                    i = 64;
                    continue;
                }

                i = System.Numerics.BitOperations.TrailingZeroCount(ahead);
            }
            else if (!cache.At(entries[i]).MayStartPlace || tokens[i].Kind != TokenKind.Word)
            {
                i++;
                continue;
            }

            ref readonly EntityWordFacts entry = ref cache.At(entries[i]);

            int cityLength = entry.City ? 1 : 0;
            int countryLength = entry.Country ? 1 : 0;
            if (entry.StartsLongerPlace)
            {
                LongerPlaces(text, tokens, cache.Lexicon, i, entry.Phrase, ref cityLength, ref countryLength);
            }

            Mark(infos, i, cityLength, EntityTokenFlags.CityBegin, EntityTokenFlags.CityInside);
            Mark(infos, i, countryLength, EntityTokenFlags.CountryBegin, EntityTokenFlags.CountryInside);
            i += Math.Max(1, Math.Max(cityLength, countryLength));
        }
    }

    /// <summary>
    /// <see cref="LongestPlaces"/> past the first token, whose hash and one-token lookups the caller has: a phrase is
    /// extended only while a longer city or country begins with it (a longer phrase could match one only by a collision
    /// of 64-bit hashes, which the lexicon's hash matching already assumes away).
    /// </summary>
    private static void LongerPlaces(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int i, ulong firstHash, ref int cityLength, ref int countryLength)
    {
        ulong hash = firstHash;
        for (int length = 2; length <= EntityLexicon.MaxPhraseTokens && i + length <= tokens.Length && lexicon.ContinuesToLongerPlace(hash); length++)
        {
            hash = PhraseHash.AddToken(hash, tokens[i + length - 1].Slice(text), withSeparator: true);
            if (lexicon.IsCity(hash))
            {
                cityLength = length;
            }

            if (lexicon.IsCountry(hash))
            {
                countryLength = length;
            }
        }
    }

    /// <summary>The clusters of the tokens the tagger will score and of their neighbours, which their features read.</summary>
    private static void LookUpNeededClusters(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTokenInfo> infos)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (IsPlainlyOutside(infos, i))
            {
                continue;
            }

            for (int j = Math.Max(0, i - 2); j <= i + 2 && j < tokens.Length; j++)
            {
                if (infos[j].Cluster == ClusterNotLookedUp)
                {
                    infos[j] = infos[j] with { Cluster = lexicon.Cluster(PhraseHash.Of(tokens[j].Slice(text))) };
                }
            }
        }
    }

    /// <summary>Value of the previous-tag feature for the first token of a sentence.</summary>
    public const int SentenceStart = EntityTags.Count;

    /// <summary>
    /// The feature index of "the previous token's tag is <paramref name="previousTag"/>" (or <see cref="SentenceStart"/>):
    /// the maximum-entropy Markov model conditions each tag on the one before it, so "Camila Restrepo" is one name.
    /// </summary>
    public static int PreviousTagFeature(int previousTag) => FeatureHasher.Index(FeatureHasher.MixValue(FeatureHasher.Begin(25), previousTag), Dimension);

    /// <summary>
    /// Whether token <paramref name="i"/> is certainly outside any entity, so the tagger need not score it: a
    /// lower-case word, number or punctuation mark with no capitalised word beside it; a sentence-initial common
    /// word with none either; and a possessive "'s",
    /// which Universal NER and CoNLL always leave outside ("[Zambia]'s [Ministry of Mines]").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainlyOutside(ReadOnlySpan<EntityTokenInfo> infos, int i)
    {
        const EntityTokenFlags Capital = EntityTokenFlags.InitialCapital | EntityTokenFlags.AllCaps;
        if ((infos[i].Flags & EntityTokenFlags.Possessive) != 0)
        {
            return true;
        }

        EntityTokenFlags flags = infos[i].Flags;
        bool sentenceInitialCommonWord = (i == 0 || (infos[i - 1].Flags & EntityTokenFlags.QuoteMark) != 0)
            && (flags & (EntityTokenFlags.CommonLowercase | EntityTokenFlags.FirstName | EntityTokenFlags.CityBegin | EntityTokenFlags.CountryBegin | EntityTokenFlags.AllCaps)) == EntityTokenFlags.CommonLowercase;
        if (!sentenceInitialCommonWord && (flags & (Capital | EntityTokenFlags.PersonTitle | EntityTokenFlags.QuoteMark)) != 0)
        {
            return false;
        }

        // A capitalised sentence opener that is a common lower-case word ("The", "But", "Officials") is not a
        // name unless a capitalised word follows it ("The Times").
        return (i == 0 || (infos[i - 1].Flags & Capital) == 0) && (i + 1 >= infos.Length || (infos[i + 1].Flags & Capital) == 0);
    }

    /// <summary>Writes the hashed features of token <paramref name="i"/> and returns how many.</summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTokenInfo> infos, EntitySentenceMode mode, int i, Span<int> features) =>
        Extract(text, tokens, infos, mode, i, features, []);

    /// <summary>
    /// <see cref="Extract(ReadOnlySpan{char}, ReadOnlySpan{Token}, ReadOnlySpan{EntityTokenInfo}, EntitySentenceMode, int, Span{int})"/>
    /// with the token's affix features, when not empty, taken from <paramref name="wordAffixes"/>: what
    /// <see cref="AffixFeatures"/> gave for the token's text (the tagger keeps them per word in its cache).
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTokenInfo> infos, EntitySentenceMode mode, int i, Span<int> features, ReadOnlySpan<int> wordAffixes)
    {
        int n = 0;
        EntityTokenInfo t = infos[i];
        EntityTokenInfo prev = i > 0 ? infos[i - 1] : EntityTokenInfo.Boundary;
        EntityTokenInfo next = i + 1 < infos.Length ? infos[i + 1] : EntityTokenInfo.Boundary;
        EntityTokenInfo prev2 = i > 1 ? infos[i - 2] : EntityTokenInfo.Boundary;
        EntityTokenInfo next2 = i + 2 < infos.Length ? infos[i + 2] : EntityTokenInfo.Boundary;

        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(1), t.Word));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(2), prev.Word));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(3), next.Word));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(4), prev2.Word));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(5), next2.Word));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(6), t.Shape));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.MixHash(FeatureHasher.Begin(7), prev.Shape), t.Shape));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.MixHash(FeatureHasher.Begin(8), t.Shape), next.Shape));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(9), prev.Shape));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.Begin(10), next.Shape));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.MixHash(FeatureHasher.Begin(13), prev.Word), t.Word));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.MixHash(FeatureHasher.Begin(14), t.Word), next.Word));

        // Distributional clusters generalise from seen names to unseen ones used alike ("Okafor" near "Smith").
        if (t.Cluster >= 0)
        {
            Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.MixValue(FeatureHasher.Begin(26), t.Cluster), (int)(t.Flags & EntityTokenFlags.Casing)));
        }

        Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(27), prev.Cluster));
        Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(28), next.Cluster));
        Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(29), prev2.Cluster));
        Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(30), next2.Cluster));

        ReadOnlySpan<char> word = tokens[i].Slice(text);
        if (word.Length > 3 && tokens[i].Kind == TokenKind.Word)
        {
            if (wordAffixes.IsEmpty)
            {
                n += AffixFeatures(word, features[n..]);
            }
            else
            {
                wordAffixes.CopyTo(features[n..]);
                n += wordAffixes.Length;
            }
        }

        AddFlags(features, ref n, 15, t.Flags);
        AddFlags(features, ref n, 16, prev.Flags & EntityTokenFlags.Context);
        AddFlags(features, ref n, 17, next.Flags & EntityTokenFlags.Context);
        AddFlags(features, ref n, 23, prev2.Flags & (EntityTokenFlags.PersonTitle | EntityTokenFlags.InitialCapital));
        AddFlags(features, ref n, 24, next2.Flags & (EntityTokenFlags.OrganizationSuffix | EntityTokenFlags.InitialCapital));

        // Where the token sits: sentence-initial capitals say little, so the model sees position with casing.
        int position = i == 0 ? 1 : (prev.Flags & EntityTokenFlags.QuoteMark) != 0 ? 2 : prev.Shape == s_colonShape ? 3 : 0;
        Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.MixValue(FeatureHasher.Begin(18), position), (int)(t.Flags & EntityTokenFlags.Casing)));
        Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.MixValue(FeatureHasher.Begin(19), (int)mode), t.Shape));
        if (position != 0 || mode != EntitySentenceMode.Normal)
        {
            Add(features, ref n, FeatureHasher.MixHash(FeatureHasher.MixValue(FeatureHasher.MixValue(FeatureHasher.Begin(20), (int)mode), position), t.Word));
        }

        Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(21), (int)tokens[i].Kind));
        if ((t.Flags & EntityTokenFlags.InitialCapital) != 0)
        {
            int combination = (position != 0 ? 1 : 0) | (mode != EntitySentenceMode.Normal ? 2 : 0) | ((t.Flags & EntityTokenFlags.CommonLowercase) != 0 ? 4 : 0);
            Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(22), combination));
        }

        return n;
    }

    /// <summary>Most affix features a word has: prefixes and suffixes of two, three and four characters.</summary>
    public const int MaxAffixFeatures = 6;

    /// <summary>
    /// The prefix and suffix features of a word of more than three characters (a word token's; the caller checks),
    /// in the order <see cref="Extract(ReadOnlySpan{char}, ReadOnlySpan{Token}, ReadOnlySpan{EntityTokenInfo}, EntitySentenceMode, int, Span{int})"/>
    /// adds them; returns how many.
    /// </summary>
    public static int AffixFeatures(ReadOnlySpan<char> word, Span<int> features)
    {
        int n = 0;
        for (int length = 2; length <= 4 && length < word.Length; length++)
        {
            Add(features, ref n, FeatureHasher.MixLower(FeatureHasher.MixValue(FeatureHasher.Begin(11), length), word[..length]));
            Add(features, ref n, FeatureHasher.MixLower(FeatureHasher.MixValue(FeatureHasher.Begin(12), length), word[^length..]));
        }

        return n;
    }

    private static readonly uint s_colonShape = Shape(":");

    private static void AddFlags(Span<int> features, ref int n, int template, EntityTokenFlags flags)
    {
        uint bits = (uint)flags;
        while (bits != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            Add(features, ref n, FeatureHasher.MixValue(FeatureHasher.Begin(template), bit));
            bits &= bits - 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> features, ref int n, uint hash) => features[n++] = FeatureHasher.Index(hash, Dimension);

    /// <summary>
    /// In one pass over the word, what <see cref="Casing"/>, <see cref="Shape"/>, the lower-cased word hash (its first
    /// 24 characters, as <see cref="FeatureHasher.MixLower"/>) and <see cref="PhraseHash.Of(ReadOnlySpan{char})"/> give — with the same
    /// values bit for bit (a test compares them), since Prepare runs on every token of every sentence.
    /// </summary>
    internal static void Describe(ReadOnlySpan<char> word, out EntityTokenFlags flags, out uint shape, out uint wordHash, out ulong phrase)
    {
        bool anyUpper = false;
        bool anyLower = false;
        bool anyDigit = false;
        uint shapeHash = FeatureHasher.Begin(0);
        uint lowerHash = FeatureHasher.Begin(0);
        ulong phraseHash = PhraseHash.Begin;
        char last = '\0';
        int written = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            bool upper, lower, digit;
            char lowered;
            if (c < 128)
            {
                upper = (uint)(c - 'A') <= 'Z' - 'A';
                lower = (uint)(c - 'a') <= 'z' - 'a';
                digit = (uint)(c - '0') <= 9;
                lowered = upper ? (char)(c | 0x20) : c;
                phraseHash = (phraseHash ^ lowered) * 1099511628211;
            }
            else
            {
                upper = char.IsUpper(c);
                lower = !upper && char.IsLower(c);
                digit = !upper && !lower && char.IsDigit(c);
                lowered = upper ? char.ToLowerInvariant(c) : c;
                phraseHash = (phraseHash ^ char.ToLowerInvariant(c)) * 1099511628211;
            }

            anyUpper |= upper;
            anyLower |= lower;
            anyDigit |= digit;
            if (k < 24)
            {
                lowerHash = FeatureHasher.Mix(lowerHash, lowered);
            }

            if (written < 6)
            {
                char symbol = upper ? 'X' : lower ? 'x' : digit ? 'd' : c < 128 ? c : '*';
                if (symbol != last)
                {
                    shapeHash = FeatureHasher.Mix(shapeHash, symbol);
                    last = symbol;
                    written++;
                }
            }
        }

        flags = anyDigit ? EntityTokenFlags.HasDigit : 0;
        if (word.Length > 0 && (word[0] < 128 ? (uint)(word[0] - 'A') <= 'Z' - 'A' : char.IsUpper(word[0])))
        {
            flags |= anyLower ? EntityTokenFlags.InitialCapital : word.Length > 1 && anyUpper ? EntityTokenFlags.AllCaps | EntityTokenFlags.InitialCapital : EntityTokenFlags.InitialCapital;
        }
        else if (anyLower && !anyUpper)
        {
            flags |= EntityTokenFlags.Lowercase;
        }

        shape = word.Length <= 3 ? FeatureHasher.MixValue(shapeHash, word.Length) : shapeHash;
        wordHash = lowerHash;
        phrase = phraseHash;
    }

    /// <summary>The casing flags of a word (kept beside <see cref="Describe"/>, which must agree with it).</summary>
    internal static EntityTokenFlags Casing(ReadOnlySpan<char> word)
    {
        bool anyUpper = false;
        bool anyLower = false;
        bool anyDigit = false;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                anyUpper = true;
            }
            else if (char.IsLower(c))
            {
                anyLower = true;
            }
            else if (char.IsDigit(c))
            {
                anyDigit = true;
            }
        }

        EntityTokenFlags flags = anyDigit ? EntityTokenFlags.HasDigit : 0;
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= anyLower ? EntityTokenFlags.InitialCapital : word.Length > 1 && anyUpper ? EntityTokenFlags.AllCaps | EntityTokenFlags.InitialCapital : EntityTokenFlags.InitialCapital;
        }
        else if (anyLower && !anyUpper)
        {
            flags |= EntityTokenFlags.Lowercase;
        }

        return flags;
    }

    /// <summary>Word shape with runs collapsed and at most six symbols: "McDonald" → "XxXx", "U.S." → "X.X.", "1990s" → "dx".</summary>
    internal static uint Shape(ReadOnlySpan<char> word)
    {
        uint hash = FeatureHasher.Begin(0);
        char last = '\0';
        int written = 0;
        foreach (char c in word)
        {
            char symbol = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c < 128 ? c : '*';
            if (symbol != last)
            {
                hash = FeatureHasher.Mix(hash, symbol);
                last = symbol;
                if (++written == 6)
                {
                    break;
                }
            }
        }

        return word.Length <= 3 ? FeatureHasher.MixValue(hash, word.Length) : hash;
    }

    /// <summary>The one-pass description of a word, for the test that it agrees with the separate functions.</summary>
    internal static (EntityTokenFlags Flags, uint Shape, uint Word, ulong Phrase) DescribeForTest(ReadOnlySpan<char> word)
    {
        Describe(word, out EntityTokenFlags flags, out uint shape, out uint wordHash, out ulong phrase);
        return (flags, shape, wordHash, phrase);
    }

    /// <summary>Marks the longest city and country phrases (B for the first token, I for the rest).</summary>
    private static void MarkPhrases(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTokenInfo> infos)
    {
        int i = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start]))
            {
                i++;
                continue;
            }

            (int cityLength, int countryLength) = LongestPlaces(text, tokens, lexicon, i);
            Mark(infos, i, cityLength, EntityTokenFlags.CityBegin, EntityTokenFlags.CityInside);
            Mark(infos, i, countryLength, EntityTokenFlags.CountryBegin, EntityTokenFlags.CountryInside);
            i += Math.Max(1, Math.Max(cityLength, countryLength));
        }
    }

    /// <summary>The token counts of the longest city and the longest country that start at token <paramref name="i"/> (0 for none).</summary>
    private static (int City, int Country) LongestPlaces(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int i)
    {
        ulong hash = PhraseHash.Begin;
        int cityLength = 0;
        int countryLength = 0;
        for (int length = 1; length <= EntityLexicon.MaxPhraseTokens && i + length <= tokens.Length; length++)
        {
            hash = PhraseHash.AddToken(hash, tokens[i + length - 1].Slice(text), length > 1);
            if (lexicon.IsCity(hash))
            {
                cityLength = length;
            }

            if (lexicon.IsCountry(hash))
            {
                countryLength = length;
            }
        }

        return (cityLength, countryLength);
    }

    private static void Mark(Span<EntityTokenInfo> infos, int start, int length, EntityTokenFlags begin, EntityTokenFlags inside)
    {
        for (int k = 0; k < length; k++)
        {
            infos[start + k] = infos[start + k] with { Flags = infos[start + k].Flags | (k == 0 ? begin : inside) };
        }
    }

    /// <summary>The flags of a token's marks, which both Prepares set alike: a quote mark, a possessive "'s".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static EntityTokenFlags MarkFlags(Token token, ReadOnlySpan<char> word) =>
        (token.Kind == TokenKind.QuoteMark ? EntityTokenFlags.QuoteMark : 0) | PossessiveFlag(word);

    /// <summary>The possessive flag of a "'s" (any apostrophe, either case), which its characters alone decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static EntityTokenFlags PossessiveFlag(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[1] is 's' or 'S' && word[0] is '\'' or '’' ? EntityTokenFlags.Possessive : 0;

    // What CasingCount says a word token adds to: nothing, or one of the three counts the sentence's mode is read from.
    private const byte CountsNothing = 0;
    private const byte CountsUpper = 1;
    private const byte CountsCapitalised = 2;
    private const byte CountsLowercase = 3;

    /// <summary>
    /// The flags Prepare gives a token of <paramref name="word"/> from its casing and lists: <paramref name="asWord"/> for a
    /// word token, <paramref name="asOther"/> for any other kind (a quote mark's own flag, which comes from the token's
    /// kind, not added) — what the uncached Prepare computes per token, for the word cache to keep.
    /// </summary>
    internal static void TokenFlags(ReadOnlySpan<char> word, EntityTokenFlags casing, EntityTokenFlags listed, out EntityTokenFlags asWord, out EntityTokenFlags asOther)
    {
        EntityTokenFlags flags = casing;
        if ((casing & EntityTokenFlags.InitialCapital) != 0)
        {
            flags |= listed & (EntityTokenFlags.FirstName | EntityTokenFlags.CommonLowercase);
        }

        flags |= PossessiveFlag(word);
        asOther = flags;
        asWord = word.Length <= 16 ? flags | (listed & (EntityTokenFlags.OrganizationSuffix | EntityTokenFlags.PersonTitle)) : flags;
    }

    /// <summary>Which count a word token of these flags and length adds to (<see cref="CountCasing"/>'s choice, kept per word).</summary>
    internal static byte CasingCount(EntityTokenFlags flags, int length) =>
        length <= 3 ? CountsNothing
            : (flags & EntityTokenFlags.AllCaps) != 0 ? CountsUpper
            : (flags & EntityTokenFlags.InitialCapital) != 0 ? CountsCapitalised
            : (flags & EntityTokenFlags.Lowercase) != 0 ? CountsLowercase
            : CountsNothing;

    /// <summary>Counts a word of four letters or more by its casing, from which both Prepares read the sentence's mode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountCasing(Token token, ReadOnlySpan<char> word, EntityTokenFlags flags, ref int upper, ref int capitalised, ref int lowercase)
    {
        if (token.Kind == TokenKind.Word)
        {
            AddCasingCount(CasingCount(flags, word.Length), ref upper, ref capitalised, ref lowercase);
        }
    }

    /// <summary>Adds one to the count <paramref name="casingCount"/> (<see cref="CasingCount"/>) names; without branches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddCasingCount(byte casingCount, ref int upper, ref int capitalised, ref int lowercase)
    {
        upper += casingCount == CountsUpper ? 1 : 0;
        capitalised += casingCount == CountsCapitalised ? 1 : 0;
        lowercase += casingCount == CountsLowercase ? 1 : 0;
    }
}
