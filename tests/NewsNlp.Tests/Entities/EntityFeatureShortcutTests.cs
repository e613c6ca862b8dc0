using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// The tagger's shortcuts must not change a single feature: the one-pass word description equals the separate
/// casing, shape and hash functions, looking up only the clusters the tagger reads gives the same features
/// for every token it scores, and the word cache gives the same facts and features for every token.
/// </summary>
public sealed class EntityFeatureShortcutTests
{
    private static IEnumerable<string> Texts() =>
        new[] { File.ReadAllText(RepositoryPaths.SampleArticle), "ÉCOLE Polytechnique’s Ørsted-Hansen met İSTANBUL’s mayor; ½ of ΑΘΗΝΑ voted. 1990s U.S. McDonald's x1 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef" }
            .Concat(NewsArticles.Test.Select(a => a.Text));

    [Fact]
    public void Describe_EveryTokenOfRealText_EqualsTheSeparateFunctions()
    {
        int compared = 0;
        foreach (string text in Texts())
        {
            foreach (Token token in NewsTokenizer.Default.TokenizeToList(text))
            {
                ReadOnlySpan<char> word = token.Slice(text);
                var expected = (EntityFeatures.Casing(word), EntityFeatures.Shape(word), FeatureHasher.MixLower(FeatureHasher.Begin(0), word), PhraseHash.Of(word));
                Assert.Equal(expected, EntityFeatures.DescribeForTest(word));
                compared++;
            }
        }

        Assert.True(compared > 8_000, $"only {compared} tokens compared");
    }

    [Fact]
    public void Prepare_WithOnlyTheNeededClusters_GivesTheSameFeaturesForEveryScoredToken()
    {
        EntityLexicon lexicon = EmbeddedModels.Entities!.Lexicon;
        var pipeline = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Sentences });
        int[] all = new int[EntityFeatures.MaxFeatures];
        int[] lazy = new int[EntityFeatures.MaxFeatures];
        int scored = 0;
        foreach (string text in Texts())
        {
            NewsDocument document = pipeline.Analyze(text);
            Token[] tokens = [.. document.Tokens];
            foreach (Sentence sentence in document.Sentences)
            {
                ReadOnlySpan<Token> span = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
                var full = new EntityTokenInfo[span.Length];
                var partial = new EntityTokenInfo[span.Length];
                EntitySentenceMode mode = EntityFeatures.Prepare(text, span, lexicon, full);
                Assert.Equal(mode, EntityFeatures.Prepare(text, span, lexicon, partial, allClusters: false));
                for (int i = 0; i < span.Length; i++)
                {
                    Assert.Equal(EntityFeatures.IsPlainlyOutside(full, i), EntityFeatures.IsPlainlyOutside(partial, i));
                    if (EntityFeatures.IsPlainlyOutside(full, i))
                    {
                        continue;
                    }

                    int a = EntityFeatures.Extract(text, span, full, mode, i, all);
                    int b = EntityFeatures.Extract(text, span, partial, mode, i, lazy);
                    Assert.Equal(all.AsSpan(0, a).ToArray(), lazy.AsSpan(0, b).ToArray());
                    scored++;
                }
            }
        }

        Assert.True(scored > 2_000, $"only {scored} scored tokens compared");
    }

    [Theory]
    [InlineData(EntityWordCache.MaxEntries, EntityWordCache.MaxCharacters)]
    [InlineData(200, 1000)] // a cache that fills up and starts again empty many times over
    public void Prepare_WithTheWordCache_GivesTheSameFactsAndFeaturesForEveryToken(int maxEntries, int maxCharacters)
    {
        EntityLexicon lexicon = EmbeddedModels.Entities!.Lexicon;
        var pipeline = NewsPipeline.Create(NewsPipelineOptions.Default with { Stages = NewsPipelineStages.Sentences });
        var cache = new EntityWordCache(lexicon, maxEntries, maxCharacters); // one cache for every text, as the tagger keeps it across documents
        int[] all = new int[EntityFeatures.MaxFeatures];
        int[] withAffixes = new int[EntityFeatures.MaxFeatures];
        int compared = 0;
        foreach (string text in Texts())
        {
            NewsDocument document = pipeline.Analyze(text);
            Token[] tokens = [.. document.Tokens];
            foreach (Sentence sentence in document.Sentences)
            {
                ReadOnlySpan<Token> span = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
                var computed = new EntityTokenInfo[span.Length];
                var cached = new EntityTokenInfo[span.Length];
                EntitySentenceMode mode = EntityFeatures.Prepare(text, span, lexicon, computed);
                Assert.Equal(mode, EntityFeatures.Prepare(text, span, cached, cache));
                Assert.Equal(computed, cached);

                // The word-case marks the document passes read, from the cache as the tagger takes them.
                var marks = new WordCase[span.Length];
                WordCases.Mark(span, cache, marks);
                Assert.Equal(WordCases.All(text, span), marks);
                for (int i = 0; i < span.Length; i++)
                {
                    int a = EntityFeatures.Extract(text, span, computed, mode, i, all);
                    int b = EntityFeatures.Extract(text, span, cached, mode, i, withAffixes, cache.AffixesOf(cache.TokenEntries[i]));
                    Assert.Equal(all.AsSpan(0, a).ToArray(), withAffixes.AsSpan(0, b).ToArray());
                }

                compared += span.Length;
            }
        }

        Assert.True(compared > 8_000, $"only {compared} tokens compared");
    }
}
