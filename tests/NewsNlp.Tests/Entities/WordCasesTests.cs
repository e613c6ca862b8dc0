using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

/// <summary>The document passes pick the words they read 32 at a time; the picks must be exactly the tokens the per-token test takes.</summary>
public sealed class WordCasesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LowercaseWords_RandomMarksAndTags_SameAsPerTokenTest(bool orTaggedWords)
    {
        var random = new Random(7);
        WordCase[] kinds = [WordCase.None, WordCase.Word, WordCase.Word | WordCase.Capitalised, WordCase.Word | WordCase.Lowercase];
        foreach (int length in new[] { 0, 1, 31, 32, 33, 64, 100, 1000 })
        {
            var marks = new WordCase[length];
            var tags = new EntityTag[length];
            for (int k = 0; k < length; k++)
            {
                marks[k] = kinds[random.Next(kinds.Length)];
                tags[k] = random.Next(3) == 0 ? (EntityTag)random.Next(1, EntityTags.Count) : EntityTag.Outside;
            }

            for (int block = 0; block < length; block += 32)
            {
                uint expected = 0;
                for (int j = 0; j < 32 && block + j < length; j++)
                {
                    WordCase mark = marks[block + j];
                    bool word = (mark & WordCase.Word) != 0;
                    if (word && ((mark & WordCase.Lowercase) != 0 || (orTaggedWords && tags[block + j] != EntityTag.Outside)))
                    {
                        expected |= 1u << j;
                    }
                }

                Assert.Equal(expected, WordCases.LowercaseWords(marks, orTaggedWords ? tags : [], block, orTaggedWords));
            }
        }
    }
}
