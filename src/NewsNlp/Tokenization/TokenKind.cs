namespace NewsNlp.Tokenization;

/// <summary>What a <see cref="Token"/> is, as decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, abbreviation ("Mr.", "U.S."), clitic ("n't", "'s") or unit ("bn").</summary>
    Word,

    /// <summary>A number: "1,000", "3.2", "1990s", "21st", "10:30", "11/28/2000".</summary>
    Number,

    /// <summary>Punctuation other than quote marks: ". , ; : ! ? … ( ) [ ] — –".</summary>
    Punctuation,

    /// <summary>A quote mark: straight or curly, single or double, guillemets; also a trailing apostrophe ("Jones'").</summary>
    QuoteMark,

    /// <summary>A symbol: currency, "%", "&amp;", "+", emoji, emoticons and anything else that is neither word nor punctuation.</summary>
    Symbol,

    /// <summary>A URL: "https://example.com/a?b=c", "www.example.org".</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle: "@newsdesk".</summary>
    Mention,

    /// <summary>A hashtag: "#election2026".</summary>
    Hashtag,
}
