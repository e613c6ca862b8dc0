using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NewsNlp.Models;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// The one feature extractor of the sentence-boundary model, used by training (NewsNlp.Training) and by the
/// runtime scorer alike, so the two can never disagree. Features are hashed into <see cref="Dimension"/> slots.
/// </summary>
internal static class SentenceFeatures
{
    /// <summary>
    /// Bumped whenever a feature, or which candidates the fixed rules decide (and so which the model is trained on),
    /// changes; a model trained on another version is refused at load.
    /// </summary>
    public const int Version = 16;

    /// <summary>Size of the hashed feature vector.</summary>
    public const int Dimension = 1 << 18;

    /// <summary>Most features one candidate produces.</summary>
    public const int MaxFeatures = 32;

    private const int None = -1;

    // Closed-class words: capitalised, they almost always start a sentence ("U.S. The", "Ltd. She").
    private static readonly string[] s_functionWordList =
    [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "your", "there", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before",
        "as", "in", "on", "at", "for", "from", "with", "by", "to", "of", "what", "why", "how", "who", "where", "which",
        "however", "meanwhile", "still", "then", "now", "some", "many", "most", "all", "no", "not", "one", "each", "every",
        "is", "are", "was", "were", "do", "does", "did", "can", "will", "would", "should", "could", "may", "might",
        "also", "although", "though", "because", "since", "until", "both", "neither", "either", "such", "other",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_functionWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, s_functionWordList).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that open a sentence of e-mail or web text after a name without a period before them ("Thanks Ben Please
    // send", "Cohen Attached for", "Rogers Let me"): in UD English EWT and GUM train a capitalised word before one of
    // these ended the sentence 21 times of 22 ("Hello" did not occur; it is there as "Hi" is), where a run of
    // capitalised words is otherwise no candidate. The model decides them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Please", "PS", "Hi", "Hello", "Attached", "Let", "Sorry", "FYI", "Here",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Per ASCII letter a..z, bit n is set when a function word or a sentence starter of length n starts with it.
    // Candidates ask about every capitalised word (names, mostly), and this settles nearly all of them without hashing.
    private static readonly uint[] s_functionWordLengths = FunctionWordLengths();

    // Speech verbs after "!" or "?" and a pronoun: "Stop! he shouted" is one sentence.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_speechVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "said", "says", "asked", "asks", "yelled", "yells", "shouted", "shouts", "cried", "cries", "replied", "replies",
        "whispered", "whispers", "screamed", "screams", "exclaimed", "exclaims", "called", "calls", "added", "adds",
        "muttered", "mutters", "snapped", "snaps", "wondered", "wonders", "thought", "thinks", "demanded", "demands",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    // The text hashes of the sentence start and end markers, which every candidate at a text's edge uses.
    private static readonly uint s_startHash = TextHash("<s>");
    private static readonly uint s_endHash = TextHash("</s>");

    /// <summary>Whether token <paramref name="index"/> makes the gap after it (or after its closing marks) a candidate.</summary>
    public static bool TryGetCandidate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out SentenceCandidate candidate)
    {
        candidate = default;
        Token token = tokens[index];
        SentenceCandidateKind kind;
        if (IsTerminal(text, token))
        {
            kind = SentenceCandidateKind.Terminal;
        }
        else if (token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.')
        {
            kind = SentenceCandidateKind.Abbreviation;
        }
        else if (index + 1 < tokens.Length && tokens[index + 1].Start > token.End && StartsUpperOrDigit(text, tokens[index + 1]))
        {
            if (token.Kind == TokenKind.Word && IsUnlikelyUnpunctuatedEnd(text, token, tokens[index + 1]) && !IsClockTime(text, tokens, index))
            {
                return false;
            }

            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol or TokenKind.Url or TokenKind.Email or TokenKind.Mention or TokenKind.Hashtag
                || (token.Kind == TokenKind.Punctuation && (token.Length >= 2 || text[token.Start] is ')' or ']')))
            {
                kind = SentenceCandidateKind.Unpunctuated;
            }
            else if (token.Kind == TokenKind.Punctuation && text[token.Start] is ':' or ';')
            {
                kind = SentenceCandidateKind.Colon;
            }
            else if (token.Length == 1 && text[token.Start] == ',' && index > 0 && IsSignOff(tokens[index - 1].Slice(text)))
            {
                kind = SentenceCandidateKind.SignOff;
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        int last = index;
        if (kind is SentenceCandidateKind.Terminal or SentenceCandidateKind.Abbreviation)
        {
            // Closing quotes and brackets that touch the mark belong to the sentence it ends.
            while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && IsCloser(text, tokens[last + 1]))
            {
                last++;
            }

            // So do reference marks after it: "... in Dulwich. [17] Placed under ..."
            while (last + 3 < tokens.Length && text[tokens[last + 1].Start] == '[' && tokens[last + 2].Kind == TokenKind.Number
                && text[tokens[last + 3].Start] == ']' && tokens[last + 3].Length == 1)
            {
                last += 3;
            }
        }

        if (last + 1 >= tokens.Length)
        {
            return false; // the text's end is always a boundary
        }

        candidate = new SentenceCandidate(index, last, kind);
        return true;
    }

    /// <summary>
    /// A quick pre-check of <see cref="TryGetCandidate"/> and <see cref="Rule"/> for token <paramref name="token"/>
    /// followed by <paramref name="next"/>: false only where no sentence can end (TryGetCandidate is false, or the
    /// rule keeps the candidate), so that callers can pass over most tokens without either. A candidate is final
    /// punctuation, a word ending in a period, or a token before a gap and a token that starts with a capital, a
    /// digit or a quote mark, or is an address; a lowercase ASCII letter is none of those. The common cases are
    /// settled first; non-ASCII characters are left to TryGetCandidate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayEndSentence(ReadOnlySpan<char> text, Token token, Token next)
    {
        if (next.Start > token.End && (!char.IsAsciiLetterLower(text[next.Start]) || next.Kind is TokenKind.Url or TokenKind.Email))
        {
            return MayBeCandidateBeforeGap(text, token, next);
        }

        return IsTerminal(text, token) || (token.Kind == TokenKind.Word && text[token.End - 1] == '.');
    }

    /// <summary>
    /// <see cref="MayEndSentence"/> where a gap and no lowercase ASCII letter follow: about one token in seven,
    /// most of them before a name, a number or a currency sign, which the checks of TryGetCandidate's unpunctuated
    /// branch that need no lookup can rule out.
    /// </summary>
    private static bool MayBeCandidateBeforeGap(ReadOnlySpan<char> text, Token token, Token next)
    {
        if (IsTerminal(text, token) || (token.Kind == TokenKind.Word && text[token.End - 1] == '.'))
        {
            return true;
        }

        char nextFirst = text[next.Start];
        if ((nextFirst < 128 && !char.IsAsciiLetterUpper(nextFirst) && !char.IsAsciiDigit(nextFirst)
            && next.Kind is not (TokenKind.Url or TokenKind.Email or TokenKind.QuoteMark)) || nextFirst is '\u2014' or '\u2013')
        {
            return false; // StartsUpperOrDigit: "$4bn", "(", "—" start no sentence
        }

        char first = text[token.Start];
        return token.Kind switch
        {
            TokenKind.QuoteMark => false,
            TokenKind.Punctuation => token.Length >= 2 || first is ')' or ']' or ':' or ';' or ',',
            TokenKind.Word when char.IsAsciiLetterLower(first) => !(next.Kind is TokenKind.Number or TokenKind.QuoteMark) // UnpunctuatedRule keeps these
                && !(token.Length <= 5 && MayBeFunctionWord(first, token.Length) && IsFunctionWord(token.Slice(text))), // "of Harbourline": IsUnlikelyUnpunctuatedEnd
            TokenKind.Word => !(char.IsAsciiLetterUpper(first) && next.Kind == TokenKind.Word && char.IsAsciiLetterUpper(nextFirst)
                && !MayBeFunctionWord(nextFirst, next.Length) && !(token.Length == 2 && text[token.Start + 1] == 'M')), // inside a run of capitalised words: IsUnlikelyUnpunctuatedEnd; "PM John": IsClockTime
            _ => true,
        };
    }

    /// <summary>False only for a word that is surely no function word or sentence starter: its first letter and length are those of none.</summary>
    private static bool MayBeFunctionWord(char first, int length)
    {
        uint letter = (uint)((first | 0x20) - 'a');
        return first >= 128 || (letter <= 'z' - 'a' && (uint)length < 32 && (s_functionWordLengths[letter] & (1u << length)) != 0);
    }

    /// <summary>Writes the candidate's feature indices (possibly repeated) and returns how many.</summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref SentenceContext context, SentenceCandidate candidate, Span<int> features)
    {
        var list = new FeatureList(features);
        Extract(text, tokens, ref context, candidate, ref list);
        return list.Count;
    }

    /// <summary>Gives the candidate's feature indices (possibly repeated), in a fixed order, to <paramref name="sink"/>.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref SentenceContext context, SentenceCandidate candidate, scoped ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        int trigger = candidate.Trigger;
        int last = candidate.Last;
        int previous = trigger - 1;
        int next = last + 1;
        int afterNext = next + 1 < tokens.Length ? next + 1 : None;

        int kind = (int)candidate.Kind;
        int triggerShape = Shape(text, tokens[trigger]);
        int previousShape = previous >= 0 ? Shape(text, tokens[previous]) : 20;
        int nextShape = Shape(text, tokens[next]);
        int afterNextShape = afterNext != None ? Shape(text, tokens[afterNext]) : 20;
        ReadOnlySpan<char> triggerText = tokens[trigger].Slice(text);
        ReadOnlySpan<char> nextText = tokens[next].Slice(text);

        // Each token's text is hashed once and combined into every template that uses it.
        uint triggerHash = TextHash(triggerText);
        uint previousHash = previous >= 0 ? TextHash(tokens[previous].Slice(text)) : s_startHash;
        uint nextHash = TextHash(nextText);
        uint afterNextHash = afterNext != None ? TextHash(tokens[afterNext].Slice(text)) : s_endHash;
        uint lastHash = last > trigger ? TextHash(tokens[last].Slice(text)) : 0;
        int gapLength = tokens[next].Start - tokens[last].End;
        int newlines = LineBreakRules.NewlinesAfter(text, tokens, last);

        sink.Add(Feature(1, kind));
        sink.Add(Feature(2, kind, triggerHash));
        sink.Add(Feature(3, kind, previousHash));
        sink.Add(Feature(4, kind * 100 + previousShape));
        sink.Add(Feature(5, kind, nextHash));
        sink.Add(Feature(6, kind * 100 + nextShape));
        sink.Add(Feature(7, kind, afterNextHash));
        sink.Add(Feature(8, kind * 100 + afterNextShape));
        sink.Add(last > trigger ? Feature(9, kind, lastHash) : Feature(9, kind * 100));
        sink.Add(Feature(10, kind * 100 + newlines * 10 + Math.Min(gapLength, 3)));
        sink.Add(Feature(11, nextShape, triggerHash));
        sink.Add(Feature(12, kind, previousHash, triggerHash));
        sink.Add(Feature(13, (kind * 100 + triggerShape) * 100 + nextShape));
        sink.Add(Feature(14, ((kind * 100 + previousShape) * 100 + triggerShape) * 100 + nextShape));
        sink.Add(Feature(15, kind * 100 + Math.Min(tokens[next].Length, 12)));
        sink.Add(Feature(16, kind * 100 + context.LineOffset(trigger)));
        sink.Add(Feature(17, nextShape * 100 + afterNextShape));
        sink.Add(Feature(18, kind, triggerHash, nextHash));

        if (candidate.Kind == SentenceCandidateKind.Abbreviation)
        {
            ReadOnlySpan<char> word = triggerText[..^1];
            bool listed = Lexicon.IsAbbreviation(word);
            int periods = word.Count('.');
            sink.Add(Feature(19, (listed ? 1 : 0) * 100 + Math.Min(periods, 3) * 10 + Math.Min(word.Length, 9)));
            sink.Add(Feature(20, (listed ? 1 : 0) * 100 + nextShape));
        }

        if (last > trigger)
        {
            sink.Add(Feature(21, triggerShape * 100 + nextShape, lastHash));
        }

        sink.Add(Feature(22, context.InsideQuote(trigger) * 100 + kind * 10 + (last > trigger ? 1 : 0)));
        int beforePrevious = trigger - 2;
        int beforePreviousShape = beforePrevious >= 0 ? Shape(text, tokens[beforePrevious]) : 20;
        sink.Add(Feature(24, kind, beforePrevious >= 0 ? TextHash(tokens[beforePrevious].Slice(text)) : s_startHash));
        sink.Add(Feature(25, ((kind * 100 + beforePreviousShape) * 100 + previousShape) * 100 + triggerShape));
        sink.Add(Feature(26, ((kind * 100 + triggerShape) * 100 + nextShape) * 100 + afterNextShape));
        sink.Add(Feature(27, kind * 100 + previousShape, nextHash));
        bool functionWord = char.IsUpper(nextText[0]) && IsFunctionWord(nextText);
        sink.Add(Feature(23, (functionWord ? 1 : 0) * 100 + kind * 10 + Math.Min(triggerText.Length, 5)));
    }

