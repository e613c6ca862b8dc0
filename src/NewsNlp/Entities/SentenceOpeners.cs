using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A single capitalised word that opens a sentence and was tagged as a name is dropped when the same document also
/// writes it in lower case ("Homeopathy is ..." beside "where homeopathy is common", "Malaria vaccine ..." beside
/// "cases of malaria"): the capital there is the sentence's, and the lower-case use shows the word is a common noun —
/// unless the document also uses the word inside a longer name ("Jane Price ... Price will be sentenced").
/// </summary>
internal static class SentenceOpeners
{
    /// <summary>Applies the pass with each token's <see cref="WordCase"/> taken from its text (the tagger passes the ones it has).</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<EntityTag> tags) =>
        Apply(text, tokens, sentences, tags, WordCases.All(text, tokens));

    /// <summary>Applies the pass.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="tags">The tokens' tags, changed in place.</param>
    /// <param name="marks">Each token's <see cref="WordCase"/>.</param>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<EntityTag> tags, ReadOnlySpan<WordCase> marks)
    {
        // The openers, then one pass over the document for their lower-case forms: linear in its length.
        List<int>? openers = null;
        HashSet<string>? lowered = null;
        foreach (Sentence sentence in sentences)
        {
            int first = sentence.FirstToken;
            int end = first + sentence.TokenCount;
            while (first < end && tokens[first].Kind == TokenKind.QuoteMark)
            {
                first++;
            }

            if (first < end && EntityTags.IsBegin(tags[first]) && !(first + 1 < tags.Length && EntityTags.IsInside(tags[first + 1]))
                && IsCapitalisedLowercaseWord(text, tokens[first]))
            {
                (openers ??= []).Add(first);
                AddLowered(ref lowered, tokens[first].Slice(text));
            }
        }

        if (openers is null || lowered is null)
        {
            return;
        }

        // A word the document also uses inside a longer name ("Jane Price" beside "Price will be sentenced") is that
        // name, whatever its lower-case uses ("the price").
        var lookup = lowered.GetAlternateLookup<ReadOnlySpan<char>>();
        var filter = WordFilter.Of(lowered);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        // Only a lower-case word, or a word in an entity, can count (the marks say which, 32 tokens at a time).
        for (int block = 0; block < tokens.Length; block += 32)
        {
            for (uint candidates = WordCases.LowercaseWords(marks, tags, block, orTaggedWords: true); candidates != 0; candidates &= candidates - 1)
            {
                int k = block + System.Numerics.BitOperations.TrailingZeroCount(candidates);
                Token token = tokens[k];
                if (!filter.MayContain(token.Slice(text)))
                {
                    continue;
                }

                bool lower = (marks[k] & WordCase.Lowercase) != 0;
                bool inLongerName = !lower && ((EntityTags.IsInside(tags[k])) || (EntityTags.IsBegin(tags[k]) && k + 1 < tags.Length && EntityTags.IsInside(tags[k + 1])));
                if ((lower || inLongerName) && LookUpLowered(lookup, token.Slice(text), out string? word))
                {
                    (lower ? seen : named).Add(word);
                }
            }
        }

        foreach (int t in openers)
        {
            if (IsCommonNoun(tokens[t].Slice(text), seen, named))
            {
                tags[t] = EntityTag.Outside;
            }
        }
    }

    /// <summary>Adds <paramref name="word"/> with its first letter lowered, making a string only for a word not there yet.</summary>
    private static void AddLowered(ref HashSet<string>? set, ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Lower(word, buffer);
        SpanSets.Add(ref set, buffer);
    }

    /// <summary>Whether the opener, its first letter lowered, is written in lower case and never inside a longer name.</summary>
    private static bool IsCommonNoun(ReadOnlySpan<char> word, HashSet<string> seen, HashSet<string> named)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Lower(word, buffer);
        return seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer) && !named.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer);
    }

    private static void Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        word.CopyTo(buffer);
        buffer[0] = char.ToLowerInvariant(buffer[0]);
    }

    /// <summary>Looks <paramref name="word"/> up with its first letter lowered, without allocating.</summary>
    private static bool LookUpLowered(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? found)
    {
        found = null;
        if (word.Length == 0 || word.Length > 64)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer[0] = char.ToLowerInvariant(buffer[0]);
        return lookup.TryGetValue(buffer, out found);
    }

    /// <summary>"Homeopathy": a capital, then lower-case letters only (not "NASA", "McDonald", "iPhone").</summary>
    private static bool IsCapitalisedLowercaseWord(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = token.Slice(text);
        if (token.Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
