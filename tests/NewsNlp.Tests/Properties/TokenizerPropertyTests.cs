using CsCheck;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Properties;

/// <summary>Properties of the tokenizer over generated hostile text (fixed seeds via CsCheck's own reporting).</summary>
public sealed class TokenizerPropertyTests
{
    private static void AssertWellFormed(string text)
    {
        List<Token> tokens = NewsTokenizer.Default.TokenizeToList(text);
        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token at {token.Start} in {Show(text)}");
            Assert.True(token.Start >= previousEnd, $"overlap at {token.Start} in {Show(text)}");
            Assert.True(token.End <= text.Length, $"token past the end in {Show(text)}");
            for (int i = previousEnd; i < token.Start; i++)
            {
                Assert.True(IsGap(text[i]), $"non-space {(int)text[i]:X4} dropped at {i} in {Show(text)}");
            }

            for (int i = token.Start; i < token.End; i++)
            {
                Assert.False(IsGap(text[i]), $"whitespace inside token {token} in {Show(text)}");
            }

            previousEnd = token.End;
        }

        for (int i = previousEnd; i < text.Length; i++)
        {
            Assert.True(IsGap(text[i]), $"non-space dropped at the end of {Show(text)}");
        }
    }

    // The tokenizer's gap characters: Unicode white space, zero-width space and BOM.
    private static bool IsGap(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Fact]
    public void Tokenize_AnyText_TokensAndGapsRebuildTheInput() => GeneratedText.Text.Sample(AssertWellFormed, iter: 3000);

    [Fact]
    public void Tokenize_AnyWordSequence_TokensAndGapsRebuildTheInput() => GeneratedText.Words.Sample(AssertWellFormed, iter: 3000);

    [Fact]
    public void Tokenize_SpanFillEnumeratorAndList_Agree() => GeneratedText.Words.Sample(text =>
    {
        List<Token> list = NewsTokenizer.Default.TokenizeToList(text);
        var filled = new List<Token>();
        var buffer = new Token[3];
        int offset = 0;
        while (true)
        {
            int written = NewsTokenizer.Default.Tokenize(text, buffer, offset);
            filled.AddRange(buffer.AsSpan(0, written));
            if (written < buffer.Length)
            {
                break;
            }

            offset = buffer[written - 1].End;
        }

        Assert.Equal(list, filled);
    }, iter: 1000);

    [Fact]
    public void Tokenize_NoSpacesAtAll_StaysLinear()
    {
        // 200,000 characters of one unbroken chunk: rules that rescan would take minutes, not milliseconds.
        string text = string.Concat(Enumerable.Repeat("a-b.c@d'e", 20_000)) + string.Concat(Enumerable.Repeat("\"", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int count = NewsTokenizer.Default.Tokenize(text).Count();
        watch.Stop();
        Assert.True(count > 0);
        AssertWellFormed(text[..5000]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
