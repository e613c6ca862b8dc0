namespace NewsNlp;

/// <summary>Conversions between <see cref="EntityLabel"/> and the codes of the JSON contract ("PER", "ORG", "LOC").</summary>
public static class EntityLabels
{
    /// <summary>The contract code of <paramref name="label"/>: "PER", "ORG" or "LOC".</summary>
    public static string ToCode(this EntityLabel label) => label switch
    {
        EntityLabel.Person => "PER",
        EntityLabel.Organization => "ORG",
        EntityLabel.Location => "LOC",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown entity label."),
    };

    /// <summary>Parses a contract code ("PER", "ORG", "LOC", case-insensitive).</summary>
    /// <returns><see langword="false"/> when <paramref name="code"/> is not one of them.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out EntityLabel label)
    {
        if (code.Equals("PER", StringComparison.OrdinalIgnoreCase))
        {
            label = EntityLabel.Person;
            return true;
        }

        if (code.Equals("ORG", StringComparison.OrdinalIgnoreCase))
        {
            label = EntityLabel.Organization;
            return true;
        }

        if (code.Equals("LOC", StringComparison.OrdinalIgnoreCase))
        {
            label = EntityLabel.Location;
            return true;
        }

        label = default;
        return false;
    }
}