    /// <summary>
    /// Decisions no model should overturn, applied before scoring (and to training rows, which only the model
    /// decides): a lowercase word, comma or dash after the mark continues the sentence ("…!” he yelled",
    /// "-- voila! -- you"); a list number at a line start ("1. First item") is not a sentence; a period glued to a
    /// capitalised word ("world.Today") ends one.
    /// </summary>
    public static SentenceRule Rule(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceCandidate candidate)
    {
        if (candidate.Kind == SentenceCandidateKind.SignOff)
        {
            return SentenceRule.Split;
        }

        if (candidate.Kind == SentenceCandidateKind.Unpunctuated)
        {
            return IsClockTime(text, tokens, candidate.Last) ? ClockTimeRule(text, tokens[candidate.Last + 1])
                : UnpunctuatedRule(text, tokens[candidate.Last], tokens[candidate.Last + 1]);
        }

        if (candidate.Kind is not (SentenceCandidateKind.Terminal or SentenceCandidateKind.Abbreviation))
        {
            return SentenceRule.AskModel;
        }

        Token next = tokens[candidate.Last + 1];
        char start = text[next.Start];
        if (IsPeriodBeforeHyphens(text, tokens, candidate, next))
        {
            return SentenceRule.Split;
        }

        if (start is ',' or ';' or ':' or ')' or ']' or '}' or '-' or '\u2013' or '\u2014')
        {
            return SentenceRule.Keep;
        }

        int trigger = candidate.Trigger;
        if (char.IsLower(start)
            && (candidate.Kind == SentenceCandidateKind.Abbreviation || candidate.Last > trigger))
        {
            // "Co. at noon", "“Stop!” he said", "Leave me alone! he yelled": web text starts sentences in lowercase
            // after a plain period, so only these cases are fixed.
            return SentenceRule.Keep;
        }

        if (char.IsLower(start) && candidate.Kind == SentenceCandidateKind.Terminal && tokens[trigger].Length == 1
            && text[tokens[trigger].Start] is '!' or '?' && (IsExclaimedName(text, tokens, trigger) || IsSpeechTag(text, tokens, candidate.Last + 1)))
        {
            return SentenceRule.Keep; // "works at Yahoo! in the accounting department", "Leave me alone! he yelled."
        }

        if (candidate.Kind == SentenceCandidateKind.Abbreviation && candidate.Last == trigger
            && Lexicon.IsAbbreviationBeforeNumber(text.Slice(tokens[trigger].Start, tokens[trigger].Length - 1)) && next.Kind == TokenKind.Number)
        {
            return SentenceRule.Keep; // "Deal No. 74419", "paid Rs. 3520"
        }

        if (candidate.Kind == SentenceCandidateKind.Abbreviation && candidate.Last == trigger && char.IsUpper(start) && next.Kind == TokenKind.Word
            && Lexicon.IsPersonalTitle(text.Slice(tokens[trigger].Start, tokens[trigger].Length - 1)))
        {
            return SentenceRule.Keep; // "Gen. Pervez Musharraf", "Ms. Hendricks"
        }

        if (IsUpperCaseClockTime(text, tokens, candidate) && next.Kind == TokenKind.Word && next.Length > 1
            && char.IsUpper(start) && char.IsLower(text[next.Start + 1]))
        {
            return SentenceRule.Split; // "He left at 6 P.M. Travelers who …": capitals leave no lower-case "a.m." to read as mid-sentence
        }

        if (candidate.Kind == SentenceCandidateKind.Terminal && text[tokens[trigger].Start] == '.' && tokens[trigger].Length == 1
            && trigger > 0 && tokens[trigger - 1].Kind == TokenKind.Number && tokens[trigger - 1].Length <= 2
            && TokensSinceLineStart(text, tokens, trigger - 1) == 0)
        {
            return SentenceRule.Keep; // "1. This is a list item."
        }

        if (candidate.Kind == SentenceCandidateKind.Abbreviation && candidate.Last == trigger && tokens[trigger].Length > 2
            && !Lexicon.IsTitleAbbreviation(text.Slice(tokens[trigger].Start, tokens[trigger].Length - 1))
            && char.IsUpper(start) && IsFunctionWord(next.Slice(text)))
        {
            return SentenceRule.Split; // "run by Shipping Co. The company", "in the U.S. They": no title precedes "The"
        }

        if (next.Start == tokens[candidate.Last].End && candidate.Kind == SentenceCandidateKind.Terminal && candidate.Last == trigger
            && text[tokens[trigger].Start] is '!' or '?' && next.Kind == TokenKind.Word)
        {
            return SentenceRule.Keep; // "!Kung", "Yahoo!News": a mark glued to a word is part of it
        }

        if (next.Start == tokens[candidate.Last].End && candidate.Kind == SentenceCandidateKind.Terminal
            && next.Kind == TokenKind.Word && next.Length > 1 && char.IsUpper(start) && char.IsLower(text[next.Start + 1]))
        {
            return SentenceRule.Split; // "bought 1,000.That is a lot."
        }

        if (IsPlainSentenceEnd(text, tokens, candidate, next))
        {
            return SentenceRule.Split;
        }

        return SentenceRule.AskModel;
    }

