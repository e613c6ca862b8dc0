namespace NewsNlp.Entities;

/// <summary>
/// The words the rule passes start from, as bits kept per word in <see cref="EntityWordCache"/>: a pass whose cue
/// no word of a sentence has cannot change the sentence, so the tagger skips it there without looking a single word
/// up (most sentences have no kind noun, result verb or lower-case place). Each bit is the pass's own word test
/// (named below), so a pass and its cue cannot disagree.
/// </summary>
[Flags]
internal enum EntityWordCues : uint
{
    None = 0,

    /// <summary>A lower-case word a place of <see cref="LowercasePlaces"/> can begin with (<see cref="LowercasePlaces.MayBeginPlace"/>).</summary>
    LowercasePlace = 1 << 0,

    /// <summary>A noun that introduces an organisation's name (<see cref="NamedAfterKind.IsKindWord"/>).</summary>
    OrganizationKind = 1 << 1,

    /// <summary>A noun that introduces a place's name before "of" (<see cref="PlacesOfKind.IsKindOfPlace"/>).</summary>
    PlaceKind = 1 << 2,

    /// <summary>A result verb or squad role (<see cref="SportingSides.IsSportsWord"/>).</summary>
    Sports = 1 << 3,

    /// <summary>A one-word institution or an opening bracket (<see cref="Institutions.IsCueWord"/>).</summary>
    Institution = 1 << 4,

    /// <summary>A hyphen token (<see cref="HyphenatedNames.IsHyphenWord"/>).</summary>
    Hyphen = 1 << 5,

    /// <summary>A capitalised title (<see cref="TitledNames.IsTitle"/>, first letter upper case).</summary>
    CapitalisedTitle = 1 << 6,

    /// <summary>An institution's head word (<see cref="OrganizationHeadRuns.IsHead"/>).</summary>
    InstitutionHead = 1 << 7,

    /// <summary>A foreign institution's opening word (<see cref="ForeignOrganizationNames.IsOpener"/>).</summary>
    ForeignOpener = 1 << 8,

    /// <summary>A job or holding before an employer or company (<see cref="Workplaces.IsCueWord"/>).</summary>
    Workplace = 1 << 9,

    /// <summary>A geographic or built feature that ends a place's name (<see cref="PlaceHeadRuns.IsHead"/>).</summary>
    PlaceHead = 1 << 10,

    /// <summary>A person noun beside an appositive name (<see cref="PersonAppositives.IsCueWord"/>).</summary>
    PersonNoun = 1 << 11,
}
