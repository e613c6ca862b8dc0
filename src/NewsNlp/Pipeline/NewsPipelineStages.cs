namespace NewsNlp;

/// <summary>
/// The optional stages of a <see cref="NewsPipeline"/>, as flags: <see cref="NewsPipelineOptions.Stages"/> says which run.
/// Tokenization always runs. A stage that is off loads no model and leaves its part of the
/// <see cref="NewsDocument"/> empty. A stage that needs another turns it on. Each stage added to the pipeline adds one flag here and one model path
/// (<c>&lt;Stage&gt;ModelPath</c>) to <see cref="NewsPipelineOptions"/>; <see cref="All"/> grows with them.
/// In configuration files the value is written as names, e.g. <c>"Stages": "Sentences"</c>.
/// </summary>
[Flags]
public enum NewsPipelineStages
{
    /// <summary>Tokens only.</summary>
    None = 0,

    /// <summary>Sentence boundaries, by the ML.NET-trained sentence model.</summary>
    Sentences = 1,

    /// <summary>
    /// Named entities (PER, ORG, LOC), by the ML.NET-trained entity tagger. It tags sentence by sentence, so it turns
    /// <see cref="Sentences"/> on too. It runs only when there is an entity model: the embedded one (if this build
    /// has one) or <see cref="NewsPipelineOptions.EntityModelPath"/>.
    /// </summary>
    Entities = 2,

    /// <summary>
    /// Quotations and who said them, ranked by the ML.NET-trained speaker model. Speakers are mostly named
    /// entities, so it turns <see cref="Entities"/> (and <see cref="Sentences"/>) on too. It runs only when there is
    /// a quote model: the embedded one (if this build has one) or <see cref="NewsPipelineOptions.QuoteModelPath"/>.
    /// </summary>
    Quotes = 4,

    /// <summary>Every stage this version of NewsNlp has (the default).</summary>
    All = Sentences | Entities | Quotes,
}