    /// <summary>
    /// The commonest boundary in news, decided without the model: a lone ". ! ?" right after an ordinary word (not an
    /// abbreviation: those are <see cref="SentenceCandidateKind.Abbreviation"/>) or a 4-digit year, then one space and
    /// a capitalised word, or an opening quote glued to one — "… on Monday, officials said. The ship …", "… it. We",
    /// "… said. “They", "… “Lee.” He". In UD English EWT and GUM train a two-letter lower-case word there ends the sentence 453 times
    /// of 474 (the rest are abbreviations the tokenizer knows), an opening quote 102 of 104. The model says "split"
    /// here all but always; asking it costs the feature extraction that is most of the stage's time.
    /// </summary>
    private static bool IsPlainSentenceEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceCandidate candidate, Token next)
    {
        int trigger = candidate.Trigger;
        int last = candidate.Last;
        if (candidate.Kind != SentenceCandidateKind.Terminal || trigger == 0 || tokens[trigger].Length != 1
            || next.Start != tokens[last].End + 1 || text[tokens[last].End] != ' ')
        {
            return false;
        }

        // A closing quote after the period: "… “Lee.” He could not …" (156 of 159; the rest are citations).
        if (last != trigger && !(last == trigger + 1 && text[tokens[trigger].Start] == '.' && tokens[last].Kind == TokenKind.QuoteMark
            && tokens[last].Length == 1 && text[tokens[last].Start] is '"' or '\u201D'))
        {
            return false;
        }

        Token opener = next;
        if (next.Kind == TokenKind.QuoteMark && next.Length == 1 && text[next.Start] is '"' or '\u201C' && last + 2 < tokens.Length
            && tokens[last + 2].Start == next.End)
        {
            opener = tokens[last + 2];
        }

        if (opener.Kind != TokenKind.Word || opener.Length < 2 || !char.IsUpper(text[opener.Start]) || !char.IsLower(text[opener.Start + 1]))
        {
            return false;
        }

        Token word = tokens[trigger - 1];
        bool plainWord = word.Kind == TokenKind.Word
            && ((word.Length >= 2 && char.IsLower(text[word.Start])) || (word.Length >= 3 && PlainCapitalisedWord(text, word)));
        bool year = word.Kind == TokenKind.Number && word.Length == 4 && !text.Slice(word.Start, 4).ContainsAnyExceptInRange('0', '9');
        return (plainWord || year) && word.End == tokens[trigger].Start;
    }

    /// <summary>
    /// A lone period, a space and a run of ASCII hyphens: web text and e-mail put a signature, a "-- Posted by" line or
    /// a list item ("- TEXT.htm") after the sentence this way (UD English EWT and GUM train: 21 of 22 boundaries; the
    /// other ends after a trailing dash, "… the test of time. -"). A dash inside a sentence follows a word, not a period ("-- voila! -- you").
    /// </summary>
    private static bool IsPeriodBeforeHyphens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceCandidate candidate, Token next)
    {
        Token period = tokens[candidate.Trigger];
        return candidate.Kind == SentenceCandidateKind.Terminal && candidate.Last == candidate.Trigger && period.Length == 1
            && text[period.Start] == '.' && next.Start > period.End && next.Kind == TokenKind.Punctuation && text[next.Start] == '-';
    }

    /// <summary>
    /// Gaps without punctuation where UD English EWT and GUM train (web text and eight other genres, 25,000 sentences)
    /// almost never end a sentence: a lower-case word before a number ("carrying 84", 4 of 781) or an opening quote
    /// mark ("was ‘the best", 0 of 310), and a number before a number (2 of 216). Kept without asking the model.
    /// </summary>
    private static SentenceRule UnpunctuatedRule(ReadOnlySpan<char> text, Token token, Token next)
    {
        bool lowerWord = token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);
        return (lowerWord && next.Kind is TokenKind.Number or TokenKind.QuoteMark) || (token.Kind == TokenKind.Number && next.Kind == TokenKind.Number)
            ? SentenceRule.Keep
            : SentenceRule.AskModel;
    }

    /// <summary>
    /// A lone "!" glued to a capitalised word inside a sentence, the way brand names carry it ("Yahoo!", "Jeopardy!"):
    /// with a lower-case word after it the sentence goes on (UD EWT and GUM train and dev: 1 of 1).
    /// </summary>
    private static bool IsExclaimedName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int trigger)
    {
        if (trigger < 2 || text[tokens[trigger].Start] != '!')
        {
            return false;
        }

        Token name = tokens[trigger - 1];
        Token before = tokens[trigger - 2];
        return name.End == tokens[trigger].Start && name.Kind == TokenKind.Word && name.Length >= 2 && PlainCapitalisedWord(text, name)
            && (before.Kind == TokenKind.Word || (before.Length == 1 && text[before.Start] == ','));
    }

    /// <summary>
    /// A lower-case pronoun and a speech verb ("he yelled", "she asks"): what follows "!" or "?" this way tags the
    /// exclamation as speech in the same sentence (UD EWT and GUM train and dev: 12 of 12 with a lower-case pronoun).
    /// </summary>
    private static bool IsSpeechTag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first + 1 >= tokens.Length || tokens[first].Kind != TokenKind.Word || tokens[first + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> pronoun = tokens[first].Slice(text);
        return pronoun is "he" or "she" or "they" or "we" or "you" && s_speechVerbs.Contains(tokens[first + 1].Slice(text));
    }

    /// <summary>
    /// The closing of a letter or e-mail, which stands as a sentence of its own before the name: "Regards, Debra"
    /// (UD English EWT and GUM train and EWT dev: 30 of 31 for the words listed; "Thanks," only 22 of 28, and is left alone).
    /// </summary>
    private static bool IsSignOff(ReadOnlySpan<char> word) =>
        word is "Regards" or "regards" or "Sincerely" or "Respectfully" or "Best" or "wishes" or "Cheers";

    /// <summary>A clock time's "AM" or "PM" without periods after the time: "08/16/2000 03:48 PM".</summary>
    private static bool IsClockTime(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        Token token = tokens[index];
        return token.Length == 2 && index > 0 && token.Kind == TokenKind.Word && text.Slice(token.Start, 2) is "AM" or "PM" or "am" or "pm"
            && tokens[index - 1].Kind == TokenKind.Number && tokens[index - 1].Slice(text).Contains(':');
    }

    /// <summary>
    /// After a clock time, a capitalised word starts a sentence — e-mail headers run on into the message: "03:48 PM
    /// John Griffith", "09:11 AM Puto" (UD English EWT and GUM train: 140 of 149; the rest are time zones and "Today").
    /// </summary>
    private static SentenceRule ClockTimeRule(ReadOnlySpan<char> text, Token next) =>
        next.Kind == TokenKind.Word && next.Length > 1 && char.IsUpper(text[next.Start]) && char.IsLower(text[next.Start + 1])
            && !next.Slice(text).SequenceEqual("Today") && !next.Slice(text).EndsWith("ern")
            ? SentenceRule.Split
            : SentenceRule.AskModel;

    /// <summary>"A.M." or "P.M." in capitals after a number ("at 6 P.M.").</summary>
    private static bool IsUpperCaseClockTime(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceCandidate candidate)
    {
        int trigger = candidate.Trigger;
        return candidate.Kind == SentenceCandidateKind.Abbreviation && candidate.Last == trigger && trigger > 0
            && tokens[trigger - 1].Kind == TokenKind.Number && tokens[trigger].Slice(text) is "A.M." or "P.M.";
    }

    /// <summary>A capitalised word with lower-case letters after its first ("Lisbon", not "UK" or "McD"), so no initialism.</summary>
    private static bool PlainCapitalisedWord(ReadOnlySpan<char> text, Token word)
    {
        ReadOnlySpan<char> rest = text.Slice(word.Start + 1, word.Length - 1);
        return char.IsUpper(text[word.Start]) && !rest.ContainsAnyExceptInRange('a', 'z');
    }

    /// <summary>
    /// Gaps the model need not see, because no sentence ends there without punctuation: inside a run of
    /// capitalised words ("Maria Okafor", "Shipping Co") and after a function word ("in Lisbon", "the Times").
    /// Dropping them keeps the splitter fast on news, which is full of names.
    /// </summary>
    private static bool IsUnlikelyUnpunctuatedEnd(ReadOnlySpan<char> text, Token word, Token next)
    {
        ReadOnlySpan<char> current = word.Slice(text);
        if (char.IsUpper(current[0]) && next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && !IsFunctionWord(next.Slice(text))
            && !s_sentenceStarters.Contains(next.Slice(text)))
        {
            return true;
        }

        return char.IsLower(current[0]) && current.Length <= 5 && IsFunctionWord(current);
    }

    /// <summary>". ! ? …" and runs of them.</summary>
    public static bool IsTerminal(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '\u2026';

    public static bool IsCloser(ReadOnlySpan<char> text, Token token) =>
        token.Length <= 2 && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '}';

    public static bool StartsUpperOrDigit(ReadOnlySpan<char> text, Token token)
    {
        char c = text[token.Start];
        return char.IsUpper(c) || char.IsAsciiDigit(c) || token.Kind is TokenKind.Url or TokenKind.Email
            || (token.Kind == TokenKind.QuoteMark && c is '"' or '\u201C' or '\u2018');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Feature(int template, int value) =>
        FeatureHasher.Index(FeatureHasher.MixValue(FeatureHasher.Begin(template), value), Dimension);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Feature(int template, int value, uint textHash) =>
        FeatureHasher.Index(FeatureHasher.MixHash(FeatureHasher.MixValue(FeatureHasher.Begin(template), value), textHash), Dimension);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Feature(int template, int value, uint first, uint second) =>
        FeatureHasher.Index(FeatureHasher.MixHash(FeatureHasher.MixHash(FeatureHasher.MixValue(FeatureHasher.Begin(template), value), first), second), Dimension);

    private static uint TextHash(ReadOnlySpan<char> s) => FeatureHasher.MixLower(FeatureHasher.Begin(0), s);

    /// <summary>A coarse word shape: lower, Title, UPPER, number, quote mark, bracket and so on.</summary>
    private static int Shape(ReadOnlySpan<char> text, Token token)
    {
        char c = text[token.Start];
        switch (token.Kind)
        {
            case TokenKind.Number:
                return 1;
            case TokenKind.QuoteMark:
                return c is '"' or '\'' ? 2 : c is '\u201C' or '\u2018' or '\u00AB' or '\u201E' ? 3 : 4;
            case TokenKind.Punctuation:
                return c switch
                {
                    '(' or '[' or '{' => 5,
                    ')' or ']' or '}' => 6,
                    '.' or '!' or '?' or '\u2026' => 7,
                    ',' or ';' or ':' => 8,
                    _ => 9,
                };
            case TokenKind.Url or TokenKind.Email or TokenKind.Mention or TokenKind.Hashtag:
                return 10;
            case TokenKind.Symbol:
                return 11;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        if (!char.IsUpper(c))
        {
            return char.IsLower(c) ? 12 : 13;
        }

        if (word.Length == 1 || (word.Length == 2 && word[1] == '.'))
        {
            return 14; // an initial
        }

        bool allUpper = true;
        foreach (char ch in word)
        {
            if (char.IsLower(ch))
            {
                allUpper = false;
                break;
            }
        }

        return allUpper ? 15 : word.Contains('.') ? 16 : 17;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a function word, ignoring case: exactly the set's answer. Words whose
    /// length and first letter no function word has are answered here; a non-ASCII first character goes to the
    /// set, whose case-insensitive comparison knows more than ASCII.
    /// </summary>
    private static bool IsFunctionWord(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= 31)
        {
            return false;
        }

        char first = word[0];
        if (first < 128)
        {
            uint letter = (uint)((first | 0x20) - 'a');
            if (letter > 'z' - 'a' || (s_functionWordLengths[letter] & (1u << word.Length)) == 0)
            {
                return false;
            }
        }

        return s_functionWords.Contains(word);
    }

    private static uint[] FunctionWordLengths()
    {
        uint[] lengths = new uint[26];
        foreach (string word in s_functionWordList.Concat(s_sentenceStarters.Set))
        {
            lengths[(word[0] | 0x20) - 'a'] |= 1u << word.Length;
        }

        return lengths;
    }

    /// <summary>How many tokens precede <paramref name="index"/> on its line, at most 12.</summary>
    private static int TokensSinceLineStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        int count = 0;
        for (int i = index; i > 0 && count < 12; i--, count++)
        {
            if (LineBreakRules.GapHasNewline(text, tokens, i - 1))
            {
                break;
            }
        }

        return count;
    }

}
