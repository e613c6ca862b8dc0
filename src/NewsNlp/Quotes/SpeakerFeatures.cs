using NewsNlp.Models;
using NewsNlp.Tokenization;

namespace NewsNlp.Quotes;

/// <summary>
/// The features of one (quotation, candidate speaker) pair, shared by training and inference: what the candidate
/// is, where it stands relative to the quotation (side, sentence, paragraph, distance, how many candidates lie
/// between), the reporting verbs and words around it, how the quotation is punctuated ("…,” said X" and
/// "X said: “…”"), and for the previous speaker and "no one" whether the quotation has an attribution of its own.
/// </summary>
internal static class SpeakerFeatures
{
    /// <summary>Bumped whenever the features change; a model trained with another version is refused.</summary>
    public const int Version = 1;

    /// <summary>Hashed feature space (2^18).</summary>
    public const int Dimension = 1 << 18;

    /// <summary>Most features one pair produces.</summary>
    public const int MaxFeatures = 48;

    private enum Template
    {
        Bias = 1, KindSideRelation, Distance, Rank, WordBefore, WordAfter, VerbAfter, VerbBefore, AccordingTo,
        VerbBetween, QuoteBetween, SentenceInitial, ClosingPunctuation, OpeningPunctuation, Head, Pronoun, MultiWord,
        OwnAttribution, PreviousSameParagraph, PreviousRunsOn, SentencesSincePrevious, StartsParagraph, WordBeforeColon,
        Headline, People, VerbAfterWord, VerbBeforeWord, SideDistance, FirstOnSide,
    }

