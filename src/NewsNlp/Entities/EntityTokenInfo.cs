namespace NewsNlp.Entities;

/// <summary>What the entity features need to know about one token, computed once per sentence.</summary>
/// <param name="Word">Hash of the lower-cased token text.</param>
/// <param name="Shape">Hash of the token's shape.</param>
/// <param name="Flags">Casing and gazetteer facts.</param>
/// <param name="Cluster">The word's distributional cluster, or -1.</param>
internal readonly record struct EntityTokenInfo(uint Word, uint Shape, EntityTokenFlags Flags, int Cluster)
{
    /// <summary>Stands for the positions before the first and after the last token.</summary>
    public static EntityTokenInfo Boundary { get; } = new(0xB0B0B0B0, 0xB0B0B0B0, EntityTokenFlags.Boundary, -2);
}
