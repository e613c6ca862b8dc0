using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Entities;

/// <summary>
/// The entity corpora under ../shared/corpora, read as gold documents with PER/ORG/LOC spans: training sources
/// (all commercially usable; GUM only where the document's licence allows it) and the dev sets used for choices.
/// </summary>
public static class EntityTrainingData
{
    private static readonly string[] s_crossNerDomains = ["politics", "science", "music", "literature", "ai"];
    private static readonly string[] s_crossNerSplits = ["train", "dev", "test"];
    private static readonly string[] s_btcParts = ["a", "b", "e", "f", "g", "h"];
    private static readonly string[] s_secFiles = ["FIN5.txt", "FIN3.txt"];

    /// <summary>The documents of one training source.</summary>
    public static IEnumerable<AnnotatedDocument> Source(string corporaFolder, string source, string? newsTrainPath = null)
    {
        string Corpus(params string[] parts) => Path.Combine([corporaFolder, .. parts]);
        switch (source)
        {
            case "uner-ewt":
                return TaggedCorpusReader.Read(Corpus("uner-english-ewt", "en_ewt-ud-train.DRAFT-0c7ce0d.iob2"));
            case "gum":
                IReadOnlySet<string> commercial = GumLicences.CommercialDocuments(corporaFolder);
                return GumEntityReader.Read(Corpus("ud-english-gum", "en_gum-ud-train.conllu")).Where(d => commercial.Contains(d.Id));
            case "wikigold":
                return TaggedCorpusReader.Read(Corpus("wikigold", "wikigold.conll.txt"));
            case "crossner":
                return s_crossNerDomains
                    .SelectMany(domain => s_crossNerSplits.Select(split => Corpus("crossner", domain, split + ".txt")))
                    .SelectMany(path => TaggedCorpusReader.Read(path, CrossNerLabel));
            case "btc":
                return s_btcParts.SelectMany(part => TaggedCorpusReader.Read(Corpus("broad-twitter-corpus", part + ".conll")));
            case "wnut17":
                return TaggedCorpusReader.Read(Corpus("wnut17", "wnut17train.conll"), WnutLabel);
            case "sec":
                return s_secFiles.SelectMany(f => TaggedCorpusReader.Read(Corpus("sec-filings-ner", f)));
            case "news":
                return newsTrainPath is not null && File.Exists(newsTrainPath) ? AnnotatedDocumentReader.Read(newsTrainPath) : [];
            default:
                throw new ArgumentException($"unknown entity training source '{source}'; known: {string.Join(", ", EntityTrainingOptions.AllSources)}", nameof(source));
        }
    }

    /// <summary>Dev sets for tuning: Universal NER EWT dev (final) and GUM dev named mentions.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<AnnotatedDocument>> Dev(string corporaFolder) => new Dictionary<string, IReadOnlyList<AnnotatedDocument>>
    {
        ["uner-ewt-dev"] = [.. TaggedCorpusReader.Read(Path.Combine(corporaFolder, "uner-english-ewt", "en_ewt-ud-dev.iob2"))],
        ["gum-dev"] = [.. GumEntityReader.Read(Path.Combine(corporaFolder, "ud-english-gum", "en_gum-ud-dev.conllu"))],
    };

    /// <summary>CrossNER's fine labels mapped as its PROVENANCE.md suggests (CoNLL counts newspapers as organisations).</summary>
    public static EntityLabel? CrossNerLabel(string label) => label switch
    {
        "person" or "politician" or "scientist" or "writer" or "musicalartist" or "researcher" => EntityLabel.Person,
        "organisation" or "politicalparty" or "university" or "band" => EntityLabel.Organization,
        "location" or "country" => EntityLabel.Location,
        _ => null,
    };

    /// <summary>WNUT17: person, location, group and corporation; products and creative works are not entities here.</summary>
    public static EntityLabel? WnutLabel(string label) => label switch
    {
        "person" => EntityLabel.Person,
        "location" => EntityLabel.Location,
        "group" or "corporation" => EntityLabel.Organization,
        _ => null,
    };
}
