using System.Buffers;
using System.Runtime.CompilerServices;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Sentences;

/// <summary>
/// Splits sentences: each candidate boundary from the tokens (after ". ! ? …" and the closing marks touching
/// them, after abbreviations, before a capitalised word where web text drops the period) is classified by an
/// ML.NET-trained logistic regression over <see cref="SentenceFeatures"/>; line breaks follow <see cref="LineBreakRules"/>.
/// </summary>
internal sealed class SentenceSplitter : IAnalysisStage
{
    private readonly LinearModel _model;
    private readonly float _scoreThreshold;

    public SentenceSplitter(LinearModel model)
    {
        _model = model;
        double p = Math.Clamp(model.Manifest.Threshold is > 0 and < 1 ? model.Manifest.Threshold : 0.5, 1e-6, 1 - 1e-6);
        _scoreThreshold = (float)Math.Log(p / (1 - p));
    }

    public void Process(AnalysisState state, CancellationToken cancellationToken)
    {
        int count = state.Tokens.Length;
        byte[] lineOffsets = ArrayPool<byte>.Shared.Rent(count);
        byte[] insideQuote = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            var context = SentenceContext.Compute(state.Text, state.Tokens, lineOffsets, insideQuote);
            Split(state, context, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(lineOffsets);
            ArrayPool<byte>.Shared.Return(insideQuote);
        }
    }

    private void Split(AnalysisState state, in SentenceContext context, CancellationToken cancellationToken)
    {
        ReadOnlySpan<char> text = state.Text;
        ReadOnlySpan<Token> tokens = state.Tokens;
        Span<int> features = stackalloc int[SentenceFeatures.MaxFeatures];
        byte[]? listMarks = ListMarkers.Find(text, tokens);
        var lines = new LineBreakCursor(text);
        int first = 0;
        int i = 0;
        while (i < tokens.Length - 1)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int last = i;
            bool boundary;
            if (MayBeCandidate(text, tokens[i], tokens[i + 1]) && SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
            {
                last = candidate.Last;
                int newlines = NewlinesAfter(text, tokens, last, ref lines);
                if (newlines > 0)
                {
                    boundary = newlines == 2 || LineBreakRules.SingleBreakEndsSentence(text, tokens, last, candidate.Kind is SentenceCandidateKind.Terminal or SentenceCandidateKind.Abbreviation);
                }
                else
                {
                    boundary = SentenceFeatures.Rule(text, tokens, candidate) switch
                    {
                        SentenceRule.Split => true,
                        SentenceRule.Keep => false,
                        _ => _model.Score(features[..SentenceFeatures.Extract(text, tokens, context, candidate, features)]) > _scoreThreshold,
                    };
                }
            }
            else
            {
                int newlines = NewlinesAfter(text, tokens, i, ref lines);
                boundary = newlines == 2 || (newlines == 1 && LineBreakRules.SingleBreakEndsSentence(text, tokens, i, afterFinalPunctuation: false));
            }

            if (listMarks is not null && NewlinesAfter(text, tokens, last, ref lines) < 2)
            {
                // Run-together enumerations: each marker starts a sentence; its own "." or ")" ends none.
                if (listMarks[last] >= 2)
                {
                    boundary = false;
                }

                if (last + 1 < tokens.Length && listMarks[last + 1] is 1 or 3)
                {
                    boundary = true;
                }
            }

            if (boundary)
            {
                Add(state, first, last);
                first = last + 1;
            }

            i = last + 1;
        }

        if (first < tokens.Length)
        {
            Add(state, first, tokens.Length - 1);
        }
    }

    /// <summary>
    /// A cheap test that lets most tokens skip <see cref="SentenceFeatures.TryGetCandidate"/>: false only where it
    /// is surely false. A candidate is final punctuation, a word ending in a period, or a token before a gap and a
    /// token that starts with a capital, a digit or a quote mark, or is an address; a lowercase ASCII letter is
    /// none of those.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeCandidate(ReadOnlySpan<char> text, Token token, Token next)
    {
        if (next.Start > token.End && (!char.IsAsciiLetterLower(text[next.Start]) || next.Kind is TokenKind.Url or TokenKind.Email))
        {
            return true;
        }

        return SentenceFeatures.IsTerminal(text, token) || (token.Kind == TokenKind.Word && text[token.End - 1] == '.');
    }

    /// <summary><see cref="LineBreakRules.NewlinesAfter"/>, with the usual answer (none) from the cursor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NewlinesAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, ref LineBreakCursor lines) =>
        lines.BreakBefore(tokens[index].End, tokens[index + 1].Start) ? LineBreakRules.NewlinesAfter(text, tokens, index) : 0;

    private static void Add(AnalysisState state, int first, int last)
    {
        ReadOnlySpan<Token> tokens = state.Tokens;
        int start = tokens[first].Start;
        int end = tokens[last].End;
        state.Sentences.Add(new Sentence(state.Text, start, end, first, last - first + 1));
    }
}
