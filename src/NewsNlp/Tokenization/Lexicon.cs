using System.Collections.Frozen;

namespace NewsNlp.Tokenization;

/// <summary>The small word lists the tokenizer needs, looked up by span without allocating.</summary>
internal static class Lexicon
{
    // Abbreviations that keep their period. Case matters: "No." before a number, but "no." ends a sentence.
    private static readonly FrozenSet<string> s_abbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Fr", "Rev", "Hon",
        "Gen", "Gov", "Sen", "Sens", "Rep", "Reps", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Brig", "Cpl",
        "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Esq", "Pvt", "Gens",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Pty", "Assn", "Assoc", "Dept", "Univ", "Inst", "Intl", "Natl", "Mfg",
        "Ave", "Blvd", "Rd", "Hwy", "Sq", "Ste", "Pl",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo",
        "co", "st", "ft", "mt", "rd", "ave", "dept", "jr", "sr", "vs", "etc", "al", "approx", "cf", "ca", "viz", "esp", "incl", "est", "min", "max", "pp", "oz", "lb", "lbs",
        "Fig", "Figs", "Vol", "Vols", "Ch", "Art", "Ed", "Eds", "Op", "Nos", "Ph", "Mme", "Mlle",
        "e.g", "i.e", "a.m", "p.m", "U.S", "U.K", "U.N",
    ]);

    // Abbreviations that stand before a name or a number and so never end a sentence: "Mr. The" is not a boundary.
    private static readonly FrozenSet<string> s_titleAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "St", "Mt", "Ft", "Fr", "Rev", "Hon", "Gen", "Gov", "Sen",
        "Sens", "Rep", "Reps", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Brig", "Cpl", "Pres", "Supt", "Insp",
        "Det", "Atty", "Amb", "Pvt", "Gens", "Mme", "Mlle", "No", "Nos", "Vol", "Vols", "Fig", "Figs", "Art", "Ch", "Op",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "cf", "viz", "e.g", "i.e",
    ]);

    // Titles before a person's name: "Gen. Pervez Musharraf" (UD English EWT and GUM train: 147 of 147 before a
    // capitalised word go on with the name).
    private static readonly FrozenSet<string> s_personalTitles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Hon", "Gen", "Gov", "Sen", "Sens", "Rep", "Reps",
        "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Brig", "Cpl", "Supt", "Insp", "Det", "Atty", "Amb", "Pvt", "Gens",
        "Mme", "Mlle",
    ]);

    // Abbreviations that keep their period only before a number: "No. 5", "Art. 12", "p. 4".
    private static readonly FrozenSet<string> s_abbreviationsBeforeNumber = FrozenSet.Create(StringComparer.Ordinal,
    [
        "No", "Nos", "no", "Art", "art", "p", "Vol", "vol", "Ch", "ch", "Fig", "fig", "Sec", "sec", "Pt", "pt", "Ex",
        "Rs", "rs", // rupees: "Rs. 3520"
    ]);

    // Universal Dependencies English keeps these prefixes on their word ("anti-war", "e-mail", "non-profit").
    private static readonly FrozenSet<string> s_hyphenPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "extra", "hyper", "inter", "intra", "macro",
        "micro", "mid", "mini", "multi", "neo", "non", "over", "pan", "post", "pre", "pro", "pseudo", "re", "semi",
        "socio", "sub", "super", "trans", "tri", "ultra", "un", "uni", "vice", "quasi", "meta", "mis", "out", "psycho",
        "uh", "mm", "um", "hm", "oh", "ha", "huh",
    ]);

    // Contractions UD splits inside one orthographic word: "gonna" is "gon" + "na".
    private static readonly FrozenDictionary<string, int> s_fusedWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["gonna"] = 3,
        ["wanna"] = 3,
        ["gotta"] = 3,
        ["cannot"] = 3,
        ["gimme"] = 3,
        ["lemme"] = 3,
        ["dunno"] = 2,
        ["outta"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviationLookup =
        s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Headlines and tickers shout: "CELLULAR COMMUNICATIONS INC." — the capitalised entries, in any case.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_upperCaseLookup =
        s_abbreviations.Where(a => char.IsUpper(a[0]) && !a.Contains('.', StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLookup =
        s_titleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personalTitleLookup =
        s_personalTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_beforeNumberLookup =
        s_abbreviationsBeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prefixLookup =
        s_hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_fusedLookup =
        s_fusedWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= 7 && (s_abbreviationLookup.Contains(word) || (word.Length >= 2 && IsAllUpper(word) && s_upperCaseLookup.Contains(word)));

    private static bool IsAllUpper(ReadOnlySpan<char> word) => CharClasses.AllInRange(word, 'A', 'Z');

    public static bool IsTitleAbbreviation(ReadOnlySpan<char> word) => word.Length <= 6 && s_titleLookup.Contains(word);

    public static bool IsPersonalTitle(ReadOnlySpan<char> word) => word.Length <= 6 && s_personalTitleLookup.Contains(word);

    public static bool IsAbbreviationBeforeNumber(ReadOnlySpan<char> word) => word.Length <= 4 && s_beforeNumberLookup.Contains(word);

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => word.Length <= 7 && s_prefixLookup.Contains(word);

    /// <summary>Length of the first part of a fused contraction, or 0 when <paramref name="word"/> is not one.</summary>
    public static int FusedFirstPartLength(ReadOnlySpan<char> word) =>
        word.Length is >= 5 and <= 6 && s_fusedLookup.TryGetValue(word, out int length) ? length : 0;
}
