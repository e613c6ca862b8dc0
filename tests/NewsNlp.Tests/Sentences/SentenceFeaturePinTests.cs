using System.Security.Cryptography;
using System.Text;
using NewsNlp.Models;
using NewsNlp.Sentences;
using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Sentences;

/// <summary>
/// Pins what the shipped sentence model sees and decides: every candidate, the fixed rule, the hashed feature ids
/// in order, the raw score and the resulting sentences, over the sample article and generated text that walks
/// every path (line breaks, quotes, lists, abbreviations, non-ASCII). Speed work on the sentence stage must leave
/// this digest unchanged; a deliberate feature change bumps <see cref="SentenceFeatures.Version"/>, retrains the
/// model and updates the digest.
/// </summary>
public sealed class SentenceFeaturePinTests
{
    private const string ExpectedDigest = "D3E179C380DC500E657541E11184B5E4E7D79D4FC828DCAB452A8890F82E3CEF";

    [Fact]
    public void FeaturesScoresAndSentences_OfPinnedTexts_AreUnchanged()
    {
        LinearModel model = EmbeddedModels.Sentences;
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        var dump = new StringBuilder();
        var features = new int[SentenceFeatures.MaxFeatures];
        foreach (string text in Texts())
        {
            Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
            var context = new SentenceContext(text, tokens);
            for (int i = 0; i < tokens.Length - 1; i++)
            {
                if (!SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate))
                {
                    continue;
                }

                int count = SentenceFeatures.Extract(text, tokens, ref context, candidate, features);
                float score = model.Score(features.AsSpan(0, count));
                dump.Append(candidate.Trigger).Append(' ').Append(candidate.Last).Append(' ').Append((int)candidate.Kind)
                    .Append(' ').Append((int)SentenceFeatures.Rule(text, tokens, candidate))
                    .Append(' ').Append(LineBreakRules.NewlinesAfter(text, tokens, candidate.Last))
                    .Append(' ').Append(BitConverter.SingleToInt32Bits(score)).Append(':');
                foreach (int feature in features.AsSpan(0, count))
                {
                    dump.Append(' ').Append(feature);
                }

                dump.Append('\n');
                i = candidate.Last;
            }

            foreach (Sentence sentence in pipeline.Analyze(text).Sentences)
            {
                dump.Append("s ").Append(sentence.Start).Append(' ').Append(sentence.End).Append(' ').Append(sentence.FirstToken).Append(' ').Append(sentence.TokenCount).Append('\n');
            }
        }

        string digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dump.ToString())));
        Assert.True(digest == ExpectedDigest, $"digest {digest}, pinned {ExpectedDigest}");
    }

    [Fact]
    public void MayEndSentence_IsFalseOnlyWhereNoCandidateOrAKeptOneIs()
    {
        int candidates = 0;
        foreach (string text in Texts())
        {
            Token[] tokens = [.. NewsTokenizer.Default.TokenizeToList(text)];
            for (int i = 0; i < tokens.Length - 1; i++)
            {
                if (SentenceFeatures.TryGetCandidate(text, tokens, i, out SentenceCandidate candidate)
                    && SentenceFeatures.Rule(text, tokens, candidate) != SentenceRule.Keep)
                {
                    candidates++;
                    Assert.True(SentenceFeatures.MayEndSentence(text, tokens[i], tokens[i + 1]), $"token {i} of \"{text}\"");
                }
            }
        }

        Assert.True(candidates > 1000, $"only {candidates} candidates");
    }

    [Fact]
    public void CandidateMarks_HoldEveryTokenTheExactTestsLetThrough()
    {
        // The splitter asks only the tokens the pipeline marked while it tokenized: a token the exact tests let through
        // but left unmarked would lose its boundary.
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        int exact = 0;
        int marked = 0;
        foreach (string text in Texts())
        {
            Token[] tokens = pipeline.Tokenize(text, out int count, out byte[] pipelineMarks);
            ReadOnlySpan<Token> span = tokens.AsSpan(0, count);
            for (int i = 0; i < count - 1; i++)
            {
                bool bit = pipelineMarks[i + 1] == CandidateMarks.Set;
                marked += bit ? 1 : 0;
                if (LineBreakRules.GapHasNewline(text, span, i) || SentenceFeatures.MayEndSentence(text, span[i], span[i + 1])
                    || ListMarkers.IsSign(text, span, i))
                {
                    exact++;
                    Assert.True(bit, $"token {i} of \"{text}\"");
                }
            }
        }

        Assert.True(exact > 1000 && marked < 3 * exact, $"{exact} tokens let through, {marked} marked");
    }

    private static IEnumerable<string> Texts()
    {
        string article = File.ReadAllText(RepositoryPaths.SampleArticle);
        yield return article;
        yield return article.Replace("\n\n", "\n", StringComparison.Ordinal);
        yield return "He said \"Stop.\" Then he left. Mr. Okafor met U.S. officials at 5 p.m. The U.N. agency said so. "
            + "“Why?” she asked. ‘No!’ he yelled… It was over. Shipping Co. The firm (Ltd.) said [12] More. "
            + "1. First item 2. Second item\na) here b) there (i) one (ii) two • bullet • bullet\n"
            + "By Maria Okafor\nLISBON, March 3 (NNS) — The port authority approved it; Fishermen protested: They left.\n"
            + "world.Today bought 1,000.That is it! !Kung Yahoo!News e-mail tips@example.com @handle #tag https://example.com/a.b "
            + "ÉCOLE Ünïcode Straße. İstanbul ıs here. THE END";

        // Random runs of the characters and words the rules look at: every branch, in odd combinations.
        string[] pieces = ["a", "b", "The", "the", "he", "U.S.", "Mr.", "Inc.", "J.", "e.g.", ".", "!", "?", "…", "...", ":", ";", ",",
            "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "1", "2.", "iv", "(a)", "•", "—", "-", "\n", "\n\n", " \n", "\t",
            "Okafor", "Lisbon", "ÉCOLE", "straße", "ıs", "42", "3.5%", "$4bn", "https://x.org", "a@b.co", "@h", "#t", "😬"];
        var random = new Random(20_261_125);
        for (int n = 0; n < 400; n++)
        {
            var text = new StringBuilder();
            int length = random.Next(1, 60);
            for (int k = 0; k < length; k++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(4) != 0)
                {
                    text.Append(' ');
                }
            }

            yield return text.ToString();
        }
    }
}
