using System.Runtime.InteropServices;

namespace NewsNlp.Entities;

/// <summary>What <see cref="EntityWordCache"/> keeps of one word: what its characters alone decide for the entity features.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct EntityWordFacts
{
    /// <summary>The cache's hash of the word.</summary>
    public ulong Key;

    /// <summary>Where the word's characters are in the cache.</summary>
    public int Start;

    /// <summary>How many characters the word has.</summary>
    public int Length;

    /// <summary>The casing flags, as <see cref="EntityFeatures"/>' one-pass description gives them.</summary>
    public EntityTokenFlags Casing;

    /// <summary>Of <see cref="EntityTokenFlags.FirstName"/>, <see cref="EntityTokenFlags.CommonLowercase"/>, <see cref="EntityTokenFlags.OrganizationSuffix"/> and <see cref="EntityTokenFlags.PersonTitle"/>, those whose lists hold the word.</summary>
    public EntityTokenFlags Listed;

    /// <summary>The shape hash.</summary>
    public uint Shape;

    /// <summary>The lower-cased word hash of the features.</summary>
    public uint Word;

    /// <summary>The word's <see cref="PhraseHash"/>.</summary>
    public ulong Phrase;

    /// <summary>The word's cluster, or -1.</summary>
    public int Cluster;

    /// <summary>Whether the word alone is a city.</summary>
    public bool City;

    /// <summary>Whether the word alone is a country.</summary>
    public bool Country;

    /// <summary>Whether a city or country of several tokens begins with the word.</summary>
    public bool StartsLongerPlace;

    /// <summary>Whether the word is a title for <see cref="TitledNames"/> (<see cref="TitledNames.IsTitle"/>).</summary>
    public bool Title;

    /// <summary>Whether the word's first character is upper case (<see cref="WordCase.Capitalised"/>), lower case (<see cref="WordCase.Lowercase"/>) or neither.</summary>
    public WordCase FirstCase;

    /// <summary>The rule passes' cues the word gives (<see cref="WordCues.Of"/>).</summary>
    public EntityWordCues Cues;

    /// <summary>Where the word's affix features are in the cache (words of more than three characters).</summary>
    public int AffixStart;

    /// <summary>How many affix features the word has (none for a word of three characters or fewer).</summary>
    public int AffixCount;
}
