using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// Tags people, organisations and places sentence by sentence: an ML.NET maximum-entropy model scores the BIO
/// tags of each token from <see cref="EntityFeatures"/>, Viterbi decoding picks the best tag sequence that obeys
/// BIO (an inside tag only continues an entity of its own type), and <see cref="DocumentConsistency"/> makes a
/// name keep one label through the document. Between the two, rule passes mend what a per-token model gets wrong
/// with the same regularity on every corpus: datelines, hyphenated and run-together names, lower-case edges, long
/// institutional names, head words, titles and document-wide organisation cues (each pass says why in its own file).
/// </summary>
internal sealed class EntityTagger : IAnalysisStage
{
    // Paths this far (in log-probability) behind the best one at a token are not extended: they cannot win
    // in practice, and dropping them saves most of the per-previous-tag softmaxes.
    private const float Beam = 12f;

    private readonly MulticlassLinearModel _model;
    private readonly EntityLexicon _lexicon;

    // The weights of "previous tag = p" for each p (and sentence start), looked up once instead of per token,
    // and their exponentials: the softmax of (scores + weights of p) needs exp(score) once per token and then only
    // products with these, not seven exponentials per previous tag.
    private readonly float[][] _previousTagWeights;
    private readonly float[][] _previousTagFactors;

    // The same weights as vectors of one lane per class (the eighth lane 0), for the per-class arithmetic of Emission.
    private readonly Vector256<float>[] _previousTagWeightRows;

    // Per class k, exp(w(p)[k]) for each previous tag p (and sentence start) as one vector, for SoftmaxSums.
    private readonly Vector256<float>[] _factorColumns;

    // Per previous tag, all bits set in the lanes of the tags that may follow it (BIO); and in the lanes of the inside
    // tags (and the unused eighth), which no sentence begins with.
    private static readonly Vector256<float>[] s_canFollow = [.. Enumerable.Range(0, EntityTags.Count).Select(p => Lanes(k => k < EntityTags.Count && EntityTags.CanFollow((EntityTag)p, (EntityTag)k)))];
    private static readonly Vector256<float> s_insideTags = Lanes(k => k >= EntityTags.Count || EntityTags.IsInside((EntityTag)k));

    // Word caches of documents tagged, for the next: a cache serves one thread at a time, so a document takes one
    // (or makes one when other threads have them all) and puts it back when done; one per core is kept.
    private readonly EntityWordCache?[] _spareWords = new EntityWordCache?[Environment.ProcessorCount];

    public EntityTagger(EntityModel model)
    {
        _model = model.Weights;
        _lexicon = model.Lexicon;
        _previousTagWeights = new float[EntityTags.Count + 1][];
        for (int p = 0; p <= EntityTags.Count; p++)
        {
            _previousTagWeights[p] = new float[EntityTags.Count];
            _model.AddFeature(EntityFeatures.PreviousTagFeature(p), _previousTagWeights[p]);
        }

        _previousTagFactors = [.. _previousTagWeights.Select(w => w.Select(MathF.Exp).ToArray())];
        _previousTagWeightRows = [.. _previousTagWeights.Select(w => Vector256.Create<float>([.. w, 0f]))];
        _factorColumns = [.. Enumerable.Range(0, EntityTags.Count).Select(k => Vector256.Create<float>([.. _previousTagFactors.Select(f => f[k])]))];
    }

