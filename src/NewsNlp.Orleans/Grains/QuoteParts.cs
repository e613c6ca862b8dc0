namespace NewsNlp.Orleans.Grains;

/// <summary>One <see cref="Quote"/> on the wire: its span and text, and the speaker and cue when there are any.</summary>
[GenerateSerializer]
[Immutable]
internal sealed class QuoteParts
{
    [Id(0)]
    public int Start { get; init; }

    [Id(1)]
    public int End { get; init; }

    [Id(2)]
    public required string Text { get; init; }

    /// <summary>Start and end of the speaker mention; empty when the quote is unattributed.</summary>
    [Id(3)]
    public int[] SpeakerSpan { get; init; } = [];

    [Id(4)]
    public string? SpeakerText { get; init; }

    [Id(5)]
    public string? SpeakerName { get; init; }

    /// <summary>Start and end of the cue; empty when there is none.</summary>
    [Id(6)]
    public int[] CueSpan { get; init; } = [];

    [Id(7)]
    public string? CueText { get; init; }

    public static QuoteParts From(Quote quote) => new()
    {
        Start = quote.Start,
        End = quote.End,
        Text = quote.Text,
        SpeakerSpan = quote.Speaker is { } s ? [s.Start, s.End] : [],
        SpeakerText = quote.Speaker?.Text,
        SpeakerName = quote.Speaker?.Name,
        CueSpan = quote.Cue is { } c ? [c.Start, c.End] : [],
        CueText = quote.Cue?.Text,
    };

    public Quote ToQuote() => new(
        Start,
        End,
        Text,
        SpeakerSpan is [int speakerStart, int speakerEnd] ? new QuoteSpeaker(speakerStart, speakerEnd, SpeakerText!, SpeakerName!) : null,
        CueSpan is [int cueStart, int cueEnd] ? new QuoteCue(cueStart, cueEnd, CueText!) : null);
}
