namespace NewsNlp;

/// <summary>A direct quotation and, when the text says so, who said it.</summary>
/// <param name="Start">UTF-16 offset of the quotation's content, inside its quote marks.</param>
/// <param name="End">UTF-16 offset just past the content (exclusive), before the closing mark.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">The speaker mention, or <see langword="null"/> when the text attributes it to no one.</param>
/// <param name="Cue">The reporting verb or phrase, or <see langword="null"/>.</param>
public sealed record Quote(int Start, int End, string Text, QuoteSpeaker? Speaker, QuoteCue? Cue);
