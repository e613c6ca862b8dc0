using System.Buffers;

namespace NewsNlp.Entities;

/// <summary>
/// The buffers <see cref="EntityTagger"/> decodes a sentence in (token facts, Viterbi scores and back-pointers),
/// rented once for sentences of up to a given length and reused for each of them.
/// </summary>
internal sealed class TagScratch
{
    public TagScratch(int tokens)
    {
        Infos = ArrayPool<EntityTokenInfo>.Shared.Rent(tokens);
        Best = ArrayPool<float>.Shared.Rent(tokens * EntityTags.Count);
        Back = ArrayPool<byte>.Shared.Rent(tokens * EntityTags.Count);
    }

    public EntityTokenInfo[] Infos { get; }

    public float[] Best { get; }

    public byte[] Back { get; }

    /// <summary>Gives the buffers back to the pool.</summary>
    public void Return()
    {
        ArrayPool<EntityTokenInfo>.Shared.Return(Infos);
        ArrayPool<float>.Shared.Return(Best);
        ArrayPool<byte>.Shared.Return(Back);
    }
}
