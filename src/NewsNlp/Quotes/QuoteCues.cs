namespace NewsNlp.Quotes;

/// <summary>
/// Finds the reporting verb or phrase that links a speaker to a quotation: "according to" just before the speaker,
/// else the nearest reporting verb beside it in its sentence ("Okafor said", "said Okafor", "Nakato, a
/// councillor, said"), widened to "was quoted as saying".
/// </summary>
internal static class QuoteCues
{
    /// <summary>The cue's first and last token for a speaker mention, or (-1, -1) when nothing links it.</summary>
    public static (int First, int Last) Find(QuoteDocument document, SpeakerCandidate speaker, Quotation quotation)
    {
        int according = AccordingToBefore(document, speaker.FirstToken);
        if (according >= 0)
        {
            return (according, according + 1);
        }

        int between = VerbBetween(document, speaker, quotation);
        if (between >= 0)
        {
            return Widen(document, between);
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

        return Widen(document, verb);
    }

    /// <summary>
    /// In the quotation's own sentence, the reporting verb between the speaker and the quotation nearest the speaker:
    /// "“…,” declared the union's president, Marlene Sousa"; "Mavridis cut short a visit and wrote on social media: “…”".
    /// </summary>
    private static int VerbBetween(QuoteDocument document, SpeakerCandidate speaker, Quotation quotation)
    {
        if (speaker.Sentence < quotation.OpenSentence || speaker.Sentence > quotation.CloseSentence)
        {
            return -1;
        }

        if (speaker.LastToken < quotation.FirstToken)
        {
            for (int t = speaker.LastToken + 1; t < quotation.FirstToken && t - speaker.LastToken <= 16; t++)
            {
                if (document.IsReportingVerb(t))
                {
                    return t;
                }
            }
        }
        else
        {
            for (int t = speaker.FirstToken - 1; t > quotation.LastToken && speaker.FirstToken - t <= 16; t--)
            {
                if (document.IsReportingVerb(t))
                {
                    return t;
                }
            }
        }

        return -1;
    }

    /// <summary>The cue's tokens for the verb at <paramref name="verb"/>: widened to "was quoted as saying".</summary>
    private static (int First, int Last) Widen(QuoteDocument document, int verb)
    {
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

    /// <summary>Where "according to" starts when it stands just before <paramref name="token"/>, a determiner or titles allowed between ("according to the ministry"); -1 if it does not.</summary>
    public static int AccordingToBefore(QuoteDocument document, int token)
    {
        int before = token - 1;
        while (before >= 0 && token - before <= 3 && Entities.EntityLexicon.IsPersonTitle(document.Word(before)))
        {
            before--; // "according to Finance Minister X": the title was left out of the speaker
        }

        if (before >= 0 && QuoteLexicon.IsDeterminer(document.Word(before)))
        {
            before--;
        }

        return before >= 1 && document.IsAccordingTo(before - 1) ? before - 1 : -1;
    }

    private static bool Is(QuoteDocument document, int token, string word) =>
        document.Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