    public void Process(AnalysisState state, CancellationToken cancellationToken)
    {
        ReadOnlySpan<char> text = state.Text;
        ReadOnlySpan<Token> tokens = state.Tokens;
        EntityTag[] tags = ArrayPool<EntityTag>.Shared.Rent(Math.Max(1, tokens.Length));
        WordCase[] marks = ArrayPool<WordCase>.Shared.Rent(Math.Max(1, tokens.Length));
        int longest = 1;
        foreach (Sentence sentence in state.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        // One set of per-sentence buffers for the whole document, not three rentals per sentence.
        var scratch = new TagScratch(longest, TakeWordCache());
        var teams = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            Array.Clear(tags, 0, tokens.Length);

            // The word-case marks of the tokens come from the word cache as each sentence is prepared; any token no
            // sentence covers is marked from its text.
            int marked = 0;
            foreach (Sentence sentence in state.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadOnlySpan<Token> sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
                Span<EntityTag> sentenceTags = tags.AsSpan(sentence.FirstToken, sentence.TokenCount);
                Tag(text, sentenceTokens, sentenceTags, scratch);
                MarkFrom(text, tokens, marks, marked, sentence.FirstToken);
                WordCases.Mark(sentenceTokens, scratch.Words, marks.AsSpan(sentence.FirstToken, sentence.TokenCount));
                marked = Math.Max(marked, sentence.FirstToken + sentence.TokenCount);
                MendSentence(text, sentenceTokens, sentenceTags, scratch.Words, teams);
            }

            MarkFrom(text, tokens, marks, marked, tokens.Length);

            OrganizationCues.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length));
            PlaceCues.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length));
            DocumentConsistency.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length), marks.AsSpan(0, tokens.Length));
            SentenceOpeners.Apply(text, tokens, state.Sentences, tags.AsSpan(0, tokens.Length), marks.AsSpan(0, tokens.Length));
            if (teams.Count > 0)
            {
                SportingSides.RelabelTeams(text, tokens, tags.AsSpan(0, tokens.Length), teams);
            }

            Demonyms.Apply(text, tokens, tags.AsSpan(0, tokens.Length));
            StormNames.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length));
            NamedAfterPlaces.Apply(text, tokens, tags.AsSpan(0, tokens.Length));

            // Again: the recurrences consistency tagged are matched word by word ("Roux" of "Nadia Benali-Roux"), and
            // may carry the cue that makes a name an organisation ("Feyenoord coach", tagged only as a recurrence).
            HyphenatedNames.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length));
            OrganizationCues.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length));
            PlaceCues.Apply(text, tokens, _lexicon, tags.AsSpan(0, tokens.Length));
            Collect(state, tags.AsSpan(0, tokens.Length));
        }
        finally
        {
            ArrayPool<EntityTag>.Shared.Return(tags);
            ArrayPool<WordCase>.Shared.Return(marks);
            scratch.Return();
            ReturnWordCache(scratch.Words);
        }
    }

    /// <summary>Marks tokens <paramref name="from"/> to <paramref name="to"/> (exclusive) from their text: those no sentence covers.</summary>
    private static void MarkFrom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<WordCase> marks, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            marks[k] = WordCases.Of(text, tokens[k]);
        }
    }

    /// <summary>
    /// The rule passes that look no further than a sentence, run on it while its tokens are still in cache: a pass
    /// over the whole document each would read a 10 MB document's 50 MB of tokens seven more times.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">Their tags.</param>
    /// <param name="words">The word cache the sentence was just tagged with (its token entries are the sentence's).</param>
    /// <param name="teams">Collects the names of the document's places found to be sporting sides.</param>
    private void MendSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags, EntityWordCache words, HashSet<string> teams)
    {
        // The cue words of the sentence (EntityWordCues): a pass that starts from a word the sentence lacks is skipped.
        EntityWordCues cues = words.SentenceCues;
        Datelines.Apply(text, tokens, tags);
        if ((cues & EntityWordCues.InstitutionHead) != 0)
        {
            OrganizationHeadRuns.Apply(text, tokens, tags, words);
        }

        // These passes only reshape or relabel the entities a sentence has (none makes one where there is none), and
        // most sentences have none.
        if (tags.ContainsAnyExcept(EntityTag.Outside))
        {
            if ((cues & EntityWordCues.Hyphen) != 0)
            {
                HyphenatedNames.Apply(text, tokens, _lexicon, tags);
            }

            LowercaseEdges.Apply(text, tokens, tags);
            AdjacentNames.Apply(text, tokens, _lexicon, tags);
            OrganizationTails.Apply(text, tokens, tags);
            HeadWords.Apply(text, tokens, _lexicon, tags);
            PlacePairs.Apply(text, tokens, _lexicon, tags);
            JoinedOrganizationNames.Apply(text, tokens, _lexicon, tags);
            if ((cues & EntityWordCues.PersonNoun) != 0)
            {
                PersonAppositives.Apply(text, tokens, _lexicon, tags);
            }
        }

        // Titled names need a title, or an entity to trim one from; most sentences have neither.
        if ((cues & EntityWordCues.CapitalisedTitle) != 0 || tags.ContainsAnyExcept(EntityTag.Outside))
        {
            TitledNames.Apply(text, tokens, _lexicon, tags, words);
        }

        // These make entities out of untagged words, so they would run on every sentence; each needs its cue word.
        if ((cues & EntityWordCues.LowercasePlace) != 0)
        {
            LowercasePlaces.Apply(text, tokens, _lexicon, tags, words.TokenCues[..tokens.Length]);
        }

        if ((cues & EntityWordCues.OrganizationKind) != 0)
        {
            NamedAfterKind.Apply(text, tokens, tags);
        }

        if ((cues & EntityWordCues.PlaceKind) != 0)
        {
            PlacesOfKind.Apply(text, tokens, tags);
        }

        // Sporting sides are made of entities the sentence has: one beaten, or one with a result verb or squad role.
        if ((cues & EntityWordCues.Sports) != 0 && tags.ContainsAnyExcept(EntityTag.Outside))
        {
            SportingSides.Apply(text, tokens, _lexicon, tags, teams);
        }

        if ((cues & EntityWordCues.Institution) != 0)
        {
            Institutions.Apply(text, tokens, tags);
        }

        AdjacentNames.TagGreetings(text, tokens, _lexicon, tags);

        // A list's untagged member takes a tagged member's label: nothing to do without one.
        if (tags.ContainsAnyExcept(EntityTag.Outside))
        {
            CoordinatedNames.Apply(text, tokens, _lexicon, tags);
        }

        if ((cues & EntityWordCues.ForeignOpener) != 0)
        {
            ForeignOrganizationNames.Apply(text, tokens, tags);
        }

        if ((cues & EntityWordCues.Workplace) != 0)
        {
            Workplaces.Apply(text, tokens, tags);
        }

        if ((cues & EntityWordCues.PlaceHead) != 0)
        {
            PlaceHeadRuns.Apply(text, tokens, tags);
        }
    }

    /// <summary>Tags the tokens of one sentence.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        var scratch = new TagScratch(Math.Max(1, tokens.Length), TakeWordCache());
        try
        {
            Tag(text, tokens, tags, scratch);
        }
        finally
        {
            scratch.Return();
            ReturnWordCache(scratch.Words);
        }
    }

    /// <summary>Tags the tokens of one sentence in buffers of at least its length.</summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags, TagScratch scratch)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        const int K = EntityTags.Count;
        const int O = (int)EntityTag.Outside;
        const int Lanes = TagScratch.RowWidth;
        Span<EntityTokenInfo> infos = scratch.Infos.AsSpan(0, n);
        Span<float> best = scratch.Best.AsSpan(0, n * Lanes);
        Span<byte> back = scratch.Back.AsSpan(0, n * Lanes);
        EntitySentenceMode mode = EntityFeatures.Prepare(text, tokens, infos, scratch.Words);
        Span<int> features = scratch.Features;
        Vector256<float> outsideOnly = Vector256.Create(float.NegativeInfinity).WithElement(O, 0f);
        Vector256<float> unreachable = Vector256.Create(float.NegativeInfinity);

        // Whether the previous token's row has O as its only reachable tag (it was plainly outside): then O is the
        // best previous tag without comparing the others, which are all minus infinity.
        bool previousOutsideOnly = false;

        // The token whose row holds the previous token's best scores. A run of plainly outside tokens shares the row of
        // its first: after it each is O from O with the same score, so none of the rest writes a row of its own.
        int previous = 0;
        for (int i = 0; i < n; i++)
        {
            // A plainly outside token is O whatever came before; it needs no scoring.
            if (EntityFeatures.IsPlainlyOutside(infos, i))
            {
                if (previousOutsideOnly)
                {
                    back[(i * Lanes) + O] = O;
                    continue;
                }

                int from = 0;
                if (i > 0)
                {
                    ReadOnlySpan<float> before = best.Slice(previous * Lanes, K);
                    for (int p = 1; p < K; p++)
                    {
                        if (before[p] > before[from])
                        {
                            from = p;
                        }
                    }
                }

                outsideOnly.WithElement(O, i > 0 ? best[(previous * Lanes) + from] : 0).StoreUnsafe(ref best[i * Lanes]);
                back[(i * Lanes) + O] = (byte)from;
                previousOutsideOnly = true;
                previous = i;
                continue;
            }

            ref float row = ref best[i * Lanes];
            int previousAt = previous;
            bool afterOutside = previousOutsideOnly;
            previous = i;
            previousOutsideOnly = false;
            int count = EntityFeatures.Extract(text, tokens, infos, mode, i, features, scratch.Words.AffixesOf(scratch.Words.TokenEntries[i]));

            // The class scores as one vector (the eighth lane 0), the softmax sums of every previous tag from them.
            Vector256<float> scores = _model.ScoreRow(features[..count]);
            float top = Top(scores);
            Vector256<float> sums = SoftmaxSums(scores, top);
            if (i == 0)
            {
                Vector256.ConditionalSelect(s_insideTags, unreachable, Emission(scores, sums, top, EntityFeatures.SentenceStart)).StoreUnsafe(ref row);
                continue;
            }

            // The maximum-entropy Markov model: P(tag | features, previous tag), one distribution per previous tag.
            ReadOnlySpan<float> previousRow = best.Slice(previousAt * Lanes, K);

            // After a plainly outside token only O is reachable (the others are minus infinity, outside any beam), and O
            // is the first tag: the loop below need look at it alone.
            float leader = float.NegativeInfinity;
            int reachable = K;
            if (afterOutside)
            {
                leader = previousRow[O];
                reachable = O + 1;
            }
            else
            {
                for (int p = 0; p < K; p++)
                {
                    leader = Math.Max(leader, previousRow[p]);
                }
            }

            // All classes at once, lane by lane the same additions and comparisons as one class at a time: a
            // candidate replaces the best so far when it is greater and the previous tag may precede the class.
            Vector256<float> current = unreachable;
            for (int p = 0; p < reachable; p++)
            {
                float previousScore = previousRow[p];
                if (previousScore < leader - Beam)
                {
                    continue;
                }

                Vector256<float> candidate = Vector256.Create(previousScore) + Emission(scores, sums, top, p);
                Vector256<float> better = Vector256.GreaterThan(candidate, current) & s_canFollow[p];
                current = Vector256.ConditionalSelect(better, candidate, current);
                uint improved = better.ExtractMostSignificantBits();
                while (improved != 0)
                {
                    back[(i * Lanes) + BitOperations.TrailingZeroCount(improved)] = (byte)p;
                    improved &= improved - 1;
                }
            }

            current.StoreUnsafe(ref row);
        }

        // The last token's row (a trailing run of outside tokens has only O reachable, and O after O back to its first).
        int last = 0;
        for (int k = 1; k < K; k++)
        {
            if (best[(previous * Lanes) + k] > best[(previous * Lanes) + last])
            {
                last = k;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = (EntityTag)last;
            last = back[(i * Lanes) + last];
        }
    }

    /// <summary>The greatest of the seven class scores, taken in class order: the shared shift of every previous tag's softmax.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Top(Vector256<float> scores)
    {
        float top = float.NegativeInfinity;
        for (int k = 0; k < EntityTags.Count; k++)
        {
            top = Math.Max(top, scores.GetElement(k));
        }

        return top;
    }

    /// <summary>
    /// log P(tag | features, previous tag p): the log-softmax of scores + w(p), from exp(scores) and exp(w(p)) already
    /// at hand — Σ exp(s + w) = Σ exp(s)·exp(w), which <see cref="SoftmaxSums"/> gives — so a previous tag costs one
    /// logarithm, not seven exponentials. The per-class additions run lane by lane, each as (score + weight) − log.
    /// </summary>
    private Vector256<float> Emission(Vector256<float> scores, Vector256<float> sums, float top, int previousTag)
    {
        float log = top + MathF.Log(sums.GetElement(previousTag));
        return scores + _previousTagWeightRows[previousTag] - Vector256.Create(log);
    }

    /// <summary>
    /// For every previous tag p at once (one lane each, sentence start the eighth), Σ exp(s − top)·exp(w(p)) over the
    /// classes: lane by lane the products and the sum in class order that one previous tag at a time would make, from
    /// the exponentials <see cref="ExpSingle"/> gives, which are those of <see cref="MathF.Exp"/>.
    /// </summary>
    private Vector256<float> SoftmaxSums(Vector256<float> scores, float top)
    {
        // exp(s − top) of the seven classes in one vector, the same bits as one MathF.Exp each (the unused eighth lane
        // set to 0, so that it never sends the vector down the slow path).
        Vector256<float> exps = ExpSingle.Exp((scores - Vector256.Create(top)).WithElement(EntityTags.Count, 0f));
        Vector256<float> sum = Vector256<float>.Zero;
        for (int k = 0; k < EntityTags.Count; k++)
        {
            sum += Vector256.Create(exps.GetElement(k)) * _factorColumns[k];
        }

        return sum;
    }

    /// <summary>A mask with all bits set in the lanes where <paramref name="set"/> holds.</summary>
    private static Vector256<float> Lanes(Func<int, bool> set)
    {
        var lanes = new float[Vector256<float>.Count];
        for (int k = 0; k < lanes.Length; k++)
        {
            lanes[k] = set(k) ? BitConverter.Int32BitsToSingle(-1) : 0f;
        }

        return Vector256.Create<float>(lanes);
    }

    private EntityWordCache TakeWordCache()
    {
        for (int k = 0; k < _spareWords.Length; k++)
        {
            if (Interlocked.Exchange(ref _spareWords[k], null) is EntityWordCache cache)
            {
                return cache;
            }
        }

        return new EntityWordCache(_lexicon);
    }

    private void ReturnWordCache(EntityWordCache cache)
    {
        for (int k = 0; k < _spareWords.Length; k++)
        {
            if (Interlocked.CompareExchange(ref _spareWords[k], cache, null) is null)
            {
                return;
            }
        }
    }

    private static void Collect(AnalysisState state, ReadOnlySpan<EntityTag> tags)
    {
        ReadOnlySpan<Token> tokens = state.Tokens;
        int i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == EntityTag.Outside)
            {
                i = EntityTags.NextTagged(tags, i);
                continue;
            }

            EntityLabel label = EntityTags.Label(tags[i]);
            int first = i;
            i++;
            while (i < tags.Length && EntityTags.IsInside(tags[i]) && EntityTags.Label(tags[i]) == label)
            {
                i++;
            }

            // Trailing punctuation (a stray period or quote mark) is never part of a name.
            int last = i - 1;
            while (last > first && tokens[last].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
            {
                last--;
            }

            if (tokens[first].Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Symbol)
            {
                continue;
            }

            int start = tokens[first].Start;
            int end = tokens[last].End;
            state.Entities.Add(new Entity(start, end, label, state.Text[start..end]));
        }
    }
}
