using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Sentences;

/// <summary>The candidates the fixed rules decide without the model, on real sentences.</summary>
public sealed class SentenceRuleTests
{
    /// <summary>The fixed rule for the candidate at the token starting at character <paramref name="offset"/>.</summary>
    private static SentenceRule RuleAt(string text, int offset)
    {
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        int index = Array.FindIndex(tokens, t => t.Start == offset);
        Assert.True(index >= 0, $"no token at {offset}");
        Assert.True(SentenceFeatures.TryGetCandidate(text, tokens, index, out SentenceCandidate candidate), $"no candidate at {offset}");
        return SentenceFeatures.Rule(text, tokens, candidate);
    }

    private static int After(string text, string words) => text.IndexOf(words, StringComparison.Ordinal) + words.Length;

    private static int At(string text, string word) => text.IndexOf(word, StringComparison.Ordinal);

    [Theory]
    [InlineData("The ferry ran aground on Monday, officials said. The ship was carrying 84 people.", "officials said")]
    [InlineData("The port opened in 1998. Traffic has doubled since then.", "opened in 1998")]
    [InlineData("The talks were held in Lisbon. Ministers will meet again in May.", "held in Lisbon")]
    public void APlainPeriodBeforeACapitalisedWord_IsABoundaryByRule(string text, string before)
    {
        Assert.Equal(SentenceRule.Split, RuleAt(text, After(text, before)));
    }

    [Theory]
    [InlineData("A passenger ferry carrying 84 people ran aground.", "carrying")]
    [InlineData("She said the bid had been ‘the best value for money’ all along.", "been")]
    [InlineData("The vote was 214 187 in favour.", "214")]
    public void AnUnpunctuatedGapBeforeANumberOrAnOpeningQuote_IsKeptByRule(string text, string word)
    {
        Assert.Equal(SentenceRule.Keep, RuleAt(text, At(text, word)));
    }

    [Theory]
    [InlineData("He met Dr. Okafor in the afternoon.", "Dr.")]
    [InlineData("He spoke to Mr. Smith at noon.", "Mr.")]
    [InlineData("The talks were held in the U.S. Congress last week.", "U.S.")]
    public void AnAbbreviationBeforeACapitalisedWord_IsNeverSplitByThePlainEndRule(string text, string abbreviation)
    {
        Assert.NotEqual(SentenceRule.Split, RuleAt(text, At(text, abbreviation)));
    }

    [Fact]
    public void AnUnpunctuatedGapBeforeAName_IsLeftToTheModel()
    {
        string text = "The ferry was reached within half an hour, said Grace Nakato, a local councillor.";
        Assert.Equal(SentenceRule.AskModel, RuleAt(text, At(text, "said")));
    }
}
