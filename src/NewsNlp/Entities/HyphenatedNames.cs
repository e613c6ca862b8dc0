using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A name joined by hyphens is one name: the tokenizer splits "Prentice-Moore" into three tokens and the model,
/// which rarely saw such names in its training corpora, tends to stop at the hyphen ("Alison Prentice") or to tag
/// the second part as a name of its own. A person directly followed by "-" and a capitalised word takes it in,
/// whatever it was tagged; so does any entity followed by a hyphen-joined chain through lower-case words that ends
/// in a capitalised one ("Port-au-Prince"); an Arabic article before a name ("al-Sadr") joins it too, and so does
/// the lower-case second syllable of a Korean given name ("Kim Dae-sung"). Two
/// capitalised organisations or places joined by a hyphen are two names ("the Google-Mozilla deal", "Israel-Gaza"),
/// and a chain ending in a lower-case word ("Obama-era", "Lagos-based") is a compound, not a name.
/// </summary>
internal static class HyphenatedNames
{
    // Second parts of hyphenated compounds after a name: "Biden-led", "Obama-era", "Paris-born", "Trump-like".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_compoundSuffixes = WordSet.IgnoringCase(
        "led", "era", "run", "like", "type", "born", "made", "free", "wide", "old", "up", "in", "out", "off", "ish", "ite",
        "ism", "ist", "held", "bred", "area", "side", "day", "year", "age", "time", "size", "ruled", "fed", "bound");

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        ExtendPeopleLeftward(text, tokens, lexicon, tags);
        for (int i = EntityTags.NextTagged(tags, 0); i < tags.Length; i = EntityTags.NextTagged(tags, i + 1))
        {
            if (tags[i] == EntityTag.Outside || (i + 1 < tags.Length && EntityTags.IsInside(tags[i + 1])))
            {
                continue;
            }

            // Token i ends an entity. A name never ends in a hyphen ("[Cho Min-]ji"): the word before it ends it,
            // and the chain after the hyphen is judged from there.
            if (EntityTags.IsInside(tags[i]) && IsHyphen(text, tokens[i]))
            {
                tags[i] = EntityTag.Outside;
                i--;
            }

            EntityLabel label = EntityTags.Label(tags[i]);
            int last = ChainEnd(text, tokens, i, throughLowercaseOnly: label != EntityLabel.Person);
            if (last == i && label == EntityLabel.Person && IsSyllableGivenName(text, tokens, i))
            {
                last = i + 2;
            }
            if (last > i)
            {
                for (int k = i + 1; k <= last; k++)
                {
                    tags[k] = EntityTags.Inside(label);
                }

                // What followed the chain inside another entity now starts an entity of its own.
                if (last + 1 < tags.Length && EntityTags.IsInside(tags[last + 1]))
                {
                    tags[last + 1] = EntityTags.Begin(EntityTags.Label(tags[last + 1]));
                }

                i = last;
            }
        }

        for (int i = EntityTags.NextBegin(tags, 2); i < tags.Length; i = EntityTags.NextBegin(tags, i + 1))
        {
            if (EntityTags.IsBegin(tags[i]) && tags[i - 1] == EntityTag.Outside && tags[i - 2] == EntityTag.Outside
                && IsHyphen(text, tokens[i - 1]) && Attached(tokens, i - 1) && Attached(tokens, i)
                && tokens[i - 2].Slice(text) is "al" or "el")
            {
                // After a person's given names ("Abdul Wahhab al-Janabi") the article continues that person.
                EntityLabel label = EntityTags.Label(tags[i]);
                bool continues = label == EntityLabel.Person && i >= 3 && tags[i - 3] is EntityTag.BeginPerson or EntityTag.InsidePerson
                    && tokens[i - 2].Start - tokens[i - 3].End <= 1;
                tags[i - 2] = continues ? EntityTag.InsidePerson : tags[i];
                tags[i - 1] = EntityTags.Inside(label);
                tags[i] = tags[i - 1];
            }
        }
    }

    /// <summary>
    /// A person or organisation the model began after the hyphen ("Benali-[Roux]", often at the start of a sentence,
    /// where a capital says less; "Coca-[Cola]") takes in the capitalised word before it — unless that word is common
    /// in lower case ("Pro-Trump"). Places are left: "Israel-[Gaza]" names two.
    /// </summary>
    private static void ExtendPeopleLeftward(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = EntityTags.NextBegin(tags, 2); i < tags.Length; i = EntityTags.NextBegin(tags, i + 1))
        {
            if (tags[i] is EntityTag.BeginPerson or EntityTag.BeginOrganization && tags[i - 1] == EntityTag.Outside && tags[i - 2] == EntityTag.Outside
                && IsHyphen(text, tokens[i - 1]) && Attached(tokens, i - 1) && Attached(tokens, i)
                && tokens[i - 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 2].Start])
                && !lexicon.IsCommonLowercase(PhraseHash.Of(tokens[i - 2].Slice(text))))
            {
                EntityLabel label = EntityTags.Label(tags[i]);
                tags[i - 2] = EntityTags.Begin(label);
                tags[i - 1] = EntityTags.Inside(label);
                tags[i] = EntityTags.Inside(label);
            }
        }
    }

    /// <summary>
    /// The last token of the hyphen-joined chain after token <paramref name="i"/> that ends in a capitalised word, or
    /// <paramref name="i"/>; with <paramref name="throughLowercaseOnly"/>, only a chain with a lower-case word inside.
    /// </summary>
    private static int ChainEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool throughLowercaseOnly)
    {
        int end = i;
        int k = i;
        bool lowercaseSeen = false;
        while (k + 2 < tokens.Length && IsHyphen(text, tokens[k + 1]) && Attached(tokens, k + 1) && Attached(tokens, k + 2)
            && tokens[k + 2].Kind == TokenKind.Word)
        {
            k += 2;
            if (!char.IsUpper(text[tokens[k].Start]))
            {
                lowercaseSeen = true;
            }
            else if (lowercaseSeen || !throughLowercaseOnly)
            {
                end = k;
            }
        }

        return end;
    }

    /// <summary>
    /// A Korean-style given name of two syllables joined by a hyphen, the second in lower case ("Kim Dae-sung",
    /// "Cho Min-ji"): a short capitalised syllable, then one of at most four letters that is no English suffix of
    /// hyphenated compounds ("Smith-led", "Obama-era").
    /// </summary>
    private static bool IsSyllableGivenName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || !IsHyphen(text, tokens[i + 1]) || !Attached(tokens, i + 1) || !Attached(tokens, i + 2)
            || tokens[i].Length > 5 || tokens[i + 2].Kind != TokenKind.Word || tokens[i + 2].Length > 4)
        {
            return false;
        }

        ReadOnlySpan<char> syllable = tokens[i + 2].Slice(text);
        foreach (char c in syllable)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return !s_compoundSuffixes.Contains(syllable);
    }

    private static bool IsHyphen(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is '-' or '\u2010';

    /// <summary>
    /// Whether the word is a hyphen as <see cref="IsHyphen"/> takes it: every change this pass makes is at one. The
    /// tagger keeps this per word (<see cref="EntityWordCues.Hyphen"/>).
    /// </summary>
    public static bool IsHyphenWord(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is '-' or '\u2010';

    /// <summary>Whether token <paramref name="k"/> touches the one before it (no space between).</summary>
    private static bool Attached(ReadOnlySpan<Token> tokens, int k) => tokens[k].Start == tokens[k - 1].End;
}
