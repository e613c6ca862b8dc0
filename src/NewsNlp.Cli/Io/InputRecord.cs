using System.Text.Json;

namespace NewsNlp.Cli.Io;

/// <summary>One input document, or the reason its line was rejected.</summary>
/// <param name="LineNumber">1-based line number in the input (1 for a plain text file).</param>
/// <param name="Id">The <c>id</c> value as given, if any.</param>
/// <param name="Text">The text to analyse; <see langword="null"/> when the line was rejected.</param>
/// <param name="Error">Why the line was rejected, or <see langword="null"/>.</param>
internal sealed record InputRecord(long LineNumber, JsonElement? Id, string? Text, string? Error);
