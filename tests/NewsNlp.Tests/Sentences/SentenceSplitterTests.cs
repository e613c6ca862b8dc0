namespace NewsNlp.Tests.Sentences;

/// <summary>The news structures the sentence stage must get right, on sentences written for these tests.</summary>
public sealed class SentenceSplitterTests
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private static string[] Split(string text) => [.. s_pipeline.Analyze(text).Sentences.Select(s => s.Text)];

    [Fact]
    public void Split_HeadlineWithoutPeriod_IsItsOwnSentence() =>
        Assert.Equal(
            new[] { "Port expansion approved", "LISBON, March 3 (Reuters) - The port authority approved the plan on Tuesday." },
            Split("Port expansion approved\nLISBON, March 3 (Reuters) - The port authority approved the plan on Tuesday."));

    [Fact]
    public void Split_BylineAndDatelineLines_AreTheirOwnSentences() =>
        Assert.Equal(
            new[] { "By Maria Okafor", "LISBON, March 3", "The port authority approved the plan on Tuesday.", "Fishermen protested." },
            Split("By Maria Okafor\nLISBON, March 3\nThe port authority approved the plan on Tuesday. Fishermen protested."));

    [Fact]
    public void Split_BulletItems_AreSeparate() =>
        Assert.Equal(
            new[] { "The plan includes:", "• a new breakwater", "• two cranes", "- dredging of the channel" },
            Split("The plan includes:\n• a new breakwater\n• two cranes\n- dredging of the channel"));

    [Fact]
    public void Split_BlankLine_AlwaysEndsASentence() =>
        Assert.Equal(new[] { "The minister arrived in Porto", "the talks began at noon." }, Split("The minister arrived in Porto\n\nthe talks began at noon."));

    [Fact]
    public void Split_QuoteWithAttributionAfterIt_StaysOneSentence() =>
        Assert.Equal(
            new[] { "“The vote was inevitable”, a source told The Times.", "The board met on Monday." },
            Split("“The vote was inevitable”, a source told The Times. The board met on Monday."));

    [Fact]
    public void Split_AfterClosingQuote_WhenTheNextSentenceStarts() =>
        Assert.Equal(new[] { "He said \"Stop.\"", "Then he left.", "She stayed." }, Split("He said \"Stop.\" Then he left. She stayed."));

    [Fact]
    public void Split_QuoteThenSpeaker_StaysTogether() =>
        Assert.Equal(
            new[] { "“This is important,” Okafor said.", "“We will not waste it.”", "“Stop!” he shouted." },
            Split("“This is important,” Okafor said. “We will not waste it.” “Stop!” he shouted."));

    [Fact]
    public void Split_AbbreviationsInitialsDecimalsUrls_NeverSplit()
    {
        const string first = "Mr. Okafor met U.S. officials on Jan. 5 at 9 a.m. in Room No. 5 of Acme Inc. in Lisbon.";
        const string second = "J. R. Alvarez said prices rose 3.2% ... then fell.";
        const string third = "See https://example.com/a.b or mail desk@example.org for details.";
        Assert.Equal(new[] { first, second, third }, Split($"{first} {second} {third}"));
    }

    [Theory]
    [InlineData("The terminal is run by Mediterranean Shipping Co.", "The company declined to comment.")]
    [InlineData("Shares rose in the U.S.", "They fell in Europe.")]
    public void Split_AbbreviationAtSentenceEnd_EndsTheSentence(string first, string second) =>
        Assert.Equal(new[] { first, second }, Split(first + " " + second));

    [Fact]
    public void Split_MissingSpaceAfterPeriod_StillSplits() =>
        Assert.Equal(new[] { "Talks ended.", "Today the vote was held." }, Split("Talks ended.Today the vote was held."));

    [Theory]
    [InlineData("The board set three goals: 1. Cut costs 2. Hire engineers 3. Open the terminal", new[] { "The board set three goals:", "1. Cut costs", "2. Hire engineers", "3. Open the terminal" })]
    [InlineData("a) Dredge the channel b) Build the breakwater", new[] { "a) Dredge the channel", "b) Build the breakwater" })]
    [InlineData("(i) Approve the plan (ii) Publish the assessment", new[] { "(i) Approve the plan", "(ii) Publish the assessment" })]
    [InlineData("The plan: • Cut costs • Hire engineers • Open the terminal", new[] { "The plan:", "• Cut costs", "• Hire engineers", "• Open the terminal" })]
    public void Split_RunTogetherLists_SplitBeforeEachMarker(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Split_InitialsAfterNames_AreNotListMarkers() =>
        Assert.Equal(new[] { "It was John A. Smith.", "She was Jane B. Smith." }, Split("It was John A. Smith. She was Jane B. Smith."));

    [Fact]
    public void Split_UpperCaseCompanySuffix_DoesNotEndTheSentence() =>
        Assert.Equal(new[] { "CELLULAR COMMUNICATIONS INC. sold 1,550,000 shares yesterday." }, Split("CELLULAR COMMUNICATIONS INC. sold 1,550,000 shares yesterday."));
}