    /// <summary>Writes the features of candidate <paramref name="candidate"/> of <paramref name="candidates"/> for quotation <paramref name="quoteIndex"/>.</summary>
    /// <remarks><paramref name="previousQuote"/> is the quotation before this one when it is within reach, else -1: the previous-speaker candidate looks at it.</remarks>
    public static void Extract<TSink>(QuoteDocument document, int quoteIndex, int previousQuote, List<SpeakerCandidate> candidates, int candidate, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        Quotation quote = document.Quotations[quoteIndex];
        SpeakerCandidate c = candidates[candidate];
        int kind = (int)c.Kind;
        bool ownAttribution = document.HasOwnAttribution(quoteIndex);
        Add(ref sink, Hash(Template.Bias, kind));
        Add(ref sink, Hash(Template.OwnAttribution, kind, ownAttribution ? 1 : 0));
        int closing = ClosingPunctuation(document, quote);
        int opening = OpeningPunctuation(document, quote);

        if (c.Kind == SpeakerKind.None)
        {
            Add(ref sink, Hash(Template.Headline, kind, quote.OpenSentence == 0 ? 1 : 0));
            Add(ref sink, Hash(Template.ClosingPunctuation, kind, closing));
            Add(ref sink, Hash(Template.OpeningPunctuation, kind, opening));
            int people = 0;
            foreach (SpeakerCandidate other in candidates)
            {
                people += other.Kind is SpeakerKind.Person or SpeakerKind.PersonalPronoun or SpeakerKind.Nominal ? 1 : 0;
            }

            Add(ref sink, Hash(Template.People, kind, Math.Min(people, 3)));
            if (opening == ':' && quote.FirstToken >= 2)
            {
                Add(ref sink, HashWord(Template.WordBeforeColon, kind, document.Word(quote.FirstToken - 2)));
            }

            return;
        }

        if (c.Kind == SpeakerKind.PreviousSpeaker)
        {
            if (previousQuote >= 0)
            {
                Quotation previous = document.Quotations[previousQuote];
                bool sameParagraph = document.Paragraph(previous.CloseSentence) == document.Paragraph(quote.OpenSentence);
                Add(ref sink, Hash(Template.PreviousSameParagraph, kind, sameParagraph ? 1 : 0, ownAttribution ? 1 : 0));
                Add(ref sink, Hash(Template.PreviousRunsOn, kind, previous.Span.CloseMark < 0 ? 1 : 0));
                Add(ref sink, Hash(Template.SentencesSincePrevious, kind, Math.Min(quote.OpenSentence - previous.CloseSentence, 3), ownAttribution ? 1 : 0));
            }

            bool startsParagraph = quote.OpenSentence == 0 || document.Sentences[quote.OpenSentence].FirstToken == quote.FirstToken
                && document.Paragraph(quote.OpenSentence) != document.Paragraph(quote.OpenSentence - 1);
            Add(ref sink, Hash(Template.StartsParagraph, kind, startsParagraph ? 1 : 0));
            Add(ref sink, Hash(Template.ClosingPunctuation, kind, closing, ownAttribution ? 1 : 0));
            return;
        }

        int side = c.LastToken < quote.FirstToken ? 0 : 1;
        int relation = c.Sentence < quote.OpenSentence
            ? (document.Paragraph(c.Sentence) == document.Paragraph(quote.OpenSentence) ? 1 + Math.Min(quote.OpenSentence - c.Sentence, 2) : 4)
            : c.Sentence > quote.CloseSentence ? 5 : 0;
        int distance = Bucket(SpeakerCandidates.Distance(quote, c));
        int rank = Rank(candidates, candidate, quote, side);
        Add(ref sink, Hash(Template.KindSideRelation, kind, side, relation));
        Add(ref sink, Hash(Template.Distance, kind, side, distance));
        Add(ref sink, Hash(Template.SideDistance, side, relation, distance));
        Add(ref sink, Hash(Template.Rank, kind, side, Math.Min(rank, 3)));
        Add(ref sink, Hash(Template.FirstOnSide, side, relation, rank == 0 ? 1 : 0));
        Add(ref sink, Hash(Template.ClosingPunctuation, kind, side, relation * 256 + closing));
        Add(ref sink, Hash(Template.OpeningPunctuation, kind, side, relation * 256 + opening));

        ReadOnlySpan<Token> tokens = document.Tokens;
        if (c.FirstToken > 0)
        {
            Add(ref sink, HashWord(Template.WordBefore, kind, document.Word(c.FirstToken - 1)));
        }

        if (c.LastToken + 1 < tokens.Length)
        {
            Add(ref sink, HashWord(Template.WordAfter, kind, document.Word(c.LastToken + 1)));
        }

        int sentenceEnd = document.Sentences[c.Sentence].EndToken;
        int verbAfter = VerbAfter(document, c.LastToken + 1, sentenceEnd);
        if (verbAfter >= 0)
        {
            Add(ref sink, Hash(Template.VerbAfter, kind, side, Bucket(verbAfter - c.LastToken)));
            Add(ref sink, HashWord(Template.VerbAfterWord, kind, document.Word(verbAfter)));
        }

        int sentenceStart = document.Sentences[c.Sentence].FirstToken;
        int verbBefore = VerbBefore(document, c.FirstToken - 1, sentenceStart);
        if (verbBefore >= 0)
        {
            Add(ref sink, Hash(Template.VerbBefore, kind, side, Bucket(c.FirstToken - verbBefore)));
            Add(ref sink, HashWord(Template.VerbBeforeWord, kind, document.Word(verbBefore)));
        }

        if (QuoteCues.AccordingToBefore(document, c.FirstToken) >= 0)
        {
            Add(ref sink, Hash(Template.AccordingTo, kind, side));
        }

        (int from, int to) = side == 0 ? (c.LastToken + 1, quote.FirstToken) : (quote.LastToken + 1, c.FirstToken);
        bool verbBetween = false;
        bool quoteBetween = false;
        for (int t = from; t < to; t++)
        {
            int inside = document.QuotationAt(t);
            if (inside >= 0)
            {
                quoteBetween = true;
                t = document.Quotations[inside].LastToken;
                continue;
            }

            verbBetween |= document.IsReportingVerb(t) || document.IsAccordingTo(t);
        }

        Add(ref sink, Hash(Template.VerbBetween, kind, side, (verbBetween ? 1 : 0) + (relation == 0 ? 2 : 0)));
        Add(ref sink, Hash(Template.QuoteBetween, kind, side, quoteBetween ? 1 : 0));
        bool initial = c.FirstToken == sentenceStart || tokens[c.FirstToken - 1].Kind == TokenKind.QuoteMark;
        Add(ref sink, Hash(Template.SentenceInitial, kind, side, initial ? 1 : 0));

        switch (c.Kind)
        {
            case SpeakerKind.Nominal:
                Add(ref sink, HashWord(Template.Head, kind, document.Word(c.LastToken)));
                break;
            case SpeakerKind.PersonalPronoun or SpeakerKind.GroupPronoun:
                Add(ref sink, HashWord(Template.Pronoun, side, document.Word(c.FirstToken)));
                break;
            case SpeakerKind.Person or SpeakerKind.Organization:
                Add(ref sink, Hash(Template.MultiWord, kind, c.LastToken > c.FirstToken ? 1 : 0));
                break;
        }
    }

