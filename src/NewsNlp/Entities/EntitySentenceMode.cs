namespace NewsNlp.Entities;

/// <summary>How a sentence is cased: a title-case headline or an all-caps line makes capitals uninformative.</summary>
internal enum EntitySentenceMode
{
    Normal,
    TitleCase,
    AllCaps,
}
