namespace NewsNlp.Quotes;

/// <summary>What a speaker candidate is.</summary>
internal enum SpeakerKind : byte
{
    /// <summary>No one: the quotation is not attributed (a sign that "reads", a headline).</summary>
    None,

    /// <summary>A person the entity tagger found.</summary>
    Person,

    /// <summary>An organisation the entity tagger found.</summary>
    Organization,

    /// <summary>A place the entity tagger found ("Britain said").</summary>
    Location,

    /// <summary>he or she.</summary>
    PersonalPronoun,

    /// <summary>they, it or we.</summary>
    GroupPronoun,

    /// <summary>A noun phrase next to a reporting verb: "a source", "one passenger", "police".</summary>
    Nominal,

    /// <summary>Whoever the previous quotation was attributed to: a quotation that goes on.</summary>
    PreviousSpeaker,
}
