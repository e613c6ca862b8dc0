namespace NewsNlp.Entities;

/// <summary>Facts about a token that entity features use, as bits.</summary>
[Flags]
internal enum EntityTokenFlags : uint
{
    None = 0,
    InitialCapital = 1 << 0,
    AllCaps = 1 << 1,
    Lowercase = 1 << 2,
    HasDigit = 1 << 3,
    FirstName = 1 << 4,
    CommonLowercase = 1 << 5,
    OrganizationSuffix = 1 << 6,
    PersonTitle = 1 << 7,
    CityBegin = 1 << 8,
    CityInside = 1 << 9,
    CountryBegin = 1 << 10,
    CountryInside = 1 << 11,
    QuoteMark = 1 << 12,
    Possessive = 1 << 13,
    Boundary = 1 << 14,

    /// <summary>The casing bits.</summary>
    Casing = InitialCapital | AllCaps | Lowercase | HasDigit,

    /// <summary>The bits worth seeing on a neighbouring token.</summary>
    Context = InitialCapital | AllCaps | FirstName | OrganizationSuffix | PersonTitle | CityBegin | CityInside | CountryBegin | CountryInside | QuoteMark | Possessive | Boundary,
}
