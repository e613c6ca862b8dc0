namespace NewsNlp;

/// <summary>The reporting verb or phrase that attributes a quotation: "said", "told", "added", "according to".</summary>
/// <param name="Start">UTF-16 offset of the cue.</param>
/// <param name="End">UTF-16 offset just past the cue (exclusive).</param>
/// <param name="Text">The cue as written.</param>
public sealed record QuoteCue(int Start, int End, string Text);
