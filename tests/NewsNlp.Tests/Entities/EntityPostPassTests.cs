using NewsNlp.Entities;
using NewsNlp.Models;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// The rule-based passes after Viterbi decoding, on hand-tagged text (so a retrained model cannot change what they
/// are tested on): each row is the tagger's output and what the pass should make of it.
/// </summary>
public sealed class EntityPostPassTests
{
    private static readonly EntityLexicon s_lexicon = EmbeddedModels.Entities!.Lexicon;

    private static string Run(string marked, Action<TaggedText> pass)
    {
        var tagged = TaggedText.Parse(marked);
        pass(tagged);
        return tagged.Marked();
    }

    [Theory]
    [InlineData("Editing by [Alison Prentice]PER-[Moore]PER.", "Editing by [Alison Prentice-Moore]PER.")]
    [InlineData("Said [Kwame Adjei]PER-Boateng.", "Said [Kwame Adjei-Boateng]PER.")]
    [InlineData("Fire in [Port]LOC-au-Prince.", "Fire in [Port-au-Prince]LOC.")]
    [InlineData("Benali-[Roux]PER thanked her.", "[Benali-Roux]PER thanked her.")]
    [InlineData("Then Coca-[Cola]ORG built a plant.", "Then [Coca-Cola]ORG built a plant.")]
    [InlineData("Talks on Israel-[Gaza]LOC stalled.", "Talks on Israel-[Gaza]LOC stalled.")]
    [InlineData("Cleric [Moqtada]PER al-[Sadr]PER spoke.", "Cleric [Moqtada al-Sadr]PER spoke.")]
    [InlineData("The [Google]ORG-[Mozilla]ORG deal.", "The [Google]ORG-[Mozilla]ORG deal.")]
    [InlineData("An [Obama]PER-era rule.", "An [Obama]PER-era rule.")]
    [InlineData("Coach [Kim Dae]PER-sung watched.", "Coach [Kim Dae-sung]PER watched.")]
    [InlineData("A [Biden]PER-led push.", "A [Biden]PER-led push.")]
    public void HyphenatedNames_Apply_KeepsHyphenJoinedNamesWhole(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => HyphenatedNames.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("Attendees: [Pam Butler Renee Ratcliff Larry Lewis]PER", "Attendees: [Pam Butler]PER [Renee Ratcliff]PER [Larry Lewis]PER")]
    [InlineData("Thank you, [Phillip Phillip]PER, for this.", "Thank you, [Phillip]PER [Phillip]PER, for this.")]
    [InlineData("Coach: [Lisa Gilette Kristen Quinn]PER, Sarah.", "Coach: [Lisa Gilette]PER [Kristen Quinn]PER, Sarah.")]
    [InlineData("[Sarah Jessica Parker]PER", "[Sarah Jessica Parker]PER")]
    [InlineData("[Martin Luther King]PER", "[Martin Luther King]PER")]
    [InlineData("Including [Abdul Wahhab al-Janabi]PER of the board.", "Including [Abdul Wahhab al-Janabi]PER of the board.")]
    [InlineData("\"[Townsend]PER, [George]PER\" <g@example.org> wrote", "\"[Townsend, George]PER\" <g@example.org> wrote")]
    [InlineData("[Townsend]PER, [George]PER and [Ann]PER met.", "[Townsend]PER, [George]PER and [Ann]PER met.")]
    [InlineData("Much better. [Phillip Jim]PER, Take a look at this spreadsheet.", "Much better. [Phillip]PER [Jim]PER, Take a look at this spreadsheet.")]
    [InlineData("Thanks. [Marlene D. Hilliard Ginny]PER, Please see the guaranty.", "Thanks. [Marlene D. Hilliard]PER [Ginny]PER, Please see the guaranty.")]
    [InlineData("said [Sarah Lewis]PER, Chief Executive of the firm.", "said [Sarah Lewis]PER, Chief Executive of the firm.")]
    public void AdjacentNames_Apply_SplitsNamesRunTogether(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => AdjacentNames.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("Children in [mainland Australia]LOC are short of iodine.", "Children in mainland [Australia]LOC are short of iodine.")]
    [InlineData("In the [Nanoro health]LOC district.", "In the [Nanoro]LOC health district.")]
    [InlineData("They look to [bin Laden]PER for cues.", "They look to [bin Laden]PER for cues.")]
    [InlineData("A merger with [Brightwell Home plc]ORG was agreed.", "A merger with [Brightwell Home plc]ORG was agreed.")]
    [InlineData("Coach [Kim Dae-sung]PER watched.", "Coach [Kim Dae-sung]PER watched.")]
    public void LowercaseEdges_Apply_LeavesLowerCaseWordsOffTheEdges(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => LowercaseEdges.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("i am a foreigner living in malaysia and want to work.", "i am a foreigner living in [malaysia]LOC and want to work.")]
    [InlineData("buses ply between noida and greater noida every hour", "buses ply between [noida]LOC and [greater noida]LOC every hour")]
    [InlineData("we spent the week in [Lisbon]LOC and auckland later", "we spent the week in [Lisbon]LOC and [auckland]LOC later")]
    [InlineData("information about migratory birds in punjab please", "information about migratory birds in [punjab]LOC please")]
    [InlineData("he lives in bath with his wife", "he lives in bath with his wife")]
    [InlineData("malaysia is hot", "malaysia is hot")]
    public void LowercasePlaces_Apply_TagsGazetteerPlacesAfterAPlaceWord(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => LowercasePlaces.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("She told the newspaper Público on Friday.", "She told the newspaper [Público]ORG on Friday.")]
    [InlineData("It was developed by the Danish drugmaker Nordholm Pharma, which said so.", "It was developed by the Danish drugmaker [Nordholm Pharma]ORG, which said so.")]
    [InlineData("Researchers reported in the journal The Lancet on Tuesday.", "Researchers reported in the journal [The Lancet]ORG on Tuesday.")]
    [InlineData("The budget carrier Lotus [Sky Airways]ORG has agreed to buy jets.", "The budget carrier [Lotus Sky Airways]ORG has agreed to buy jets.")]
    [InlineData("He runs a shelter for the charity Caritas.", "He runs a shelter for the charity [Caritas]ORG.")]
    [InlineData("The company Monday said profits rose.", "The company Monday said profits rose.")]
    [InlineData("The company said [Anna Berg]PER would lead it.", "The company said [Anna Berg]PER would lead it.")]
    [InlineData("Regulators fined messaging app Loopr on Wednesday.", "Regulators fined messaging app [Loopr]ORG on Wednesday.")]
    [InlineData("The farmers' association Coldiretti estimated damage.", "The farmers' association [Coldiretti]ORG estimated damage.")]
    public void NamedAfterKind_Apply_TagsTheNameAfterAKindOfOrganisation(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => NamedAfterKind.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("The fissure opened 3 km from the town of Grindavik on Monday.", "The fissure opened 3 km from the town of [Grindavik]LOC on Monday.")]
    [InlineData("The storm reached the province of [Cagayan]PER before dawn.", "The storm reached the province of [Cagayan]LOC before dawn.")]
    [InlineData("In the village of Nant Y Ffin, residents waited.", "In the village of [Nant Y Ffin]LOC, residents waited.")]
    [InlineData("The city of [Lisbon]LOC agreed.", "The city of [Lisbon]LOC agreed.")]
    [InlineData("A number of Britons were hurt.", "A number of Britons were hurt.")]
    [InlineData("Gangs torched homes in the Solino neighborhood overnight.", "Gangs torched homes in the [Solino]LOC neighborhood overnight.")]
    [InlineData("Fires spread in the [Solino]PER neighborhood.", "Fires spread in the [Solino]LOC neighborhood.")]
    [InlineData("Troops moved into the Kurdish region.", "Troops moved into the Kurdish region.")]
    [InlineData("Rain fell across the Northern district.", "Rain fell across the Northern district.")]
    [InlineData("The war in the northern Tigray region ended.", "The war in the northern [Tigray]LOC region ended.")]
    [InlineData("They waited in [Kathmandu]LOC's Gongabu area.", "They waited in [Kathmandu]LOC's [Gongabu]LOC area.")]
    [InlineData("He met [Ana Lima]ORG in the city district.", "He met [Ana Lima]ORG in the city district.")]
    public void PlacesOfKind_Apply_TagsTheNameAfterAKindOfPlace(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => PlacesOfKind.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("The Norwegian Coastal Administration said the ship was safe.", "The [Norwegian Coastal Administration]ORG said the ship was safe.")]
    [InlineData("[Ukraine]LOC’s Agriculture Ministry said it was ready.", "[Ukraine]LOC’s [Agriculture Ministry]ORG said it was ready.")]
    [InlineData("The Attorney General’s Office said it would appeal.", "The [Attorney General’s Office]ORG said it would appeal.")]
    [InlineData("I'm thankful for the folks at HR Office.", "I'm thankful for the folks at HR Office.")]
    [InlineData("She called the Reservation Office of the station.", "She called the Reservation Office of the station.")]
    [InlineData("The Ministry said nothing.", "The Ministry said nothing.")]
    [InlineData("Pilots At Aerolusa Union Strike Again", "Pilots At Aerolusa Union Strike Again")]
    [InlineData("It meets Qualified Party requirements.", "It meets Qualified Party requirements.")]
    [InlineData("The decision of the Tax Appeals Tribunal was overturned.", "The decision of the [Tax Appeals Tribunal]ORG was overturned.")]
    [InlineData("We revalue assets for the August Board meeting.", "We revalue assets for the August Board meeting.")]
    [InlineData("Video on the Undergraduate Student Government website.", "Video on the [Undergraduate Student Government]ORG website.")]
    public void OrganizationHeadRuns_Apply_TagsUntaggedRunsEndingInAnInstitutionWord(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => OrganizationHeadRuns.Apply(t.Text, t.Tokens, t.Tags, null)));

    [Theory]
    [InlineData("Some 22 people died in [Mosul]LOC, Baiji, and Tuz on Monday.", "Some 22 people died in [Mosul]LOC, [Baiji]LOC, and [Tuz]LOC on Monday.")]
    [InlineData("Electrolux and [BSH]ORG lead the market.", "[Electrolux]ORG and [BSH]ORG lead the market.")]
    [InlineData("Beaches and [Disney]ORG drew crowds.", "Beaches and [Disney]ORG drew crowds.")]
    [InlineData("Hibernian will face [Celtic]ORG or Rangers in the final.", "Hibernian will face [Celtic]ORG or [Rangers]ORG in the final.")]
    [InlineData("In [Paris]LOC, Smith said no.", "In [Paris]LOC, Smith said no.")]
    [InlineData("It was built by [Airbus Defence]ORG and Space in Friedrichshafen.", "It was built by [Airbus Defence]ORG and Space in Friedrichshafen.")]
    [InlineData("Don't make [Peters]PER and Co. wait.", "Don't make [Peters]PER and Co. wait.")]
    [InlineData("The [Phoenix]LOC and The Sun sold out.", "The [Phoenix]LOC and The Sun sold out.")]
    [InlineData("Prices in [Tema]LOC and [Kumasi]PER rose.", "Prices in [Tema]LOC and [Kumasi]LOC rose.")]
    [InlineData("Trips to [Paris]LOC and [Jean]PER's farm.", "Trips to [Paris]LOC and [Jean]PER's farm.")]
    [InlineData("Between [Mopti]LOC and [Anna]PER they drove.", "Between [Mopti]LOC and [Anna]PER they drove.")]
    public void CoordinatedNames_Apply_GivesAListsUntaggedMembersTheTaggedOnesLabel(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => CoordinatedNames.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("The Administração dos Portos de [Sines]LOC e do [Algarve]PER said so.", "The [Administração dos Portos de Sines e do Algarve]ORG said so.")]
    [InlineData("A source told the Jornal de Negócios.", "A source told the [Jornal de Negócios]ORG.")]
    [InlineData("The faction calls itself the [Frente Sur Andino]LOC.", "The faction calls itself the [Frente Sur Andino]ORG.")]
    [InlineData("The Banco went bust.", "The Banco went bust.")]
    [InlineData("The Commission of [Inquiry]ORG met.", "The Commission of [Inquiry]ORG met.")]
    public void ForeignOrganizationNames_Apply_TagsAForeignInstitutionsWholeName(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => ForeignOrganizationNames.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("\"It is cheap,\" said [Paolo Rinaldi]PER, an analyst at [Mediobanca]LOC.", "\"It is cheap,\" said [Paolo Rinaldi]PER, an analyst at [Mediobanca]ORG.")]
    [InlineData("She is a nutrition researcher at Tec Monterrey now.", "She is a nutrition researcher at [Tec Monterrey]ORG now.")]
    [InlineData("He is an analyst at [Jane Smith]PER's firm.", "He is an analyst at [Jane Smith]PER's firm.")]
    [InlineData("Officials at [Heathrow]LOC said flights resumed.", "Officials at [Heathrow]LOC said flights resumed.")]
    [InlineData("We met at [London]LOC on Monday.", "We met at [London]LOC on Monday.")]
    [InlineData("Shares in Mota-Engil rose 3.2%.", "Shares in [Mota-Engil]ORG rose 3.2%.")]
    [InlineData("Shares of [Hiroshima Kyodo]LOC jumped 12%.", "Shares of [Hiroshima Kyodo]ORG jumped 12%.")]
    [InlineData("It sold its stake in [Kenya]LOC's biggest bank.", "It sold its stake in [Kenya]LOC's biggest bank.")]
    [InlineData("I'm Lauren, news editor at Global Voices.", "I'm Lauren, news editor at [Global Voices]ORG.")]
    [InlineData("A spokesman for Vidarbha Coalfields said so.", "A spokesman for [Vidarbha Coalfields]ORG said so.")]
    [InlineData("She is the editor for [South Asia]LOC at the site.", "She is the editor for [South Asia]LOC at the site.")]
    [InlineData("A spokesman for [Maria Okafor]PER declined.", "A spokesman for [Maria Okafor]PER declined.")]
    public void Workplaces_Apply_MakesTheEmployerAfterAJobAnOrganization(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => Workplaces.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("It rose, according to [Deepa Raman]ORG, an analyst at [Morgan Stanley]ORG.", "It rose, according to [Deepa Raman]PER, an analyst at [Morgan Stanley]ORG.")]
    [InlineData("She came with her publisher, [Baraka Mwangi]ORG, on Monday.", "She came with her publisher, [Baraka Mwangi]PER, on Monday.")]
    [InlineData("The new member, [Dafydd Morgan-Hughes]ORG, is a former teacher.", "The new member, [Dafydd Morgan-Hughes]PER, is a former teacher.")]
    [InlineData("The film’s star, [Tobi Adeleke]LOC, was driving a taxi.", "The film’s star, [Tobi Adeleke]PER, was driving a taxi.")]
    [InlineData("It hired [Acme Holdings]ORG, a partner of the city.", "It hired [Acme Holdings]ORG, a partner of the city.")]
    [InlineData("[Costa Rica]LOC, a member of the group, voted no.", "[Costa Rica]LOC, a member of the group, voted no.")]
    [InlineData("Its owner, [Brightwell Group]ORG, declined.", "Its owner, [Brightwell Group]ORG, declined.")]
    [InlineData("[Lindqvist Tarrow]ORG, a company in Oslo, said so.", "[Lindqvist Tarrow]ORG, a company in Oslo, said so.")]
    [InlineData("[NATO]ORG, the alliance's leader, spoke.", "[NATO]ORG, the alliance's leader, spoke.")]
    public void PersonAppositives_Apply_MakesANameBesideAPersonNounAPerson(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => PersonAppositives.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("The base at [Miramar California]LOC is north of [San Diego]LOC.", "The base at [Miramar]LOC [California]LOC is north of [San Diego]LOC.")]
    [InlineData("She rents a flat in [Lagos Nigeria]LOC now.", "She rents a flat in [Lagos]LOC [Nigeria]LOC now.")]
    [InlineData("Another disappointment in [Central Iowa]LOC today.", "Another disappointment in [Central Iowa]LOC today.")]
    [InlineData("They moved to [New Mexico]LOC and [Northern Ireland]LOC.", "They moved to [New Mexico]LOC and [Northern Ireland]LOC.")]
    public void PlacePairs_Apply_SplitsATownFromItsStateOrCountry(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => PlacePairs.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("It was built by [Airbus Defence]ORG and Space in Friedrichshafen.", "It was built by [Airbus Defence and Space]ORG in Friedrichshafen.")]
    [InlineData("Her [Department of Transport]ORG and [Main Roads]LOC funds it.", "Her [Department of Transport and Main Roads]ORG funds it.")]
    [InlineData("The National Disaster Risk Reduction and [Management Council]ORG said so.", "The [National Disaster Risk Reduction and Management Council]ORG said so.")]
    [InlineData("A deal between the [Ministry of Defence]ORG and [Lockheed Martin]ORG was signed.", "A deal between the [Ministry of Defence]ORG and [Lockheed Martin]ORG was signed.")]
    [InlineData("The Global and [Enron]ORG ties matter.", "The Global and [Enron]ORG ties matter.")]
    [InlineData("I would call [TIGER HEATING]ORG and AIR today.", "I would call [TIGER HEATING]ORG and AIR today.")]
    public void JoinedOrganizationNames_Apply_JoinsAnInstitutionsRemitAcrossAnd(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => JoinedOrganizationNames.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("[Lassa]LOC fever has killed 118 people in [Nigeria]LOC.", "Lassa fever has killed 118 people in [Nigeria]LOC.")]
    [InlineData("He won a stage of the Tour de [France]LOC in [Nice]LOC.", "He won a stage of the Tour de France in [Nice]LOC.")]
    [InlineData("The [Zika]PER virus spread.", "The Zika virus spread.")]
    [InlineData("[Pfizer]ORG virus tests and [France]LOC.", "[Pfizer]ORG virus tests and [France]LOC.")]
    public void NamedAfterPlaces_Apply_UntagsDiseasesAndRacesNamedAfterPlaces(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => NamedAfterPlaces.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("[Cyclone Phailin]PER has winds of 200 km/h. [Phailin]PER's winds will weaken.", "Cyclone Phailin has winds of 200 km/h. Phailin's winds will weaken.")]
    [InlineData("[Phailin]PER grew. Hurricane [Phailin]PER hit [Odisha]LOC.", "Phailin grew. Hurricane Phailin hit [Odisha]LOC.")]
    [InlineData("Once [Cyclone Phailin]PER comes ashore it weakens.", "Once Cyclone Phailin comes ashore it weakens.")]
    [InlineData("Tropical Storm [Orla]PER brought rain to [Cork]LOC.", "Tropical Storm Orla brought rain to [Cork]LOC.")]
    [InlineData("The [National Hurricane Center]ORG warned [Florida]LOC.", "The [National Hurricane Center]ORG warned [Florida]LOC.")]
    [InlineData("The [Seattle Storm]ORG beat [Chicago]ORG. [Seattle]LOC celebrated.", "The [Seattle Storm]ORG beat [Chicago]ORG. [Seattle]LOC celebrated.")]
    [InlineData("Forecasters at the [Hurricane Center]ORG said so.", "Forecasters at the [Hurricane Center]ORG said so.")]
    [InlineData("The storm hit [Manila]LOC.", "The storm hit [Manila]LOC.")]
    [InlineData("Strengthening Hurricane Rita neared [Cuba]LOC. The center said [Rita]PER was dangerous.", "Strengthening Hurricane Rita neared [Cuba]LOC. The center said Rita was dangerous.")]
    [InlineData("[Rita]PER met Hurricane Center staff.", "[Rita]PER met Hurricane Center staff.")]
    public void StormNames_Apply_UntagsNamedStormsAndTheirLaterMentions(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => StormNames.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("Judge Orders Halyard To Pay A$310 Million\n\nA judge ordered [Halyard]ORG to pay.", "Judge Orders [Halyard]ORG To Pay A$310 Million\n\nA judge ordered [Halyard]ORG to pay.")]
    [InlineData("Chinese Battery Maker Huaxin To Build Plant\n\n[Huaxin]ORG will build it.", "Chinese Battery Maker [Huaxin]ORG To Build Plant\n\n[Huaxin]ORG will build it.")]
    [InlineData("Regional Lenders Setouchi [Bank]ORG To Merge\n\n[Setouchi]ORG said so.", "Regional Lenders Setouchi [Bank]ORG To Merge\n\n[Setouchi]ORG said so.")]
    [InlineData("Orders for Halyard phones rose sharply this year\n\n[Halyard]ORG said so.", "Orders for [Halyard]ORG phones rose sharply this year\n\n[Halyard]ORG said so.")]
    [InlineData("Halyard Orders rose sharply this year, it said.\n\n[Halyard]ORG said so.", "Halyard Orders rose sharply this year, it said.\n\n[Halyard]ORG said so.")]
    [InlineData("[Maria Okafor]PER spoke. Later Okafor left.", "[Maria Okafor]PER spoke. Later [Okafor]PER left.")]
    public void DocumentConsistency_Apply_TagsRecurrencesOfNamesTheDocumentTaught(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => DocumentConsistency.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("Bleaching hit two-thirds of the Great Barrier Reef this year.", "Bleaching hit two-thirds of the [Great Barrier Reef]LOC this year.")]
    [InlineData("Drones flew over the Bab el-Mandeb Strait an hour later.", "Drones flew over the [Bab el-Mandeb Strait]LOC an hour later.")]
    [InlineData("A tanker burned in the southern [Red Sea]ORG on Tuesday.", "A tanker burned in the southern [Red Sea]LOC on Tuesday.")]
    [InlineData("SOLAS (Safety Of Life At Sea) is a treaty.", "SOLAS (Safety Of Life At Sea) is a treaty.")]
    [InlineData("The Sea is calm.", "The Sea is calm.")]
    [InlineData("[Greenpeace]ORG sailed to the [Arctic]LOC Sea.", "[Greenpeace]ORG sailed to the [Arctic]LOC Sea.")]
    public void PlaceHeadRuns_Apply_TagsNamesEndingInAGeographicFeature(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => PlaceHeadRuns.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("[Sri Lanka]LOC beat [Pakistan]LOC by 42 runs.", "[Sri Lanka]ORG beat [Pakistan]ORG by 42 runs.")]
    [InlineData("[Pakistan]LOC captain Saad Qureshi was shocked.", "[Pakistan]ORG captain Saad Qureshi was shocked.")]
    [InlineData("The hosts lost to [Glasgow City]LOC on Sunday.", "The hosts lost to [Glasgow City]ORG on Sunday.")]
    [InlineData("Floods beat [Pakistan]LOC again this year.", "Floods beat [Pakistan]LOC again this year.")]
    [InlineData("He flew to [Pakistan]LOC on Monday.", "He flew to [Pakistan]LOC on Monday.")]
    [InlineData("Hibernian beat [Glasgow City]LOC 4-1 on Sunday.", "[Hibernian]ORG beat [Glasgow City]ORG 4-1 on Sunday.")]
    [InlineData("Storms beat [Glasgow]LOC again.", "Storms beat [Glasgow]LOC again.")]
    public void SportingSides_Apply_MakesPlacesThatPlayTeams(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => SportingSides.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("[Ghana]LOC had led. Later [Ghana]LOC tired. Fans in [Ghana]LOC wept. [Accra]LOC was quiet.", "[Ghana]ORG had led. Later [Ghana]ORG tired. Fans in [Ghana]LOC wept. [Accra]LOC was quiet.")]
    public void SportingSides_RelabelTeams_MakesEveryMentionOfATeamAnOrganization(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => SportingSides.RelabelTeams(t.Text, t.Tokens, t.Tags, new HashSet<string>(["Ghana"], StringComparer.Ordinal))));

    [Theory]
    [InlineData("The House did its job, and the Senate will judge.", "The [House]ORG did its job, and the [Senate]ORG will judge.")]
    [InlineData("A spokesman for the Kremlin said nothing.", "A spokesman for the [Kremlin]ORG said nothing.")]
    [InlineData("The House of Commons sat late.", "The House of Commons sat late.")]
    [InlineData("They bought a house near the lake.", "They bought a house near the lake.")]
    [InlineData("The [World Health Organisation]ORG (WHO) recommends it.", "The [World Health Organisation]ORG ([WHO]ORG) recommends it.")]
    [InlineData("Offices in [Portland]LOC (ENA) or Houston.", "Offices in [Portland]LOC (ENA) or Houston.")]
    [InlineData("Researchers at the [Oswaldo Cruz Foundation]ORG ([Fiocruz]PER) said so.", "Researchers at the [Oswaldo Cruz Foundation]ORG ([Fiocruz]ORG) said so.")]
    public void Institutions_Apply_TagsOneWordInstitutionsAndBracketedAcronyms(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => Institutions.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("Constance, I was on vacation from October 4th.", "[Constance]PER, I was on vacation from October 4th.")]
    [InlineData("However, I was on vacation.", "However, I was on vacation.")]
    [InlineData("Constance, the new hire, starts today.", "Constance, the new hire, starts today.")]
    public void TagGreetings_TagsAFirstNameThatGreets(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => AdjacentNames.TagGreetings(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("Lead author [Dr. Sasha Okonkwo]PER said.", "Lead author Dr. [Sasha Okonkwo]PER said.")]
    [InlineData("A quote from [Lord Diplock]PER here.", "A quote from Lord [Diplock]PER here.")]
    [InlineData("Councillor Harjit Gill said.", "Councillor [Harjit Gill]PER said.")]
    [InlineData("They said. [The Korea Medical Association]ORG agreed.", "They said. The [Korea Medical Association]ORG agreed.")]
    [InlineData("Income came from [The Mozilla Foundation]ORG then.", "Income came from [The Mozilla Foundation]ORG then.")]
    public void TitledNames_Apply_LeavesTitlesAndOpeningArticlesOutOfNames(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => TitledNames.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("At [Humberto Delgado Airport]PER today.", "At [Humberto Delgado Airport]LOC today.")]
    [InlineData("Shares of [Lindqvist Bank]PER fell.", "Shares of [Lindqvist Bank]ORG fell.")]
    [InlineData("[Maria Okafor]PER spoke.", "[Maria Okafor]PER spoke.")]
    [InlineData("An economist at [Erste Bank]LOC said.", "An economist at [Erste Bank]ORG said.")]
    [InlineData("Useful at [Penn State]PER now.", "Useful at [Penn State]ORG now.")]
    [InlineData("According to the [Sydney Morning Herald]LOC today.", "According to the [Sydney Morning Herald]ORG today.")]
    [InlineData("Towns in the [West Bank]LOC voted.", "Towns in the [West Bank]LOC voted.")]
    [InlineData("[Ghana]ORG will cap exports.", "[Ghana]LOC will cap exports.")]
    [InlineData("[North Korea]ORG said so.", "[North Korea]LOC said so.")]
    [InlineData("[Ghana Cocoa Board]ORG said so.", "[Ghana Cocoa Board]ORG said so.")]
    [InlineData("It was made by [Takeda Pharmaceutical]PER in Osaka.", "It was made by [Takeda Pharmaceutical]ORG in Osaka.")]
    [InlineData("The editor of the [San Francisco Bulletin]LOC laughed.", "The editor of the [San Francisco Bulletin]ORG laughed.")]
    public void HeadWords_Apply_RelabelsNamesByTheirHeadWord(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => HeadWords.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("Title\n\nLISBON, July 14 (Reuters) - Pilots struck.", "Title\n\n[LISBON]LOC, July 14 ([Reuters]ORG) - Pilots struck.")]
    [InlineData("Title\n\n[ALPE D’HUEZ]PER, France — Belgian rider won.", "Title\n\n[ALPE D’HUEZ]LOC, France — Belgian rider won.")]
    [InlineData("Title\n\nPORT-AU-PRINCE, Jan. 15 (AP) — Gangs.", "Title\n\n[PORT-AU-PRINCE]LOC, Jan. 15 ([AP]ORG) — Gangs.")]
    [InlineData("Title\n\nLISBON, March 3 (NewsNlp Wire) - Portugal’s port.", "Title\n\n[LISBON]LOC, March 3 ([NewsNlp Wire]ORG) - Portugal’s port.")]
    [InlineData("Title\n\nOSLO, May 2 (Reuters and the Guardian) - Talks.", "Title\n\n[OSLO]LOC, May 2 (Reuters and the Guardian) - Talks.")]
    [InlineData("I, Joshua Norton, declare.", "I, Joshua Norton, declare.")]
    [InlineData("Title\n\nNASA, Boeing and SpaceX signed.", "Title\n\nNASA, Boeing and SpaceX signed.")]
    [InlineData("Title\n\nBREMEN, Germany, Oct. 16 - The museum.", "Title\n\n[BREMEN]LOC, Germany, Oct. 16 - The museum.")]
    [InlineData("We met in LISBON, July 14.", "We met in LISBON, July 14.")]
    public void Datelines_Apply_TagsTheDatelinePlace(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => Datelines.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("Hartley founded [Brightwell]PER in 1994. [Brightwell]PER said it agreed.", "Hartley founded [Brightwell]ORG in 1994. [Brightwell]ORG said it agreed.")]
    [InlineData("A spokesman for [Vidarbha Coalfields]PER said so.", "A spokesman for [Vidarbha Coalfields]ORG said so.")]
    [InlineData("[Corvane]PER shares rose 4.8%.", "[Corvane]ORG shares rose 4.8%.")]
    [InlineData("The mine's owner, [Minera Atacama Norte]PER, said it stopped.", "The mine's owner, [Minera Atacama Norte]ORG, said it stopped.")]
    [InlineData("Her publisher, [Baraka Mwangi]PER, said so.", "Her publisher, [Baraka Mwangi]PER, said so.")]
    [InlineData("A spokesman for [Putin]PER said so.", "A spokesman for [Putin]PER said so.")]
    [InlineData("[Nakamura]PER's coach watched.", "[Nakamura]PER's coach watched.")]
    [InlineData("[Simon Hartley]PER founded it. The firm [Hartley]PER grew.", "[Simon Hartley]PER founded it. The firm [Hartley]PER grew.")]
    [InlineData("\"Fine,\" said [Arianespace]PER chief executive [Laurent Mercadier]PER.", "\"Fine,\" said [Arianespace]ORG chief executive [Laurent Mercadier]PER.")]
    [InlineData("[Rabo-Lowlands]PER sports director [Marieke Jansen]PER said so.", "[Rabo-Lowlands]ORG sports director [Marieke Jansen]PER said so.")]
    [InlineData("[Jansen]PER directed it; [Jansen]PER chief of staff.", "[Jansen]PER directed it; [Jansen]PER chief of staff.")]
    [InlineData("[Safaricom Ethiopia]LOC is ready. [Safaricom Ethiopia]LOC chief executive Peter Kariuki said so.", "[Safaricom Ethiopia]ORG is ready. [Safaricom Ethiopia]ORG chief executive Peter Kariuki said so.")]
    [InlineData("Analysts said [Nordholm]LOC’s shares fell.", "Analysts said [Nordholm]ORG’s shares fell.")]
    [InlineData("[Japan]LOC shares fell and [Tokyo]LOC stock rose.", "[Japan]LOC shares fell and [Tokyo]LOC stock rose.")]
    [InlineData("They bid for [Al-Hilal]PER. [Al-Hilal]PER sporting director [Fahad Al-Mutairi]PER said so.", "They bid for [Al-Hilal]ORG. [Al-Hilal]ORG sporting director [Fahad Al-Mutairi]PER said so.")]
    [InlineData("He joined [Chega]PER. He denied a deal with [Chega]PER, whose leader had called.", "He joined [Chega]ORG. He denied a deal with [Chega]ORG, whose leader had called.")]
    [InlineData("[Maria Okafor]PER, whose leaders were away, spoke.", "[Maria Okafor]PER, whose leaders were away, spoke.")]
    public void OrganizationCues_Apply_RelabelsCuedNamesThroughTheDocument(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => OrganizationCues.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Theory]
    [InlineData("The [Federal Office]ORG for the Environment said.", "The [Federal Office for the Environment]ORG said.")]
    [InlineData("The [U.S. Department of Housing]ORG and Urban Development sued.", "The [U.S. Department of Housing and Urban Development]ORG sued.")]
    [InlineData("[Microsoft]ORG and [Google]ORG agreed.", "[Microsoft]ORG and [Google]ORG agreed.")]
    [InlineData("He abolished the [United States]LOC Congress by decree.", "He abolished the [United States Congress]ORG by decree.")]
    [InlineData("For the intervener, [British Columbia]LOC Lottery Corporation: K. Stevens.", "For the intervener, [British Columbia Lottery Corporation]ORG: K. Stevens.")]
    [InlineData("In [Kenya]LOC Moses Kip won.", "In [Kenya]LOC Moses Kip won.")]
    // A known limit, kept visible: an untagged name after "and" is taken in; a tagged one is not.
    [InlineData("The [Bank of England]ORG and Barclays agreed.", "The [Bank of England and Barclays]ORG agreed.")]
    [InlineData("The [Bank of England]ORG and [Barclays]ORG agreed.", "The [Bank of England]ORG and [Barclays]ORG agreed.")]
    [InlineData("The [Federal Office]ORG for Migration Policy Studies Research Unit said.", "The [Federal Office]ORG for Migration Policy Studies Research Unit said.")]
    [InlineData("Staff at the [Penteli Children]ORG's Hospital moved 68 patients.", "Staff at the [Penteli Children's Hospital]ORG moved 68 patients.")]
    [InlineData("The [Competition Commission]ORG of [India]LOC fined it.", "The [Competition Commission of India]ORG fined it.")]
    [InlineData("He joined the [United States]LOC [Supreme Court]ORG in 2006.", "He joined the [United States Supreme Court]ORG in 2006.")]
    [InlineData("Game 4 vs. [Portland]LOC [FIRE]ORG on Sunday.", "Game 4 vs. [Portland]LOC [FIRE]ORG on Sunday.")]
    [InlineData("The [Prime Minister]ORG of [India]LOC spoke.", "The [Prime Minister]ORG of [India]LOC spoke.")]
    [InlineData("Its owner is [Saudi Arabia]LOC’s Public Investment Fund.", "Its owner is [Saudi Arabia]LOC’s Public Investment Fund.")]
    [InlineData("[Okafor]PER's Office Manager left.", "[Okafor]PER's Office Manager left.")]
    public void OrganizationTails_Apply_CompletesLongInstitutionalNames(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => OrganizationTails.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("Many see the [Israeli]LOC air strikes as a response.", "Many see the Israeli air strikes as a response.")]
    [InlineData("Officers patrol with the [Haitian National Police]ORG now.", "Officers patrol with the [Haitian National Police]ORG now.")]
    [InlineData("Those [Americans]LOC were there by choice.", "Those [Americans]LOC were there by choice.")]
    public void Demonyms_Apply_UntagsNationalityAdjectivesStandingAlone(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => Demonyms.Apply(t.Text, t.Tokens, t.Tags)));

    [Theory]
    [InlineData("Cheapest drinks in [Keene]PER! [Keene]PER is fun.", "Cheapest drinks in [Keene]LOC! [Keene]LOC is fun.")]
    [InlineData("[Jesse Keene]PER spoke. Faith in [Keene]PER grew.", "[Jesse Keene]PER spoke. Faith in [Keene]PER grew.")]
    [InlineData("A letter to [Keene]PER arrived.", "A letter to [Keene]PER arrived.")]
    [InlineData("[Coron]PER grew. Fishing came to [Coron]PER, and tourism in [Coron]PER boomed in [Coron]PER.", "[Coron]LOC grew. Fishing came to [Coron]LOC, and tourism in [Coron]LOC boomed in [Coron]LOC.")]
    [InlineData("Tourism in [Coron]PER boomed. [Coron]PER smiled.", "Tourism in [Coron]PER boomed. [Coron]PER smiled.")]
    [InlineData("It may be in [Bart]PER's files or in [Bart]PER's desk.", "It may be in [Bart]PER's files or in [Bart]PER's desk.")]
    [InlineData("We trust in [Bart]PER. Faith in [Bart]PER grew.", "We trust in [Bart]PER. Faith in [Bart]PER grew.")]
    public void PlaceCues_Apply_RelabelsTownsAfterPrepositionsOfPlace(string tagged, string expected) =>
        Assert.Equal(expected, Run(tagged, t => PlaceCues.Apply(t.Text, t.Tokens, s_lexicon, t.Tags)));

    [Fact]
    public void SentenceOpeners_Apply_DropsAnOpenerTheDocumentWritesInLowerCase()
    {
        const string text = "Homeopathy is a form of medicine. Parents used homeopathy. Okafor agreed. Okafor left.";
        NewsDocument document = NewsPipeline.CreateDefault().Analyze(text);
        var tagged = TaggedText.Parse("[Homeopathy]PER is a form of medicine. Parents used homeopathy. [Okafor]PER agreed. [Okafor]PER left.");
        SentenceOpeners.Apply(tagged.Text, tagged.Tokens, document.Sentences, tagged.Tags);
        Assert.Equal("Homeopathy is a form of medicine. Parents used homeopathy. [Okafor]PER agreed. [Okafor]PER left.", tagged.Marked());
    }

    [Fact]
    public void SentenceOpeners_Apply_KeepsAnOpenerTheDocumentUsesInALongerName()
    {
        const string text = "Jane Price was convicted. The price was high. Price will be sentenced.";
        NewsDocument document = NewsPipeline.CreateDefault().Analyze(text);
        var tagged = TaggedText.Parse("[Jane Price]PER was convicted. The price was high. [Price]PER will be sentenced.");
        SentenceOpeners.Apply(tagged.Text, tagged.Tokens, document.Sentences, tagged.Tags);
        Assert.Equal("[Jane Price]PER was convicted. The price was high. [Price]PER will be sentenced.", tagged.Marked());
    }
}
