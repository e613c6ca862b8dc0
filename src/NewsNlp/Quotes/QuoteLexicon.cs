using System.Globalization;
using System.Text;
using System.Collections.Frozen;

namespace NewsNlp.Quotes;

/// <summary>
/// The word lists attribution consults: reporting verbs (the GenderGapTracker list plus NewsNlp's additions) and
/// first names by gender (for he/she). Training writes them into the quote model zip, so a model and the lists
/// its features were computed with travel together.
/// </summary>
internal sealed class QuoteLexicon
{
    /// <summary>The zip entry that holds the lexicon.</summary>
    public const string EntryName = "quote-lexicon.txt";

    // Reporting-verb forms that are as often nouns: a verb only where no determiner stands before them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_alsoNouns = Lookup([
        "note", "notes", "report", "reports", "comment", "comments", "claim", "claims", "point", "points", "release",
        "releases", "present", "presents", "finding", "finds", "tweet", "tweets", "post", "posts", "answer", "cry",
        "warning", "reply", "replies", "state", "states", "estimates", "statement", "promise", "pledge", "vow", "counter",
        "caution", "remark", "boast", "plea", "advise", "order", "tell", "cries", "laugh", "sigh", "snap", "think"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners = Lookup([
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "one", "each",
        "every", "no", "any", "some"]);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _female;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _male;

    private QuoteLexicon(IEnumerable<string> verbs, IEnumerable<string> female, IEnumerable<string> male)
    {
        _verbs = Lookup(verbs);
        _female = Lookup(female);
        _male = Lookup(male);
    }

    /// <summary>Reads sections <c>[reporting-verbs]</c>, <c>[female-names]</c> and <c>[male-names]</c>, one word per line.</summary>
    public static QuoteLexicon Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["reporting-verbs"] = [], ["female-names"] = [], ["male-names"] = [],
        };
        List<string>? current = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = sections.GetValueOrDefault(line[1..^1]);
                continue;
            }

            current?.Add(line);
        }

        return new QuoteLexicon(sections["reporting-verbs"], sections["female-names"], sections["male-names"]);
    }

    /// <summary>Writes the format <see cref="Parse"/> reads.</summary>
    public static string Format(IEnumerable<string> verbs, IEnumerable<string> female, IEnumerable<string> male)
    {
        var text = new System.Text.StringBuilder();
        Section("reporting-verbs", verbs);
        Section("female-names", female);
        Section("male-names", male);
        return text.ToString();

        void Section(string name, IEnumerable<string> words)
        {
            text.Append('[').Append(name).Append("]\n");
            foreach (string word in words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                text.Append(word).Append('\n');
            }
        }
    }

    /// <summary>Whether the word is a reporting verb form ("said", "told", "warns").</summary>
    public bool IsReportingVerb(ReadOnlySpan<char> word) => _verbs.Contains(word);

    /// <summary>Whether a reporting-verb form is as often a noun ("note", "report").</summary>
    public static bool IsAlsoNoun(ReadOnlySpan<char> word) => s_alsoNouns.Contains(word);

    /// <summary>Whether the word is a determiner or possessive that can start a noun phrase.</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => s_determiners.Contains(word);

    /// <summary>What a first name says about its bearer's gender, when the lists know it and agree.</summary>
    public Gender GenderOf(ReadOnlySpan<char> firstName)
    {
        Gender gender = GenderOfExactly(firstName);
        if (gender != Gender.Unknown || firstName.IsEmpty || !firstName.ContainsAnyExceptInRange('\u0000', '\u007F'))
        {
            return gender;
        }

        // The lists spell most names without accents: "Hélène" is found as "Helene", "José" as "Jose".
        string plain = firstName.ToString().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(plain.Length);
        foreach (char c in plain)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(c);
            }
        }

        return GenderOfExactly(letters.ToString());
    }

    private Gender GenderOfExactly(ReadOnlySpan<char> firstName)
    {
        bool female = _female.Contains(firstName);
        bool male = _male.Contains(firstName);
        return female == male ? Gender.Unknown : female ? Gender.Female : Gender.Male;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
