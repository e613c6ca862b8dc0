namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// The pipeline's sentences cut their text from the document only when it is read; as records they must behave
/// exactly as if the text had been copied up front (equality, hashing, <c>with</c>, <c>ToString</c>, deconstruction).
/// </summary>
public sealed class SentenceRecordTests
{
    private const string Text = "The minister arrived. Talks began at noon.";

    private static Sentence Second() => NewsPipeline.CreateDefault().Analyze(Text).Sentences[1];

    [Fact]
    public void PipelineSentence_EqualsOneMadeWithItsText()
    {
        Sentence fromPipeline = Second();
        var made = new Sentence(22, 42, "Talks began at noon.", 4, 5);
        Assert.Equal(made, fromPipeline);
        Assert.Equal(made.GetHashCode(), fromPipeline.GetHashCode());
        Assert.Equal(made.ToString(), fromPipeline.ToString());
        Assert.Equal("Sentence { Start = 22, End = 42, Text = Talks began at noon., FirstToken = 4, TokenCount = 5, EndToken = 9 }", made.ToString());
        Assert.NotEqual(made with { Text = "Talks began at one." }, fromPipeline);
    }

    [Fact]
    public void PipelineSentence_HashIsTheSameBeforeAndAfterItsTextIsRead()
    {
        Sentence sentence = Second();
        int before = sentence.GetHashCode();
        Assert.Equal("Talks began at noon.", sentence.Text);
        Assert.Equal(before, sentence.GetHashCode());
        Assert.Equal(before, Second().GetHashCode());
    }

    [Fact]
    public void With_OtherOffsets_KeepsTheText()
    {
        Sentence moved = Second() with { Start = 0, End = 5 };
        Assert.Equal("Talks began at noon.", moved.Text);
        var (start, end, text, first, count) = moved;
        Assert.Equal((0, 5, "Talks began at noon.", 4, 5), (start, end, text, first, count));
    }

    [Fact]
    public void NullText_StaysNullAndEqualsOnlyNull()
    {
        var a = new Sentence(0, 0, null!, 0, 0);
        Assert.Null(a.Text);
        Assert.Equal(a, new Sentence(0, 0, null!, 0, 0));
        Assert.NotEqual(a, new Sentence(0, 0, string.Empty, 0, 0));
        Assert.Equal(0, new Sentence(0, 0, string.Empty, 0, 0).TokenCount);
    }
}
