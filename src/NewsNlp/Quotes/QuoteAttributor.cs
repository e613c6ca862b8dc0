using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Quotes;

/// <summary>
/// The quotation stage: finds quotations (<see cref="QuoteScanner"/>, <see cref="QuotationFilter"/>) and, for each,
/// ranks its candidate speakers (<see cref="SpeakerCandidates"/>) with the ML.NET-trained logistic regression over
/// <see cref="SpeakerFeatures"/>; the best one — which may be "no one" — is its speaker, named by
/// <see cref="SpeakerNames"/>, with the cue <see cref="QuoteCues"/> finds.
/// </summary>
internal sealed class QuoteAttributor : IAnalysisStage
{
    private readonly QuoteModel _model;

    public QuoteAttributor(QuoteModel model)
    {
        _model = model;
    }

    public void Process(AnalysisState state, CancellationToken cancellationToken)
    {
        if (state.Sentences.Count == 0 || state.Text.AsSpan().IndexOfAny(QuoteMarks.All) < 0)
        {
            return; // most paragraphs of news quote no one: nothing is built for them
        }

        var spans = new List<QuoteSpan>();
        QuoteScanner.Find(state.Text, spans);
        if (spans.Count == 0)
        {
            return;
        }

        var document = new QuoteDocument(state.Text, state.TokenMemory, state.Sentences, state.Entities, _model.Lexicon);
        QuoteDetector.Detect(document, spans);
        Attribute(document, _model.Weights, state.Quotes, cancellationToken);
    }

    /// <summary>Attributes every quotation of <paramref name="document"/> and adds the results to <paramref name="quotes"/>.</summary>
    public static void Attribute(QuoteDocument document, LinearModel model, List<Quote> quotes, CancellationToken cancellationToken = default)
    {
        int firstQuote = quotes.Count;
        var candidates = new List<SpeakerCandidate>();
        Span<int> buffer = stackalloc int[SpeakerFeatures.MaxFeatures];
        SpeakerCandidate? previousSpeaker = null;
        Quote? previous = null;
        for (int q = 0; q < document.Quotations.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Quotation quotation = document.Quotations[q];
            int previousQuote = Reachable(document, q);
            candidates.Clear();
            SpeakerCandidates.Find(document, q, previousQuote >= 0 ? previousSpeaker : null, candidates);
            int best = 0;
            float bestScore = float.NegativeInfinity;
            for (int c = 0; c < candidates.Count; c++)
            {
                var features = new FeatureList(buffer);
                SpeakerFeatures.Extract(document, q, previousQuote, candidates, c, ref features);
                float score = model.Score(buffer[..features.Count]);
                if (score > bestScore)
                {
                    (best, bestScore) = (c, score);
                }
            }

            SpeakerCandidate chosen = candidates[best];
            string content = document.Text[quotation.Span.ContentStart..quotation.Span.ContentEnd];
            Quote quote;
            if (chosen.Kind == SpeakerKind.None)
            {
                quote = new Quote(quotation.Span.ContentStart, quotation.Span.ContentEnd, content, null, null);
                previousSpeaker = null;
            }
            else if (chosen.Kind == SpeakerKind.PreviousSpeaker && previous is not null)
            {
                quote = new Quote(quotation.Span.ContentStart, quotation.Span.ContentEnd, content, previous.Speaker, previous.Cue);
            }
            else
            {
                chosen = ApposedPerson(document, chosen, candidates);
                if (chosen.Kind == SpeakerKind.Person)
                {
                    chosen = chosen with { FirstToken = SpeakerNames.WithoutTitle(document, chosen.FirstToken, chosen.LastToken) };
                }

                var speaker = new QuoteSpeaker(
                    document.Tokens[chosen.FirstToken].Start, document.Tokens[chosen.LastToken].End,
                    SpeakerNames.Text(document, chosen.FirstToken, chosen.LastToken), SpeakerNames.Resolve(document, chosen, quotes, firstQuote));
                (int cueFirst, int cueLast) = QuoteCues.Find(document, chosen, quotation);
                QuoteCue? cue = cueFirst < 0 ? null : new QuoteCue(
                    document.Tokens[cueFirst].Start, document.Tokens[cueLast].End, SpeakerNames.Text(document, cueFirst, cueLast));
                quote = new Quote(quotation.Span.ContentStart, quotation.Span.ContentEnd, content, speaker, cue);
                previousSpeaker = chosen;
            }

            quotes.Add(quote);
            previous = quote;
        }

        TakeSpeakerFromContinuation(document, quotes, firstQuote);
    }

    /// <summary>
    /// A noun phrase with a person's name set beside it ("declared the union's president, Marlene Sousa.") is said by
    /// the named person: the name is the speaker mention, the phrase only describes her.
    /// </summary>
    private static SpeakerCandidate ApposedPerson(QuoteDocument document, SpeakerCandidate chosen, List<SpeakerCandidate> candidates)
    {
        if (chosen.Kind != SpeakerKind.Nominal || chosen.LastToken + 2 >= document.Tokens.Length || document.Word(chosen.LastToken + 1) is not ",")
        {
            return chosen;
        }

        foreach (SpeakerCandidate candidate in candidates)
        {
            if (candidate.Kind == SpeakerKind.Person && candidate.FirstToken == chosen.LastToken + 2
                && (candidate.LastToken + 1 == document.Tokens.Length || document.Word(candidate.LastToken + 1) is "," or "." or ";"))
            {
                return candidate;
            }
        }

        return chosen;
    }

    /// <summary>
    /// A quotation that runs on into the next paragraph is one quotation: a paragraph of it with no attribution of its
    /// own takes the speaker and cue the rest of it is given ("“They went from house to house. / “We buried 23
    /// people,” he told Reuters.").
    /// </summary>
    private static void TakeSpeakerFromContinuation(QuoteDocument document, List<Quote> quotes, int firstQuote)
    {
        for (int q = document.Quotations.Count - 2; q >= 0; q--)
        {
            Quotation quotation = document.Quotations[q];
            if (quotation.Span.CloseMark < 0 && !document.HasOwnAttribution(q))
            {
                Quote next = quotes[firstQuote + q + 1];
                quotes[firstQuote + q] = quotes[firstQuote + q] with { Speaker = next.Speaker, Cue = next.Cue };
            }
        }
    }

    /// <summary>The quotation before <paramref name="quote"/> when it is in the same or the previous paragraph, else -1.</summary>
    public static int Reachable(QuoteDocument document, int quote)
    {
        if (quote == 0)
        {
            return -1;
        }

        int paragraph = document.Paragraph(document.Quotations[quote].OpenSentence);
        int previousParagraph = document.Paragraph(document.Quotations[quote - 1].CloseSentence);
        return paragraph - previousParagraph <= 1 ? quote - 1 : -1;
    }
}
