using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Quotes;

/// <summary>
/// Lists who might have said a quotation: the people, organisations and places, the pronouns, and the noun
/// phrases next to reporting verbs ("a source told", "said a spokesman") outside any quotation, from two sentences
/// before it (within the same or the previous paragraph) to the sentence after it; plus the previous quotation's
/// speaker and "no one".
/// </summary>
internal static class SpeakerCandidates
{
    /// <summary>Most candidates considered for one quotation: the nearest ones.</summary>
    public const int MaxCandidates = 24;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners = Set(
        "a", "an", "the", "one", "two", "three", "another", "its", "his", "her", "their", "our", "this", "that", "these",
        "those", "some", "several", "many", "most", "other", "each");

    // Words that end a noun phrase read rightwards from a reporting verb: "said a source close to the board".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_phraseEnders = Set(
        "for", "of", "at", "in", "on", "from", "with", "to", "close", "who", "which", "that", "and", "or", "but", "as", "by",
        "after", "before", "when", "while", "during", "about", "familiar", "briefed", "speaking", "said", "told");

    // Words between a speaker and its verb that do not end the speaker: "a spokesman later said".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_verbModifiers = Set(
        "also", "later", "then", "previously", "earlier", "once", "recently", "has", "had", "have", "was", "were", "is",
        "would", "will", "already", "simply", "quickly", "just", "again", "repeatedly", "reportedly");

    /// <summary>Adds the candidates for quotation <paramref name="index"/> to <paramref name="candidates"/>.</summary>
    public static void Find(QuoteDocument document, int index, SpeakerCandidate? previousSpeaker, List<SpeakerCandidate> candidates)
    {
        Quotation quote = document.Quotations[index];
        candidates.Add(SpeakerCandidate.NoOne);
        if (previousSpeaker is { } previous)
        {
            candidates.Add(previous with { Kind = SpeakerKind.PreviousSpeaker });
        }

        (int firstSentence, int lastSentence) = Window(document, quote);
        int firstToken = document.Sentences[firstSentence].FirstToken;
        int endToken = document.Sentences[lastSentence].EndToken;
        int start = candidates.Count;

        foreach ((int first, int last, EntityLabel label) in document.Entities)
        {
            if (first >= firstToken && last < endToken && Outside(document, first, last))
            {
                SpeakerKind kind = label switch
                {
                    EntityLabel.Person => SpeakerKind.Person,
                    EntityLabel.Organization => SpeakerKind.Organization,
                    _ => SpeakerKind.Location,
                };
                candidates.Add(new SpeakerCandidate(kind, first, last, document.SentenceOf(first)));
            }
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int t = firstToken; t < endToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || document.QuotationAt(t) >= 0)
            {
                continue;
            }

            ReadOnlySpan<char> word = document.Word(t);
            if (IsPersonalPronoun(word))
            {
                candidates.Add(new SpeakerCandidate(SpeakerKind.PersonalPronoun, t, t, document.SentenceOf(t)));
            }
            else if (IsGroupPronoun(word))
            {
                candidates.Add(new SpeakerCandidate(SpeakerKind.GroupPronoun, t, t, document.SentenceOf(t)));
            }
            else if (document.IsReportingVerb(t))
            {
                AddNominal(document, candidates, start, LeftPhrase(document, t, firstToken));
                AddNominal(document, candidates, start, RightPhrase(document, t + 1, endToken));
            }
            else if (document.IsAccordingTo(t))
            {
                AddNominal(document, candidates, start, RightPhrase(document, t + 2, endToken));
            }
        }

        KeepNearest(quote, candidates, start);
    }

    public static bool IsPersonalPronoun(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);

    public static bool IsGroupPronoun(ReadOnlySpan<char> word) =>
        word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase)
        || word.Equals("we", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentences searched: up to two before the quotation (not past the previous paragraph) and one after (same paragraph).</summary>
    private static (int First, int Last) Window(QuoteDocument document, Quotation quote)
    {
        int first = quote.OpenSentence;
        int openParagraph = document.Paragraph(first);
        while (first > 0 && quote.OpenSentence - first < 2 && document.Paragraph(first - 1) >= openParagraph - 1)
        {
            first--;
        }

        int last = quote.CloseSentence;
        if (last + 1 < document.Sentences.Count && document.Paragraph(last + 1) == document.Paragraph(last))
        {
            last++;
        }

        return (first, last);
    }

    private static bool Outside(QuoteDocument document, int first, int last) =>
        document.QuotationAt(first) < 0 && document.QuotationAt(last) < 0;

    /// <summary>The noun phrase ending just before the verb at <paramref name="verb"/>: "a senior official", "police".</summary>
    private static (int First, int Last) LeftPhrase(QuoteDocument document, int verb, int limit)
    {
        int last = verb - 1;
        while (last >= limit && verb - last <= 3 && document.Tokens[last].Kind == TokenKind.Word && s_verbModifiers.Contains(document.Word(last)))
        {
            last--;
        }

        if (last < limit || !IsNounLike(document, last) || s_determiners.Contains(document.Word(last)))
        {
            return (-1, -1);
        }

        for (int first = last; first >= limit && last - first < 5; first--)
        {
            if (document.Tokens[first].Kind != TokenKind.Word)
            {
                break;
            }

            if (s_determiners.Contains(document.Word(first)))
            {
                return (first, last);
            }
        }

        // No determiner: a bare plural or mass noun ("police said", "Officials told").
        bool alone = last == limit || !IsLowercaseWord(document, last - 1);
        return alone ? (last, last) : (-1, -1);
    }

    /// <summary>The noun phrase starting at <paramref name="start"/>, after a verb: "a spokesman (for the company)".</summary>
    private static (int First, int Last) RightPhrase(QuoteDocument document, int start, int limit)
    {
        if (start >= limit || document.Tokens[start].Kind != TokenKind.Word)
        {
            return (-1, -1);
        }

        bool determiner = s_determiners.Contains(document.Word(start));
        int last = start;
        while (last + 1 < limit && last - start < 5 && IsLowercaseWord(document, last + 1) && !s_phraseEnders.Contains(document.Word(last + 1)))
        {
            last++;
        }

        if (determiner ? last == start : !IsLowercaseWord(document, start) || last != start)
        {
            return (-1, -1);
        }

        return (start, last);
    }

    private static void AddNominal(QuoteDocument document, List<SpeakerCandidate> candidates, int start, (int First, int Last) phrase)
    {
        if (phrase.First < 0 || !Outside(document, phrase.First, phrase.Last))
        {
            return;
        }

        for (int i = start; i < candidates.Count; i++)
        {
            if (candidates[i].FirstToken <= phrase.Last && phrase.First <= candidates[i].LastToken)
            {
                return; // already a candidate (an entity inside "a Kestrel spokesman", a pronoun)
            }
        }

        candidates.Add(new SpeakerCandidate(SpeakerKind.Nominal, phrase.First, phrase.Last, document.SentenceOf(phrase.First)));
    }

    private static bool IsLowercaseWord(QuoteDocument document, int token) =>
        document.Tokens[token].Kind == TokenKind.Word && char.IsLower(document.Word(token)[0]);

    /// <summary>A lower-case word, or a capitalised one that only starts its sentence ("Police said").</summary>
    private static bool IsNounLike(QuoteDocument document, int token) =>
        IsLowercaseWord(document, token)
        || (document.Tokens[token].Kind == TokenKind.Word && document.Sentences[document.SentenceOf(token)].FirstToken == token
            && !IsPersonalPronoun(document.Word(token)) && !IsGroupPronoun(document.Word(token)));

    /// <summary>Keeps the <see cref="MaxCandidates"/> mentions nearest the quotation, in text order.</summary>
    private static void KeepNearest(Quotation quote, List<SpeakerCandidate> candidates, int start)
    {
        int count = candidates.Count - start;
        if (count <= MaxCandidates)
        {
            return;
        }

        List<SpeakerCandidate> nearest = [.. candidates.GetRange(start, count)
            .OrderBy(c => Distance(quote, c)).Take(MaxCandidates).OrderBy(c => c.FirstToken)];
        candidates.RemoveRange(start, count);
        candidates.AddRange(nearest);
    }

    public static int Distance(Quotation quote, SpeakerCandidate candidate) =>
        candidate.LastToken < quote.FirstToken ? quote.FirstToken - candidate.LastToken
        : candidate.FirstToken > quote.LastToken ? candidate.FirstToken - quote.LastToken
        : 0;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();
}
