using NewsNlp.Tests.Support;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Evaluation;

namespace NewsNlp.Tests.Corpora;

/// <summary>Guards the tokenizer's accuracy on the UD dev splits (the tuning data; test splits are only reported).</summary>
public sealed class TokenAccuracyTests
{
    [CorpusFact]
    public void Evaluate_GumDev_KeepsF1AboveTarget()
    {
        PrecisionRecall score = TokenEvaluation.Evaluate(NewsTokenizer.Default, ConlluReader.ReadDocuments(CorpusLocator.File("ud-english-gum/en_gum-ud-dev.conllu")));
        Assert.True(score.F1 >= 0.99, score.ToString());
        Assert.True(score.Gold > 25_000, score.ToString());
    }

    [CorpusFact]
    public void Evaluate_EwtDev_KeepsF1AboveTarget()
    {
        PrecisionRecall score = TokenEvaluation.Evaluate(NewsTokenizer.Default, ConlluReader.ReadDocuments(CorpusLocator.File("ud-english-ewt/en_ewt-ud-dev.conllu")));
        Assert.True(score.F1 >= 0.985, score.ToString());
    }

    [CorpusFact]
    public void ReadDocuments_GumTest_RebuildsTextWithParagraphs()
    {
        List<ConlluDocument> documents = [.. ConlluReader.ReadDocuments(CorpusLocator.File("ud-english-gum/en_gum-ud-test.conllu"))];
        Assert.True(documents.Count > 20);
        ConlluDocument first = documents[0];
        Assert.Contains("\n\n", first.Text, StringComparison.Ordinal);
        Assert.All(first.Sentences.SelectMany(s => s.Words), w => Assert.Equal(w.Form, first.Text[w.Start..w.End]));
    }
}
