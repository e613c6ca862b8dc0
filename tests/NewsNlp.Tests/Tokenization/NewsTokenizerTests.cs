using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

public sealed class NewsTokenizerTests
{
    private static string[] Tokens(string text, NewsTokenizer? tokenizer = null) =>
        [.. (tokenizer ?? NewsTokenizer.Default).TokenizeToList(text).Select(t => text[t.Start..t.End])];

    private static void AssertTokens(string text, params string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenize_Words_SplitsOnSpacesAndPunctuation() =>
        AssertTokens("Fishermen protested outside the ministry on Tuesday.",
            "Fishermen", "protested", "outside", "the", "ministry", "on", "Tuesday", ".");

    [Fact]
    public void Tokenize_Numbers_KeepsSeparatorsDecimalsAndDecades() =>
        AssertTokens("The firm hired 1,000 workers in the 1990s and raised prices 3.2% by the 21st year.",
            "The", "firm", "hired", "1,000", "workers", "in", "the", "1990s", "and", "raised", "prices", "3.2", "%",
            "by", "the", "21st", "year", ".");

    [Fact]
    public void Tokenize_Currency_SplitsSymbolNumberAndUnit() =>
        AssertTokens("The $4.5bn deal beat the €1,200 offer and a £3m bid.",
            "The", "$", "4.5", "bn", "deal", "beat", "the", "€", "1,200", "offer", "and", "a", "£", "3", "m", "bid", ".");

    [Theory]
    [InlineData("We don't know.", new[] { "We", "do", "n't", "know", "." })]
    [InlineData("They can't and won't pay.", new[] { "They", "ca", "n't", "and", "wo", "n't", "pay", "." })]
    [InlineData("Smith's lawyer said I'm sure they're ready and we'll see.", new[] { "Smith", "'s", "lawyer", "said", "I", "'m", "sure", "they", "'re", "ready", "and", "we", "'ll", "see", "." })]
    [InlineData("Okafor’s aides say they can’t wait.", new[] { "Okafor", "’s", "aides", "say", "they", "ca", "n’t", "wait", "." })]
    [InlineData("DON'T PANIC", new[] { "DO", "N'T", "PANIC" })]
    [InlineData("The Joneses' house", new[] { "The", "Joneses", "'", "house" })]
    [InlineData("O'Brien met him at nine o'clock.", new[] { "O'Brien", "met", "him", "at", "nine", "o'clock", "." })]
    [InlineData("You gonna vote? I cannot.", new[] { "You", "gon", "na", "vote", "?", "I", "can", "not", "." })]
    public void Tokenize_ContractionsAndPossessives_SplitTheUdWay(string text, string[] expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("Mr. Alvarez met U.S. officials on Jan. 5.", new[] { "Mr.", "Alvarez", "met", "U.S.", "officials", "on", "Jan.", "5", "." })]
    [InlineData("Reforms, e.g. pensions, start at 9 a.m. sharp.", new[] { "Reforms", ",", "e.g.", "pensions", ",", "start", "at", "9", "a.m.", "sharp", "." })]
    [InlineData("J. R. Alvarez joined Acme Inc. in 2019.", new[] { "J.", "R.", "Alvarez", "joined", "Acme", "Inc.", "in", "2019", "." })]
    [InlineData("He wore No. 5 and said no.", new[] { "He", "wore", "No.", "5", "and", "said", "no", "." })]
    [InlineData("She moved to the U.S.", new[] { "She", "moved", "to", "the", "U.S." })]
    [InlineData("It sold Amazon.com shares.", new[] { "It", "sold", "Amazon.com", "shares", "." })]
    public void Tokenize_Abbreviations_KeepTheirPeriod(string text, string[] expected) => AssertTokens(text, expected);

    [Fact]
    public void Tokenize_UrlsEmailsHandlesHashtags_StayWhole()
    {
        const string text = "Read it at https://example.com/news?id=5&x=(1), e-mail desk@example.org or follow @NewsNlpWire #Election2026.";
        AssertTokens(text, "Read", "it", "at", "https://example.com/news?id=5&x=(1)", ",", "e-mail", "desk@example.org",
            "or", "follow", "@NewsNlpWire", "#Election2026", ".");
        var kinds = NewsTokenizer.Default.TokenizeToList(text).Select(t => t.Kind).ToArray();
        Assert.Equal(TokenKind.Url, kinds[3]);
        Assert.Equal(TokenKind.Email, kinds[6]);
        Assert.Equal(TokenKind.Mention, kinds[9]);
        Assert.Equal(TokenKind.Hashtag, kinds[10]);
    }

    [Fact]
    public void Tokenize_WwwUrlAtSentenceEnd_LeavesThePeriodOut() =>
        AssertTokens("Details are on www.example.org.", "Details", "are", "on", "www.example.org", ".");

    [Fact]
    public void Tokenize_QuoteMarks_AreTheirOwnTokensWithQuoteKind()
    {
        const string text = "“It is ‘inevitable’,” he said. \"Stop,\" she replied.";
        AssertTokens(text, "“", "It", "is", "‘", "inevitable", "’", ",", "”", "he", "said", ".", "\"", "Stop", ",", "\"", "she", "replied", ".");
        var quoteTokens = NewsTokenizer.Default.TokenizeToList(text).Where(t => t.IsQuoteMark).Select(t => text[t.Start..t.End]);
        Assert.Equal(new[] { "“", "‘", "’", "”", "\"", "\"" }, quoteTokens);
    }

    [Fact]
    public void Tokenize_BracketsDashesEllipses_AreTheirOwnTokens() =>
        AssertTokens("The vote (held late) was close — very close – and then… nothing...",
            "The", "vote", "(", "held", "late", ")", "was", "close", "—", "very", "close", "–", "and", "then", "…", "nothing", "...");

    [Fact]
    public void Tokenize_HyphenatedWords_FollowUdByDefault() =>
        AssertTokens("A long-term, anti-war, non-profit plan for 2020-2025.",
            "A", "long", "-", "term", ",", "anti-war", ",", "non-profit", "plan", "for", "2020", "-", "2025", ".");

    [Fact]
    public void Tokenize_HyphenatedWords_StayWholeWhenAsked()
    {
        var tokenizer = new NewsTokenizer(new NewsTokenizerOptions { KeepHyphenatedWords = true });
        Assert.Equal(new[] { "A", "long-term", ",", "Covid-19", "plan", "." }, Tokens("A long-term, Covid-19 plan.", tokenizer));
    }

    [Fact]
    public void Tokenize_PhoneNumbers_StayWhole() =>
        AssertTokens("Call 555-0123 or 303-832-8160; it ended 5-3.", "Call", "555-0123", "or", "303-832-8160", ";", "it", "ended", "5", "-", "3", ".");

    [Fact]
    public void Tokenize_EmojiAndSymbols_DoNotBreakWords()
    {
        const string text = "Fans cheered 👍🏽 in Lisbon 🇵🇹! Prices rose 5% & more :)";
        AssertTokens(text, "Fans", "cheered", "👍🏽", "in", "Lisbon", "🇵🇹", "!", "Prices", "rose", "5", "%", "&", "more", ":)");
        Assert.All(NewsTokenizer.Default.TokenizeToList(text).Where(t => char.IsSurrogate(text[t.Start])), t => Assert.Equal(TokenKind.Symbol, t.Kind));
    }

    [Fact]
    public void Tokenize_Kinds_AreAssignedFromCharacters()
    {
        const string text = "Okafor paid $1,200.";
        var kinds = NewsTokenizer.Default.TokenizeToList(text).Select(t => t.Kind);
        Assert.Equal(new[] { TokenKind.Word, TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation }, kinds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Tokenize_EmptyOrWhitespace_YieldsNothing(string text) => Assert.Empty(Tokens(text));

    [Fact]
    public void Tokenize_SpanFillAndListAndEnumerator_Agree()
    {
        string text = File.ReadAllText(Support.RepositoryPaths.SampleArticle);
        List<Token> list = NewsTokenizer.Default.TokenizeToList(text);

        var enumerated = new List<Token>();
        foreach (Token token in NewsTokenizer.Default.Tokenize(text))
        {
            enumerated.Add(token);
        }

        // Fill a small buffer repeatedly, resuming after the last token written.
        var filled = new List<Token>();
        Span<Token> buffer = stackalloc Token[7];
        int offset = 0;
        while (true)
        {
            int written = NewsTokenizer.Default.Tokenize(text, buffer, offset);
            for (int i = 0; i < written; i++)
            {
                filled.Add(buffer[i]);
            }

            if (written < buffer.Length)
            {
                break;
            }

            offset = buffer[written - 1].End;
        }

        Assert.True(list.Count > 300);
        Assert.Equal(list, enumerated);
        Assert.Equal(list, filled);
    }

    [Fact]
    public void Tokenize_TokensAndGaps_RebuildTheText()
    {
        string text = File.ReadAllText(Support.RepositoryPaths.SampleArticle);
        int previousEnd = 0;
        foreach (Token token in NewsTokenizer.Default.Tokenize(text))
        {
            Assert.True(token.Start >= previousEnd && token.Length > 0 && token.End <= text.Length);
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..token.Start]), $"non-space gap before {token}");
            previousEnd = token.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
    }

    [Fact]
    public void Tokenize_Enumerating_AllocatesNothing()
    {
        // The sample plus every rule's path: abbreviations in any case, glued sentences, phone numbers, ellipses,
        // contractions, URLs, e-mail (also intranet), handles, emoji, list markers.
        const string rules = " CELLULAR INC. sold it. Talks ended.Today 555-0123 wait... don't gonna O'Brien's "
            + "https://example.com/a?b=(1), jane.doe@ENRON desk@example.org @wire #tag 👍🏽 🇵🇹 1990s 21st $4.5bn 3.2% a) b) (iv) No. 5 U.S. e.g. ";
        string text = string.Concat(Enumerable.Repeat(File.ReadAllText(Support.RepositoryPaths.SampleArticle) + rules, 50));
        int warmUp = NewsTokenizer.Default.Tokenize(text).Count();

        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = NewsTokenizer.Default.Tokenize(text).Count();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(warmUp, count);
        Assert.Equal(0, allocated);
    }
}
