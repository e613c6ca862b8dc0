using System.Collections.Frozen;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Splits sentences with rules over tokens: terminal punctuation (with any closing quotes and brackets
/// after it) before a sentence-like start, blank lines, and line breaks after unpunctuated lines such as
/// headlines and datelines. Abbreviations end a sentence only before a common sentence starter.
/// </summary>
internal sealed class RuleSentenceSplitter : IAnalysisStage
{
    // Words that start sentences far more often than they follow "U.S." or "Inc." inside one.
    private static readonly FrozenSet<string> s_sentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "A", "An", "This", "That", "These",
        "Those", "There", "His", "Her", "Their", "Its", "Our", "My", "If", "When", "While", "After", "Before", "As",
        "At", "On", "For", "So", "Yet", "However", "Meanwhile", "Still", "Now", "Then", "What", "Why", "How", "Who",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_starterLookup =
        s_sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Process(AnalysisState state, CancellationToken cancellationToken)
    {
        ReadOnlySpan<char> text = state.Text;
        Token[] tokens = state.Tokens;
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int last = i;
            if (IsTerminal(text, tokens[i]))
            {
                // Closing quotes and brackets that touch the terminal mark belong to its sentence.
                while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && IsCloser(text, tokens[last + 1]))
                {
                    last++;
                }
            }

            if (last + 1 >= tokens.Length || !EndsSentence(text, tokens, i, last))
            {
                i = last;
                continue;
            }

            Add(state, first, last);
            first = last + 1;
            i = last;
        }

        if (first < tokens.Length)
        {
            Add(state, first, tokens.Length - 1);
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, Token[] tokens, int terminal, int last)
    {
        Token next = tokens[last + 1];
        int newlines = text[tokens[last].End..next.Start].Count('\n');
        if (newlines >= 2)
        {
            return true; // a blank line always ends a sentence
        }

        char start = text[next.Start];
        bool startsLower = char.IsLower(start);
        if (newlines == 1 && !startsLower)
        {
            return true; // headline, dateline, byline or list item
        }

        Token token = tokens[terminal];
        if (next.Start == tokens[last].End || startsLower)
        {
            return false;
        }

        if (token.Kind == TokenKind.Punctuation && IsTerminal(text, token))
        {
            return true;
        }

        if (token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.')
        {
            // "U.S." or "Inc." ends a sentence only when a typical first word follows.
            return next.Kind == TokenKind.Word && s_starterLookup.Contains(next.Slice(text));
        }

        return false;
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.';
        }

        return text[token.Start] is '.' or '!' or '?' or '\u2026';
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '}';

    private static void Add(AnalysisState state, int first, int last)
    {
        Token[] tokens = state.Tokens;
        int start = tokens[first].Start;
        int end = tokens[last].End;
        state.Sentences.Add(new Sentence(start, end, state.Text[start..end], first, last - first + 1));
    }
}
