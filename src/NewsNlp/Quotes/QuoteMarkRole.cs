namespace NewsNlp.Quotes;

/// <summary>What a quote-mark character does where it stands.</summary>
internal enum QuoteMarkRole : byte
{
    /// <summary>Not a quote mark here: an apostrophe.</summary>
    Apostrophe,

    /// <summary>Opens a quotation.</summary>
    Opening,

    /// <summary>Closes a quotation.</summary>
    Closing,

    /// <summary>A straight mark whose surroundings do not tell: it closes an open quotation, else opens one.</summary>
    Either,
}
