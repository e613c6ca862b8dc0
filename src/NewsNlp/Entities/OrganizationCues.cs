using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// An invented company or club name ("Brightwell", "Corvane", "Verdant Agro") looks like a surname to the model,
/// which tags it as a person; the words around one of its mentions often say otherwise: "the charity Santé Sahel",
/// "a spokesman for Vidarbha Coalfields", "Corvane shares", "Brightwell's chief executive", "founded Brightwell".
/// A name tagged as a person with such a cue at any mention becomes an organisation at every mention in the document —
/// unless the document also uses it as the surname of a multi-word person, or it begins with a known first name.
/// </summary>
internal static class OrganizationCues
{
    // A noun right before the name, perhaps with a comma: "the drugmaker Nordholm Pharma", "the charity Santé Sahel".
    // Nouns that also name people's roles ("her publisher, Baraka Mwangi", "the album's producer") are not cues.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nounsBefore = WordSet.IgnoringCase(
        "company", "firm", "group", "charity", "carrier", "maker", "drugmaker", "carmaker", "automaker", "manufacturer",
        "lender", "insurer", "retailer", "airline", "broadcaster", "newspaper", "startup", "start-up", "conglomerate",
        "refiner", "chain", "subsidiary", "club", "agency", "regulator", "watchdog", "union", "party", "organisation",
        "organization", "foundation", "nonprofit", "ngo", "bank");

    // The owner or operator of a thing ("the mine's owner, Minera Atacama Norte"); a person's is written differently
    // ("her owner", "the owner Karla").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_ownersOfThings = WordSet.IgnoringCase("owner", "operator", "owners", "operators");

    // Two words right before the name: "shares in X", "a merger with X", "workers at X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_holdings = WordSet.IgnoringCase(
        "shares", "stake", "merger", "employees", "workers", "customers");

    // "A spokesman for X" is a cue only for a name of several words ("Vidarbha Coalfields"): people have spokesmen too.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_spokespeople = WordSet.IgnoringCase(
        "spokesman", "spokeswoman", "spokesperson");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prepositions = WordSet.IgnoringCase("for", "in", "of", "with", "at");

    // A word right after the name: "Corvane shares rose", "Feyenoord coach Stefan Brouwer". Words a person's name is
    // followed by as well ("Trump spokesman Sean Spicer") are left out.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nounsAfter = WordSet.IgnoringCase(
        "shares", "stock", "coach", "manager", "employees", "workers", "shareholders", "executives", "headquarters",
        "subsidiary", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.");

    // After the name's possessive: "Brightwell's shares", "Brightwell's chief executive" — not what a person has too
    // ("Nakamura's coach", "Trump's staff", "Johnson's spokesman").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_possessedAfter = WordSet.IgnoringCase(
        "shares", "shareholders", "board", "headquarters", "workforce", "founder", "ceo", "profit", "profits", "revenue",
        "revenues", "sales", "subsidiary", "factory", "factories", "plant", "stores", "squad");

    /// <summary>A lower-case noun that names what kind of organisation the name after it is ("the charity Caritas").</summary>
    public static bool IsKindNoun(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && IsKindNounWord(token.Slice(text));

    /// <summary>Whether the word, in any case, is one of the nouns <see cref="IsKindNoun"/> looks for.</summary>
    public static bool IsKindNounWord(ReadOnlySpan<char> word) => s_nounsBefore.Contains(word);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        HashSet<string>? cued = null;
        HashSet<string>? surnames = null;
        for (int i = EntityTags.Next(tags, 0, EntityTag.BeginPerson); i < tags.Length; i = EntityTags.Next(tags, i + 1, EntityTag.BeginPerson))
        {
            int last = EntityTags.LastOf(tags, i);
            if (last > i)
            {
                SpanSets.Add(ref surnames, tokens[last].Slice(text));
            }

            // A first name opening the span makes it a person's ("Maria Okafor"), unless a hyphen joins it to what follows: "Al-Hilal".
            bool hyphenJoined = last > i && tokens[i + 1].Start == tokens[i].End;
            if (HasCue(text, tokens, i, last) && !(last > i && !hyphenJoined && lexicon.IsFirstName(PhraseHash.Of(tokens[i].Slice(text)))))
            {
                SpanSets.Add(ref cued, text[tokens[i].Start..tokens[last].End]);
            }

            i = last;
        }

        RelabelCompaniesTakenForPlaces(text, tokens, lexicon, tags);
        if (cued is null)
        {
            return;
        }

        var lookup = cued.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = EntityTags.Next(tags, 0, EntityTag.BeginPerson); i < tags.Length; i = EntityTags.Next(tags, i + 1, EntityTag.BeginPerson))
        {
            int last = EntityTags.LastOf(tags, i);
            ReadOnlySpan<char> name = text[tokens[i].Start..tokens[last].End];
            if (lookup.Contains(name) && !(surnames is not null && surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)))
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Organization);
            }

            i = last;
        }
    }

    /// <summary>
    /// A name the model took for a place but that has shares or a chief executive ("Nordholm's shares rose", "Vexel
    /// shareholders") is a company, at each of its mentions — unless the gazetteers know it as a town or country, where
    /// "Japan shares" and "Tokyo stocks" are a market.
    /// </summary>
    private static void RelabelCompaniesTakenForPlaces(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        HashSet<string>? companies = null;
        for (int i = EntityTags.Next(tags, 0, EntityTag.BeginLocation); i < tags.Length; i = EntityTags.Next(tags, i + 1, EntityTag.BeginLocation))
        {
            int last = EntityTags.LastOf(tags, i);
            if (HasCompanyCue(text, tokens, last) && !IsGazetteerPlace(text, tokens, lexicon, i, last))
            {
                SpanSets.Add(ref companies, text[tokens[i].Start..tokens[last].End]);
            }

            i = last;
        }

        if (companies is null)
        {
            return;
        }

        var lookup = companies.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = EntityTags.Next(tags, 0, EntityTag.BeginLocation); i < tags.Length; i = EntityTags.Next(tags, i + 1, EntityTag.BeginLocation))
        {
            int last = EntityTags.LastOf(tags, i);
            if (lookup.Contains(text[tokens[i].Start..tokens[last].End]))
            {
                EntityTags.Mark(tags, i, last, EntityLabel.Organization);
            }

            i = last;
        }
    }

    /// <summary>Shares or an officer right after the name or its possessive: what only a company has.</summary>
    private static bool HasCompanyCue(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        int after = last + 1;
        if (after + 1 < tokens.Length && tokens[after].Slice(text) is "'s" or "’s")
        {
            after++;
        }

        if (after >= tokens.Length || !char.IsLower(text[tokens[after].Start]))
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[after].Slice(text);
        return word is "shares" or "shareholders" or "stock" or "ceo" or "founder"
            || (word is "chief" && after + 1 < tokens.Length && tokens[after + 1].Slice(text) is "executive");
    }

    private static bool IsGazetteerPlace(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int first, int last)
    {
        ulong hash = PhraseHash.Of(text, tokens, first, last);
        return lexicon.IsCity(hash) || lexicon.IsCountry(hash);
    }

    private static bool HasCue(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        int before = first - 1;
        if (before >= 0 && tokens[before].Slice(text) is ",")
        {
            before--;
        }

        if (before >= 0 && s_nounsBefore.Contains(tokens[before].Slice(text)) && char.IsLower(text[tokens[before].Start]))
        {
            return true;
        }

        if (before >= 2 && s_ownersOfThings.Contains(tokens[before].Slice(text)) && tokens[before - 1].Slice(text) is "'s" or "’s"
            && tokens[before - 2].Kind == TokenKind.Word && char.IsLower(text[tokens[before - 2].Start]))
        {
            return true;
        }

        if (first >= 2 && s_prepositions.Contains(tokens[first - 1].Slice(text))
            && (s_holdings.Contains(tokens[first - 2].Slice(text)) || (last > first && s_spokespeople.Contains(tokens[first - 2].Slice(text)))))
        {
            return true;
        }

        if (first >= 1 && tokens[first - 1].Slice(text) is "founded" or "acquired")
        {
            return true;
        }

        int after = last + 1;
        if (after < tokens.Length && s_nounsAfter.Contains(tokens[after].Slice(text)) && !char.IsUpper(text[tokens[after].Start]))
        {
            return true;
        }

        // An organisation's officer named after it: "Arianespace chief executive Laurent Mercadier", "Al-Hilal sporting
        // director Fahad Al-Mutairi". A person has no chief executive.
        if (after + 1 < tokens.Length && tokens[after + 1].Slice(text) is "executive" or "director" && tokens[after].Slice(text) is "chief" or "sporting" or "sports" or "managing")
        {
            return true;
        }

        // "Chega, whose leader ...": a party's or company's leader, members or shareholders.
        if (after + 2 < tokens.Length && tokens[after].Slice(text) is "," && tokens[after + 1].Slice(text) is "whose"
            && tokens[after + 2].Slice(text) is "leader" or "leaders" or "members" or "shareholders" or "chairman" or "founder" or "headquarters")
        {
            return true;
        }

        if (after + 1 < tokens.Length && tokens[after].Slice(text) is "'s" or "’s")
        {
            ReadOnlySpan<char> possessed = tokens[after + 1].Slice(text);
            return s_possessedAfter.Contains(possessed) && !char.IsUpper(possessed[0])
                || (possessed is "chief" && after + 2 < tokens.Length && tokens[after + 2].Slice(text) is "executive");
        }

        return false;
    }
}
