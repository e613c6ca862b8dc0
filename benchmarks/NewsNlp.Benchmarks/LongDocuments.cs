using System.Text;

namespace NewsNlp.Benchmarks;

/// <summary>Builds the long documents of <see cref="LinearTimeBenchmarks"/>: deterministic, from <see cref="NewsCorpus"/>'s sentences.</summary>
public static class LongDocuments
{
    /// <summary>A document of exactly <paramref name="chars"/> UTF-16 code units of the given shape.</summary>
    public static string Build(DocumentShape shape, int chars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chars, 16);
        return shape switch
        {
            DocumentShape.News => NewsCorpus.Build(chars)[..chars],
            DocumentShape.NoSpaces => WithoutWhitespace(chars),
            DocumentShape.OneQuotation => OneQuotation(chars),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
        };
    }

    private static string WithoutWhitespace(int chars)
    {
        // Without its scheme and "www." the corpus's one URL no longer swallows the rest of a text without spaces,
        // so the tokenizer's word, number and punctuation rules run over the whole document.
        string news = NewsCorpus.Build(chars + (chars / 4)).Replace("https://www.", string.Empty, StringComparison.Ordinal);
        var text = new StringBuilder(chars);
        foreach (char c in news)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
                if (text.Length == chars)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    private static string OneQuotation(int chars)
    {
        // The body keeps the sentences, paragraph breaks and apostrophes, but no quotation mark that could close it early.
        string news = NewsCorpus.Build(chars);
        var text = new StringBuilder(chars);
        text.Append('\u201C');
        foreach (char c in news)
        {
            if (text.Length == chars - 1)
            {
                break;
            }

            if (c is not ('"' or '\u201C' or '\u201D' or '\u2018'))
            {
                text.Append(c);
            }
        }

        return text.Append('\u201D').ToString();
    }
}
