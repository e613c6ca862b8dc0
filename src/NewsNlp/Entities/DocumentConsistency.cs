using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// One name, one label per document: each distinct name (and the surname of a multi-word person) takes the
/// label most of its tagged occurrences have, and an untagged recurrence of a tagged name ("Okafor" after
/// "Maria Okafor") is tagged too — unless the word is common in lower case, where a capital proves little.
/// </summary>
internal static class DocumentConsistency
{
    // The most words a name found inside a headline may have.
    private const int LongestHeadlineName = 4;

    /// <summary>Applies the pass with each token's <see cref="WordCase"/> taken from its text (the tagger passes the ones it has).</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags) =>
        Apply(text, tokens, lexicon, tags, WordCases.All(text, tokens));

    /// <summary>Applies the pass.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="lexicon">The gazetteers.</param>
    /// <param name="tags">Their tags, changed in place.</param>
    /// <param name="marks">Each token's <see cref="WordCase"/>.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, ReadOnlySpan<WordCase> marks)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);

        // Each span keeps its name's vote counts: the relabelling reads them without making the name again.
        var spans = new List<(int First, int Last, EntityLabel Label, int[] Counts)>();
        for (int i = 0; i < tags.Length;)
        {
            if (!EntityTags.IsBegin(tags[i]))
            {
                i = EntityTags.NextBegin(tags, i);
                continue;
            }

            EntityLabel label = EntityTags.Label(tags[i]);
            int first = i++;
            while (i < tags.Length && EntityTags.IsInside(tags[i]))
            {
                i++;
            }

            spans.Add((first, i - 1, label, Vote(votes, Name(text, tokens, first, i - 1), label, 2)));
            // A company's short name: "Halyard" after "Halyard Mobile Ltd" is the company, not a person. Only names that
            // end like a company give their first word, and never a place's name ("Kenya National Library Service").
            if (label == EntityLabel.Organization && i - 1 > first && tokens[first].Kind == TokenKind.Word
                && EntityLexicon.IsOrganizationSuffix(tokens[i - 1].Slice(text)) && !IsPlaceName(text, tokens[first], lexicon))
            {
                Vote(votes, tokens[first].Slice(text), label, 3);
            }

            if (label == EntityLabel.Person && i - 1 > first && tokens[i - 1].Kind == TokenKind.Word)
            {
                Vote(votes, tokens[i - 1].Slice(text), label, 3); // the surname: outweighs its own tag, as "Mwangi" after "Baraka Mwangi" is the person
            }
        }

        if (votes.Count == 0)
        {
            return;
        }

        // Relabel: a name keeps the label most of its mentions have.
        foreach ((int first, int last, EntityLabel label, int[] counts) in spans)
        {
            EntityLabel majority = Majority(counts, label);
            if (majority != label)
            {
                EntityTags.Mark(tags, first, last, majority);
            }
        }

