using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Entities;

/// <summary>
/// What <see cref="EntityFeatures.Prepare(ReadOnlySpan{char}, ReadOnlySpan{NewsNlp.Tokenization.Token}, Span{EntityTokenInfo}, EntityWordCache)"/>
/// learns of a word from its text alone — casing, shape, both hashes and every lexicon fact — and the word's affix
/// features for <see cref="EntityFeatures.Extract(ReadOnlySpan{char}, ReadOnlySpan{NewsNlp.Tokenization.Token}, ReadOnlySpan{EntityTokenInfo}, EntitySentenceMode, int, Span{int}, ReadOnlySpan{int})"/>, kept per distinct
/// word: news repeats its words ("the", "said", the names of the story), and a repeated word then costs one cheap
/// hash and a comparison of its characters instead of a character-by-character description and up to seven
/// lexicon lookups. The facts are those of the word's exact characters, so they are the ones the tagger would
/// have computed. One cache serves one thread at a time; it empties itself when full, between sentences.
/// </summary>
internal sealed class EntityWordCache
{
    // Bounds on what one cache holds (about 3 MB at most; the tagger keeps one per core): a stream of news keeps using
    // the same few tens of thousands of words, and a cache that fills up starts again empty.
    public const int MaxEntries = 1 << 15;
    public const int MaxCharacters = 1 << 18;

    private readonly int _maxEntries;
    private readonly int _maxCharacters;

    private readonly EntityLexicon _lexicon;
    private int[] _slots = new int[1 << 11];
    private EntityWordFacts[] _entries = new EntityWordFacts[1 << 10];
    private char[] _characters = new char[1 << 13];
    private int _count;
    private int _characterCount;
    private int[] _affixes = new int[1 << 12];
    private int _affixCount;
    private int[] _tokenEntries = new int[256];
    private EntityWordCues[] _tokenCues = new EntityWordCues[256];
    private WordCase[] _tokenCases = new WordCase[256];

    /// <param name="lexicon">The lexicon the facts come from.</param>
    /// <param name="maxEntries">How many words the cache holds before it starts again (smaller in tests, to exercise that).</param>
    /// <param name="maxCharacters">How many characters of words it holds before it starts again.</param>
    public EntityWordCache(EntityLexicon lexicon, int maxEntries = MaxEntries, int maxCharacters = MaxCharacters)
    {
        _lexicon = lexicon;
        _maxEntries = maxEntries;
        _maxCharacters = maxCharacters;
    }

    /// <summary>The lexicon the cached facts come from.</summary>
    public EntityLexicon Lexicon => _lexicon;

    /// <summary>
    /// Makes room for a sentence of <paramref name="tokens"/> tokens and <paramref name="characters"/> characters, so
    /// that no entry the sentence looks up is dropped before the sentence is done.
    /// </summary>
    public void BeginSentence(int tokens, int characters)
    {
        if (_count + tokens > _maxEntries || _characterCount + characters > _maxCharacters)
        {
            Array.Clear(_slots);
            _count = 0;
            _characterCount = 0;
            _affixCount = 0;
        }

        if (_tokenEntries.Length < tokens)
        {
            _tokenEntries = new int[BitOperations.RoundUpToPowerOf2((uint)tokens)];
            _tokenCues = new EntityWordCues[_tokenEntries.Length];
            _tokenCases = new WordCase[_tokenEntries.Length];
        }
    }

    /// <summary>Per token of the current sentence, the index of its entry (filled by the caller).</summary>
    public Span<int> TokenEntries => _tokenEntries;

    /// <summary>Per token of the current sentence, its word's cues (filled by the caller with the entries): the rule passes read them.</summary>
    public Span<EntityWordCues> TokenCues => _tokenCues;

    /// <summary>
    /// Per token of the current sentence, its <see cref="WordCase"/> (filled by the caller with the entries, while it has
    /// each entry at hand): the document passes read them for the whole document, and copying them costs less than
    /// looking every token's entry up again.
    /// </summary>
    public Span<WordCase> TokenCases => _tokenCases;

    /// <summary>The affix features of the word of entry <paramref name="index"/> (<see cref="EntityFeatures.AffixFeatures"/>).</summary>
    public ReadOnlySpan<int> AffixesOf(int index) => _affixes.AsSpan(_entries[index].AffixStart, _entries[index].AffixCount);

    /// <summary>
    /// The cues of all the words of the current sentence together (set by the cached Prepare): a rule pass whose cue
    /// is not among them has nothing to do in the sentence.
    /// </summary>
    public EntityWordCues SentenceCues { get; set; }

    /// <summary>The entry at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly EntityWordFacts At(int index) => ref _entries[index];

    /// <summary>The index of the entry of <paramref name="word"/>, described and looked up when first seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word)
    {
        ulong key = Hash(word);
        int mask = _slots.Length - 1;
        int slot = (int)(key >> 40) & mask;
        while (true)
        {
            int index = _slots[slot] - 1;
            if (index < 0)
            {
                return Add(word, key, slot);
            }

            ref EntityWordFacts entry = ref _entries[index];
            if (entry.Key == key && SameCharacters(word, _characters.AsSpan(entry.Start, entry.Length)))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(ReadOnlySpan<char> word, ulong key, int slot)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        if (_characterCount + word.Length > _characters.Length)
        {
            Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _characterCount + word.Length));
        }