    /// <summary>
    /// The first reporting verb after <paramref name="from"/> in the sentence: within eight tokens ("Kwame Asante of
    /// the University of Ghana wrote"), or twelve across an apposition ("Nakato, a local councillor, said"); -1 if none.
    /// </summary>
    public static int VerbAfter(QuoteDocument document, int from, int end)
    {
        bool apposition = from < end && document.Word(from) is ",";
        int reach = apposition ? 12 : 8;
        for (int t = from; t < end && t - from < reach; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.QuoteMark || IsClauseEnd(document, t))
            {
                return -1;
            }

            if (document.IsReportingVerb(t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// The nearest reporting verb before <paramref name="from"/> in the sentence, within eight tokens (titles and an
    /// apposition may stand between: "said the African Union envoy, Amadou Sangaré"); -1 if none.
    /// </summary>
    public static int VerbBefore(QuoteDocument document, int from, int start)
    {
        for (int t = from; t >= start && from - t < 8; t--)
        {
            if (document.Tokens[t].Kind == TokenKind.QuoteMark || IsClauseEnd(document, t))
            {
                return -1;
            }

            if (document.IsReportingVerb(t))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool IsClauseEnd(QuoteDocument document, int token) =>
        document.Tokens[token].Kind == TokenKind.Punctuation && document.Word(token) is "." or ":" or ";" or "!" or "?" or "—" or "(" or ")";

    /// <summary>How many real mentions lie between the candidate and the quotation.</summary>
    private static int Rank(List<SpeakerCandidate> candidates, int candidate, Quotation quote, int side)
    {
        SpeakerCandidate c = candidates[candidate];
        int rank = 0;
        foreach (SpeakerCandidate other in candidates)
        {
            if (other.Kind is SpeakerKind.None or SpeakerKind.PreviousSpeaker || other == c)
            {
                continue;
            }

            bool between = side == 0
                ? other.FirstToken > c.LastToken && other.LastToken < quote.FirstToken
                : other.FirstToken > quote.LastToken && other.LastToken < c.FirstToken;
            rank += between ? 1 : 0;
        }

        return rank;
    }

    /// <summary>The last character of the content (",", ".", "?", "!", or 0 for anything else).</summary>
    private static int ClosingPunctuation(QuoteDocument document, Quotation quote)
    {
        char last = document.Text[quote.Span.ContentEnd - 1];
        int close = quote.Span.CloseMark;
        char after = close >= 0 && close + 1 < document.Text.Length ? document.Text[close + 1] : '\0';
        char mark = last is ',' or '.' or '?' or '!' or '…' or '-' or '—' ? last : after is ',' ? ',' : '\0';
        return mark + (close < 0 ? 1024 : 0);
    }

    /// <summary>The non-space character before the opening mark (":" or "," when a speaker introduces it), or 0 at a sentence start.</summary>
    private static int OpeningPunctuation(QuoteDocument document, Quotation quote)
    {
        int i = quote.Span.OpenMark - 1;
        while (i >= 0 && document.Text[i] is ' ' or '\u00A0')
        {
            i--;
        }

        if (i < 0 || document.Text[i] == '\n' || document.Sentences[quote.OpenSentence].FirstToken == quote.FirstToken)
        {
            return 0;
        }

        char c = document.Text[i];
        return c is ':' or ',' or '—' or '-' or '(' ? c : 'w';
    }

    private static int Bucket(int distance) => distance switch
    {
        <= 3 => distance,
        <= 5 => 4,
        <= 8 => 5,
        <= 12 => 6,
        <= 20 => 7,
        _ => 8,
    };

    private static uint Hash(Template template, int a) => FeatureHasher.MixValue(FeatureHasher.Begin((int)template), a);

    private static uint Hash(Template template, int a, int b) => FeatureHasher.MixValue(Hash(template, a), b);

    private static uint Hash(Template template, int a, int b, int c) => FeatureHasher.MixValue(Hash(template, a, b), c);

    private static uint HashWord(Template template, int a, ReadOnlySpan<char> word) => FeatureHasher.MixLower(Hash(template, a), word);

    private static void Add<TSink>(ref TSink sink, uint hash)
        where TSink : IFeatureSink, allows ref struct => sink.Add(FeatureHasher.Index(hash, Dimension));
}