        // Recurrences the model missed: a run of capitalised words outside any entity that is a known name.
        var lookup = votes.GetAlternateLookup<ReadOnlySpan<char>>();
        var names = WordFilter.Of(votes.Keys);
        var writtenLower = CommonNamesWrittenInLowerCase(text, tokens, marks, lexicon, votes).GetAlternateLookup<ReadOnlySpan<char>>();
        var titleLines = new TitleCaseLines(text, tokens);
        // From one untagged capitalised word to the next (the tags ahead are not changed by a run behind them).
        int i2 = WordCases.NextOutside(tags, marks, 0, WordCase.Capitalised);
        while (i2 < tags.Length)
        {
            int end = i2;
            while (end + 1 < tags.Length && tags[end + 1] == EntityTag.Outside && (marks[end + 1] & WordCase.Capitalised) != 0 && tokens[end + 1].Start - tokens[end].End <= 1)
            {
                end++;
            }

            // The run is a known name; or one after a capitalised common word opening the sentence ("Later Okafor
            // left", "But Okafor said"); or a title-case headline runs names and words together ("Judge Orders Halyard
            // To Pay"), where the names the body taught are looked for inside the run, the longest first.
            bool tagged = TagKnownName(text, tokens, lexicon, tags, i2, end, names, lookup, writtenLower)
                || (end > i2 && OpensSentence(text, tokens, i2) && IsOpeningWord(text, tokens[i2], lexicon) && tokens[i2 + 1].Length > 1
                    && TagKnownName(text, tokens, lexicon, tags, i2 + 1, end, names, lookup, writtenLower));
            if (!tagged && end > i2 && titleLines.IsTitleCase(i2))
            {
                for (int start = i2; start <= end; start++)
                {
                    for (int stop = Math.Min(end, start + LongestHeadlineName - 1); stop >= start; stop--)
                    {
                        if ((start > i2 || stop < end) && IsHeadlineName(text, tokens, lexicon, tags, start, stop)
                            && TagKnownName(text, tokens, lexicon, tags, start, stop, names, lookup, writtenLower))
                        {
                            start = stop;
                            break;
                        }
                    }
                }
            }

            i2 = WordCases.NextOutside(tags, marks, end + 1, WordCase.Capitalised);
        }
    }

    // Whether token i starts a sentence: the text's first, or after a sentence's closing mark or a line break.
    private static bool OpensSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i == 0 || text[tokens[i - 1].Start] is '.' or '!' or '?' || text[tokens[i - 1].End..tokens[i].Start].Contains('\n');

    // A common word that opens a sentence before a name ("But", "Later", "The"), not a name's own first word ("John",
    // "Hurricane", "Hi").
    private static bool IsOpeningWord(ReadOnlySpan<char> text, Token token, EntityLexicon lexicon)
    {
        ReadOnlySpan<char> word = token.Slice(text);
        ulong hash = PhraseHash.Of(word);
        return word.Length > 1 && lexicon.IsCommonLowercase(hash) && !lexicon.IsFirstName(hash) && !EntityLexicon.IsPersonTitle(word)
            && !EntityLexicon.IsOrganizationSuffix(word);
    }

    // Inside a headline a name must not touch another entity (it would be part of it: "Setouchi [Bank]"), and a
    // single word must not be a common one ("Environment Correspondent").
    private static bool IsHeadlineName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, ReadOnlySpan<EntityTag> tags, int first, int last) =>
        (first == 0 || tags[first - 1] == EntityTag.Outside) && (last + 1 >= tags.Length || tags[last + 1] == EntityTag.Outside)
        && (first < last || !lexicon.IsCommonLowercase(PhraseHash.Of(tokens[first].Slice(text))));

    // Tags tokens first..last with the majority label of the known name they spell, unless it is a doubtful common word or a title.
    private static bool TagKnownName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags, int first, int last,
        WordFilter names, Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> lookup, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> writtenLower)
    {
        ReadOnlySpan<char> run = text[tokens[first].Start..tokens[last].End];
        bool single = first == last;
        if (names.MayContain(run) && lookup.TryGetValue(run, out int[]? counts)
            && !(single && lexicon.IsCommonLowercase(PhraseHash.Of(run)) && writtenLower.Contains(run))
            && !EntityLexicon.IsPersonTitle(run))
        {
            EntityTags.Mark(tags, first, last, Majority(counts, EntityLabel.Person));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The names that are words common in lower case ("Price", "Park") which this document also writes in lower case:
    /// only their capitalised recurrences are doubtful ("Prices rose" is no person when "price" is a word here too);
    /// a word the document never lowers is the name wherever it recurs.
    /// </summary>
    private static HashSet<string> CommonNamesWrittenInLowerCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordCase> marks, EntityLexicon lexicon, Dictionary<string, int[]> votes)
    {
        var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in votes.Keys)
        {
            if (!name.Contains(' ', StringComparison.Ordinal) && lexicon.IsCommonLowercase(PhraseHash.Of(name)))
            {
                common.Add(name);
            }
        }

        var lowered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (common.Count == 0)
        {
            return lowered;
        }

        var lookup = common.GetAlternateLookup<ReadOnlySpan<char>>();
        var filter = WordFilter.Of(common);
        // The lower-case words, 32 tokens at a time by their marks.
        for (int block = 0; block < tokens.Length; block += 32)
        {
            for (uint candidates = WordCases.LowercaseWords(marks, [], block, orTaggedWords: false); candidates != 0; candidates &= candidates - 1)
            {
                int k = block + System.Numerics.BitOperations.TrailingZeroCount(candidates);
                if (filter.MayContain(tokens[k].Slice(text)) && lookup.TryGetValue(tokens[k].Slice(text), out string? name))
                {
                    lowered.Add(name);
                }
            }
        }

        return lowered;
    }

    private static bool IsPlaceName(ReadOnlySpan<char> text, Token token, EntityLexicon lexicon)
    {
        ulong hash = PhraseHash.Of(token.Slice(text));
        return lexicon.IsCountry(hash) || lexicon.IsCity(hash);
    }

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        text[tokens[first].Start..tokens[last].End];

    /// <summary>Adds <paramref name="weight"/> votes for <paramref name="label"/> to <paramref name="name"/>; returns its counts.</summary>
    private static int[] Vote(Dictionary<string, int[]> votes, ReadOnlySpan<char> name, EntityLabel label, int weight)
    {
        // A name's string is made once, at its first vote.
        if (!votes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out int[]? counts))
        {
            votes[name.ToString()] = counts = new int[3];
        }

        counts[(int)label] += weight;
        return counts;
    }

    private static EntityLabel Majority(int[] counts, EntityLabel tie)
    {
        int best = (int)tie;
        for (int k = 0; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return (EntityLabel)best;
    }
}
