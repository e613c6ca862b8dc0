using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// One name, one label per document: each distinct name (and the surname of a multi-word person) takes the
/// label most of its tagged occurrences have, and an untagged recurrence of a tagged name ("Okafor" after
/// "Maria Okafor") is tagged too — unless the word is common in lower case, where a capital proves little.
/// </summary>
internal static class DocumentConsistency
{
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
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
        var writtenLower = CommonNamesWrittenInLowerCase(text, tokens, lexicon, votes).GetAlternateLookup<ReadOnlySpan<char>>();
        int i2 = 0;
        while (i2 < tags.Length)
        {
            if (tags[i2] != EntityTag.Outside || !NameWords.IsCapitalisedWord(text, tokens[i2]))
            {
                i2++;
                continue;
            }

            int end = i2;
            while (end + 1 < tags.Length && tags[end + 1] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[end + 1]) && tokens[end + 1].Start - tokens[end].End <= 1)
            {
                end++;
            }

            ReadOnlySpan<char> run = text[tokens[i2].Start..tokens[end].End];
            bool single = end == i2;
            if (names.MayContain(run) && lookup.TryGetValue(run, out int[]? counts)
                && !(single && lexicon.IsCommonLowercase(PhraseHash.Of(run)) && writtenLower.Contains(run))
                && !EntityLexicon.IsPersonTitle(run))
            {
                EntityLabel label = Majority(counts, EntityLabel.Person);
                EntityTags.Mark(tags, i2, end, label);
            }

            i2 = end + 1;
        }
    }

    /// <summary>
    /// The names that are words common in lower case ("Price", "Park") which this document also writes in lower case:
    /// only their capitalised recurrences are doubtful ("Prices rose" is no person when "price" is a word here too);
    /// a word the document never lowers is the name wherever it recurs.
    /// </summary>
    private static HashSet<string> CommonNamesWrittenInLowerCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Dictionary<string, int[]> votes)
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
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.Word && filter.MayContain(token.Slice(text)) && char.IsLower(text[token.Start]) && lookup.TryGetValue(token.Slice(text), out string? name))
            {
                lowered.Add(name);
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
