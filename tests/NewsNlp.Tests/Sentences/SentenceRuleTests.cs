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

    [Theory]
    [InlineData("Analysts said the portal had grown faster than Yahoo! in its first year.", "Yahoo")]
    [InlineData("Leave me alone! he yelled at the reporters outside the court.", "alone")]
    [InlineData("Why now? she asked the minister.", "now")]
    public void AnExclamationBeforeALowerCaseWord_IsKeptByRuleAfterANameOrBeforeASpeechTag(string text, string word)
    {
        Assert.Equal(SentenceRule.Keep, RuleAt(text, After(text, word)));
    }

    [Fact]
    public void AnExclamationBeforeALowerCaseWordOtherwise_IsLeftToTheModel()
    {
        // Web text starts sentences in lower case after "!": "these guys were fantastic! they fixed my garage doors".
        string text = "These guys were fantastic! they fixed my garage doors in an hour.";
        Assert.Equal(SentenceRule.AskModel, RuleAt(text, After(text, "fantastic")));
    }

    [Theory]
    [InlineData("The ministry allocated Rs. 3520 to each family.", "Rs.")]
    [InlineData("I am missing Deal No. 74419 on your sheet.", "No.")]
    public void AnAbbreviationThatStandsBeforeNumbers_BeforeANumber_IsKeptByRule(string text, string abbreviation)
    {
        Assert.Equal(SentenceRule.Keep, RuleAt(text, At(text, abbreviation)));
    }

    [Fact]
    public void AnUpperCaseClockTimeBeforeACapitalisedWord_IsABoundaryByRule()
    {
        string text = "The polls closed at 8 P.M. Counting went on through the night.";
        Assert.Equal(SentenceRule.Split, RuleAt(text, At(text, "P.M.")));
    }

    [Fact]
    public void ALowerCaseClockTimeBeforeATitle_IsLeftToTheModel()
    {
        string text = "At 5 a.m. Mr. Smith went to the bank.";
        Assert.NotEqual(SentenceRule.Split, RuleAt(text, At(text, "a.m.")));
    }

    [Theory]
    [InlineData("Please send the signed copy back by Friday. Regards, Debra Perlingiere", "Regards")]
    [InlineData("We look forward to your feedback. Best regards, Vangie McGilloway", "regards")]
    [InlineData("I hope this helps. Sincerely, Traci Warner", "Sincerely")]
    public void TheCommaOfALettersClosing_IsABoundaryByRule(string text, string closing)
    {
        Assert.Equal(SentenceRule.Split, RuleAt(text, After(text, closing)));
    }

    [Fact]
    public void ACommaBeforeACapitalisedWordOtherwise_IsNoCandidate()
    {
        string text = "Thanks, Kitty. The report is attached.";
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        int comma = Array.FindIndex(tokens, t => t.Start == After(text, "Thanks"));
        Assert.False(SentenceFeatures.TryGetCandidate(text, tokens, comma, out _));
    }

    [Fact]
    public void AClockTimeBeforeACapitalisedName_IsABoundaryByRule()
    {
        string text = "Scott Neal 08/16/2000 03:48 PM John Griffith asked for the revised schedule.";
        Assert.Equal(SentenceRule.Split, RuleAt(text, At(text, "PM")));
    }

    [Fact]
    public void AClockTimeBeforeATimeZone_IsNotSplitByRule()
    {
        string text = "The call is at 11:30 AM Eastern on Monday.";
        Assert.NotEqual(SentenceRule.Split, RuleAt(text, At(text, "AM")));
    }

    [Theory]
    [InlineData("NASA's astronauts may not fly in the next five years. -- Posted by Hidden Nook", "years")]
    [InlineData("Please delete this message and all its attachments. Thank you. - TEXT.htm", "Thank you")]
    [InlineData("My request is genuine. ----== Posted via Newsfeed.Com", "genuine")]
    public void APeriodBeforeHyphens_IsABoundaryByRule(string text, string before)
    {
        Assert.Equal(SentenceRule.Split, RuleAt(text, After(text, before)));
    }

    [Theory]
    [InlineData("Voila! -- you have it.", "Voila")]
    [InlineData("The ship sailed on Monday \u2014 and sank.", "Monday")]
    public void ADashAfterAnExclamationOrAWord_IsNotSplitByThePeriodRule(string text, string before)
    {
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        int index = Array.FindIndex(tokens, t => t.Start == After(text, before));
        if (index >= 0 && SentenceFeatures.TryGetCandidate(text, tokens, index, out SentenceCandidate candidate))
        {
            Assert.NotEqual(SentenceRule.Split, SentenceFeatures.Rule(text, tokens, candidate));
        }
    }

    [Theory]
    [InlineData("Thanks Ben Please send me the file.", "Ben")]
    [InlineData("Sara Shackleton Attached for your review is the draft.", "Shackleton")]
    [InlineData("Professor Rogers Let me know when you are free.", "Rogers")]
    public void ACapitalisedWordBeforeASentenceStarter_IsACandidateForTheModel(string text, string word)
    {
        Assert.Equal(SentenceRule.AskModel, RuleAt(text, At(text, word)));
    }

    [Fact]
    public void ARunOfCapitalisedWords_IsNoCandidate()
    {
        string text = "Thanks Ben Sorensen for the file.";
        Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
        int ben = Array.FindIndex(tokens, t => t.Start == At(text, "Ben"));
        Assert.False(SentenceFeatures.TryGetCandidate(text, tokens, ben, out _));
    }
}
