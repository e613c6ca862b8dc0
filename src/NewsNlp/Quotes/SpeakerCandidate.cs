namespace NewsNlp.Quotes;

/// <summary>A mention that might have said a quotation.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="FirstToken">Its first token (-1 for <see cref="SpeakerKind.None"/>).</param>
/// <param name="LastToken">Its last token, inclusive.</param>
/// <param name="Sentence">The sentence it is in.</param>
internal readonly record struct SpeakerCandidate(SpeakerKind Kind, int FirstToken, int LastToken, int Sentence)
{
    public static SpeakerCandidate NoOne => new(SpeakerKind.None, -1, -1, -1);
}
