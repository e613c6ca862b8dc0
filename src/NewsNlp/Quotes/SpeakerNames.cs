using System.Collections.Frozen;

namespace NewsNlp.Quotes;

/// <summary>
/// What a speaker mention refers to: a surname or a titled name to the fullest name the document gives
/// ("Okafor" → "Maria Okafor"); he/she to the nearest person before it whose gender (from the first name or a
/// title) does not clash; it/they/we to the nearest organisation; anything else to itself.
/// </summary>
internal static class SpeakerNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_femaleTitles = Set("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "madam");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_maleTitles = Set("mr", "mr.", "sir", "lord");

    /// <summary>The name a candidate refers to.</summary>
    public static string Resolve(QuoteDocument document, SpeakerCandidate candidate)
    {
        switch (candidate.Kind)
        {
            case SpeakerKind.Person:
                return FullName(document, candidate.FirstToken, candidate.LastToken);
            case SpeakerKind.PersonalPronoun:
                int person = Antecedent(document, candidate.FirstToken, EntityLabel.Person, PronounGender(document.Word(candidate.FirstToken)));
                return person >= 0 ? FullName(document, document.Entities[person].First, document.Entities[person].Last) : Text(document, candidate.FirstToken, candidate.LastToken);
            case SpeakerKind.GroupPronoun:
                int organization = Antecedent(document, candidate.FirstToken, EntityLabel.Organization, Gender.Unknown);
                return organization >= 0 ? Text(document, document.Entities[organization].First, document.Entities[organization].Last) : Text(document, candidate.FirstToken, candidate.LastToken);
            default:
                return Text(document, candidate.FirstToken, candidate.LastToken);
        }
    }

    /// <summary>The longest person name in the document that ends with the mention's last word or contains the whole mention.</summary>
    public static string FullName(QuoteDocument document, int first, int last)
    {
        ReadOnlySpan<char> surname = document.Word(last);
        int bestFirst = first;
        int bestLast = last;
        foreach ((int f, int l, EntityLabel label) in document.Entities)
        {
            if (label != EntityLabel.Person || l - f <= bestLast - bestFirst)
            {
                continue;
            }

            if (document.Word(l).Equals(surname, StringComparison.Ordinal) || Contains(document, f, l, first, last))
            {
                (bestFirst, bestLast) = (f, l);
            }
        }

        return Text(document, bestFirst, bestLast);
    }

    private static bool Contains(QuoteDocument document, int first, int last, int mentionFirst, int mentionLast)
    {
        int length = mentionLast - mentionFirst;
        for (int start = first; start + length <= last; start++)
        {
            bool same = true;
            for (int k = 0; k <= length && same; k++)
            {
                same = document.Word(start + k).Equals(document.Word(mentionFirst + k), StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity (index into <see cref="QuoteDocument.Entities"/>) nearest before <paramref name="token"/>, outside quotations, with a compatible gender; -1 if none.</summary>
    private static int Antecedent(QuoteDocument document, int token, EntityLabel label, Gender gender)
    {
        int firstSentence = Math.Max(0, document.SentenceOf(token) - 12);
        int limit = document.Sentences[firstSentence].FirstToken;
        for (int e = document.Entities.Count - 1; e >= 0; e--)
        {
            (int first, int last, EntityLabel entityLabel) = document.Entities[e];
            if (last >= token)
            {
                continue;
            }

            if (first < limit)
            {
                break;
            }

            if (entityLabel != label || document.QuotationAt(first) >= 0)
            {
                continue;
            }

            if (gender == Gender.Unknown || GenderOf(document, first, last) is var g && (g == Gender.Unknown || g == gender))
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>A person's gender from a title before the name or the first name itself (or its fullest form in the document).</summary>
    private static Gender GenderOf(QuoteDocument document, int first, int last)
    {
        if (first > 0)
        {
            ReadOnlySpan<char> before = document.Word(first - 1);
            if (s_femaleTitles.Contains(before))
            {
                return Gender.Female;
            }

            if (s_maleTitles.Contains(before))
            {
                return Gender.Male;
            }
        }

        if (last > first)
        {
            return document.Lexicon.GenderOf(document.Word(first));
        }

        // A lone surname: the first name of the fullest form of it.
        foreach ((int f, int l, EntityLabel label) in document.Entities)
        {
            if (label == EntityLabel.Person && l > f && document.Word(l).Equals(document.Word(last), StringComparison.Ordinal))
            {
                return document.Lexicon.GenderOf(document.Word(f));
            }
        }

        return Gender.Unknown;
    }

    private static Gender PronounGender(ReadOnlySpan<char> pronoun) =>
        pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;

    public static string Text(QuoteDocument document, int first, int last) =>
        document.Text[document.Tokens[first].Start..document.Tokens[last].End];

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();
}
