namespace NewsNlp;

/// <summary>The kinds of named entity NewsNlp finds, after the Universal NER / CoNLL conventions.</summary>
public enum EntityLabel
{
    /// <summary>A person ("PER"): names only, no titles.</summary>
    Person,

    /// <summary>An organisation ("ORG"): companies, agencies, governments as institutions, parties, newspapers, armed groups.</summary>
    Organization,

    /// <summary>A place ("LOC"): countries, cities, regions, geographic features.</summary>
    Location,
}
