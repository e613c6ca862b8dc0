namespace NewsNlp.Training.Corpora;

/// <summary>
/// Gold quotations with speakers and cues from the GUM-derived quote-attribution data
/// (<c>quote-attribution/gum-derived/gum_quote_spans.tsv</c> and <c>gum_attribution_pairs.tsv</c>, see their
/// PROVENANCE.md), laid onto the GUM documents rebuilt by <see cref="ConlluReader"/> (sentences joined by a space,
/// paragraphs by a blank line), so the result is in the CLI's JSON contract.
/// </summary>
/// <remarks>
/// <para>Quotes: every <c>&lt;quote&gt;</c> span of a document, scare quotes and titles included (nothing is filtered);
/// its offsets cover the content inside the quote marks. Use <see cref="IsQuotation"/> to score only quotations of
/// at least <see cref="MinimumQuotationWords"/> words.</para>
/// <para>Speakers: an <c>attribution</c> relation whose content EDU overlaps a quote's content gives that quote its
/// speaker: the gold UD subject of the attributing EDU ("team member Rodaba Noori told the press," → "team member
/// Rodaba Noori"), cut to the subject's own subtree ("I'm like" → "I"), or X in "According to X". An attributing EDU
/// inside the quote itself ("“I know it is stupid, …”") is not the quote's attribution and is skipped; of several
/// outside ones, one naming a speaker beats one that does not, then the nearest wins; a speaker overlapping the quote
/// is dropped. Limitation: GUM gives no coreference here, so <see cref="QuoteSpeaker.Name"/> is the mention itself —
/// a pronoun ("he", "she") or a relative pronoun ("who", "which") stays as written.</para>
/// <para>Cues: the verb the subject depends on in the gold tree ("said", "told", "think"), with a particle right after
/// it ("goes on", quotative "was like"), when it lies inside the attributing EDU; "according to" for that pattern;
/// otherwise (no subject, or a non-verb head) none.</para>
/// <para>Entities: the document's named mentions as <see cref="GumEntityReader"/> reads them.</para>
/// </remarks>
public static class GumQuoteReader
{
    /// <summary>The fewest words a quote span needs to count as a quotation rather than a scare quote or a title.</summary>
    public const int MinimumQuotationWords = 4;

    private const string QuoteMarks = "\"“”‘’'";
    private const string QuoteSpansFile = "gum_quote_spans.tsv";
    private const string AttributionFile = "gum_attribution_pairs.tsv";

    /// <summary>
    /// The GUM documents of <paramref name="split"/> (every document of the split's .conllu, with or without quotes),
    /// each with its gold sentences, named entities and quotes.
    /// </summary>
    /// <param name="corporaDirectory">The shared corpora folder (holding <c>ud-english-gum</c> and <c>quote-attribution</c>).</param>
    /// <param name="split"><c>train</c>, <c>dev</c> or <c>test</c>.</param>
    /// <param name="commercialOnly">Keep only documents whose text licence allows commercial use (<c>gum_doc_licences.tsv</c>).</param>
    /// <param name="unlocated">When given, receives one line per TSV row that could not be placed in the text, naming its file, line and reason.</param>
    public static IEnumerable<AnnotatedDocument> Read(string corporaDirectory, string split, bool commercialOnly = false, ICollection<string>? unlocated = null)
    {
        ArgumentNullException.ThrowIfNull(corporaDirectory);
        ArgumentNullException.ThrowIfNull(split);
        if (split is not ("train" or "dev" or "test"))
        {
            throw new ArgumentException($"Unknown GUM split '{split}': expected train, dev or test.", nameof(split));
        }

        string derived = Path.Combine(corporaDirectory, "quote-attribution", "gum-derived");
        ILookup<string, QuoteRow> quotes = ReadQuoteRows(Path.Combine(derived, QuoteSpansFile), split).ToLookup(r => r.DocId, StringComparer.Ordinal);
        ILookup<string, AttributionRow> attributions = ReadAttributionRows(Path.Combine(derived, AttributionFile), split).ToLookup(r => r.DocId, StringComparer.Ordinal);
        IReadOnlySet<string>? commercial = commercialOnly ? GumLicences.CommercialDocuments(corporaDirectory) : null;
        string conllu = Path.Combine(corporaDirectory, "ud-english-gum", $"en_gum-ud-{split}.conllu");
        return ReadDocuments(conllu, quotes, attributions, commercial, unlocated);
    }

    /// <summary>
    /// Whether <paramref name="quote"/> is a quotation of at least <see cref="MinimumQuotationWords"/> words, not a
    /// short scare quote or title ("early developers", "punitive"): evaluation reports all quote spans and these.
    /// </summary>
    public static bool IsQuotation(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return WordCount(quote.Text) >= MinimumQuotationWords;
    }

