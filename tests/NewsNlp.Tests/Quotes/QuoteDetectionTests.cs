namespace NewsNlp.Tests.Quotes;

/// <summary>Which quoted stretches of news are quotations, and exactly where their content is.</summary>
public sealed class QuoteDetectionTests
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private static string[] Quotations(string text) => [.. s_pipeline.Analyze(text).Quotes.Select(q => q.Text)];

    [Fact]
    public void CurlyQuote_SplitByItsAttribution_IsTwoQuotationsWithOneSpeakerAndCue()
    {
        string text = "Maria Okafor chairs the port authority. “I am ready to sign the contract,” she said, “and so is the whole team behind me.”";
        IReadOnlyList<Quote> quotes = s_pipeline.Analyze(text).Quotes;

        Assert.Equal(["I am ready to sign the contract,", "and so is the whole team behind me."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("she", q.Speaker?.Text));
        Assert.All(quotes, q => Assert.Equal("Maria Okafor", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal("said", q.Cue?.Text));
    }

    [Fact]
    public void StraightQuotes_SpeakerFirstWithColon_AreFound()
    {
        string text = "Transport Minister Edward Wamala told parliament: \"We will establish whether this vessel should ever have left port.\"";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal("We will establish whether this vessel should ever have left port.", quote.Text);
        Assert.Equal("Edward Wamala", quote.Speaker?.Name);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void QuotationOverParagraphs_IsOneQuotationPerParagraph_SameSpeaker()
    {
        string text = "Moussa Hamidou, the mayor of Banibangou, drove to the village on Monday.\n\n"
            + "“They went from house to house. They took the cattle and set fire to the granaries.\n\n"
            + "“We buried 23 people before sunset, six of them children,” Hamidou told Reuters by telephone.";
        IReadOnlyList<Quote> quotes = s_pipeline.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Equal("They went from house to house. They took the cattle and set fire to the granaries.", quotes[0].Text);
        Assert.Equal("We buried 23 people before sunset, six of them children,", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Moussa Hamidou", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal("told", q.Cue?.Text));
    }

    [Fact]
    public void PunctuationOutsideTheMark_StaysOutsideTheContent_AndANominalSpeaks()
    {
        string text = "The minister said the decision was “inevitable after two years of losses at the port”, a source close to the board told The Times.";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal("inevitable after two years of losses at the port", quote.Text);
        Assert.Equal("a source", quote.Speaker?.Text);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void NestedSingleQuotes_StayInsideTheOuterQuotation()
    {
        string text = "“The president told us last week, ‘Trust me, the numbers add up.’ They did not add up,” said Marlene Sousa.";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal("The president told us last week, ‘Trust me, the numbers add up.’ They did not add up,", quote.Text);
        Assert.Equal("Marlene Sousa", quote.Speaker?.Name);
    }

    [Fact]
    public void BritishSingleQuotes_WithApostrophesInside_AreOneQuotation()
    {
        string text = "Harriet Oyelaran, the council’s leader, said: ‘We don’t accept the auditor’s findings and we will appeal.’";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal("We don’t accept the auditor’s findings and we will appeal.", quote.Text);
        Assert.Equal("Harriet Oyelaran", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The regime describes them as its ‘citizens’ but denies them passports.")]
    [InlineData("Economists doubt the so-called \"peace dividend of the last decade\" ever existed.")]
    [InlineData("The documentary “Where the Sun Never Shines” will be broadcast in May.")]
    [InlineData("João Ferreira called the consultation a “formality” and said the authority had “listened carefully”.")]
    public void ScareQuotesTermsAndTitles_AreNotQuotations(string text) => Assert.Empty(Quotations(text));

    [Fact]
    public void ApostrophesAndInchMarks_OpenNoQuotation()
    {
        string text = "The ’90s were kind to Jones’ company. Its 55\" screens sold well, and rock 'n' roll never died in Okafor’s town.";
        Assert.Empty(Quotations(text));
    }

    [Fact]
    public void QuotationWithNoAttribution_HasNoSpeaker()
    {
        string text = "The bakery on Rua Augusta reopened on Monday after the floods.\n\n"
            + "A handwritten sign on the door read: “Sorry we were closed for so long, welcome home to all of you.”";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Null(quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void AccordingTo_NamesTheSpeakerAndTheCue()
    {
        string text = "\"Rates above one percent mean that patients are reaching treatment too late,\" according to the World Health Organization.";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal("according to", quote.Cue?.Text);
        Assert.Contains("World Health Organization", quote.Speaker?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleArticle_QuotationsHaveTheirSourcesAndCues_AndNoScareQuotes()
    {
        string text = File.ReadAllText(Support.RepositoryPaths.SampleArticle);
        IReadOnlyList<Quote> quotes = s_pipeline.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count); // not “listened carefully” nor “formality”
        Assert.StartsWith("This is the most important investment", quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(("Okafor", "Maria Okafor", "said"), (quotes[0].Speaker?.Text, quotes[0].Speaker?.Name, quotes[0].Cue?.Text));
        Assert.StartsWith("The vote was a foregone conclusion", quotes[1].Text, StringComparison.Ordinal);
        Assert.Equal(("a source", "told"), (quotes[1].Speaker?.Text, quotes[1].Cue?.Text));
    }

    [Fact]
    public void TitleCaseQuotationOpeningAHeadline_IsAQuotation_WithNoSpeaker()
    {
        string text = "“Everything Is Under Water Here”: Flood Survivors In Bosnia Wait For Aid\n\n"
            + "SARAJEVO (Reuters) - Thousands of people spent a third night in school gyms on Tuesday after the Bosna river burst its banks.";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal("Everything Is Under Water Here", quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void PronounInASentenceAboutTheSamePerson_ResolvesToTheNameBeforeIt()
    {
        string text = "The farmworker, Ernesto Villalobos, 58, worked in vineyards near Fresno for 30 years. "
            + "He listened to the ruling by phone with his daughter, Marisol, who translated for him. "
            + "“I don't want anyone else to get sick the way I got sick,” he said.";
        Quote quote = Assert.Single(s_pipeline.Analyze(text).Quotes);

        Assert.Equal(("he", "Ernesto Villalobos"), (quote.Speaker?.Text, quote.Speaker?.Name));
    }

    [Fact]
    public void TheyAfterAGroupSpeaker_ResolvesToTheGroup()
    {
        string text = "Insurgents attacked the port town overnight, killing at least nine civilians.\n\n"
            + "\"They came out of the mangroves at about midnight, shouting and shooting,\" two witnesses told Reuters by telephone. "
            + "\"We ran to the beach and hid between the boats until the sun came up,\" they said.";
        IReadOnlyList<Quote> quotes = s_pipeline.Analyze(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Equal("two witnesses", quotes[0].Speaker?.Text);
        Assert.Equal(("they", "two witnesses"), (quotes[1].Speaker?.Text, quotes[1].Speaker?.Name));
    }
}
