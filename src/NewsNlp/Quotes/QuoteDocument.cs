using NewsNlp.Tokenization;

namespace NewsNlp.Quotes;

/// <summary>
/// What attribution needs to know about one document, built once when it has quotations: its tokens and
/// sentences, which paragraph each sentence is in, where the entities are in tokens, and where the quotations are.
/// </summary>
internal sealed class QuoteDocument
{
    private readonly ReadOnlyMemory<Token> _tokens;
    private readonly int[] _paragraphs;
    private Dictionary<string, (int First, int Last)>? _people;
    private Dictionary<string, (int First, int Last)>? _firstFullNames;
    private Dictionary<string, (int First, int Last)>? _peopleByWord;
    private Dictionary<string, (int First, int Last)>? _organizations;
    private Dictionary<string, (int First, int Last)>? _organizationsByLastWord;
    private sbyte[]? _ownAttribution;

    public QuoteDocument(string text, ReadOnlyMemory<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, QuoteLexicon lexicon)
    {
        Text = text;
        _tokens = tokens;
        Sentences = sentences;
        Lexicon = lexicon;
        _paragraphs = new int[sentences.Count];
        int paragraph = 0;
        for (int s = 1; s < sentences.Count; s++)
        {
            if (text.AsSpan(sentences[s - 1].End, sentences[s].Start - sentences[s - 1].End).Contains('\n'))
            {
                paragraph++;
            }

            _paragraphs[s] = paragraph;
        }

        foreach (Entity entity in entities)
        {
            int first = TokenAtOrAfter(entity.Start);
            int last = TokenAtOrAfter(entity.End) - 1;
            if (first <= last)
            {
                Entities.Add((first, last, entity.Label));
            }
        }
    }

    public string Text { get; }

    public ReadOnlySpan<Token> Tokens => _tokens.Span;

    public IReadOnlyList<Sentence> Sentences { get; }

    public QuoteLexicon Lexicon { get; }

    /// <summary>The entities as token ranges, in text order.</summary>
    public List<(int First, int Last, EntityLabel Label)> Entities { get; } = [];

    /// <summary>The quotations, in text order.</summary>
    public List<Quotation> Quotations { get; } = [];

    public int Paragraph(int sentence) => _paragraphs[sentence];

    /// <summary>
    /// Whether the first sentence is a headline: a paragraph of its own that does not end like a sentence (no final
    /// period, question or exclamation mark), as news headlines and titles are written.
    /// </summary>
    public bool HasHeadline
    {
        get
        {
            if (Sentences.Count < 2 || Paragraph(1) == Paragraph(0))
            {
                return false;
            }

            ReadOnlySpan<char> first = Text.AsSpan(Sentences[0].Start, Sentences[0].End - Sentences[0].Start).TrimEnd("\"'”’») ");
            return first.Length > 0 && first[^1] is not ('.' or '!' or '?' or '…');
        }
    }

    /// <summary>Index of the first entity starting at or after <paramref name="token"/>.</summary>
    public int FirstEntityAtOrAfter(int token)
    {
        int low = 0;
        int high = Entities.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (Entities[middle].First < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The longest person name in the document ending with <paramref name="surname"/> (the first such, when several
    /// are as long), or null: built once, on first use, for all of the document's people.
    /// </summary>
    public (int First, int Last)? LongestPersonEndingWith(ReadOnlySpan<char> surname)
    {
        IndexPeople();
        return _people!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out (int, int) name) ? name : null;
    }

    /// <summary>The first person name of two words or more in the document ending with <paramref name="surname"/>, or null.</summary>
    public (int First, int Last)? FirstFullNameEndingWith(ReadOnlySpan<char> surname)
    {
        IndexPeople();
        return _firstFullNames!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out (int, int) name) ? name : null;
    }

    /// <summary>The longest person name of two words or more in the document with <paramref name="word"/> among its words, or null.</summary>
    public (int First, int Last)? LongestPersonContaining(ReadOnlySpan<char> word)
    {
        IndexPeople();
        return _peopleByWord!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out (int, int) name) ? name : null;
    }

