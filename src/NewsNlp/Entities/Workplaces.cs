using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Wire copy names a source by a job at an employer: "Paolo Rinaldi, an analyst at Mediobanca", "a nutrition
/// researcher at Tec de Monterrey", "an economist at Nordea". The employer is an organisation even when its name is
/// a place's ("Mediobanca" looks Italian, "Cambridge" is a town) or unfamiliar to the model. A capitalised name right
/// after such a job noun and "at" (perhaps with "the") that the model tagged as a place or left untagged becomes an
/// organisation; a person's name there is left alone. Markets name companies the same way: "shares in Mota-Engil",
/// "shares of Hiroshima Kyodo", "a stake in Bahari Cement".
/// </summary>
internal static class Workplaces
{
    private const int LongestName = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_jobs = WordSet.IgnoringCase(
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers",
        "professor", "lecturer", "scientist", "scientists", "epidemiologist", "engineer", "engineers", "trader", "traders",
        "executive", "executives", "employee", "employees", "director", "partner", "spokesman", "spokeswoman",
        "spokesperson", "shares", "stake", "stakes", "editor", "editors", "reporter", "reporters", "correspondent",
        "correspondents", "journalist", "journalists", "columnist", "producer", "manager", "managers", "officer", "officials",
        "founder", "co-founder");

    // "shares in X", "a stake in X": the holdings, which take "in" or "of" where jobs take "at".
    private static bool IsHolding(ReadOnlySpan<char> word) => word is "shares" or "Shares" or "stake" or "stakes" or "Stake";

    /// <summary>Whether the word is a job or a holding this pass starts from ("analyst", "shares"); the tagger keeps this per word (<see cref="EntityWordCues.Workplace"/>).</summary>
    public static bool IsCueWord(ReadOnlySpan<char> word) => s_jobs.Contains(word);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int at = 1; at + 1 < tags.Length; at++)
        {
            // "at", "for", "in" or "of" first: cheap; the noun lookup only then.
            if (tokens[at].Slice(text) is not ("at" or "for" or "in" or "of") || tokens[at - 1].Kind != TokenKind.Word || !s_jobs.Contains(tokens[at - 1].Slice(text)))
            {
                continue;
            }

            // A job in lower case before "at" or "for" ("an analyst at", "an editor for"); a holding before "in" or "of",
            // capitalised too ("Shares in").
            ReadOnlySpan<char> noun = tokens[at - 1].Slice(text);
            bool forEmployer = tokens[at].Slice(text) is "for";
            if (tokens[at].Slice(text) is "at" or "for" ? !char.IsLower(noun[0]) || IsHolding(noun) : !IsHolding(noun))
            {
                continue;
            }

            int first = at + 1;
            if (tokens[first].Slice(text) is "the" && first + 1 < tags.Length)
            {
                first++;
            }

            // "for" may name a beat as well as an employer ("the editor for South Asia"): only untagged names there.
            if (tags[first] == EntityTag.BeginLocation && !forEmployer)
            {
                int last = EntityTags.LastOf(tags, first);
                if (last + 1 < tags.Length && NameWords.IsPossessive(tokens[last + 1].Slice(text)))
                {
                    continue; // "a stake in Kenya's biggest bank": the place owns what follows
                }

                EntityTags.Mark(tags, first, last, EntityLabel.Organization);
                continue;
            }

            if (tags[first] != EntityTag.Outside || !NameWords.IsCapitalisedWord(text, tokens[first]))
            {
                continue;
            }

            int end = first;
            while (end + 1 < tags.Length && end + 1 - first < LongestName && tags[end + 1] == EntityTag.Outside)
            {
                if (NameWords.IsCapitalisedWord(text, tokens[end + 1]))
                {
                    end++;
                }
                else if (end + 2 < tags.Length && NameWords.IsJoiningHyphen(text, tokens, end + 1) && NameWords.IsCapitalisedWord(text, tokens[end + 2]))
                {
                    end += 2; // "Mota-Engil"
                }
                else
                {
                    break;
                }
            }

            if (end + 1 < tags.Length && tags[end + 1] != EntityTag.Outside)
            {
                continue; // the run leads into an entity the model saw: leave both alone
            }

            EntityTags.Mark(tags, first, end, EntityLabel.Organization);
        }
    }
}
