namespace NewsNlp.Quotes;

/// <summary>The grammatical gender a he/she pronoun needs its antecedent to have.</summary>
internal enum Gender : byte
{
    Unknown,
    Female,
    Male,
}
