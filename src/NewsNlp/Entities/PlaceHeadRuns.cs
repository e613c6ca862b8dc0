using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A name that ends in a geographic or built feature is a place: "the Great Barrier Reef", "the Bab el-Mandeb
/// Strait", "widen Coronation Drive", "the Red Sea", "Aden Adde International Airport". The model, seeing unfamiliar
/// capitalised words, leaves such a run untagged or calls it an organisation (it has learnt that long capitalised
/// runs are institutions). A run of two or more capitalised words that ends in such a head and where the capitals end
/// becomes a place; so does an organisation or person so ended. The heads are words that end no institution's name
/// ("Airport" names the place, not its operator, in Universal NER).
/// </summary>
internal static class PlaceHeadRuns
{
    private const int LongestName = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_heads = WordSet.IgnoringCase(
        "sea", "strait", "straits", "reef", "reefs", "dam", "highway", "motorway", "drive", "boulevard", "bridge", "airport",
        "glacier", "river", "lake", "bay", "canyon", "peninsula", "island", "islands", "mountains", "desert", "ocean",
        "gulf", "falls", "territory");

    /// <summary>Whether the word is a feature that ends a place's name ("Sea", "Strait"), whatever its case; the tagger keeps this per word (<see cref="EntityWordCues.PlaceHead"/>).</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => s_heads.Contains(word);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int head = 1; head < tags.Length; head++)
        {
            // The last of two capitalised words first: cheap; the head lookup only then.
            if (!NameWords.IsCapitalisedWord(text, tokens[head]) || !IsNamePart(text, tokens, head - 1)
                || (head + 1 < tags.Length && (NameWords.IsCapitalisedWord(text, tokens[head + 1]) || EntityTags.IsInside(tags[head + 1])))
                || !s_heads.Contains(tokens[head].Slice(text)))
            {
                continue;
            }

            if (tags[head] != EntityTag.Outside)
            {
                RelabelEntity(tags, head);
                continue;
            }

            int first = head;
            while (first > 0 && head - first + 1 < LongestName && tags[first - 1] == EntityTag.Outside && IsNamePart(text, tokens, first - 1))
            {
                first--;
            }

            if (!NameWords.IsCapitalisedWord(text, tokens[first]) || HasCapitalisedFunctionWord(text, tokens, first, head))
            {
                continue; // a run that starts mid-word, or a title ("Safety Of Life At Sea")
            }

            if (first > 0 && tags[first - 1] != EntityTag.Outside)
            {
                continue; // an entity runs into the run: leave the model's reading
            }

            if (tokens[first].Slice(text) is "The" && first < head)
            {
                first++;
            }

            if (first < head)
            {
                EntityTags.Mark(tags, first, head, EntityLabel.Location);
            }
        }
    }

    // A capitalised word, a hyphen joining two words ("Pie-IX"), or a lower-case particle joined to a name ("el-Mandeb").
    private static bool IsNamePart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        Token token = tokens[k];
        if (NameWords.IsCapitalisedWord(text, token))
        {
            return true;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        if (word is "-")
        {
            return NameWords.IsJoiningHyphen(text, tokens, k);
        }

        // "el" of "el-Mandeb", kept as its own token before the hyphen
        if (token.Kind == TokenKind.Word && k + 1 < tokens.Length && tokens[k + 1].Start == token.End && tokens[k + 1].Slice(text) is "-")
        {
            return true;
        }

        int hyphen = word.IndexOf('-');
        return token.Kind == TokenKind.Word && hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    private static bool HasCapitalisedFunctionWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (int k = first + 1; k < last; k++)
        {
            if (tokens[k].Slice(text) is "Of" or "At" or "The" or "And" or "In" or "For" or "On" or "To")
            {
                return true;
            }
        }

        return false;
    }

    // An organisation or person ending in the head is the place: "[Barents Sea]ORG".
    private static void RelabelEntity(Span<EntityTag> tags, int head)
    {
        int first = head;
        while (first > 0 && EntityTags.IsInside(tags[first]))
        {
            first--;
        }

        if (first < head && tags[first] is EntityTag.BeginOrganization or EntityTag.BeginPerson)
        {
            EntityTags.Mark(tags, first, head, EntityLabel.Location);
        }
    }
}
