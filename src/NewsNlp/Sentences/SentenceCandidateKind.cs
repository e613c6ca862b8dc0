namespace NewsNlp.Sentences;

/// <summary>Why a token gap may be a sentence boundary.</summary>
internal enum SentenceCandidateKind
{
    /// <summary>After ". ! ? …" (and any closing quotes or brackets touching it).</summary>
    Terminal = 1,

    /// <summary>After a word that ends in a period: "Inc.", "U.S.", "J.".</summary>
    Abbreviation = 2,

    /// <summary>No punctuation, but the next word is capitalised or a number: web text and e-mail often drop the period.</summary>
    Unpunctuated = 3,

    /// <summary>After ":" or ";" before a capitalised word, a number or a quote mark.</summary>
    Colon = 4,

    /// <summary>After the comma of a letter's closing before a capitalised word: "Regards, Debra", "Sincerely, Traci".</summary>
    SignOff = 5,
}