    /// <summary>The longest organisation name in the document starting with <paramref name="word"/>, or null.</summary>
    public (int First, int Last)? LongestOrganizationStartingWith(ReadOnlySpan<char> word)
    {
        IndexPeople();
        return _organizations!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out (int, int) name) ? name : null;
    }

    /// <summary>The longest organisation name in the document ending with <paramref name="word"/>, or null.</summary>
    public (int First, int Last)? LongestOrganizationEndingWith(ReadOnlySpan<char> word)
    {
        IndexPeople();
        return _organizationsByLastWord!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out (int, int) name) ? name : null;
    }

    /// <summary>Indexes the document's names once, so that resolving a name costs a lookup, not a pass over every entity.</summary>
    private void IndexPeople()
    {
        if (_people is not null)
        {
            return;
        }

        _people = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        _firstFullNames = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        _peopleByWord = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        _organizations = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        _organizationsByLastWord = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        // A title-case headline misleads the tagger ("Pilots At Aerolusa Strike For Second Week" as one organisation):
        // its names are not offered as anyone's fullest name.
        int bodyStart = HasHeadline ? Sentences[1].FirstToken : 0;
        foreach ((int first, int last, EntityLabel label) in Entities)
        {
            if (first < bodyStart)
            {
                continue;
            }

            if (label == EntityLabel.Organization)
            {
                KeepLongest(_organizations, Word(first).ToString(), first, last);
                KeepLongest(_organizationsByLastWord, Word(last).ToString(), first, last);
            }

            if (label == EntityLabel.Person && last > first)
            {
                for (int t = first; t <= last; t++)
                {
                    KeepLongest(_peopleByWord, Word(t).ToString(), first, last);
                }
            }

            if (label == EntityLabel.Person)
            {
                string key = Word(last).ToString();
                if (!_people.TryGetValue(key, out (int First, int Last) known) || known.Last - known.First < last - first)
                {
                    _people[key] = (first, last);
                }

                if (last > first)
                {
                    _firstFullNames.TryAdd(key, (first, last));
                }
            }
        }
    }

    private static void KeepLongest(Dictionary<string, (int First, int Last)> index, string key, int first, int last)
    {
        if (!index.TryGetValue(key, out (int First, int Last) known) || known.Last - known.First < last - first)
        {
            index[key] = (first, last);
        }
    }

    /// <summary>Whether a reporting verb stands outside quotations in the quotation's own sentences (worked out once per quotation).</summary>
    public bool HasOwnAttribution(int quotation)
    {
        _ownAttribution ??= new sbyte[Quotations.Count];
        if (_ownAttribution[quotation] == 0)
        {
            Quotation quote = Quotations[quotation];
            bool found = false;
            for (int t = Sentences[quote.OpenSentence].FirstToken; t < Sentences[quote.CloseSentence].EndToken && !found; t++)
            {
                found = IsReportingVerb(t) || (IsAccordingTo(t) && QuotationAt(t) < 0);
            }

            _ownAttribution[quotation] = found ? (sbyte)1 : (sbyte)-1;
        }

        return _ownAttribution[quotation] > 0;
    }

    public ReadOnlySpan<char> Word(int token) => Tokens[token].Slice(Text);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (the token count if none).</summary>
    public int TokenAtOrAfter(int offset)
    {
        ReadOnlySpan<Token> tokens = Tokens;
        int low = 0;
        int high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Index of the sentence holding <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int low = 0;
        int high = Sentences.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >>> 1;
            if (Sentences[middle].FirstToken <= token)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The quotation whose marks enclose <paramref name="token"/>, or -1.</summary>
    public int QuotationAt(int token)
    {
        int low = 0;
        int high = Quotations.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            Quotation q = Quotations[middle];
            if (token < q.FirstToken)
            {
                high = middle - 1;
            }
            else if (token > q.LastToken)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the token is a reporting verb outside quotations. A form that is also a noun ("note", "report",
    /// "statement", "claims") does not count after a determiner or a determiner and an adjective ("a handwritten note").
    /// </summary>
    public bool IsReportingVerb(int token)
    {
        if (Tokens[token].Kind != TokenKind.Word || !Lexicon.IsReportingVerb(Word(token)) || QuotationAt(token) >= 0)
        {
            return false;
        }

        if (!QuoteLexicon.IsAlsoNoun(Word(token)))
        {
            return true;
        }

        return !(token >= 1 && QuoteLexicon.IsDeterminer(Word(token - 1)))
            && !(token >= 2 && QuoteLexicon.IsDeterminer(Word(token - 2)) && Tokens[token - 1].Kind == TokenKind.Word);
    }

    /// <summary>Whether tokens <paramref name="token"/> and the next read "according to".</summary>
    public bool IsAccordingTo(int token) =>
        token + 1 < Tokens.Length && Word(token).Equals("according", StringComparison.OrdinalIgnoreCase)
        && Word(token + 1).Equals("to", StringComparison.OrdinalIgnoreCase);
}