    private static IEnumerable<AnnotatedDocument> ReadDocuments(
        string conllu, ILookup<string, QuoteRow> quoteRows, ILookup<string, AttributionRow> attributionRows,
        IReadOnlySet<string>? commercial, ICollection<string>? unlocated)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ConlluDocument document in ConlluReader.ReadDocuments(conllu))
        {
            seen.Add(document.Id);
            if (commercial is not null && !commercial.Contains(document.Id))
            {
                continue;
            }

            AnnotatedDocument entities = GumEntityReader.FromDocument(document);
            IReadOnlyList<Quote> quotes = Quotes(document, quoteRows[document.Id], attributionRows[document.Id], unlocated);
            yield return entities with { Quotes = quotes };
        }

        // Rows naming a document the split does not hold cannot be placed anywhere.
        foreach (QuoteRow row in quoteRows.Where(g => !seen.Contains(g.Key)).SelectMany(g => g))
        {
            unlocated?.Add($"{QuoteSpansFile}:{row.Line} {row.DocId}: document not in the split: {row.Text}");
        }

        foreach (AttributionRow row in attributionRows.Where(g => !seen.Contains(g.Key)).SelectMany(g => g).Where(r => r.ContentInQuote))
        {
            unlocated?.Add($"{AttributionFile}:{row.Line} {row.DocId}: document not in the split: {row.SourceEduText}");
        }
    }

    private static List<Quote> Quotes(ConlluDocument document, IEnumerable<QuoteRow> quoteRows, IEnumerable<AttributionRow> attributionRows, ICollection<string>? unlocated)
    {
        string text = document.Text;
        var sentences = document.Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);

        // Quote spans, in document order: search from the listed sentence, past the previous quote (repeated text).
        var spans = new List<(int Start, int End)>();
        int previousEnd = 0;
        foreach (QuoteRow row in quoteRows)
        {
            string[] ids = row.SentIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string content = Content(row.Text);
            (int Start, int End)? found = null;
            if (ids.Length > 0 && ids.All(sentences.ContainsKey) && content.Length > 0)
            {
                int from = sentences[ids[0]].Start;
                int to = sentences[ids[^1]].End;
                found = FindFlexible(text, content, Math.Max(from, previousEnd), to) ?? FindFlexible(text, content, from, to);
            }

            if (found is not (int start, int end))
            {
                unlocated?.Add($"{QuoteSpansFile}:{row.Line} {row.DocId}: quote not found in {row.SentIds}: {row.Text}");
                continue;
            }

            spans.Add((start, end));
            previousEnd = end;
        }

        // Attributions: for each quote, the best attributing EDU outside it.
        var best = new (int Rank, QuoteSpeaker? Speaker, QuoteCue? Cue)?[spans.Count];
        foreach (AttributionRow row in attributionRows.Where(r => r.ContentInQuote))
        {
            if (!sentences.TryGetValue(row.ContentSentId, out ConlluSentence? contentSentence)
                || !sentences.TryGetValue(row.SourceSentId, out ConlluSentence? sourceSentence)
                || FindFlexible(text, row.ContentEduText.Trim(), contentSentence.Start, text.Length) is not (int contentStart, int contentEnd)
                || FindFlexible(text, row.SourceEduText.Trim(), sourceSentence.Start, text.Length) is not (int sourceStart, int sourceEnd))
            {
                unlocated?.Add($"{AttributionFile}:{row.Line} {row.DocId}: EDU not found: {row.SourceEduText} → {row.ContentEduText}");
                continue;
            }

            int q = spans.FindIndex(s => s.Start < contentEnd && contentStart < s.End);
            if (q < 0)
            {
                unlocated?.Add($"{AttributionFile}:{row.Line} {row.DocId}: content EDU overlaps no quote's content (at most its quote marks): {row.ContentEduText}");
                continue;
            }

            (int quoteStart, int quoteEnd) = spans[q];
            if (sourceStart < quoteEnd && quoteStart < sourceEnd)
            {
                continue; // an attribution inside the quotation ("“I know it is stupid, …”"), not the quotation's own
            }

            // One that names a speaker beats one that does not ("and clapping,"); then the nearer wins.
            (QuoteSpeaker? speaker, QuoteCue? cue) = Attribution(text, sourceSentence, (sourceStart, sourceEnd), spans[q], row.SourceSubject);
            int rank = (speaker is null ? text.Length : 0) + (sourceStart >= quoteEnd ? sourceStart - quoteEnd : quoteStart - sourceEnd);
            if (best[q] is not { } current || rank < current.Rank)
            {
                best[q] = (rank, speaker, cue);
            }
        }

        var quotes = new List<Quote>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            (int start, int end) = spans[i];
            quotes.Add(new Quote(start, end, text[start..end], best[i]?.Speaker, best[i]?.Cue));
        }

        return quotes;
    }

    // The speaker and cue named by an attributing EDU: its gold subject and the verb that subject depends on, or X
    // and "according to" in "According to X". A speaker that overlaps the quote itself is no speaker.
    private static (QuoteSpeaker? Speaker, QuoteCue? Cue) Attribution(
        string text, ConlluSentence sentence, (int Start, int End) edu, (int Start, int End) quote, string subject)
    {
        subject = subject.Trim().Trim(',', ';', ':', '-', '—', '–', '"', '“', '”', '‘', '’', '\'').Trim();
        (QuoteSpeaker? speaker, QuoteCue? cue) = subject.Length == 0 ? AccordingTo(text, edu) : Subject(text, sentence, edu, subject);
        return speaker is not null && speaker.Start < quote.End && quote.Start < speaker.End ? (null, null) : (speaker, cue);
    }

    private static (QuoteSpeaker? Speaker, QuoteCue? Cue) Subject(string text, ConlluSentence sentence, (int Start, int End) edu, string subject)
    {
        // The subject's occurrence in the source sentence that overlaps the EDU (it may run past it: "adds Jeffrey
        // Liker, a professor" has the subject "Jeffrey Liker, a professor who studied the plant").
        (int Start, int End)? found = null;
        for (int from = sentence.Start; FindFlexible(text, subject, from, sentence.End) is (int s, int e); from = s + 1)
        {
            found ??= (s, e);
            if (s < edu.End && edu.Start < e)
            {
                found = (s, e);
                break;
            }
        }

        if (found is not (int start, int end))
        {
            return (null, null);
        }

        // The subject is the nsubj word of the span with the largest subtree in it, and the mention is that subtree:
        // the TSV cuts whole surface tokens, so "I'm" holds the verb "'m", which is not part of the subject.
        var inside = sentence.Words.Where(w => w.Start >= start && w.End <= end).ToList();
        ConlluWord? head = null;
        List<ConlluWord> mention = [];
        foreach (ConlluWord word in inside.Where(w => w.Deprel.StartsWith("nsubj", StringComparison.Ordinal)))
        {
            HashSet<int> subtree = Subtree(sentence.Words, word.Id);
            List<ConlluWord> covered = [.. inside.Where(w => subtree.Contains(w.Id))];
            if (covered.Count > mention.Count)
            {
                (head, mention) = (word, covered);
            }
        }

        if (head is null)
        {
            return (new QuoteSpeaker(start, end, text[start..end], text[start..end]), null);
        }

        start = mention.Min(w => w.Start);
        end = mention.Max(w => w.End);
        var speaker = new QuoteSpeaker(start, end, text[start..end], text[start..end]);

        // The word the subject depends on is the cue when it is a verb inside the attributing EDU ("said", "told",
        // "think"), with a particle right after it ("pointed out", quotative "was like"); nouns and adjectives are not.
        ConlluWord? verb = head.Head > 0 ? sentence.Words.FirstOrDefault(w => w.Id == head.Head) : null;
        if (verb is not { Upos: "VERB" } || verb.Start < edu.Start || verb.End > edu.End)
        {
            return (speaker, null);
        }

        int cueEnd = verb.End;
        ConlluWord? particle = sentence.Words.FirstOrDefault(w => w.Head == verb.Id && w.Deprel == "compound:prt" && w.Id == verb.Id + 1);
        if (particle is not null && particle.End <= edu.End && string.IsNullOrWhiteSpace(text[verb.End..particle.Start]))
        {
            cueEnd = particle.End;
        }

        return (speaker, new QuoteCue(verb.Start, cueEnd, text[verb.Start..cueEnd]));
    }

    private static HashSet<int> Subtree(IReadOnlyList<ConlluWord> words, int root)
    {
        var ids = new HashSet<int> { root };
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (ConlluWord w in words)
            {
                if (ids.Contains(w.Head) && ids.Add(w.Id))
                {
                    grew = true;
                }
            }
        }

        return ids;
    }

    private static (QuoteSpeaker? Speaker, QuoteCue? Cue) AccordingTo(string text, (int Start, int End) edu)
    {
        const string Phrase = "according to";
        int at = text.IndexOf(Phrase, edu.Start, edu.End - edu.Start, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return (null, null);
        }

        int start = at + Phrase.Length;
        int end = edu.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
        {
            end--;
        }

        return end > start
            ? (new QuoteSpeaker(start, end, text[start..end], text[start..end]), new QuoteCue(at, at + Phrase.Length, text[at..(at + Phrase.Length)]))
            : (null, null);
    }

    // The quote's content: when the span holds a pair of double quote marks with nothing but punctuation, whitespace or
    // a bracketed citation or editorial note outside it (", "she was in poor health."", "“… correction”. [24]",
    // "\"dangerous\" ((it))"), what lies between them; then whitespace and quote marks trimmed from both ends.
    private static string Content(string raw)
    {
        string trimmed = raw.Trim();
        int open = trimmed.IndexOfAny(['"', '“']);
        int close = trimmed.LastIndexOfAny(['"', '”']);
        if (open >= 0 && close > open && IsOutsideMatter(trimmed.AsSpan(0, open)) && IsOutsideMatter(trimmed.AsSpan(close + 1)))
        {
            trimmed = trimmed[(open + 1)..close];
        }

        return TrimMarks(trimmed);
    }

    private static string TrimMarks(string s)
    {
        int start = 0;
        int end = s.Length;
        while (start < end && (char.IsWhiteSpace(s[start]) || QuoteMarks.Contains(s[start], StringComparison.Ordinal)))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(s[end - 1]) || QuoteMarks.Contains(s[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        return s[start..end];
    }

    // No letter or digit outside brackets and parentheses.
    private static bool IsOutsideMatter(ReadOnlySpan<char> s)
    {
        int depth = 0;
        foreach (char c in s)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(string s)
    {
        int count = 0;
        foreach (string piece in s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece.Any(char.IsLetterOrDigit))
            {
                count++;
            }
        }

        return count;
    }

    // The first occurrence of needle in text[from..to], where each whitespace run in needle matches any whitespace run
    // in the text (the TSVs join sentences by a space; the rebuilt text joins paragraphs by a blank line).
    private static (int Start, int End)? FindFlexible(string text, string needle, int from, int to)
    {
        string[] pieces = needle.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length == 0 || from < 0 || to > text.Length || from >= to)
        {
            return null;
        }

        for (int at = text.IndexOf(pieces[0], from, to - from, StringComparison.Ordinal); at >= 0; at = at + 1 < to ? text.IndexOf(pieces[0], at + 1, to - at - 1, StringComparison.Ordinal) : -1)
        {
            int p = at + pieces[0].Length;
            bool matched = true;
            for (int k = 1; k < pieces.Length && matched; k++)
            {
                int w = p;
                while (w < to && char.IsWhiteSpace(text[w]))
                {
                    w++;
                }

                matched = w > p && w + pieces[k].Length <= to && string.CompareOrdinal(text, w, pieces[k], 0, pieces[k].Length) == 0;
                p = w + pieces[k].Length;
            }

            if (matched)
            {
                return (at, p);
            }
        }

        return null;
    }

    private static IEnumerable<QuoteRow> ReadQuoteRows(string path, string split)
    {
        foreach ((int line, Func<string, string> column) in ReadTsv(path))
        {
            if (column("split") == split)
            {
                yield return new QuoteRow(line, column("doc_id"), column("sent_ids"), column("quote_text"));
            }
        }
    }

    private static IEnumerable<AttributionRow> ReadAttributionRows(string path, string split)
    {
        foreach ((int line, Func<string, string> column) in ReadTsv(path))
        {
            if (column("split") == split)
            {
                yield return new AttributionRow(
                    line, column("doc_id"), column("source_sent_id"), column("source_subject_gold"), column("source_edu_text"),
                    column("content_sent_id"), column("content_in_quote_markup") == "yes", column("content_edu_text"));
            }
        }
    }

    // Rows of a tab-separated file with a header line, each as (1-based line number, column by header name).
    private static IEnumerable<(int Line, Func<string, string> Column)> ReadTsv(string path)
    {
        int lineNumber = 0;
        Dictionary<string, int>? header = null;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            string[] columns = line.Split('\t');
            if (header is null)
            {
                header = columns.Select((name, i) => (name, i)).ToDictionary(c => c.name.Trim(), c => c.i, StringComparer.Ordinal);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            Dictionary<string, int> names = header;
            int number = lineNumber;
            yield return (lineNumber, name => names.TryGetValue(name, out int i)
                ? (i < columns.Length ? columns[i] : string.Empty)
                : throw new InvalidDataException($"{path}:{number}: no column '{name}' in the header"));
        }
    }

    private sealed record QuoteRow(int Line, string DocId, string SentIds, string Text);

    private sealed record AttributionRow(
        int Line, string DocId, string SourceSentId, string SourceSubject, string SourceEduText, string ContentSentId, bool ContentInQuote, string ContentEduText);
}
