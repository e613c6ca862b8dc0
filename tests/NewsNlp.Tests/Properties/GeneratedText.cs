using CsCheck;

namespace NewsNlp.Tests.Properties;

/// <summary>Generators of hostile text: every character class the tokenizer has a rule for, and the ones it has not.</summary>
internal static class GeneratedText
{
    private static readonly char[] s_interesting =
    [
        ' ', ' ', ' ', '\n', '\n', '\t', '\r', '\u00A0', '\u200B', '.', '.', ',', '!', '?', ';', ':', '"', '\'', '`',
        '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '(', ')', '[', ']', '-', '-', '\u2014', '\u2013', '\u2026',
        '@', '#', '$', '\u20AC', '%', '&', '/', '\\', '*', '=', '_', '+', '<', '>', '|', '~', '^',
        '\uD83D', '\uDC4D', '\uD83C', '\uDFFD', '\u200D', '\uFE0F', '\u0301', '\u05D0', '\u0627', '\u0000', '\u0007', '\uFEFF',
        'e', 'm', 'n', 't', 's', 'M', 'r', 'U', 'S', 'J', 'h', 'w', 'p', 'x', 'i', 'v',
    ];

    /// <summary>Characters drawn mostly from the rule-relevant set, with letters and digits mixed in.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (4, Gen.OneOf(s_interesting)),
        (4, Gen.Char['a', 'z']),
        (1, Gen.Char['A', 'Z']),
        (1, Gen.Char['0', '9']),
        (1, Gen.Char));

    /// <summary>Strings of up to 300 such characters.</summary>
    public static readonly Gen<string> Text = Char.Array[0, 300].Select(chars => new string(chars));

    /// <summary>Words and marks that trigger the tokenizer's and splitter's rules.</summary>
    public static readonly string[] Vocabulary =
    [
            "Mr.", "U.S.", "don't", "Smith's", "O'Brien", "$4.5bn", "3.2%", "1,000", "1990s", "e.g.", "J.", "https://x.com/a?b=(1)",
            "desk@example.org", "@wire", "#tag", "“Stop.”", "\"Yes,\"", "she", "said", "—", "...", "…", "1.", "a)", "(iv)",
            "long-term", "anti-war", "555-0123", "gonna", "cannot", "world.Today", "INC.", "\n", "\n\n", "👍🏽", "🇵🇹", ":)", "‘quoted’",
    ];

    /// <summary>Plausible words and marks joined by spaces, so that rules fire on word boundaries too.</summary>
    public static readonly Gen<string> Words = Gen.OneOf(Vocabulary).Array[0, 60].Select(words => string.Join(' ', words));

    /// <summary>A deterministic word sequence for tests that need the same texts every run.</summary>
    public static string WordsFromSeed(int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, random.Next(1, 80)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
    }
}
