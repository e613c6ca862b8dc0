using NewsNlp.Training.Corpora;

namespace NewsNlp.Tests.Support;

/// <summary>
/// A test that needs ../shared/corpora. Without the corpora it is skipped — unless NEWSNLP_REQUIRE_CORPORA=1
/// (set by .ci/run), in which case it runs and fails loudly on the missing data.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the corpora are absent and not required.</summary>
    public CorpusFactAttribute()
    {
        bool required = Environment.GetEnvironmentVariable("NEWSNLP_REQUIRE_CORPORA") == "1";
        if (!required && CorpusLocator.TryFind() is null)
        {
            Skip = "../shared/corpora not found (set NEWSNLP_REQUIRE_CORPORA=1 to make this a failure).";
        }
    }
}
