using NewsNlp.Training.Corpora;
using NewsNlp.Training.Entities;

namespace NewsNlp.Tests.Corpora;

/// <summary>The NER corpus readers turn each format into text with character-span entities, as the shared scorer does.</summary>
public sealed class EntityCorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-ner-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void UniversalNer_UsesTheTextCommentAndDropsOtherLabels()
    {
        string path = Write("a.iob2", """
            # newdoc id = weblog-1
            # sent_id = weblog-1-0001
            # text = President Bush met Syrian envoys in Tampa Bay.
            1	President	O	-	-
            2	Bush	B-PER	-	stephen
            3	met	O	-	-
            4	Syrian	B-OTH	-	stephen
            5	envoys	O	-	-
            6	in	O	-	-
            7	Tampa	B-LOC	-	stephen
            8	Bay	I-LOC	-	stephen
            9	.	O	-	-

            """);

        AnnotatedDocument document = Assert.Single(TaggedCorpusReader.Read(path));
        Assert.Equal("weblog-1", document.Id);
        Assert.Equal("President Bush met Syrian envoys in Tampa Bay.", document.Text);
        Assert.Equal(["Bush/Person", "Tampa Bay/Location"], document.Entities.Select(e => $"{e.Text}/{e.Label}"));
    }

    [Fact]
    public void ConllIob1_AdjacentSameTypeEntitiesAreSplitByB_AndMiscIsDropped()
    {
        string path = Write("wikigold.txt", """
            -DOCSTART- O

            Acme I-ORG
            Corp I-ORG
            sold O
            Oxford I-LOC
            B-LOC B-LOC
            Essex I-LOC
            rights O
            to O
            Windows I-MISC
            users O
            . O

            """);

        AnnotatedDocument document = Assert.Single(TaggedCorpusReader.Read(path));
        Assert.Equal("Acme Corp sold Oxford B-LOC Essex rights to Windows users .", document.Text);
        Assert.Equal(["Acme Corp/Organization", "Oxford/Location", "B-LOC Essex/Location"], document.Entities.Select(e => $"{e.Text}/{e.Label}"));
    }

    [Fact]
    public void CrossNer_FineLabelsAreMapped()
    {
        string path = Write("politics.txt", "The\tO\nLabour\tB-politicalparty\nParty\tI-politicalparty\nof\tO\nTony\tB-politician\nBlair\tI-politician\nwon\tO\nthe\tO\n1997\tB-election\nelection\tI-election\n\n");
        AnnotatedDocument document = Assert.Single(TaggedCorpusReader.Read(path, EntityTrainingData.CrossNerLabel));
        Assert.Equal(["Labour Party/Organization", "Tony Blair/Person"], document.Entities.Select(e => $"{e.Text}/{e.Label}"));
    }

    [Fact]
    public void Gum_NamedMentionsAreTrimmedToProperNouns_OutermostOnly()
    {
        // "the University of Chicago's co-star Jensen Ackles": an organization containing a place, and a person after a noun.
        string path = Write("gum.conllu", """
            # newdoc id = GUM_news_test
            # sent_id = GUM_news_test-1
            # text = She joined the University of Chicago with co-star Jensen Ackles.
            1	She	she	PRON	PRP	_	2	nsubj	_	Entity=(1-person-new-nnnnn-cf1-1-coref)
            2	joined	join	VERB	VBD	_	0	root	_	_
            3	the	the	DET	DT	_	4	det	_	Entity=(2-organization-new-nnnnn-cf2-2-sgl
            4	University	University	PROPN	NNP	_	2	obj	_	_
            5	of	of	ADP	IN	_	6	case	_	_
            6	Chicago	Chicago	PROPN	NNP	_	4	nmod	_	Entity=(3-place-new-nnnnn-cf3-1-sgl-Chicago)2)
            7	with	with	ADP	IN	_	8	case	_	_
            8	co-star	co-star	NOUN	NN	_	2	obl	_	Entity=(4-person-new-nnnnn-cf4-1,2-coref-Jensen_Ackles
            9	Jensen	Jensen	PROPN	NNP	_	8	appos	_	_
            10	Ackles	Ackles	PROPN	NNP	_	9	flat	_	Entity=4)|SpaceAfter=No
            11	.	.	PUNCT	.	_	2	punct	_	_

            """);

        AnnotatedDocument document = Assert.Single(GumEntityReader.Read(path));
        Assert.Equal(["University of Chicago/Organization", "Jensen Ackles/Person"], document.Entities.Select(e => $"{e.Text}/{e.Label}"));
    }
}
