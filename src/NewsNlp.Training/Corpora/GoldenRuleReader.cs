using System.Text.Json;

namespace NewsNlp.Training.Corpora;

/// <summary>
/// Reads the sentence-splitting golden rules: Pragmatic Segmenter's 51 English rules and pySBD's 48 that are not
/// among them (the test set), and pySBD's other English cases (usable for tuning, never for reporting).
/// </summary>
public static class GoldenRuleReader
{
    private const string PragmaticFile = "pragmatic-segmenter-golden-rules/golden_rules_en.json";
    private const string PysbdFile = "pysbd-golden-rules/pysbd_en_sbd_tests.json";
    private const string PysbdGoldenSource = "GOLDEN_EN_RULES_TEST_CASES";

    // A test case this long found inside a dev case is a quotation of it, not a coincidence.
    private const int MinimumQuotedLength = 20;

    /// <summary>The golden rules used to report accuracy: Pragmatic Segmenter's, plus pySBD's golden rules not among them.</summary>
    public static IReadOnlyList<GoldenRuleCase> ReadTestCases(string corporaFolder)
    {
        var cases = new List<GoldenRuleCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (JsonDocument pragmatic = JsonDocument.Parse(File.ReadAllText(Path.Combine(corporaFolder, PragmaticFile))))
        {
            foreach (JsonElement item in pragmatic.RootElement.EnumerateArray())
            {
                var c = new GoldenRuleCase("pragmatic", item.GetProperty("input").GetString()!, ReadExpected(item));
                cases.Add(c);
                seen.Add(c.Input);
            }
        }

        foreach (JsonElement item in ReadPysbd(corporaFolder))
        {
            string input = item.GetProperty("input").GetString()!;
            if (item.GetProperty("source").GetString()!.EndsWith(PysbdGoldenSource, StringComparison.Ordinal) && seen.Add(input))
            {
                cases.Add(new GoldenRuleCase("pysbd", input, ReadExpected(item)));
            }
        }

        return cases;
    }

    /// <summary>
    /// pySBD's other English cases (its "clean" tests), disjoint from the test cases: for tuning. Two of them hold
    /// test cases verbatim (one strings 49 of the golden rules together, one two list items); they are left out, or
    /// tuning on them would be tuning on the test set.
    /// </summary>
    public static IReadOnlyList<GoldenRuleCase> ReadDevelopmentCases(string corporaFolder)
    {
        var test = ReadTestCases(corporaFolder).Select(c => c.Input).ToHashSet(StringComparer.Ordinal);
        string[] quotable = [.. test.Where(t => t.Length >= MinimumQuotedLength)];
        var cases = new List<GoldenRuleCase>();
        foreach (JsonElement item in ReadPysbd(corporaFolder))
        {
            string source = item.GetProperty("source").GetString()!;
            string input = item.GetProperty("input").GetString()!;
            if (source.Contains("test_english_clean", StringComparison.Ordinal) && test.Add(input)
                && !quotable.Any(t => input.Contains(t, StringComparison.Ordinal)))
            {
                cases.Add(new GoldenRuleCase("pysbd-clean", input, ReadExpected(item)));
            }
        }

        return cases;
    }

    private static List<JsonElement> ReadPysbd(string corporaFolder)
    {
        using JsonDocument pysbd = JsonDocument.Parse(File.ReadAllText(Path.Combine(corporaFolder, PysbdFile)));
        return [.. pysbd.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static string[] ReadExpected(JsonElement item) =>
        [.. item.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!)];
}
