using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// The gazetteers the entity features consult: first names, cities, countries (from ../shared/corpora/gazetteers,
/// written into the model zip by training so a model and its lexicon travel together), words common in lower
/// case, plus the fixed organisation-suffix and person-title lists below. Phrases are matched as token sequences:
/// each entry is tokenized with <see cref="NewsTokenizer"/> and its lower-cased tokens hashed with a space between.
/// </summary>
internal sealed class EntityLexicon
{
    /// <summary>Longest phrase, in tokens, that is matched.</summary>
    public const int MaxPhraseTokens = 4;

    /// <summary>The zip entry that holds the lexicon.</summary>
    public const string EntryName = "lexicon.txt";

    // Words that end organisation names ("Acme Corp", "Interior Ministry", "Labour Party").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgSuffixes = WordSet.IgnoringCase(
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "sa", "s.a.", "ag", "nv", "n.v.",
        "gmbh", "group", "holdings", "bank", "ministry", "party", "university", "college", "council", "agency", "commission",
        "committee", "association", "institute", "foundation", "company", "airlines", "airways", "motors", "times", "post",
        "news", "press", "club", "fc", "united", "court", "department", "office", "army", "police", "front", "movement",
        "union", "federation", "authority", "board", "bureau", "service", "fund", "organization", "organisation",
        "school", "hospital", "church", "assembly", "parliament", "congress", "senate", "reserve", "exchange", "network",
        "technologies", "systems", "partners", "capital", "energy", "pharmaceuticals", "labs", "media", "industries");

    // Titles and roles that precede a person's name but are not part of it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personTitles = WordSet.IgnoringCase(
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "president",
        "minister", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge", "justice", "king",
        "queen", "prince", "princess", "pope", "general", "gen.", "colonel", "col.", "captain", "capt.", "lt.", "sgt.",
        "chancellor", "premier", "secretary", "chairman", "chairwoman", "chief", "coach", "manager", "director", "ceo",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commissioner", "inspector", "detective",
        "officer", "father", "sister", "brother", "rabbi", "imam", "sheikh", "st.", "saint", "archbishop", "bishop",
        "striker", "midfielder", "defender", "goalkeeper", "forward", "actor", "actress", "singer", "author", "professor");

    // The same two lists as hashes of their lower-cased text (PhraseHash), for Prepare, which has every token's hash
    // already: one integer lookup instead of a case-insensitive string comparison per word.
    private static readonly FrozenSet<ulong> s_orgSuffixHashes = Hashes(s_orgSuffixes);
    private static readonly FrozenSet<ulong> s_personTitleHashes = Hashes(s_personTitles);

    private readonly FrozenSet<ulong> _firstNames;
    private readonly FrozenSet<ulong> _commonLower;
    private readonly FrozenSet<ulong> _cities;
    private readonly FrozenSet<ulong> _countries;
    private readonly FrozenDictionary<ulong, int> _clusters;
    private readonly FrozenSet<ulong> _phraseStarts;
    private readonly FrozenSet<ulong> _placePrefixes;

    private EntityLexicon(FrozenSet<ulong> firstNames, FrozenSet<ulong> commonLower, FrozenSet<ulong> cities, FrozenSet<ulong> countries, FrozenDictionary<ulong, int> clusters, FrozenSet<ulong> phraseStarts, FrozenSet<ulong> placePrefixes)
    {
        _placePrefixes = placePrefixes;
        _clusters = clusters;
        _firstNames = firstNames;
        _commonLower = commonLower;
        _cities = cities;
        _countries = countries;
        _phraseStarts = phraseStarts;
    }

    /// <summary>An empty lexicon (no gazetteers); the fixed lists still apply.</summary>
    public static EntityLexicon Empty { get; } = new([], [], [], [], FrozenDictionary<ulong, int>.Empty, [], []);

    /// <summary>
    /// Reads the text format: sections <c>[first-names]</c>, <c>[common-lowercase]</c>, <c>[cities]</c>,
    /// <c>[countries]</c>, one entry per line; and <c>[clusters]</c>, "word TAB cluster" lines grouping words that
    /// occur in similar contexts (learnt from unlabelled text at training time).
    /// </summary>
    public static EntityLexicon Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sets = new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal)
        {
            ["first-names"] = [], ["common-lowercase"] = [], ["cities"] = [], ["countries"] = [],
        };
        HashSet<ulong>? current = null;
        var clusters = new Dictionary<ulong, int>();
        var phraseStarts = new HashSet<ulong>();
        var placePrefixes = new HashSet<ulong>();
        bool inClusters = false;
        bool inPlaces = false;
        Span<Token> tokens = stackalloc Token[MaxPhraseTokens + 1];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = sets.TryGetValue(line[1..^1], out HashSet<ulong>? set) ? set : null;
                inClusters = line == "[clusters]";
                inPlaces = line is "[cities]" or "[countries]";
                continue;
            }

            if (inClusters)
            {
                int tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int cluster))
                {
                    clusters[PhraseHash.Of(line.AsSpan(0, tab))] = cluster;
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            int count = NewsTokenizer.Default.Tokenize(line, tokens);
            if (count is > 0 and <= MaxPhraseTokens)
            {
                ulong hash = PhraseHash.Begin;
                for (int i = 0; i < count; i++)
                {
                    hash = PhraseHash.AddToken(hash, tokens[i].Slice(line), i > 0);
                    if (i + 1 < count && inPlaces)
                    {
                        placePrefixes.Add(hash);
                    }
                }

                current.Add(hash);
                if (count > 1 && inPlaces)
                {
                    phraseStarts.Add(PhraseHash.AddToken(PhraseHash.Begin, tokens[0].Slice(line), withSeparator: false));
                }
            }
        }

        return new EntityLexicon(sets["first-names"].ToFrozenSet(), sets["common-lowercase"].ToFrozenSet(),
            sets["cities"].ToFrozenSet(), sets["countries"].ToFrozenSet(), clusters.ToFrozenDictionary(), phraseStarts.ToFrozenSet(),
            placePrefixes.ToFrozenSet());
    }

    public bool IsFirstName(ulong tokenHash) => _firstNames.Contains(tokenHash);

    public bool IsCommonLowercase(ulong tokenHash) => _commonLower.Contains(tokenHash);

    /// <summary>The distributional cluster of a (lower-cased) word, or -1 when the word was too rare to cluster.</summary>
    public int Cluster(ulong tokenHash) => _clusters.TryGetValue(tokenHash, out int cluster) ? cluster : -1;

    public bool IsCity(ulong phraseHash) => _cities.Contains(phraseHash);

    public bool IsCountry(ulong phraseHash) => _countries.Contains(phraseHash);

    /// <summary>
    /// Whether a city or country of two or more tokens begins with the token of this hash: when none does, a phrase
    /// that starts with the token is no longer than the token itself, and its longer extensions need no lookup.
    /// </summary>
    public bool StartsLongerPlace(ulong tokenHash) => _phraseStarts.Contains(tokenHash);

    /// <summary>
    /// Whether a city or country of more tokens begins with the phrase of this hash (of one to three tokens, as
    /// <see cref="PhraseHash.AddToken"/> builds it): when none does, no extension of the phrase is one either, and its
    /// lookups can stop.
    /// </summary>
    public bool ContinuesToLongerPlace(ulong phraseHash) => _placePrefixes.Contains(phraseHash);

    public static bool IsOrganizationSuffix(ReadOnlySpan<char> word) => s_orgSuffixes.Contains(word);

    public static bool IsPersonTitle(ReadOnlySpan<char> word) => s_personTitles.Contains(word);

    /// <summary><see cref="IsOrganizationSuffix(ReadOnlySpan{char})"/> by the word's <see cref="PhraseHash"/>.</summary>
    public static bool IsOrganizationSuffix(ulong tokenHash) => s_orgSuffixHashes.Contains(tokenHash);

    /// <summary><see cref="IsPersonTitle(ReadOnlySpan{char})"/> by the word's <see cref="PhraseHash"/>.</summary>
    public static bool IsPersonTitle(ulong tokenHash) => s_personTitleHashes.Contains(tokenHash);

    private static FrozenSet<ulong> Hashes(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        words.Set.Select(w => PhraseHash.Of(w)).ToFrozenSet();
}
