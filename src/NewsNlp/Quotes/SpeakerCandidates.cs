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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners = WordSet.IgnoringCase(
        "a", "an", "the", "one", "two", "three", "another", "its", "his", "her", "their", "our", "this", "that", "these",
        "those", "some", "several", "many", "most", "other", "each");

    // Words that end a noun phrase read rightwards from a reporting verb: "said a source close to the board".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_phraseEnders = WordSet.IgnoringCase(
        "for", "of", "at", "in", "on", "from", "with", "to", "close", "who", "which", "that", "and", "or", "but", "as", "by",
        "after", "before", "when", "while", "during", "about", "familiar", "briefed", "speaking", "said", "told");

    // Prepositions that attach a post-modifier to a noun: "a spokesman for the company".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prepositions = WordSet.IgnoringCase(
        "for", "of", "at", "in", "with", "from", "on", "close", "near", "next", "inside", "within");

    // Words that cannot be part of a speaker noun phrase: pronouns, conjunctions, auxiliaries, complementisers.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopWords = WordSet.IgnoringCase(
        "he", "she", "they", "it", "we", "i", "you", "and", "or", "but", "that", "who", "which", "whom", "whose", "what",
        "is", "was", "were", "are", "be", "been", "has", "had", "have", "would", "will", "could", "should", "may", "might",
        "not", "also", "then", "when", "while", "as", "than", "if", "so", "because", "after", "before", "since", "there",
        "said", "told", "says", "to", "by", "more", "less", "about", "later", "earlier", "already", "only", "even");

    // Words between a speaker and its verb that do not end the speaker: "a spokesman later said".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_verbModifiers = WordSet.IgnoringCase(
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

        for (int e = document.FirstEntityAtOrAfter(firstToken); e < document.Entities.Count && document.Entities[e].First < endToken; e++)
        {
            (int first, int last, EntityLabel label) = document.Entities[e];
            if (last < endToken && Outside(document, first, last))
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

    /// <summary>
    /// The noun phrase whose head ends just before the verb at <paramref name="verb"/>, read back across its
    /// post-modifiers to the head: "a senior official (in the government delegation) told", "a spokesman (for the
    /// China Coast Guard) said", "two truck drivers (waiting at the crossing) told", "police said".
    /// </summary>
    private static (int First, int Last) LeftPhrase(QuoteDocument document, int verb, int limit)
    {
        int last = verb - 1;
        while (last >= limit && verb - last <= 3 && document.Tokens[last].Kind == TokenKind.Word && s_verbModifiers.Contains(document.Word(last)))
        {
            last--;
        }

        (int First, int Last) phrase = (-1, -1);
        for (int step = 0; step < 3 && last >= limit; step++)
        {
            int first = PhraseStart(document, last, limit);
            if (first < 0)
            {
                break;
            }

            phrase = (first, last);

            // A post-modifier ("for the agency", "waiting at the crossing") of an earlier noun: go on to that noun.
            int before = first - 1;
            if (before > limit + 1 && document.Word(before).Equals("to", StringComparison.OrdinalIgnoreCase) && s_prepositions.Contains(document.Word(before - 1)))
            {
                before--; // "close to", "next to"
            }

            if (before <= limit || !s_prepositions.Contains(document.Word(before)))
            {
                break;
            }

            last = before - 1;
            if (IsLowercaseWord(document, last) && document.Word(last).EndsWith("ing", StringComparison.Ordinal) && last - 1 >= limit)
            {
                last--; // "waiting at"
            }

            if (document.Tokens[last].Kind != TokenKind.Word || s_stopWords.Contains(document.Word(last)))
            {
                break;
            }
        }

        return phrase.First >= 0 && IsNominal(document, phrase.First) ? phrase : (-1, -1);
    }

    /// <summary>
    /// The first token of the noun phrase ending at <paramref name="last"/>: back to its determiner, or to the start
    /// of a run of words (a bare noun: "police", "Analysts"); -1 when <paramref name="last"/> cannot end a noun phrase.
    /// </summary>
    private static int PhraseStart(QuoteDocument document, int last, int limit)
    {
        if (document.Tokens[last].Kind != TokenKind.Word || s_stopWords.Contains(document.Word(last)) || s_determiners.Contains(document.Word(last)))
        {
            return -1;
        }

        int first = last;
        for (int t = last; t >= limit && last - t < 6; t--)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                break;
            }

            ReadOnlySpan<char> word = document.Word(t);
            if (s_determiners.Contains(word))
            {
                return t;
            }

            if (s_stopWords.Contains(word) || s_prepositions.Contains(word))
            {
                break;
            }

            first = t;
        }

        return first;
    }

    /// <summary>Whether a phrase starting at <paramref name="first"/> is a common noun phrase (entities are candidates of their own).</summary>
    private static bool IsNominal(QuoteDocument document, int first) =>
        s_determiners.Contains(document.Word(first)) || IsNounLike(document, first);

    /// <summary>
    /// The noun phrase starting at <paramref name="start"/>, after a verb, up to its head: "(said) a spokesman (for the
    /// company)", "(said) the African Union envoy"; a bare noun only when punctuation follows it ("said police.").
    /// </summary>
    private static (int First, int Last) RightPhrase(QuoteDocument document, int start, int limit)
    {
        if (start >= limit || document.Tokens[start].Kind != TokenKind.Word)
        {
            return (-1, -1);
        }

        if (!s_determiners.Contains(document.Word(start)))
        {
            bool bare = IsLowercaseWord(document, start) && !s_stopWords.Contains(document.Word(start)) && !s_prepositions.Contains(document.Word(start))
                && (start + 1 >= limit || document.Tokens[start + 1].Kind == TokenKind.Punctuation);
            return bare ? (start, start) : (-1, -1);
        }

        int last = start;
        while (last + 1 < limit && last - start < 5 && document.Tokens[last + 1].Kind == TokenKind.Word
            && !s_phraseEnders.Contains(document.Word(last + 1)) && !s_stopWords.Contains(document.Word(last + 1)))
        {
            last++;
        }

        return last == start ? (-1, -1) : (start, last);
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
}
