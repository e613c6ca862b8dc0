namespace NewsNlp.Tests.Quotes;

/// <summary>Who a pronoun or a described speaker turns out to be: the name the document gives.</summary>
public sealed class SpeakerResolutionTests
{
    private static readonly NewsPipeline s_pipeline = NewsPipeline.CreateDefault();

    private static Quote OnlyQuote(string text) => Assert.Single(s_pipeline.Analyze(text).Quotes);

    [Fact]
    public void It_AfterAnOrganisationNamedInApposition_ResolvesToTheName()
    {
        Quote quote = OnlyQuote("The quarry's owner, Pedra Alta Mineração, said on Friday that all work had stopped. "
            + "“Our first duty is to the families of the men who are still underground,” it said.");

        Assert.Equal("it", quote.Speaker?.Text);
        Assert.Equal("Pedra Alta Mineração", quote.Speaker?.Name);
    }

    [Fact]
    public void It_AfterAnUntaggedCompanyWithWhichClause_ResolvesToTheCompany()
    {
        Quote quote = OnlyQuote("The turbines were built with the Danish supplier Nordhavn Vindkraft, which said it could deliver 40 more by spring. "
            + "“We have the factory space and the workers to do it,” it said.");

        Assert.Equal("Nordhavn Vindkraft", quote.Speaker?.Name);
    }

    [Fact]
    public void They_AfterACountedGroupOfPeople_ResolvesToTheGroup()
    {
        Quote quote = OnlyQuote("Three Danish students who were camping near the lake said they heard the blast at dawn. "
            + "“The whole tent shook and then everything went quiet,” they told reporters.");

        Assert.Equal("they", quote.Speaker?.Text);
        Assert.Equal("Three Danish students", quote.Speaker?.Name);
    }

    [Fact]
    public void They_AfterTwoPeopleJoinedByAnd_ResolvesToBoth()
    {
        Quote quote = OnlyQuote("Ruth and Tomasz Kowalczyk, who have run the bakery for 30 years, collected 2,000 signatures. "
            + "“Nobody from the council has ever bought a loaf here,” they said.");

        Assert.Equal("Ruth and Tomasz Kowalczyk", quote.Speaker?.Name);
    }

    [Fact]
    public void They_AfterAPossessedRelation_ResolvesToThePhrase_NotTheNameBeforeIt()
    {
        Quote quote = OnlyQuote("Adeyemi's parents, who had flown in from Lagos, watched from the stands. "
            + "“We could not look at the last two laps at all,” they told a local radio station.");

        Assert.Equal("Adeyemi's parents", quote.Speaker?.Name);
    }

    [Fact]
    public void He_SkipsAWomanNamedBesideARoleWithAGender()
    {
        Quote quote = OnlyQuote("Daniel Okonjo said he now regretted selling the land. "
            + "His wife, Ebele Okonjo, sat beside him during the interview at their home. "
            + "“I listened to the wrong people and I signed too quickly,” he said.");

        Assert.Equal("Daniel Okonjo", quote.Speaker?.Name);
    }

    [Fact]
    public void ANominalWithTheNameBesideIt_IsAttributedToTheNamedPerson()
    {
        Quote quote = OnlyQuote("“This is a victory for every driver and every cleaner in the city,” declared the union's general secretary, Beatriz Almeida.");

        Assert.Equal("Beatriz Almeida", quote.Speaker?.Text);
        Assert.Equal("declared", quote.Cue?.Text);
    }

    [Fact]
    public void It_AfterTheDefiniteNoun_ResolvesToTheOrganisationWhoseNameHoldsTheNoun()
    {
        Quote quote = OnlyQuote("Hollins Valley Council closed the covered market on Monday after engineers found cracks in its roof. "
            + "Traders said they had heard about it from a newspaper. "
            + "The council said it would put up temporary stalls on the square. "
            + "“We will help every trader who wants to stay in the town centre,” it said.");

        Assert.Equal("Hollins Valley Council", quote.Speaker?.Name);
    }

    [Fact]
    public void He_AfterAnApposedNameWithAnObjectHer_IsNotTakenForAWoman()
    {
        Quote quote = OnlyQuote("Amina Bekova won the final on Sunday. Bekova's coach, Yerlan Dzhaksybekov, a retired army officer, called her stubborn. "
            + "‘She hates draws more than she hates losing, which is rare and very useful,’ he said.");

        Assert.Equal("Yerlan Dzhaksybekov", quote.Speaker?.Name);
    }

    [Fact]
    public void They_AfterAPluralNounOpeningTheSentence_ResolvesToIt()
    {
        Quote quote = OnlyQuote("Organisers said the stadium had sold out within an hour. ‘We could have sold it three times over,’ they said.");

        Assert.Equal("Organisers", quote.Speaker?.Name);
    }

    [Fact]
    public void It_AfterACompanysShortName_ResolvesToTheCompany()
    {
        Quote quote = OnlyQuote("A court ordered the broadband provider Tarrow Fibre Ltd to refund 40,000 customers on Thursday. "
            + "Tarrow said it accepted the ruling. “We are sorry, and we have changed the systems that allowed this,” it said.");

        Assert.Equal("Tarrow Fibre Ltd", quote.Speaker?.Name);
    }
}