        int index = _count++;
        word.CopyTo(_characters.AsSpan(_characterCount));
        ref EntityWordFacts entry = ref _entries[index];
        entry.Key = key;
        entry.Start = _characterCount;
        entry.Length = word.Length;
        _characterCount += word.Length;
        EntityFeatures.Describe(word, out entry.Casing, out entry.Shape, out entry.Word, out entry.Phrase);
        ulong phrase = entry.Phrase;
        entry.Listed = (_lexicon.IsFirstName(phrase) ? EntityTokenFlags.FirstName : 0)
            | (_lexicon.IsCommonLowercase(phrase) ? EntityTokenFlags.CommonLowercase : 0)
            | (EntityLexicon.IsOrganizationSuffix(phrase) ? EntityTokenFlags.OrganizationSuffix : 0)
            | (EntityLexicon.IsPersonTitle(phrase) ? EntityTokenFlags.PersonTitle : 0);
        entry.Cluster = _lexicon.Cluster(phrase);
        entry.City = _lexicon.IsCity(phrase);
        entry.Country = _lexicon.IsCountry(phrase);
        entry.StartsLongerPlace = _lexicon.StartsLongerPlace(phrase);
        entry.Title = TitledNames.IsTitle(word);
        entry.Cues = WordCues.Of(word, entry);
        entry.FirstCase = word.IsEmpty ? WordCase.None : char.IsUpper(word[0]) ? WordCase.Capitalised : char.IsLower(word[0]) ? WordCase.Lowercase : WordCase.None;
        EntityFeatures.TokenFlags(word, entry.Casing, entry.Listed, out entry.WordTokenFlags, out entry.OtherTokenFlags);
        entry.CasingCount = EntityFeatures.CasingCount(entry.WordTokenFlags, word.Length);
        entry.MayStartPlace = (entry.City | entry.Country | entry.StartsLongerPlace) && (entry.Casing & EntityTokenFlags.InitialCapital) != 0;
        if (word.Length > 3)
        {
            if (_affixCount + EntityFeatures.MaxAffixFeatures > _affixes.Length)
            {
                Array.Resize(ref _affixes, _affixes.Length * 2);
            }

            entry.AffixStart = _affixCount;
            entry.AffixCount = EntityFeatures.AffixFeatures(word, _affixes.AsSpan(_affixCount));
            _affixCount += entry.AffixCount;
        }
        else
        {
            entry.AffixCount = 0;
        }

        if (_count * 2 > _slots.Length)
        {
            Grow();
        }
        else
        {
            _slots[slot] = index + 1;
        }

        return index;
    }

    /// <summary>Doubles the slot table and places every entry again.</summary>
    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int index = 0; index < _count; index++)
        {
            int slot = (int)(_entries[index].Key >> 40) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = index + 1;
        }
    }

    /// <summary>
    /// Whether the two words have the same characters: for words of up to eight characters (nearly all) by comparing
    /// their first and last eight (or four) bytes, which between them cover every byte, without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameCharacters(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        ref byte x = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(a));
        ref byte y = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(b));
        int length = a.Length * sizeof(char);
        if (length > 16)
        {
            return a.SequenceEqual(b);
        }

        if (length >= 8)
        {
            return Unsafe.ReadUnaligned<ulong>(ref x) == Unsafe.ReadUnaligned<ulong>(ref y)
                && Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref x, length - 8)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref y, length - 8));
        }

        if (length >= 4)
        {
            return Unsafe.ReadUnaligned<uint>(ref x) == Unsafe.ReadUnaligned<uint>(ref y)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref x, length - 4)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref y, length - 4));
        }

        return length == 0 || a[0] == b[0];
    }

    /// <summary>
    /// A quick hash of the word's characters read eight bytes at a time (the first and last eight, and any between):
    /// only where a word is looked for; the characters themselves decide whether it is found.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        const ulong K1 = 0x9E3779B97F4A7C15;
        const ulong K2 = 0xC2B2AE3D27D4EB4F;
        ref byte bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        int length = word.Length * sizeof(char);
        ulong hash;
        if (length >= 8)
        {
            hash = (Unsafe.ReadUnaligned<ulong>(ref bytes) * K1) ^ BitOperations.RotateLeft(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, length - 8)) * K2, 29);
            for (int offset = 8; offset < length - 8; offset += 8)
            {
                hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, offset))) * K1;
            }
        }
        else if (length >= 4)
        {
            hash = (((ulong)Unsafe.ReadUnaligned<uint>(ref bytes) << 32) | Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, length - 4))) * K1;
        }
        else
        {
            hash = length == 2 ? word[0] * K2 : 0;
        }

        hash ^= (ulong)word.Length * K2;
        return hash ^ (hash >> 31);
    }
}
