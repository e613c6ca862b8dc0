using NewsNlp.Quotes;

namespace NewsNlp.Training.Quotes;

/// <summary>
/// Builds the quote model's word lists: the GenderGapTracker reporting verbs (MIT) plus forms news uses that the
/// list lacks, and the @stdlib female and male first names (PDDL/CC0) for he/she agreement.
/// </summary>
internal static class QuoteLexiconBuilder
{
    // Reporting verbs common in news that the GenderGapTracker list does not have.
    private static readonly string[] s_extraVerbs =
    [
        "ask", "asked", "asks", "asking", "stress", "stressed", "stresses", "urge", "urged", "urges", "recall", "recalled",
        "recalls", "complain", "complained", "complains", "shout", "shouted", "whisper", "whispered", "joke", "joked",
        "concede", "conceded", "concedes", "vow", "vowed", "vows", "pledge", "pledged", "promise", "promised", "caution",
        "cautioned", "observe", "observed", "remark", "remarked", "quip", "quipped", "boast", "boasted", "lament", "lamented",
        "deny", "denied", "denies", "counter", "countered", "retort", "retorted", "post", "posted", "plead", "pleaded",
        "acknowledge", "acknowledged", "acknowledges", "allege", "alleged", "alleges", "emphasise", "emphasised",
        "emphasize", "emphasized", "reiterate", "reiterated", "recount", "recounted", "tell", "wrote", "answer", "answered",
        "cry", "cried", "sigh", "sighed", "laugh", "laughed", "snap", "snapped", "yell", "yelled", "scream", "screamed",
    ];

    public static string Build(string corporaFolder)
    {
        string resources = Path.Combine(corporaFolder, "quote-attribution", "resources", "gendergaptracker", "quote_verb_list.txt");
        string names = Path.Combine(corporaFolder, "gazetteers", "stdlib-first-names-en");
        IEnumerable<string> verbs = File.ReadLines(resources).Concat(s_extraVerbs);
        return QuoteLexicon.Format(verbs, File.ReadLines(Path.Combine(names, "female", "names.txt")), File.ReadLines(Path.Combine(names, "male", "names.txt")));
    }

    public static QuoteLexicon Parse(string text)
    {
        using var reader = new StringReader(text);
        return QuoteLexicon.Parse(reader);
    }
}
