namespace NewsNlp.Entities;

/// <summary>The BIO tags the model predicts; the value is the class index in the ML.NET model.</summary>
internal enum EntityTag : byte
{
    Outside = 0,
    BeginPerson = 1,
    InsidePerson = 2,
    BeginOrganization = 3,
    InsideOrganization = 4,
    BeginLocation = 5,
    InsideLocation = 6,
}
