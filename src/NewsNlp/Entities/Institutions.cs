using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Two ways news names an organisation that the model, which sees one unfamiliar or common capitalised word, misses:
/// a legislature or office by its one-word name after "the" — "the House did its job", "a vote of the Assembly",
/// "the Kremlin said" — and an acronym in brackets right after the name it stands for — "the World Health
/// Organisation (WHO)" (after a place, as in "Portland (ENA)", it is something else). Document consistency then
/// carries the acronym to its other mentions.
/// </summary>
internal static class Institutions
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_oneWordNames = WordSet.IgnoringCase(
        "House", "Senate", "Congress", "Parliament", "Assembly", "Cabinet", "Pentagon", "Kremlin", "Bundestag", "Duma",
        "Knesset", "Politburo", "Legislature", "Fed", "Vatican", "Commons", "Lords", "Bundesbank", "Eurogroup");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = 1; i < tags.Length; i++)
        {
            if (tags[i] == EntityTag.Outside && tokens[i - 1].Slice(text) is "the" or "The" && IsOneWordName(text, tokens, i)
                && !(i + 1 < tags.Length && (NameWords.IsCapitalisedWord(text, tokens[i + 1]) || tokens[i + 1].Slice(text) is "of")))
            {
                tags[i] = EntityTag.BeginOrganization;
            }
            else if (IsBracketedAcronym(text, tokens, tags, i))
            {
                tags[i] = EntityTag.BeginOrganization;
            }
        }
    }

    /// <summary>
    /// Whether the word is one this pass starts from: a one-word institution as <see cref="IsOneWordName"/> takes it
    /// ("Senate"), or the opening bracket before an acronym. The tagger keeps this per word (<see cref="EntityWordCues.Institution"/>).
    /// </summary>
    public static bool IsCueWord(ReadOnlySpan<char> word) =>
        word is "(" || (char.IsUpper(word[0]) && char.IsLower(word[^1]) && s_oneWordNames.Contains(word));

    private static bool IsOneWordName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        NameWords.IsCapitalisedWord(text, tokens[i]) && char.IsLower(text[tokens[i].End - 1]) && s_oneWordNames.Contains(tokens[i].Slice(text));

    /// <summary>
    /// "… Organisation ( WHO )": an upper-case word of two to eight letters between brackets, right after an organisation;
    /// or a capitalised word there that the model tagged as a person ("( Fiocruz )").
    /// </summary>
    private static bool IsBracketedAcronym(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntityTag> tags, int i)
    {
        if (i < 2 || i + 1 >= tags.Length || tags[i] is not (EntityTag.Outside or EntityTag.BeginPerson) || tags[i - 2] is not (EntityTag.BeginOrganization or EntityTag.InsideOrganization)
            || tokens[i - 1].Slice(text) is not "(" || tokens[i + 1].Slice(text) is not ")" || tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // An acronym ("WHO"), or a short name the model took for a person ("Oswaldo Cruz Foundation (Fiocruz)").
        ReadOnlySpan<char> word = tokens[i].Slice(text);
        return tags[i] == EntityTag.Outside
            ? word.Length is >= 2 and <= 8 && !word.ContainsAnyExceptInRange('A', 'Z')
            : word.Length is >= 2 and <= 12 && char.IsUpper(word[0]);
    }
}
