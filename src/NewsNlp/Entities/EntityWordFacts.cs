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

    /// <summary>
    /// The token flags Prepare gives the word as a word token: its casing, the lists it is in that Prepare consults for
    /// it (first names and common words when capitalised, organisation suffixes and titles when at most 16 characters
    /// long) and the possessive mark — all decided by its characters, so found once per word, not once per token.
    /// </summary>
    public EntityTokenFlags WordTokenFlags;

    /// <summary>The same as a token of another kind (no suffix or title; a quote mark's flag is the token's kind's, added per token).</summary>
    public EntityTokenFlags OtherTokenFlags;

    /// <summary>How the word counts towards its sentence's mode as a word token (see <see cref="EntityFeatures.CasingCount(EntityTokenFlags, int)"/>).</summary>
    public byte CasingCount;

    /// <summary>Whether, as a word token, the word may start a city or country phrase: capitalised, and one or the start of a longer one.</summary>
    public bool MayStartPlace;
}
