using System.Buffers;
using System.Numerics;
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
        var context = new SentenceContext(state.Text, state.Tokens);
        if (state.CandidateMarks is { } marks)
        {
            Split(state, ref context, marks, cancellationToken);
            return;
        }

        // Tokens made outside the pipeline come without the marks: every token is asked the exact tests, as a pass
        // that worked the marks out from the tokens would cost as much as the tests it saves.
        byte[] own = ArrayPool<byte>.Shared.Rent(CandidateMarks.BytesFor(state.Tokens.Length));
        try
        {
            own.AsSpan().Fill(CandidateMarks.Set);
            Split(state, ref context, own, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(own);
        }
    }

    private void Split(AnalysisState state, ref SentenceContext context, ReadOnlySpan<byte> marks, CancellationToken cancellationToken)
    {
        // Where each sentence ends (its last token) is noted first and the sentences made at the end, so that their
        // list is allocated once at its size instead of regrown (past 10,000 sentences each regrowth is a large object).
        int[] ends = ArrayPool<int>.Shared.Rent(Math.Max(16, state.Tokens.Length / 16));
        try
        {
            int count = FindEnds(state, ref context, marks, ref ends, cancellationToken);
            ReadOnlySpan<Token> tokens = state.Tokens;
            state.Sentences.EnsureCapacity(state.Sentences.Count + count);
            int first = 0;
            foreach (int last in ends.AsSpan(0, count))
            {
                state.Sentences.Add(new Sentence(state.Text, tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    /// <summary>Writes the last token of each sentence into <paramref name="ends"/> (grown as needed) and returns how many.</summary>
    // A hot loop: compiled on its own, not inlined into its caller, so that it gets the JIT's whole inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindEnds(AnalysisState state, ref SentenceContext context, ReadOnlySpan<byte> marks, ref int[] ends, CancellationToken cancellationToken)
    {
        ReadOnlySpan<char> text = state.Text;
        ReadOnlySpan<Token> tokens = state.Tokens;
        // Most texts hold no sign of a list marker, and then the list-marker pass never runs: the loop below looks for
        // one among the tokens it visits (every sign is marked), and only the first it meets starts the pass.
        byte[]? listMarks = null;
        bool seekMarkers = true;
        int count = 0;
        int first = 0;
        int i = 0;
        int nextCheck = 0;
        while (i < tokens.Length - 1)
        {
            if (i >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + 4096;
            }

            // Most tokens are no candidate, have no line break after them and no list marker near: no boundary.
            // Only the others take the full decision.
            if (listMarks is null)
            {
                int stop = Math.Min(tokens.Length - 1, nextCheck);
                i = NextToDecide(text, tokens, marks, i, stop, seekMarkers);
                if (i == stop)
                {
                    continue;
                }

                if (seekMarkers && ListMarkers.IsSign(text, tokens, i))
                {
                    seekMarkers = false;
                    listMarks = ListMarkers.FindAfterSign(text, tokens);
                    if (listMarks is not null)
                    {
                        // A marker also decides the gap before it: start over with the markers known.
                        (count, first, i, nextCheck) = (0, 0, 0, 0);
                        continue;
                    }
                }
            }

            int last = Decide(text, tokens, ref context, listMarks, i, out bool boundary);
            if (boundary)
            {
                Append(ref ends, ref count, last);
                first = last + 1;
            }

            i = last + 1;
        }

        if (first < tokens.Length)
        {
            Append(ref ends, ref count, tokens.Length - 1);
        }

        return count;
    }

    private static void Append(ref int[] ends, ref int count, int last)
    {
        if (count == ends.Length)
        {
            int[] larger = ArrayPool<int>.Shared.Rent(ends.Length * 2);
            ends.AsSpan().CopyTo(larger);
            ArrayPool<int>.Shared.Return(ends);
            ends = larger;
        }

        ends[count++] = last;
    }

    /// <summary>Whether the sentence ends after token <paramref name="i"/> or after the closing marks it takes; returns the last token taken.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Decide(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref SentenceContext context, byte[]? listMarks, int i, out bool boundary)
    {
        int last = i;
        if (SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
        {
            last = candidate.Last;
            int newlines = LineBreakRules.NewlinesAfter(text, tokens, last);
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
                    _ => Score(text, tokens, ref context, candidate) > _scoreThreshold,
                };
            }
        }
        else
        {
            int newlines = LineBreakRules.NewlinesAfter(text, tokens, i);
            boundary = newlines == 2 || (newlines == 1 && LineBreakRules.SingleBreakEndsSentence(text, tokens, i, afterFinalPunctuation: false));
        }

        if (listMarks is not null && LineBreakRules.NewlinesAfter(text, tokens, last) < 2)
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

        return last;
    }

    private float Score(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref SentenceContext context, SentenceCandidate candidate)
    {
        var scorer = new LinearScorer(_model);
        SentenceFeatures.Extract(text, tokens, ref context, candidate, ref scorer);
        return scorer.Score;
    }

    /// <summary>
    /// The first token in <paramref name="i"/>..<paramref name="stop"/>-1 that may be a candidate, has a line break
    /// after it or (while <paramref name="seekMarkers"/>) is a <see cref="ListMarkers.IsSign">list-marker sign</see>
    /// (<paramref name="stop"/> if none); the tokens passed over end no sentence. Only the tokens set in
    /// <paramref name="marks"/> (see <see cref="CandidateMarks"/>) are asked.
    /// </summary>
    // A hot loop: compiled on its own, not inlined into its caller, so that it gets the JIT's whole inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextToDecide(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> marks, int i, int stop, bool seekMarkers)
    {
        if (i >= stop)
        {
            return stop;
        }

        // The marks are read 64 at a time as bits, and the set ones visited in order.
        int block = i >> 6;
        ulong bits = CandidateMarks.Block(marks, block) & (ulong.MaxValue << i);
        while (true)
        {
            while (bits != 0)
            {
                i = (block << 6) + BitOperations.TrailingZeroCount(bits);
                if (i >= stop)
                {
                    return stop;
                }

                if (LineBreakRules.GapHasNewline(text, tokens, i) || SentenceFeatures.MayEndSentence(text, tokens[i], tokens[i + 1])
                    || (seekMarkers && ListMarkers.IsSign(text, tokens, i)))
                {
                    return i;
                }

                bits &= bits - 1;
            }

            block++;
            if (block << 6 >= stop)
            {
                return stop;
            }

            bits = CandidateMarks.Block(marks, block);
        }
    }
}
