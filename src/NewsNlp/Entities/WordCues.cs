namespace NewsNlp.Entities;

/// <summary>Works out a word's <see cref="EntityWordCues"/> once, when <see cref="EntityWordCache"/> first sees it.</summary>
internal static class WordCues
{
    /// <summary>The cues of <paramref name="word"/>, whose other facts the cache has just found.</summary>
    /// <param name="word">The word's characters.</param>
    /// <param name="facts">What the cache knows of it: casing, lists, one-token places, whether it is a title.</param>
    public static EntityWordCues Of(ReadOnlySpan<char> word, in EntityWordFacts facts)
    {
        if (word.IsEmpty)
        {
            return EntityWordCues.None;
        }

        EntityWordCues cues = EntityWordCues.None;
        cues |= LowercasePlaces.MayBeginPlace(word, facts.City || facts.Country, (facts.Listed & EntityTokenFlags.CommonLowercase) != 0, facts.StartsLongerPlace) ? EntityWordCues.LowercasePlace : 0;
        cues |= NamedAfterKind.IsKindWord(word) ? EntityWordCues.OrganizationKind : 0;
        cues |= PlacesOfKind.IsKindOfPlace(word) ? EntityWordCues.PlaceKind : 0;
        cues |= SportingSides.IsSportsWord(word) ? EntityWordCues.Sports : 0;
        cues |= Institutions.IsCueWord(word) ? EntityWordCues.Institution : 0;
        cues |= HyphenatedNames.IsHyphenWord(word) ? EntityWordCues.Hyphen : 0;
        cues |= facts.Title && (facts.Casing & EntityTokenFlags.InitialCapital) != 0 ? EntityWordCues.CapitalisedTitle : 0;
        cues |= OrganizationHeadRuns.IsHead(word) ? EntityWordCues.InstitutionHead : 0;
        cues |= ForeignOrganizationNames.IsOpener(word) ? EntityWordCues.ForeignOpener : 0;
        cues |= Workplaces.IsCueWord(word) ? EntityWordCues.Workplace : 0;
        cues |= PlaceHeadRuns.IsHead(word) ? EntityWordCues.PlaceHead : 0;
        cues |= PersonAppositives.IsCueWord(word) ? EntityWordCues.PersonNoun : 0;
        return cues;
    }
}
