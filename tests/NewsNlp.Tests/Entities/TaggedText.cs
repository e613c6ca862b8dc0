using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// A text with BIO tags set by hand, for testing the tagger's post-passes apart from the model: "[Alison Prentice]PER-Moore"
/// marks a person; the brackets and labels are removed from the text.
/// </summary>
internal sealed class TaggedText
{
    private TaggedText(string text, Token[] tokens, EntityTag[] tags)
    {
        Text = text;
        Tokens = tokens;
        Tags = tags;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public EntityTag[] Tags { get; }

    public static TaggedText Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End, EntityLabel Label)>();
        int i = 0;
        while (i < marked.Length)
        {
            if (marked[i] != '[')
            {
                text.Append(marked[i++]);
                continue;
            }

            int close = marked.IndexOf(']', i);
            int start = text.Length;
            text.Append(marked, i + 1, close - i - 1);
            EntityLabel label = marked.Substring(close + 1, 3) switch
            {
                "PER" => EntityLabel.Person,
                "ORG" => EntityLabel.Organization,
                _ => EntityLabel.Location,
            };
            spans.Add((start, text.Length, label));
            i = close + 4;
        }

        string plain = text.ToString();
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(plain)];
        var tags = new EntityTag[tokens.Length];
        foreach ((int start, int end, EntityLabel label) in spans)
        {
            bool begun = false;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Start >= start && tokens[t].End <= end)
                {
                    tags[t] = begun ? EntityTags.Inside(label) : EntityTags.Begin(label);
                    begun = true;
                }
            }
        }

        return new TaggedText(plain, tokens, tags);
    }

    /// <summary>The text with the current tags marked as <see cref="Parse"/> reads them.</summary>
    public string Marked()
    {
        var result = new System.Text.StringBuilder();
        int written = 0;
        for (int t = 0; t < Tokens.Length; t++)
        {
            if (!EntityTags.IsBegin(Tags[t]))
            {
                continue;
            }

            int last = t;
            while (last + 1 < Tokens.Length && EntityTags.IsInside(Tags[last + 1]))
            {
                last++;
            }

            result.Append(Text, written, Tokens[t].Start - written).Append('[').Append(Text, Tokens[t].Start, Tokens[last].End - Tokens[t].Start)
                .Append(']').Append(EntityTags.Label(Tags[t]).ToCode());
            written = Tokens[last].End;
            t = last;
        }

        return result.Append(Text, written, Text.Length - written).ToString();
    }
}
