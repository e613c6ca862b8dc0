namespace NewsNlp.Entities;

/// <summary>
/// What the document-wide entity passes ask of every token, one byte per token, set while the sentences are tagged
/// (from the word cache, not the text): a scan for, say, an untagged capitalised word then reads two byte arrays many
/// tokens at a time instead of each token's kind and first character.
/// </summary>
[Flags]
internal enum WordCase : byte
{
    /// <summary>Not a word token.</summary>
    None = 0,

    /// <summary>A word token (<see cref="Tokenization.TokenKind.Word"/>).</summary>
    Word = 1,

    /// <summary>A word token whose first character is upper case (<see cref="NameWords.IsCapitalisedWord"/>).</summary>
    Capitalised = 2,

    /// <summary>A word token whose first character is lower case.</summary>
    Lowercase = 4,
}
