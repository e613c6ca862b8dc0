using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A name the tokenizer split at a hyphen and the model cut there ("Kim Dae | -sung", "Dafydd Morgan | -Hughes") is
/// made whole: a hyphen touching a person's last word and a word touching the hyphen belong to the name — unless
/// that word is an ordinary lower-case one ("Clinton-era", "Obama-backed").
/// </summary>
internal static class HyphenatedNames
{
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            bool endsEntity = tags[i] != EntityTag.Outside && EntityTags.Label(tags[i]) == EntityLabel.Person && !EntityTags.IsInside(tags[i + 1]);
            if (!endsEntity || tags[i + 1] != EntityTag.Outside || tags[i + 2] != EntityTag.Outside
                || tokens[i].Kind != TokenKind.Word || tokens[i + 2].Kind != TokenKind.Word
                || tokens[i + 1].Slice(text) is not "-" || tokens[i + 1].Start != tokens[i].End || tokens[i + 2].Start != tokens[i + 1].End)
            {
                continue;
            }

            ReadOnlySpan<char> part = tokens[i + 2].Slice(text);
            if (!char.IsUpper(part[0]) && lexicon.IsCommonLowercase(PhraseHash.Of(part)))
            {
                continue;
            }

            EntityLabel label = EntityTags.Label(tags[i]);
            tags[i + 1] = EntityTags.Inside(label);
            tags[i + 2] = EntityTags.Inside(label);
            i += 2;
        }
    }
}
