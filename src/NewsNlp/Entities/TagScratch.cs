using System.Buffers;

namespace NewsNlp.Entities;

/// <summary>
/// The buffers <see cref="EntityTagger"/> decodes a sentence in (token facts, Viterbi scores and back-pointers),
/// rented once for sentences of up to a given length and reused for each of them, and the word cache it prepares them with.
/// </summary>
internal sealed class TagScratch
{
    public TagScratch(int tokens, EntityWordCache words)
    {
        Words = words;
        Infos = ArrayPool<EntityTokenInfo>.Shared.Rent(tokens);
        Best = ArrayPool<float>.Shared.Rent(tokens * RowWidth);
        Back = ArrayPool<byte>.Shared.Rent(tokens * RowWidth);
    }

    /// <summary>The Viterbi buffers' entries per token: one per tag, padded to a vector of eight.</summary>
    public const int RowWidth = 8;

    public EntityTokenInfo[] Infos { get; }

    public float[] Best { get; }

    public byte[] Back { get; }

    /// <summary>The feature indices of the token being scored (a field, not a stackalloc: a method with one cannot be recompiled with profile data while it runs).</summary>
    public int[] Features { get; } = new int[EntityFeatures.MaxFeatures];

    /// <summary>The facts of the words seen so far (kept across documents by the tagger).</summary>
    public EntityWordCache Words { get; }

    /// <summary>Gives the buffers back to the pool.</summary>
    public void Return()
    {
        ArrayPool<EntityTokenInfo>.Shared.Return(Infos);
        ArrayPool<float>.Shared.Return(Best);
        ArrayPool<byte>.Shared.Return(Back);
    }
}
