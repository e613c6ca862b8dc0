using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NewsNlp.Entities;

/// <summary>BIO arithmetic over <see cref="EntityTag"/>.</summary>
internal static class EntityTags
{
    public const int Count = 7;

    // The rule passes ask these of nearly every token: as bit tests they inline where a pattern match did not.
    private const uint InsideTags = (1u << (int)EntityTag.InsidePerson) | (1u << (int)EntityTag.InsideOrganization) | (1u << (int)EntityTag.InsideLocation);
    private const uint BeginTags = (1u << (int)EntityTag.BeginPerson) | (1u << (int)EntityTag.BeginOrganization) | (1u << (int)EntityTag.BeginLocation);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInside(EntityTag tag) => ((InsideTags >> (int)tag) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBegin(EntityTag tag) => ((BeginTags >> (int)tag) & 1) != 0;

    // Asked of nearly every tagged token too: arithmetic on the tags' order (a begin and an inside tag per label, in the
    // labels' order, after Outside) inlines where a switch with a throw in it did not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static EntityLabel Label(EntityTag tag)
    {
        if ((uint)tag - 1 >= Count - 1)
        {
            ThrowNoLabel(tag);
        }

        return (EntityLabel)(((int)tag - 1) >> 1);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNoLabel(EntityTag tag) => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Outside has no label.");

    public static EntityTag Begin(EntityLabel label) => label switch
    {
        EntityLabel.Person => EntityTag.BeginPerson,
        EntityLabel.Organization => EntityTag.BeginOrganization,
        _ => EntityTag.BeginLocation,
    };

    public static EntityTag Inside(EntityLabel label) => (EntityTag)((int)Begin(label) + 1);

    // The document passes look for a few entities among some hundred thousand tokens, nearly all outside any: these
    // searches skip the outside runs many tokens at a time (vectorised), and give tags.Length when nothing is left.

    /// <summary>The first position from <paramref name="from"/> on that holds <paramref name="tag"/>, or the length.</summary>
    public static int Next(ReadOnlySpan<EntityTag> tags, int from, EntityTag tag) => Found(from, From(tags, from).IndexOf(tag), tags.Length);

    /// <summary>The first position from <paramref name="from"/> on where an entity begins, or the length.</summary>
    public static int NextBegin(ReadOnlySpan<EntityTag> tags, int from) =>
        Found(from, From(tags, from).IndexOfAny(EntityTag.BeginPerson, EntityTag.BeginOrganization, EntityTag.BeginLocation), tags.Length);

    /// <summary>The first position from <paramref name="from"/> on that is not outside, or the length.</summary>
    public static int NextTagged(ReadOnlySpan<EntityTag> tags, int from) => Found(from, From(tags, from).IndexOfAnyExcept(EntityTag.Outside), tags.Length);

    private static int Found(int from, int offset, int length) => offset < 0 ? length : from + offset;

    private static ReadOnlySpan<EntityTag> From(ReadOnlySpan<EntityTag> tags, int from) => from < tags.Length ? tags[from..] : [];

    /// <summary>The last token of the entity that begins at <paramref name="first"/>: the inside tags of its label that follow.</summary>
    public static int LastOf(ReadOnlySpan<EntityTag> tags, int first)
    {
        EntityTag inside = Inside(Label(tags[first]));
        int last = first;
        while (last + 1 < tags.Length && tags[last + 1] == inside)
        {
            last++;
        }

        return last;
    }

    /// <summary>Tags tokens <paramref name="first"/>..<paramref name="last"/> as one entity of <paramref name="label"/>.</summary>
    public static void Mark(Span<EntityTag> tags, int first, int last, EntityLabel label)
    {
        tags[first] = Begin(label);
        tags.Slice(first + 1, last - first).Fill(Inside(label));
    }

    private static readonly bool[] s_canFollow = BuildTransitions();

    /// <summary>BIO constraint: an inside tag continues an entity of its own type.</summary>
    public static bool CanFollow(EntityTag previous, EntityTag tag) => s_canFollow[((int)previous * Count) + (int)tag];

    private static bool[] BuildTransitions()
    {
        var table = new bool[Count * Count];
        for (int p = 0; p < Count; p++)
        {
            for (int k = 0; k < Count; k++)
            {
                var tag = (EntityTag)k;
                var previous = (EntityTag)p;
                table[(p * Count) + k] = !IsInside(tag) || (previous != EntityTag.Outside && Label(previous) == Label(tag));
            }
        }

        return table;
    }
}
