using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Wire copy keeps the names of foreign institutions as they are: "the Administração dos Portos de Sines e do
/// Algarve", "told the Jornal de Negócios", "the Frente Sur Andino", "Banco de Crédito e Inversiones". The model,
/// trained on English, sees places and surnames in them ("Sines", "Algarve"). A run that opens with a Portuguese,
/// Spanish, French or Italian institution word and goes on through capitalised words and the lower-case joining words
/// of those languages ("de", "dos", "e", "del") is one organisation, whatever the model made of its parts. The opening
/// words are spelt unlike any English word ("Ministério", not "Commission"), so English text never matches.
/// </summary>
internal static class ForeignOrganizationNames
{
    private const int LongestName = 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openers = WordSet.IgnoringCase(
        // Portuguese
        "administração", "agência", "associação", "autoridade", "banco", "caixa", "câmara", "comissão", "companhia",
        "confederação", "conselho", "federação", "fundação", "instituto", "jornal", "ministério", "partido", "polícia",
        "sindicato", "sociedade", "universidade", "empresa", "grupo", "frente", "movimento",
        // Spanish
        "agencia", "asociación", "ayuntamiento", "caja", "comisión", "compañía", "confederación", "consejo", "diario",
        "ejército", "federación", "fundación", "ministerio", "movimiento", "policía", "secretaría", "sociedad",
        "universidad",
        // French
        "agence", "assemblée", "autorité", "banque", "caisse", "compagnie", "conseil", "fédération", "fondation", "groupe",
        "institut", "ligue", "ministère", "parti", "société", "syndicat", "université",
        // Italian
        "agenzia", "associazione", "autorità", "banca", "compagnia", "consiglio", "corriere", "federazione", "fondazione",
        "gruppo", "istituto", "lega", "ministero", "partito", "società", "università");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_joiners = WordSet.IgnoringCase(
        "de", "do", "da", "dos", "das", "e", "del", "della", "delle", "dei", "degli", "di", "des", "du", "d'", "d’", "et",
        "y", "la", "le", "les", "el", "los", "las");

    /// <summary>Whether the word opens a foreign institution's name ("Ministério", "Banco"), whatever its case; the tagger keeps this per word (<see cref="EntityWordCues.ForeignOpener"/>).</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => s_openers.Contains(word);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int first = 0; first + 1 < tags.Length; first++)
        {
            // A capitalised word of more than four letters first: cheap; the opener lookup only then.
            if (tokens[first].Length < 4 || !NameWords.IsCapitalisedWord(text, tokens[first]) || !s_openers.Contains(tokens[first].Slice(text)))
            {
                continue;
            }

            int last = first;
            for (int k = first + 1; k < tags.Length && k - first < LongestName; k++)
            {
                if (NameWords.IsCapitalisedWord(text, tokens[k]))
                {
                    last = k;
                }
                else if (!(tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && s_joiners.Contains(tokens[k].Slice(text))))
                {
                    break;
                }
            }

            if (last == first)
            {
                continue;
            }

            // The model's entity that runs on past the name is not cut in two.
            if (last + 1 < tags.Length && EntityTags.IsInside(tags[last + 1]))
            {
                continue;
            }

            EntityTags.Mark(tags, first, last, EntityLabel.Organization);
            first = last;
        }
    }
}
