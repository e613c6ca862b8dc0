using System.Collections.Frozen;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Quotes;

/// <summary>
/// What a speaker mention refers to: a surname or a titled name to the fullest name the document gives
/// ("Okafor" → "Maria Okafor"); he/she to the nearest person before it whose gender (from the first name or a
/// title) does not clash; it/they/we to the nearest organisation; anything else to itself.
/// </summary>
internal static class SpeakerNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_femaleTitles = WordSet.IgnoringCase("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "madam");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_maleTitles = WordSet.IgnoringCase("mr", "mr.", "sir", "lord");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_femaleRoles = WordSet.IgnoringCase(
        "wife", "mother", "daughter", "sister", "widow", "girlfriend", "fiancee", "fiancée", "grandmother", "granddaughter", "aunt",
        "niece", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "actress", "waitress", "stepmother", "mum", "mom",
        "woman", "girl", "lady", "mother-of-two", "grandmother-of-three");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_maleRoles = WordSet.IgnoringCase(
        "husband", "father", "son", "brother", "widower", "boyfriend", "fiance", "fiancé", "grandfather", "grandson", "uncle",
        "nephew", "spokesman", "chairman", "businessman", "congressman", "actor", "waiter", "stepfather", "dad", "man", "boy");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personNouns = WordSet.IgnoringCase(
        "source", "official", "mother", "father", "parent", "wife", "husband", "son", "daughter", "woman", "man", "resident",
        "witness", "lawyer", "attorney", "minister", "leader", "chief", "executive", "analyst", "nurse", "doctor", "GP",
        "teacher", "student", "pupil", "farmer", "relative", "volunteer", "victim", "survivor", "aide", "adviser", "advisor",
        "expert", "diplomat", "envoy", "delegate", "negotiator", "president", "candidate", "activist", "guard", "soldier",
        "fighter", "colonel", "general", "captain", "coach", "player", "fan", "trader", "owner", "worker", "employee", "staff",
        "colleague", "friend", "neighbour", "neighbor", "child", "girl", "boy", "tourist", "skier", "climber", "guide", "pilot",
        "engineer", "scientist", "economist", "officer", "detective", "judge", "prosecutor", "councillor", "councilor", "mayor",
        "governor", "senator", "MP", "lawmaker", "legislator", "chairman", "chairwoman", "director", "manager", "spokesperson",
        "people", "police", "medic", "paramedic", "firefighter", "rescuer", "refugee", "migrant", "passenger", "shopkeeper",
        "driver", "teacher", "farmer", "owner", "leader", "player", "supporter", "protester", "protestor", "voter", "member",
        "customer", "buyer", "seller", "investor", "inspector", "commander", "reporter", "journalist", "editor", "writer",
        "researcher", "lecturer", "professor", "partner", "banker", "broker", "dealer", "miner", "labourer", "laborer",
        "rider", "runner", "swimmer", "boxer", "striker", "defender", "goalkeeper", "midfielder", "manager", "referee",
        "agent", "student", "resident", "parent", "patient", "participant", "applicant", "consultant", "accountant",
        "mourner", "villager", "survivor", "eyewitness", "bystander", "onlooker", "demonstrator", "organiser", "organizer",
        "schoolteacher", "carer", "lecturer", "founder", "owner", "shopper", "commuter", "pensioner", "homeowner", "landlord",
        "tenant", "spokesman", "spokeswoman", "chairwoman", "president", "ceo", "mother", "grandmother", "grandfather",
        "wive", "familie", "partie", "authoritie", "communitie"); // crude singulars of wives, families, parties, authorities, communities

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_organizationNouns = WordSet.IgnoringCase(
        "company", "firm", "ministry", "government", "agency", "group", "council", "party", "union", "office", "court", "bank",
        "authority", "army", "team", "club", "department", "board", "commission", "committee", "police", "military",
        "coalition", "alliance", "organisation", "organization", "association", "federation", "airline", "operator", "regulator",
        "prosecutor", "service", "administration", "campaign", "charity", "network", "newspaper", "broadcaster", "league",
        "carmaker", "insurer", "lender", "retailer", "supermarket", "manufacturer", "developer", "school", "university", "hospital",
        "partie", "authoritie", "agencie", "companie");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_calendarWords = WordSet.IgnoringCase(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_companyNouns = WordSet.IgnoringCase(
        "company", "firm", "group", "carmaker", "insurer", "lender", "retailer", "manufacturer", "developer", "operator", "owner",
        "miner", "producer", "maker", "bank", "drugmaker", "conglomerate", "business");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_newspaperEndings = WordSet.IgnoringCase(
        "Times", "Post", "Journal", "Guardian", "Telegraph", "Independent", "Economist", "Herald", "Tribune", "Observer", "Sun",
        "Mirror", "Globe", "Star", "Mail", "Express", "Chronicle", "Gazette", "Standard", "Hindu", "Nation");

    // Heads naming a role a company fills as often as a person ("the mine's owner … it said").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personOrOrganizationNouns = WordSet.IgnoringCase(
        "owner", "operator", "buyer", "seller", "partner", "supplier", "contractor", "producer", "maker", "builder", "publisher",
        "employer", "sponsor", "provider", "distributor", "importer", "exporter", "shareholder", "investor", "lender", "landlord", "parent");

    // Phrases led by these name someone by their relation to another ("his wife", "her opponent"): rarely who a pronoun means.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_possessives = WordSet.IgnoringCase("his", "her", "their", "its", "our", "my", "your");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_objectPrepositions = WordSet.IgnoringCase(
        "with", "to", "for", "at", "by", "from", "of", "against", "on", "about", "beside", "behind", "toward", "towards", "than");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_addresseeVerbs = WordSet.IgnoringCase(
        "told", "tells", "tell", "telling", "asked", "informed", "reminded", "assured", "urged", "thanked", "warned", "briefed");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_numbers = WordSet.IgnoringCase(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "several", "many", "some", "most");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_functionWords = WordSet.IgnoringCase(
        "of", "for", "at", "in", "on", "with", "from", "to", "by", "and", "or", "but", "who", "which", "that", "said", "told",
        "was", "were", "is", "are", "had", "has", "have", "will", "would", "not", "also", "as", "than", "about", "after", "before",
        "near", "into", "across", "around", "outside", "inside", "under", "over", "through", "during", "since", "whose", "where", "when");

    /// <summary>The name a candidate refers to; <paramref name="attributed"/> from <paramref name="firstOfDocument"/> on are this document's quotations attributed before it.</summary>
    public static string Resolve(QuoteDocument document, SpeakerCandidate candidate, List<Quote> attributed, int firstOfDocument)
    {
        return candidate.Kind switch
        {
            SpeakerKind.Person => FullName(document, candidate.FirstToken, candidate.LastToken),
            SpeakerKind.PersonalPronoun or SpeakerKind.GroupPronoun => ResolvePronoun(document, candidate.FirstToken, attributed, firstOfDocument)
                ?? Text(document, candidate.FirstToken, candidate.LastToken),
            _ => Text(document, candidate.FirstToken, candidate.LastToken),
        };
    }

    /// <summary>
    /// What a speaker pronoun refers to: going back sentence by sentence (from its own), the speaker of a quotation
    /// attributed there, else the first mention there that agrees with it — in news, the subject of the sentence
    /// before ("Van Wyk rejected the argument … “…,” she told the court"). A person agrees with he/she unless
    /// the first name or title says otherwise; a noun phrase does when its head names a person ("a council
    /// spokeswoman"); they takes plural people and organisations; it and we take organisations.
    /// </summary>
    private static string? ResolvePronoun(QuoteDocument document, int pronoun, List<Quote> attributed, int firstOfDocument)
    {
        ReadOnlySpan<char> word = document.Word(pronoun);
        PronounKind kind = KindOf(word);
        int sentence = document.SentenceOf(pronoun);
        var mentions = new List<(int First, int Last, MentionKind Kind)>();
        (int First, int Last, MentionKind Kind)? fallback = null;

        // An organisation is often named once and then "it" for paragraphs; people are picked up again by name sooner.
        int reach = kind == PronounKind.Organization ? 8 : 4;
        int windowStart = document.Sentences[Math.Max(0, sentence - reach)].Start; // quotations end in text order: older ones cannot be in reach
        for (int s = sentence; s >= 0 && sentence - s <= reach; s--)
        {
            if (IsHeadline(document, s))
            {
                break; // a body pronoun does not reach into the headline, whose title case also misleads the tagger
            }

            int start = document.Tokens[document.Sentences[s].FirstToken].Start;
            int end = s == sentence ? document.Tokens[pronoun].Start : document.Sentences[s].End;
            for (int q = attributed.Count - 1; q >= firstOfDocument && attributed[q].End >= windowStart; q--)
            {
                if (attributed[q].Speaker is { } speaker && speaker.Start >= start && speaker.End <= end && Agrees(document, speaker, kind))
                {
                    return speaker.Name;
                }
            }

            mentions.Clear();
            Mentions(document, s, s == sentence ? pronoun : document.Sentences[s].EndToken, mentions);

            // A sentence whose first word of the kind is the same pronoun ("He listened to the ruling with his
            // daughter, Marisol") goes on about the same person: the name is further back.
            if (StartsWithSamePronoun(document, mentions, kind))
            {
                continue;
            }

            for (int m = 0; m < mentions.Count; m++)
            {
                (int first, int last, MentionKind mentionKind) = mentions[m];
                if (mentionKind == MentionKind.Pronoun)
                {
                    continue;
                }

                // An apposition names the phrase: "the ship's operator, Baltic Feeder Lines," → the name.
                // "The mayor of Miskolc, Katalin Varga-Szabó,": the phrase's "of" complement is passed over.
                int phraseEnd = last;
                int skipped = 0;
                if (mentionKind == MentionKind.Phrase && last + 2 < document.Tokens.Length && document.Word(last + 1) is "of"
                    && m + 1 < mentions.Count && mentions[m + 1].First == last + 2 && mentions[m + 1].Kind is MentionKind.Place or MentionKind.Organization)
                {
                    phraseEnd = mentions[m + 1].Last;
                    skipped = 1;
                }

                int next = m + 1 + skipped;
                if (mentionKind == MentionKind.Phrase && phraseEnd + 2 < document.Tokens.Length && document.Word(phraseEnd + 1) is ","
                    && (next < mentions.Count && mentions[next].First == phraseEnd + 2 ? mentions[next] : UntaggedRun(document, phraseEnd + 2)) is { } beside
                    && ApposedName(document, (first, last), beside, kind) is { } apposed)
                {
                    (first, last, mentionKind) = apposed;
                    m += skipped + (next < mentions.Count && mentions[next].First == beside.First ? 1 : 0);
                }
                else if (!Agrees(document, first, last, mentionKind, kind))
                {
                    continue;
                }

                // Subjects before objects: a mention after a preposition ("work with Prime Minister Rao") or a verb of
                // telling ("told Reuters") is taken only when no subject agrees in reach.
                if (first > 0 && (s_objectPrepositions.Contains(document.Word(first - 1)) || s_addresseeVerbs.Contains(document.Word(first - 1))))
                {
                    fallback ??= (first, last, mentionKind);
                    continue;
                }

                return mentionKind == MentionKind.Phrase && DefiniteAntecedent(document, first, last, kind) is { } named
                    ? NameOf(document, named.First, named.Last, named.Kind)
                    : NameOf(document, first, last, mentionKind);
            }
        }

        return fallback is { } found ? NameOf(document, found.First, found.Last, found.Kind) : null;
    }

    /// <summary>A run of capitalised words from <paramref name="token"/> the tagger left out (a name of unknown kind), or null.</summary>
    private static (int First, int Last, MentionKind Kind)? UntaggedRun(QuoteDocument document, int token)
    {
        if (!IsCapitalisedWord(document, token) || IsEntityStart(document, token) || document.QuotationAt(token) >= 0)
        {
            return null;
        }

        int last = token;
        while (last + 1 < document.Tokens.Length && last - token < 5 && IsCapitalisedWord(document, last + 1) && !IsEntityStart(document, last + 1))
        {
            last++;
        }

        return (token, last, MentionKind.Name);
    }

    /// <summary>
    /// What "the council", "the airline" or "the mayor" stands for: news names an institution or person once and then
    /// uses the definite noun. An organisation whose name holds the noun or a word of its kind ("Bradford Council",
    /// "Lotus Sky Airways" for "the airline", "… Ltd" for "the company"), else the organisation named most often before
    /// it; a person whose title or apposition is the noun ("Mayor Katalin Varga-Szabó", "X, the mayor"). Else null.
    /// </summary>
    private static (int First, int Last, MentionKind Kind)? DefiniteAntecedent(QuoteDocument document, int first, int last, PronounKind kind)
    {
        if (!document.Word(first).Equals("the", StringComparison.OrdinalIgnoreCase) || kind == PronounKind.Plural)
        {
            return null;
        }

        ReadOnlySpan<char> head = document.Word(last);
        int phraseSentence = document.SentenceOf(first);
        (int First, int Last, MentionKind Kind)? byNoun = null;
        var counts = new Dictionary<string, (int Count, int First, int Last)>(StringComparer.Ordinal);
        var mentions = new List<(int First, int Last, MentionKind Kind)>();
        // Back a few paragraphs at most: a definite noun points to a name the reader still has in mind, and a bounded
        // window keeps a long document's resolution linear.
        for (int s = Math.Max(0, phraseSentence - DefiniteReach); s <= phraseSentence; s++)
        {
            if (IsHeadline(document, s))
            {
                continue;
            }

            mentions.Clear();
            Mentions(document, s, s == phraseSentence ? first : document.Sentences[s].EndToken + 1, mentions);
            foreach ((int f, int l, MentionKind k) in mentions)
            {
                if (kind == PronounKind.Organization && k is MentionKind.Organization or MentionKind.Name)
                {
                    if (NameFitsNoun(document, f, l, head))
                    {
                        byNoun = (f, l, k);
                    }

                    string name = FullOrganizationName(document, f, l);
                    counts[name] = counts.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.First, seen.Last) : (1, f, l);
                }
                else if (kind != PronounKind.Organization && k == MentionKind.Person && Agrees(document, f, l, k, kind)
                    && ((f > 0 && document.Word(f - 1).Equals(head, StringComparison.OrdinalIgnoreCase)) || ApposedNoun(document, l, head)))
                {
                    byNoun = (f, l, k);
                }
            }
        }

        if (byNoun is not null || kind != PronounKind.Organization || counts.Count == 0)
        {
            return byNoun;
        }

        (int Count, int First, int Last) most = counts.Values.MaxBy(c => (c.Count, -c.First));
        return (most.First, most.Last, MentionKind.Organization);
    }

    private const int DefiniteReach = 40;

    private static bool ApposedNoun(QuoteDocument document, int last, ReadOnlySpan<char> head)
    {
        if (last + 2 >= document.Tokens.Length || document.Word(last + 1) is not ",")
        {
            return false;
        }

        for (int t = last + 2; t < Math.Min(document.Tokens.Length, last + 7); t++)
        {
            if (document.Word(t).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (document.Word(t) is "," or "." or ";")
            {
                return false;
            }
        }

        return false;
    }

    private static bool NameFitsNoun(QuoteDocument document, int first, int last, ReadOnlySpan<char> noun)
    {
        for (int t = first; t <= last; t++)
        {
            ReadOnlySpan<char> word = document.Word(t);
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase)
                || (s_companyNouns.Contains(noun) && EntityLexicon.IsOrganizationSuffix(word) && t == last)
                || (noun.Equals("airline", StringComparison.OrdinalIgnoreCase) && word is "Airways" or "Airlines" or "Air" or "Airline"))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameOf(QuoteDocument document, int first, int last, MentionKind kind) => kind switch
    {
        MentionKind.Person => FullName(document, first, last),
        MentionKind.Organization or MentionKind.Name => FullOrganizationName(document, first, last),
        MentionKind.Place => Text(document, first, last), // "Ghana said it …" is Ghana, not the Ghana Cocoa Board
        _ => Text(document, first, last),
    };

    /// <summary>
    /// The name set beside a noun phrase ("The mine's owner, Minera Atacama Norte,") as the mention the pronoun
    /// means, or null. A person or organisation the tagger found must agree itself; a name it took for a place or a
    /// person of unknown gender, or missed, is what the phrase is, so the phrase's head decides ("owner" takes "it").
    /// </summary>
    private static (int First, int Last, MentionKind Kind)? ApposedName(
        QuoteDocument document, (int First, int Last) phrase, (int First, int Last, MentionKind Kind) name, PronounKind kind)
    {
        if (name.Kind is MentionKind.Person or MentionKind.Organization && Agrees(document, name.First, name.Last, name.Kind, kind))
        {
            return name;
        }

        bool nameOfUnknownKind = name.Kind is MentionKind.Place or MentionKind.Name
            || (name.Kind == MentionKind.Person && kind is PronounKind.Organization or PronounKind.Plural && GenderOf(document, name.First, name.Last) == Gender.Unknown);
        bool closed = name.Last + 1 < document.Tokens.Length && (document.Word(name.Last + 1) is "," || document.IsReportingVerb(name.Last + 1));
        return nameOfUnknownKind && closed && Agrees(document, phrase.First, phrase.Last, MentionKind.Phrase, kind)
            ? (name.First, name.Last, kind is PronounKind.Organization or PronounKind.Plural ? MentionKind.Name : MentionKind.Person)
            : null;
    }

    /// <summary>Whether the first mention that agrees with the pronoun kind, or is a pronoun, is that same pronoun.</summary>
    private static bool StartsWithSamePronoun(QuoteDocument document, List<(int First, int Last, MentionKind Kind)> mentions, PronounKind kind)
    {
        foreach ((int first, int last, MentionKind mentionKind) in mentions)
        {
            if (mentionKind == MentionKind.Pronoun)
            {
                if (KindOf(document.Word(first)) == kind)
                {
                    return true;
                }

                continue;
            }

            if (Agrees(document, first, last, mentionKind, kind))
            {
                return false;
            }
        }

        return false;
    }

    private static PronounKind KindOf(ReadOnlySpan<char> pronoun) =>
        pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? PronounKind.Male
        : pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? PronounKind.Female
        : pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) ? PronounKind.Plural
        : PronounKind.Organization;

    /// <summary>Whether sentence <paramref name="sentence"/> is the headline (see <see cref="QuoteDocument.HasHeadline"/>).</summary>
    private static bool IsHeadline(QuoteDocument document, int sentence) => sentence == 0 && document.HasHeadline;

    /// <summary>The people, organisations and noun phrases of a sentence outside quotations, before token <paramref name="end"/>, in text order.</summary>
    private static void Mentions(QuoteDocument document, int sentence, int end, List<(int First, int Last, MentionKind Kind)> mentions)
    {
        int t = document.Sentences[sentence].FirstToken;
        int entity = document.FirstEntityAtOrAfter(t); // entities lie within sentences: none starts before t and reaches it

        while (t < end)
        {
            int quotation = document.QuotationAt(t);
            if (quotation >= 0)
            {
                t = document.Quotations[quotation].LastToken + 1;
                continue;
            }

            if (entity < document.Entities.Count && document.Entities[entity].First == t)
            {
                (int first, int last, EntityLabel label) = document.Entities[entity++];
                bool parenthesised = first > 0 && document.Word(first - 1) is "(" && last + 1 < document.Tokens.Length && document.Word(last + 1) is ")";
                if (last < end && !parenthesised) // not "(AP)" in a dateline
                {
                    MentionKind kind = label switch
                    {
                        EntityLabel.Person => MentionKind.Person,
                        EntityLabel.Organization => MentionKind.Organization,
                        _ => MentionKind.Place,
                    };

                    // "Ibarra's parents": the people named by the relation, not Ibarra.
                    if (PossessedNoun(document, last, end) is int head)
                    {
                        mentions.Add((first, head, MentionKind.Phrase));
                        t = head + 1;
                        continue;
                    }

                    // A sentence's first word taken for a name that is a plural noun for people ("Organisers said …").
                    if (kind == MentionKind.Person && first == last && first == document.Sentences[sentence].FirstToken
                        && Singular(document.Word(first)).Length < document.Word(first).Length && IsPersonNoun(Singular(document.Word(first))))
                    {
                        kind = MentionKind.Phrase;
                    }

                    // "which" is never said of a person: "Nordhavn Vindkraft, which said it …" is a company, whatever the tagger says.
                    if (kind == MentionKind.Person && last + 2 < document.Tokens.Length && document.Word(last + 1) is "," && document.Word(last + 2) is "which")
                    {
                        kind = MentionKind.Name;
                    }

                    // "Thanh and Linh Pham": two people joined by "and" are a group "they" can mean (the tagger may take a
                    // lone first name for something else).
                    if (kind == MentionKind.Person && mentions.Count > 0 && mentions[^1].Last == first - 2 && document.Word(first - 1) is "and"
                        && (mentions[^1].Kind == MentionKind.Person
                            || (mentions[^1].First == mentions[^1].Last && document.Lexicon.GenderOf(document.Word(mentions[^1].First)) != Gender.Unknown)))
                    {
                        mentions[^1] = (mentions[^1].First, last, MentionKind.Group);
                    }
                    else
                    {
                        mentions.Add((first, last, kind));
                    }
                }

                t = last + 1;
                continue;
            }

            while (entity < document.Entities.Count && document.Entities[entity].First < t)
            {
                entity++;
            }

            ReadOnlySpan<char> word = document.Word(t);
            if (SpeakerCandidates.IsPersonalPronoun(word) || SpeakerCandidates.IsGroupPronoun(word))
            {
                mentions.Add((t, t, MentionKind.Pronoun));
                t++;
                continue;
            }

            // A run of capitalised words the tagger missed that ends like an organisation ("Justice Ministry").
            if (document.Tokens[t].Kind == Tokenization.TokenKind.Word && char.IsUpper(word[0]))
            {
                int runEnd = t;
                while (runEnd + 1 < end && (entity >= document.Entities.Count || document.Entities[entity].First > runEnd + 1))
                {
                    if (document.Tokens[runEnd + 1].Kind == Tokenization.TokenKind.Word && char.IsUpper(document.Word(runEnd + 1)[0]))
                    {
                        runEnd++;
                    }
                    else if (runEnd + 2 < end && IsPossessiveClitic(document.Word(runEnd + 1)) && IsCapitalisedWord(document, runEnd + 2)
                        && (entity >= document.Entities.Count || document.Entities[entity].First > runEnd + 2))
                    {
                        runEnd += 2; // "The Attorney General’s Office"
                    }
                    else
                    {
                        break;
                    }
                }

                int runStart = QuoteLexicon.IsDeterminer(word) ? t + 1 : t; // "The Justice Ministry" is named "Justice Ministry"
                if (runEnd > runStart && EntityLexicon.IsOrganizationSuffix(document.Word(runEnd)))
                {
                    // The tagger may have cut the name and taken its front for a place: "Kenya National | Library Service".
                    if (mentions.Count > 0 && mentions[^1].Last == runStart - 1 && mentions[^1].Kind is MentionKind.Place or MentionKind.Organization
                        && document.Tokens[runStart - 1].Kind == Tokenization.TokenKind.Word)
                    {
                        runStart = mentions[^1].First;
                        mentions.RemoveAt(mentions.Count - 1);
                    }

                    mentions.Add((runStart, runEnd, MentionKind.Organization));
                    t = runEnd + 1;
                    continue;
                }

                // A name the tagger missed, in the middle of a sentence and set off as a subject: "… the Indian
                // manufacturer Kalyan Biologicals, which said it …", "… Ngata Holdings said …" — stands for what it is
                // (the phrase before it or a pronoun's agreement decides).
                if (runEnd > runStart && t > document.Sentences[sentence].FirstToken && runEnd + 1 < end
                    && (document.IsReportingVerb(runEnd + 1) || (document.Word(runEnd + 1) is "," && runEnd + 2 < end && document.Word(runEnd + 2) is "which" or "whose")))
                {
                    mentions.Add((runStart, runEnd, MentionKind.Name));
                    t = runEnd + 1;
                    continue;
                }
            }

            bool initial = t == document.Sentences[sentence].FirstToken;
            bool possessive = s_possessives.Contains(word);
            bool bareNoun = initial && IsPersonNoun(Singular(word)) && t + 1 < end && document.Tokens[t + 1].Kind == Tokenization.TokenKind.Word
                && char.IsLower(document.Word(t + 1)[0]); // "Residents of …", not the title in "Governor Folake Adebisi"
            bool number = IsNumberWord(word) && t + 1 < end && document.Tokens[t + 1].Kind == Tokenization.TokenKind.Word && char.IsLower(document.Word(t + 1)[0]);

            // "Two British skiers", "Two GPs in Leeds": a count before capitalised words still starts a phrase.
            bool numberBeforeCapital = !number && IsNumberWord(word) && t + 1 < end && document.Tokens[t + 1].Kind == Tokenization.TokenKind.Word
                && char.IsUpper(document.Word(t + 1)[0]) && !IsEntityStart(document, t + 1);
            if ((QuoteLexicon.IsDeterminer(word) && !possessive) || number || bareNoun || numberBeforeCapital)
            {
                int last = t;
                while (last + 1 < end && last - t < 5 && document.Tokens[last + 1].Kind == Tokenization.TokenKind.Word
                    && (char.IsLower(document.Word(last + 1)[0]) || IsPossessiveClitic(document.Word(last + 1)) || (numberBeforeCapital && !IsEntityStart(document, last + 1)))
                    && !IsFunctionWord(document.Word(last + 1))
                    && !QuoteLexicon.IsDeterminer(document.Word(last + 1)) && !document.IsReportingVerb(last + 1)
                    && !(last > t && document.Word(last + 1).EndsWith("ed", StringComparison.Ordinal)) // "rejected": the verb, not the phrase
                    && !((last > t || !QuoteLexicon.IsDeterminer(word)) && document.Word(last + 1).EndsWith("ing", StringComparison.Ordinal))) // "Volunteers filling sandbags": the head is before
                {
                    last++;
                }

                if (last > t || bareNoun)
                {
                    mentions.Add((t, last, MentionKind.Phrase));
                    t = last + 1;
                    continue;
                }
            }

            t++;
        }
    }

    private static bool IsEntityStart(QuoteDocument document, int token)
    {
        int e = document.FirstEntityAtOrAfter(token);
        return e < document.Entities.Count && document.Entities[e].First == token;
    }

    /// <summary>The head of "’s parents" after a name ending at <paramref name="last"/> when it names people or an organisation; else null.</summary>
    private static int? PossessedNoun(QuoteDocument document, int last, int end)
    {
        if (last + 2 >= end || !IsPossessiveClitic(document.Word(last + 1)))
        {
            return null;
        }

        int head = last + 2;
        while (head + 1 < end && head - last < 4 && document.Tokens[head + 1].Kind == Tokenization.TokenKind.Word && char.IsLower(document.Word(head + 1)[0])
            && !IsFunctionWord(document.Word(head + 1)) && !document.IsReportingVerb(head + 1) && !QuoteLexicon.IsDeterminer(document.Word(head + 1)))
        {
            head++;
        }

        ReadOnlySpan<char> noun = Singular(document.Word(head));
        return document.Tokens[head].Kind == Tokenization.TokenKind.Word && char.IsLower(document.Word(head)[0])
            && (IsPersonNoun(noun) || IsOrganizationNoun(noun)) ? head : null;
    }

    private static bool Agrees(QuoteDocument document, QuoteSpeaker speaker, PronounKind kind)
    {
        string text = speaker.Text;
        if (SpeakerCandidates.IsPersonalPronoun(text) || SpeakerCandidates.IsGroupPronoun(text))
        {
            return KindOf(text) == kind;
        }

        int first = document.TokenAtOrAfter(speaker.Start);
        int last = document.TokenAtOrAfter(speaker.End) - 1;
        if (first > last)
        {
            return false;
        }

        // The entity the speaker mention is, if it is one: found by position, not by a pass over every entity.
        int e = document.FirstEntityAtOrAfter(first);
        if (e < document.Entities.Count && document.Entities[e].First == first && document.Entities[e].Last == last)
        {
            EntityLabel label = document.Entities[e].Label;
            return Agrees(document, first, last, label == EntityLabel.Person ? MentionKind.Person : label == EntityLabel.Organization ? MentionKind.Organization : MentionKind.Place, kind);
        }

        return Agrees(document, first, last, MentionKind.Phrase, kind);
    }

    private static bool Agrees(QuoteDocument document, int first, int last, MentionKind mention, PronounKind kind)
    {
        switch (mention)
        {
            case MentionKind.Person:
                Gender gender = GenderOf(document, first, last);
                return kind switch
                {
                    PronounKind.Male => gender != Gender.Female,
                    PronounKind.Female => gender != Gender.Male,
                    _ => false,
                };
            case MentionKind.Organization:
                return kind is PronounKind.Plural or PronounKind.Organization;
            case MentionKind.Place:
                // A country or city that speaks ("Ghana said it would …", "Ghana, which …"): the subject of a reporting verb.
                return kind is PronounKind.Plural or PronounKind.Organization && last + 1 < document.Tokens.Length
                    && (document.IsReportingVerb(last + 1) || (document.Word(last + 1) is "," && last + 2 < document.Tokens.Length && document.Word(last + 2) is "which"));
            case MentionKind.Name:
                return kind is PronounKind.Plural or PronounKind.Organization;
            case MentionKind.Group:
                return kind == PronounKind.Plural;
            case MentionKind.Phrase:
                ReadOnlySpan<char> head = document.Word(last);
                bool plural = head.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !head.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
                    || head.EndsWith("men", StringComparison.OrdinalIgnoreCase) || head.Equals("children", StringComparison.OrdinalIgnoreCase)
                    || head.Equals("police", StringComparison.OrdinalIgnoreCase) || head.Equals("people", StringComparison.OrdinalIgnoreCase);
                ReadOnlySpan<char> singular = plural ? Singular(head) : head;
                Gender roleGender = GenderOfRole(singular);
                return kind switch
                {
                    PronounKind.Male or PronounKind.Female => !plural && IsPersonNoun(singular)
                        && roleGender != (kind == PronounKind.Male ? Gender.Female : Gender.Male), // not "the first woman" for he
                    PronounKind.Plural => plural && (IsPersonNoun(singular) || IsOrganizationNoun(singular)),
                    _ => !plural && (IsOrganizationNoun(singular) || s_personOrOrganizationNouns.Contains(singular)),
                };
            default:
                return false;
        }
    }

    /// <summary>Nouns for people, by list and by the endings English gives them (-man, -woman, -person, -ist, -ian, -eer).</summary>
    private static bool IsPersonNoun(ReadOnlySpan<char> word) =>
        s_personNouns.Contains(word)
        || (word.Length > 4 && (word.EndsWith("man", StringComparison.OrdinalIgnoreCase) || word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ist", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ians", StringComparison.OrdinalIgnoreCase)))
        || (word.Length > 4 && char.IsLower(word[0]) && (word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal)
            || word.EndsWith("person", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("eer", StringComparison.Ordinal)));

    /// <summary>A plural noun's singular, crudely ("residents" → "resident"); other words unchanged.</summary>
    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word)
    {
        if (word.Length <= 2 || word[^1] is not ('s' or 'S') || word[^2] is 's' or 'S')
        {
            return word;
        }

        // "witnesses", "churches" lose "es"; "wives", "parties" are turned back by the caller's lists.
        return word.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ches", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("shes", StringComparison.OrdinalIgnoreCase) || word.EndsWith("xes", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word[..^1];
    }

    private static bool IsOrganizationNoun(ReadOnlySpan<char> word) => s_organizationNouns.Contains(word);

    private static bool IsNumberWord(ReadOnlySpan<char> word) => s_numbers.Contains(word);

    private static bool IsPossessiveClitic(ReadOnlySpan<char> word) => word is "'s" or "’s";

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => s_functionWords.Contains(word);

    /// <summary>The longest person name in the document that ends with the mention's last word, else the mention itself.</summary>
    public static string FullName(QuoteDocument document, int first, int last)
    {
        (int First, int Last)? known = document.LongestPersonEndingWith(document.Word(last));
        if (known is null && last - first == 2 && document.Word(first + 1) is "-")
        {
            // "Taylor-Asante" where the tagger cut the full name at its hyphen ("Kenneth Taylor"): found by the part before it.
            known = document.LongestPersonEndingWith(document.Word(first)) is { } cut && cut.Last - cut.First >= 1 ? (cut.First, cut.Last + 2) : null;
        }

        (int bestFirst, int bestLast) = known is { } name && name.Last - name.First > last - first ? name : (first, last);
        if (bestFirst == first && bestLast == last && first == last
            && document.LongestPersonContaining(document.Word(first)) is { } containing)
        {
            // No longer name ends with this word ("Kang" of "Kang Hye-jin", given family name first): a longer name that contains it.
            (bestFirst, bestLast) = containing;
        }

        bestFirst = WithoutTitle(document, bestFirst, bestLast);

        // A name the tokenizer split at its hyphen ("Kang Hye-jin") and the tagger cut short is made whole again.
        while (bestLast + 2 < document.Tokens.Length && document.Word(bestLast + 1) is "-"
            && document.Tokens[bestLast + 1].Start == document.Tokens[bestLast].End && document.Tokens[bestLast + 2].Start == document.Tokens[bestLast + 1].End
            && document.Tokens[bestLast + 2].Kind == Tokenization.TokenKind.Word)
        {
            bestLast += 2;
        }

        return Text(document, bestFirst, bestLast);
    }

    /// <summary>
    /// The first token of a person's name without the titles the tagger sometimes keeps in front of it ("Prime
    /// Minister Vikram Rao" → "Vikram Rao", "Mr Moriarty" → "Moriarty"): names carry no titles, and a title would
    /// keep "Mr Moriarty" from resolving to "Declan Moriarty". At least one word is always kept.
    /// </summary>
    public static int WithoutTitle(QuoteDocument document, int first, int last)
    {
        int start = first;
        for (int t = first; t < last; t++)
        {
            ReadOnlySpan<char> word = document.Word(t);
            if (EntityLexicon.IsPersonTitle(word))
            {
                start = t + 1;
            }
            else if (document.Tokens[t].Kind != Tokenization.TokenKind.Word || !char.IsUpper(word[0]))
            {
                break;
            }
        }

        return start;
    }

    /// <summary>The longest organisation name in the document that starts with the mention ("Nordvik" → "Nordvik Wind AG"), else the mention.</summary>
    private static string FullOrganizationName(QuoteDocument document, int first, int last)
    {
        (first, last) = WholeOrganizationName(document, first, last);
        (int bestFirst, int bestLast) = document.LongestOrganizationStartingWith(document.Word(first)) is { } name
            && name.Last - name.First > last - first && Contains(document, name.First, name.First + (last - first), first, last)
            ? name
            : document.LongestOrganizationEndingWith(document.Word(last)) is { } ending
                && ending.Last - ending.First > last - first && Contains(document, ending.Last - (last - first), ending.Last, first, last)
                ? ending
                : (first, last);
        if (bestLast > bestFirst && QuoteLexicon.IsDeterminer(document.Word(bestFirst)) && !s_newspaperEndings.Contains(document.Word(bestLast)))
        {
            bestFirst++; // the tagger's span may hold "The": "The Korea Medical Association" is named "Korea Medical Association"
        }

        return Text(document, bestFirst, bestLast);
    }

    /// <summary>
    /// An organisation's name as the text writes it in full, where the tagger cut it: capitalised words before it
    /// ("Natural | Resources Wales"), "of"/"for" (the) and capitalised words after it ("Federal Office | for the
    /// Environment"), without a leading "The" unless the name is a newspaper's ("The Times").
    /// </summary>
    private static (int First, int Last) WholeOrganizationName(QuoteDocument document, int first, int last)
    {
        int sentenceStart = document.Sentences[document.SentenceOf(first)].FirstToken;
        while (first > sentenceStart && IsCapitalisedWord(document, first - 1) && document.QuotationAt(first - 1) < 0
            && !IsFunctionWord(document.Word(first - 1)) && !document.Word(first - 1).EndsWith("ly", StringComparison.Ordinal)
            && !s_calendarWords.Contains(document.Word(first - 1)))
        {
            first--;
        }

        while (last + 2 < document.Tokens.Length && document.Word(last + 1) is "of" or "for")
        {
            int next = last + 2;
            if (document.Word(next) is "the" && next + 1 < document.Tokens.Length)
            {
                next++;
            }

            if (!IsCapitalisedWord(document, next))
            {
                break;
            }

            while (next + 1 < document.Tokens.Length && IsCapitalisedWord(document, next + 1))
            {
                next++;
            }

            last = next;
        }

        if (last > first && QuoteLexicon.IsDeterminer(document.Word(first)) && !s_newspaperEndings.Contains(document.Word(last)))
        {
            first++;
        }

        return (first, last);
    }

    private static bool IsCapitalisedWord(QuoteDocument document, int token) =>
        document.Tokens[token].Kind == Tokenization.TokenKind.Word && char.IsUpper(document.Word(token)[0]);

    private static bool Contains(QuoteDocument document, int first, int last, int mentionFirst, int mentionLast)
    {
        int length = mentionLast - mentionFirst;
        for (int start = first; start + length <= last; start++)
        {
            bool same = true;
            for (int k = 0; k <= length && same; k++)
            {
                same = document.Word(start + k).Equals(document.Word(mentionFirst + k), StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's gender from a title before the name or the first name itself (or its fullest form in the document).</summary>
    private static Gender GenderOf(QuoteDocument document, int first, int last)
    {
        if (first > 0)
        {
            ReadOnlySpan<char> before = document.Word(first - 1);
            if (s_femaleTitles.Contains(before))
            {
                return Gender.Female;
            }

            if (s_maleTitles.Contains(before))
            {
                return Gender.Male;
            }
        }

        // "His wife, Anja Fehr," / "Anja Fehr, his wife,": a role that has a gender gives it to the name set beside it.
        if (first >= 2 && document.Word(first - 1) is "," && GenderOfRole(document.Word(first - 2)) is var before2 and not Gender.Unknown)
        {
            return before2;
        }

        // "Cho Min-ji, the first woman to hold the post", "Anja Fehr, his wife": the apposition's first noun.
        if (last + 2 < document.Tokens.Length && document.Word(last + 1) is ",")
        {
            for (int t = last + 2; t < Math.Min(document.Tokens.Length, last + 6) && document.Tokens[t].Kind == Tokenization.TokenKind.Word; t++)
            {
                if (GenderOfRole(document.Word(t)) is var after and not Gender.Unknown)
                {
                    return after;
                }
            }
        }

        Gender byName = last > first
            ? document.Lexicon.GenderOf(document.Word(first))
            : document.FirstFullNameEndingWith(document.Word(last)) is { } name // a lone surname: the fullest form's first name
                ? document.Lexicon.GenderOf(document.Word(name.First))
                : Gender.Unknown;
        return byName != Gender.Unknown ? byName : GenderFromPronounAfter(document, first, last);
    }

    private static Gender GenderOfRole(ReadOnlySpan<char> noun) =>
        s_femaleRoles.Contains(noun) ? Gender.Female : s_maleRoles.Contains(noun) ? Gender.Male : Gender.Unknown;

    /// <summary>
    /// A name the lists do not know can still show its gender in the words after it: "Folake Adebisi, who has feuded
    /// with her deputy". The first his/her/he/she within the clause after the name, before any other name, decides.
    /// </summary>
    private static Gender GenderFromPronounAfter(QuoteDocument document, int first, int last)
    {
        // Another person named before in the sentence ("Benali-Roux’s campaign director, Yanis Meziane, who ran her
        // campaign") may be whom the pronoun means.
        int sentenceStart = document.Sentences[document.SentenceOf(first)].FirstToken;
        for (int e = document.FirstEntityAtOrAfter(sentenceStart); e < document.Entities.Count && document.Entities[e].First < first; e++)
        {
            if (document.Entities[e].Label == EntityLabel.Person)
            {
                return Gender.Unknown;
            }
        }

        int end = Math.Min(document.Tokens.Length, last + 9);
        bool relative = false;
        for (int t = last + 1; t < end; t++)
        {
            if (document.QuotationAt(t) >= 0 || (document.Tokens[t].Kind == Tokenization.TokenKind.Punctuation && document.Word(t) is "." or ";" or ":"))
            {
                break;
            }

            ReadOnlySpan<char> word = document.Word(t);
            relative |= word is "who";

            // "her" is also an object ("called her stubborn", "taught her the game"): someone else. Only a possessive in a
            // clause about the person ("who has feuded with her deputy") is the person's own.
            bool objectHer = word.Equals("her", StringComparison.OrdinalIgnoreCase) && (!relative || (t + 1 < document.Tokens.Length
                && (QuoteLexicon.IsDeterminer(document.Word(t + 1)) || IsFunctionWord(document.Word(t + 1)) || document.Tokens[t + 1].Kind != Tokenization.TokenKind.Word)));
            if (objectHer)
            {
                continue;
            }

            if (word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Female;
            }

            if (word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Male;
            }

            if (document.Tokens[t].Kind == Tokenization.TokenKind.Word && char.IsUpper(word[0]) && document.FirstEntityAtOrAfter(t) is int e
                && e < document.Entities.Count && document.Entities[e].First == t && document.Entities[e].Label == EntityLabel.Person)
            {
                break; // another person: the pronoun may be theirs
            }
        }

        return Gender.Unknown;
    }

    public static string Text(QuoteDocument document, int first, int last) =>
        document.Text[document.Tokens[first].Start..document.Tokens[last].End];

    private enum PronounKind : byte
    {
        Male,
        Female,
        Plural,
        Organization,
    }

    private enum MentionKind : byte
    {
        Person,
        Organization,
        Place,
        Phrase,
        Pronoun,

        /// <summary>A capitalised name the tagger missed or took for a place, standing where an organisation would.</summary>
        Name,

        /// <summary>People joined by "and" ("Thanh and Linh Pham").</summary>
        Group,
    }
}
