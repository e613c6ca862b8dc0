using Microsoft.ML.Data;
using NewsNlp.Entities;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Entities;

/// <summary>
/// Turns gold documents into training rows: each gold sentence is tokenized by <see cref="NewsTokenizer"/> (as at
/// inference), its tokens get BIO tags from the gold character spans, and <see cref="EntityFeatures"/> gives the
/// features — the same extractor the tagger uses.
/// </summary>
internal static class EntityRows
{
    public static IEnumerable<EntityRow> FromDocuments(IEnumerable<AnnotatedDocument> documents, EntityLexicon lexicon)
    {
        int[] features = new int[EntityFeatures.MaxFeatures + 1];
        foreach (AnnotatedDocument document in documents)
        {
            foreach ((int start, int end) in document.Sentences)
            {
                List<Token> tokens = Tokenize(document.Text, start, end);
                if (tokens.Count == 0)
                {
                    continue;
                }

                EntityTag[] tags = GoldTags(tokens, document.Entities);
                Token[] array = [.. tokens];
                var infos = new EntityTokenInfo[array.Length];
                EntitySentenceMode mode = EntityFeatures.Prepare(document.Text, array, lexicon, infos);
                for (int i = 0; i < array.Length; i++)
                {
                    int count = EntityFeatures.Extract(document.Text, array, infos, mode, i, features);
                    features[count++] = EntityFeatures.PreviousTagFeature(i == 0 ? EntityFeatures.SentenceStart : (int)tags[i - 1]);
                    yield return new EntityRow { Label = (uint)tags[i], Features = Sparse(features.AsSpan(0, count)) };
                }
            }
        }
    }

    /// <summary>The tokens of a sentence, with offsets into the document text.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        foreach (Token t in NewsTokenizer.Default.Tokenize(text.AsSpan(start, end - start)))
        {
            tokens.Add(t with { Start = t.Start + start });
        }

        return tokens;
    }

    /// <summary>B for the first token overlapping a gold entity, I for the following ones, O elsewhere.</summary>
    public static EntityTag[] GoldTags(IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities)
    {
        var tags = new EntityTag[tokens.Count];
        foreach (Entity entity in entities)
        {
            bool begun = false;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].End <= entity.Start || tokens[i].Start >= entity.End)
                {
                    continue;
                }

                tags[i] = begun ? EntityTags.Inside(entity.Label) : EntityTags.Begin(entity.Label);
                begun = true;
            }
        }

        return tags;
    }

    /// <summary>A sparse vector with sorted unique indices; a repeated index counts as often as it appears.</summary>
    public static VBuffer<float> Sparse(ReadOnlySpan<int> indices) => SparseFeatureVector.FromIndices(indices, EntityFeatures.Dimension);
}
