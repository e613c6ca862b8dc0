namespace NewsNlp.Quotes;

/// <summary>
/// Finds the reporting verb or phrase that links a speaker to a quotation: "according to" just before the speaker,
/// else the nearest reporting verb beside it in its sentence ("Okafor said", "said Okafor", "Nakato, a
/// councillor, said"), widened to "was quoted as saying".
/// </summary>
internal static class QuoteCues
{
    /// <summary>The cue's first and last token for a speaker mention, or (-1, -1) when nothing links it.</summary>
    public static (int First, int Last) Find(QuoteDocument document, SpeakerCandidate speaker)
    {
        if (speaker.FirstToken >= 2 && document.IsAccordingTo(speaker.FirstToken - 2))
        {
            return (speaker.FirstToken - 2, speaker.FirstToken - 1);
        }

        Sentence sentence = document.Sentences[speaker.Sentence];
        int after = SpeakerFeatures.VerbAfter(document, speaker.LastToken + 1, sentence.EndToken);
        int before = SpeakerFeatures.VerbBefore(document, speaker.FirstToken - 1, sentence.FirstToken);
        int verb = after < 0 ? before
            : before < 0 ? after
            : after - speaker.LastToken <= speaker.FirstToken - before ? after : before;
        if (verb < 0)
        {
            return (-1, -1);
        }

        // "was quoted as saying"
        int first = verb;
        if (verb >= 2 && Is(document, verb - 1, "as") && Is(document, verb - 2, "quoted"))
        {
            first = verb - 2;
            if (first >= 1 && (Is(document, first - 1, "was") || Is(document, first - 1, "is") || Is(document, first - 1, "were")))
            {
                first--;
            }
        }

        return (first, verb);
    }

    private static bool Is(QuoteDocument document, int token, string word) =>
        document.Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
