namespace NewsNlp;

/// <summary>Who a quotation is attributed to.</summary>
/// <param name="Start">UTF-16 offset of the speaker mention ("she", "a source", "Okafor").</param>
/// <param name="End">UTF-16 offset just past the mention (exclusive).</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Name">What the mention resolves to: the fullest name the document gives ("Maria Okafor"), or the mention itself.</param>
public sealed record QuoteSpeaker(int Start, int End, string Text, string Name);
