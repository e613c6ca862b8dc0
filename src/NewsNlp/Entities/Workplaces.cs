using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Wire copy names a source by a job at an employer: "Paolo Rinaldi, an analyst at Mediobanca", "a nutrition
/// researcher at Tec de Monterrey", "an economist at Nordea". The employer is an organisation even when its name is
/// a place's ("Mediobanca" looks Italian, "Cambridge" is a town) or unfamiliar to the model. A capitalised name right
/// after such a job noun and "at" (perhaps with "the") that the model tagged as a place or left untagged becomes an
/// organisation; a person's name there is left alone.
/// </summary>
internal static class Workplaces
{
    private const int LongestName = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_jobs = WordSet.IgnoringCase(
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers",
        "professor", "lecturer", "scientist", "scientists", "epidemiologist", "engineer", "engineers", "trader", "traders",
        "executive", "executives", "employee", "employees", "director", "partner", "spokesman", "spokeswoman",
        "spokesperson");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int at = 1; at + 1 < tags.Length; at++)
        {
            // "at" after a lower-case word first: cheap; the job lookup only then.
            if (tokens[at].Slice(text) is not "at" || tokens[at - 1].Kind != TokenKind.Word || !char.IsLower(text[tokens[at - 1].Start])
                || !s_jobs.Contains(tokens[at - 1].Slice(text)))
            {
                continue;
            }

            int first = at + 1;
            if (tokens[first].Slice(text) is "the" && first + 1 < tags.Length)
            {
                first++;
            }

            if (tags[first] == EntityTag.BeginLocation)
            {
                int last = EntityTags.LastOf(tags, first);
                EntityTags.Mark(tags, first, last, EntityLabel.Organization);
                continue;
            }

            if (tags[first] != EntityTag.Outside || !NameWords.IsCapitalisedWord(text, tokens[first]))
            {
                continue;
            }

            int end = first;
            while (end + 1 < tags.Length && end + 1 - first < LongestName && tags[end + 1] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[end + 1]))
            {
                end++;
            }

            if (end + 1 < tags.Length && tags[end + 1] != EntityTag.Outside)
            {
                continue; // the run leads into an entity the model saw: leave both alone
            }

            EntityTags.Mark(tags, first, end, EntityLabel.Organization);
        }
    }
}
