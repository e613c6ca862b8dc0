namespace NewsNlp;

/// <summary>A named entity mention: a person, organisation or place.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Label">What kind of entity it is.</param>
/// <param name="Text">The mention's text, <c>document.Text[Start..End]</c>.</param>
public sealed record Entity(int Start, int End, EntityLabel Label, string Text);
