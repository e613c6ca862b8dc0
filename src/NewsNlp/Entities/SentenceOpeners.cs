using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A single capitalised word that opens a sentence and was tagged as a name is dropped when the same document also
/// writes it in lower case ("Homeopathy is ..." beside "where homeopathy is common", "Malaria vaccine ..." beside
/// "cases of malaria"): the capital there is the sentence's, and the lower-case use shows the word is a common noun.
/// </summary>
internal static class SentenceOpeners
{
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<EntityTag> tags)
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
                (lowered ??= new HashSet<string>(StringComparer.Ordinal)).Add(Lowered(tokens[first].Slice(text)));
            }
        }

        if (openers is null || lowered is null)
        {
            return;
        }

        var lookup = lowered.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && lookup.TryGetValue(token.Slice(text), out string? word))
            {
                seen.Add(word);
            }
        }

        foreach (int t in openers)
        {
            if (seen.Contains(Lowered(tokens[t].Slice(text))))
            {
                tags[t] = EntityTag.Outside;
            }
        }
    }

    private static string Lowered(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        buffer[0] = char.ToLowerInvariant(buffer[0]);
        return new string(buffer);
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
