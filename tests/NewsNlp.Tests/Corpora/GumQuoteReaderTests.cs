using NewsNlp.Tests.Support;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Tests.Corpora;

/// <summary>
/// The GUM-derived quote attribution data becomes gold documents in the JSON contract: one quote per TSV row, its
/// offsets on the content inside the quote marks of the rebuilt GUM text, with the gold subject as speaker.
/// </summary>
public sealed class GumQuoteReaderTests
{
    private static readonly string[] s_quoteMarks = ["\"", "“", "”", "‘", "’", "'"];

    [CorpusFact]
    public void Read_TestSplit_GivesOneQuotePerTsvRow()
    {
        string corpora = CorpusLocator.Find();
        var unlocated = new List<string>();
        List<AnnotatedDocument> documents = [.. GumQuoteReader.Read(corpora, "test", unlocated: unlocated)];

        Assert.Empty(unlocated);
        Assert.Equal(30, documents.Count);
        Assert.Equal(33, TsvRows(corpora, "test"));
        Assert.Equal(33, documents.Sum(d => d.Quotes.Count));
    }

    [CorpusFact]
    public void Read_AllSplits_LocateEveryQuoteRow_AndAllButOneAttribution()
    {
        string corpora = CorpusLocator.Find();
        var unlocated = new List<string>();
        foreach (string split in new[] { "train", "dev", "test" })
        {
            Assert.Equal(TsvRows(corpora, split), GumQuoteReader.Read(corpora, split, unlocated: unlocated).Sum(d => d.Quotes.Count));
        }

        // The one attribution row left over is an indirect report whose EDU ends on the opening mark of the next quote.
        string row = Assert.Single(unlocated);
        Assert.StartsWith("gum_attribution_pairs.tsv:885 GUM_news_questionnaire", row, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Read_TestSplit_QuotesAreTheTextInsideTheMarks()
    {
        foreach (AnnotatedDocument document in GumQuoteReader.Read(CorpusLocator.Find(), "test"))
        {
            foreach (Quote quote in document.Quotes)
            {
                Assert.InRange(quote.Start, 0, quote.End - 1);
                Assert.InRange(quote.End, quote.Start + 1, document.Text.Length);
                Assert.Equal(document.Text[quote.Start..quote.End], quote.Text);
                Assert.False(char.IsWhiteSpace(quote.Text[0]) || char.IsWhiteSpace(quote.Text[^1]), quote.Text);
                Assert.DoesNotContain(s_quoteMarks, m => quote.Text.StartsWith(m, StringComparison.Ordinal) || quote.Text.EndsWith(m, StringComparison.Ordinal));
                if (quote.Speaker is { } speaker)
                {
                    Assert.InRange(speaker.Start, 0, speaker.End - 1);
                    Assert.InRange(speaker.End, speaker.Start + 1, document.Text.Length);
                    Assert.Equal(document.Text[speaker.Start..speaker.End], speaker.Text);
                    Assert.True(speaker.End <= quote.Start || speaker.Start >= quote.End, $"speaker {speaker.Text} inside {quote.Text}");
                }

                if (quote.Cue is { } cue)
                {
                    Assert.InRange(cue.Start, 0, cue.End - 1);
                    Assert.InRange(cue.End, cue.Start + 1, document.Text.Length);
                    Assert.Equal(document.Text[cue.Start..cue.End], cue.Text);
                }
            }
        }
    }

    [CorpusFact]
    public void Read_TestSplit_DirectQuoteHasItsNamedSpeakerAndCue()
    {
        AnnotatedDocument document = Assert.Single(GumQuoteReader.Read(CorpusLocator.Find(), "test"), d => d.Id == "GUM_news_sensitive");

        // "I'm told two things: … access to information," Baird said.
        Quote quote = Assert.Single(document.Quotes, q => q.Text.StartsWith("I'm told two things", StringComparison.Ordinal));
        Assert.EndsWith("available under access to information,", quote.Text, StringComparison.Ordinal);
        Assert.Equal("\"", document.Text[quote.Start - 1].ToString());
        Assert.Equal(("Baird", "Baird"), (quote.Speaker?.Text, quote.Speaker?.Name));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.True(quote.End < quote.Speaker!.Start && quote.Speaker.End < quote.Cue!.Start);

        // A pronoun speaker keeps the pronoun as its name (no coreference in the source data).
        Quote pronoun = Assert.Single(document.Quotes, q => q.Text == "We take document security seriously,");
        Assert.Equal(("she", "she", "said"), (pronoun.Speaker?.Text, pronoun.Speaker?.Name, pronoun.Cue?.Text));

        // A scare quote has no attribution and is not a quotation.
        Quote scare = Assert.Single(document.Quotes, q => q.Text == "approved security cabinets");
        Assert.Null(scare.Speaker);
        Assert.Null(scare.Cue);
        Assert.False(GumQuoteReader.IsQuotation(scare));
        Assert.True(GumQuoteReader.IsQuotation(quote));
    }

    [CorpusFact]
    public void Read_TestSplit_AttributionInsideTheQuoteIsNotItsSpeaker()
    {
        AnnotatedDocument document = Assert.Single(GumQuoteReader.Read(CorpusLocator.Find(), "test"), d => d.Id == "GUM_essay_fear");

        // Very often my patients with phobias start with: “I know it is stupid, but I am afraid of spiders.”
        Quote quote = Assert.Single(document.Quotes, q => q.Text == "I know it is stupid, but I am afraid of spiders.");
        Assert.Equal(("my patients with phobias", "start"), (quote.Speaker?.Text, quote.Cue?.Text));
    }

    [CorpusFact]
    public void Read_TestSplit_CitationAfterTheClosingMarkIsNotContent()
    {
        AnnotatedDocument document = Assert.Single(GumQuoteReader.Read(CorpusLocator.Find(), "test"), d => d.Id == "GUM_academic_discrimination");
        Quote quote = Assert.Single(document.Quotes);
        Assert.Equal("an Fstatistic with noninteger degrees of freedom by using a second-order Rao and Scott (1981 [22], 1984 [23]) correction", quote.Text);
    }

    [CorpusFact]
    public void Read_CommercialOnly_KeepsOnlyDocumentsLicensedForCommercialUse()
    {
        string corpora = CorpusLocator.Find();
        IReadOnlySet<string> commercial = GumLicences.CommercialDocuments(corpora);
        List<AnnotatedDocument> documents = [.. GumQuoteReader.Read(corpora, "test", commercialOnly: true)];

        Assert.Equal(20, documents.Count);
        Assert.All(documents, d => Assert.Contains(d.Id, commercial));
        Assert.Equal(20, documents.Sum(d => d.Quotes.Count));
    }

    [Fact]
    public void Read_UnknownSplit_Throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => GumQuoteReader.Read("corpora", "validation"));
        Assert.Contains("validation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approved security cabinets", false)]
    [InlineData("ba, ba, ba.", false)]
    [InlineData("Everything was a fight,", true)]
    [InlineData("containment … is feasible", false)]
    [InlineData("quote, beautiful gem, end quote", true)]
    public void IsQuotation_CountsWordsWithLettersOrDigits(string text, bool expected) =>
        Assert.Equal(expected, GumQuoteReader.IsQuotation(new Quote(0, text.Length, text, null, null)));

    private static int TsvRows(string corpora, string split) =>
        File.ReadLines(Path.Combine(corpora, "quote-attribution", "gum-derived", "gum_quote_spans.tsv"))
            .Count(l => l.StartsWith(split + "\t", StringComparison.Ordinal));
}
