using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Splits a person span that runs several names together. Lists of attendees, signatures before a greeting and
/// bylines put names side by side with no punctuation ("Pam Butler Renee Ratcliff Larry Lewis", "Thanks, Vince
/// Vince - ..."), and the model, which sees a run of capitalised words, tags them as one person. A new name starts
/// where the run repeats its own first word ("Phillip Phillip", "Debra Perlingiere Debra Perlingiere"), and where
/// a known first name follows a surname — a word that is no first name nor a title ("Muhammed Sheikh Khalil") itself, after at least two words of the
/// current name ("Lisa Gilette | Kristen Quinn"). Middle names survive: "Sarah Jessica Parker" has no surname
/// before "Jessica", and "Martin Luther King" has no first name after "King". The other way round, an e-mail
/// header's quoted "Townsend, George" is one person, not two.
/// </summary>
internal static class AdjacentNames
{
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        JoinQuotedInvertedNames(text, tokens, lexicon, tags);
        int pieceStart = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == EntityTag.BeginPerson)
            {
                pieceStart = i;
                continue;
            }

            if (tags[i] != EntityTag.InsidePerson || pieceStart < 0)
            {
                pieceStart = -1;
                continue;
            }

            if (StartsNewName(text, tokens, lexicon, pieceStart, i))
            {
                tags[i] = EntityTag.BeginPerson;
                pieceStart = i;
            }
        }
    }

    /// <summary>
    /// An e-mail header writes a name inverted and quoted — "Townsend, George" &lt;gtownsend@…&gt; — and the model tags the
    /// surname and the given name as two people: between quote marks, "Surname, GivenName" is one.
    /// </summary>
    private static void JoinQuotedInvertedNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        for (int i = 1; i + 3 < tokens.Length; i++)
        {
            if (tokens[i - 1].Kind == TokenKind.QuoteMark && tags[i] == EntityTag.BeginPerson && tokens[i + 1].Slice(text) is ","
                && tags[i + 1] == EntityTag.Outside && tags[i + 2] == EntityTag.BeginPerson && tokens[i + 3].Kind == TokenKind.QuoteMark
                && lexicon.IsFirstName(PhraseHash.Of(tokens[i + 2].Slice(text))))
            {
                tags[i + 1] = EntityTag.InsidePerson;
                tags[i + 2] = EntityTag.InsidePerson;
            }
        }
    }

    // Words that open an e-mail's first line after the greeting: "Jim, Take a look", "Ginny, Please see".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_messageOpeners = WordSet.IgnoringCase(
        "i", "please", "thanks", "thank", "this", "take", "attached", "here", "hi", "hope", "can", "could", "would", "let", "we",
        "just", "as", "per", "see", "sorry", "fyi", "any", "how", "what", "do", "did", "are", "is");

    /// <summary>
    /// A signature runs into the next message's greeting: "Phillip Jim, Take a look", "Marlene D. Hilliard Ginny,
    /// Please see". A first name that ends the run, before a comma and a word that opens a message, is its own name.
    /// </summary>
    private static bool IsGreetedName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int i) =>
        i + 2 < tokens.Length && tokens[i + 1].Slice(text) is "," && IsMessageOpener(text, tokens[i + 2])
            && lexicon.IsFirstName(PhraseHash.Of(tokens[i].Slice(text)));

    /// <summary>A capitalised word that opens an e-mail's first line after the greeting ("Please", "Thanks", "I").</summary>
    public static bool IsMessageOpener(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && s_messageOpeners.Contains(token.Slice(text));

    /// <summary>
    /// The greeting itself, which the model often leaves untagged: "Constance, I was on vacation", "Malach, What you
    /// say makes sense". A known first name that opens the sentence, before a comma and a word that opens a message,
    /// is a person.
    /// </summary>
    public static void TagGreetings(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, Span<EntityTag> tags)
    {
        if (tags.Length > 2 && tags[0] == EntityTag.Outside && NameWords.IsCapitalisedWord(text, tokens[0]) && tokens[1].Slice(text) is ","
            && IsMessageOpener(text, tokens[2]) && lexicon.IsFirstName(PhraseHash.Of(tokens[0].Slice(text))))
        {
            tags[0] = EntityTag.BeginPerson;
        }
    }

    private static bool StartsNewName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntityLexicon lexicon, int pieceStart, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || tokens[i - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens[i].Slice(text);
        if (word.SequenceEqual(tokens[pieceStart].Slice(text)))
        {
            return true;
        }

        if (IsGreetedName(text, tokens, lexicon, i))
        {
            return true;
        }

        // A capital is required: the "al" of "Abdul Wahhab al-Janabi" is no given name "Al".
        ReadOnlySpan<char> previous = tokens[i - 1].Slice(text);
        return i - pieceStart >= 2 && char.IsUpper(word[0]) && previous.Length > 2 && !previous.EndsWith('.') && !EntityLexicon.IsPersonTitle(previous)
            && lexicon.IsFirstName(PhraseHash.Of(word)) && !lexicon.IsFirstName(PhraseHash.Of(previous));
    }
}
