using System.Text;

namespace NewsNlp.Training.Corpora;

/// <summary>Reads CoNLL-U files (Universal Dependencies) as documents of running text with gold spans.</summary>
public static class ConlluReader
{
    /// <summary>Reads every document of <paramref name="path"/>, one per <c># newdoc</c>.</summary>
    public static IEnumerable<ConlluDocument> ReadDocuments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var builder = new DocumentBuilder();
        int generated = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                if (builder.HasSentences)
                {
                    yield return builder.Build();
                }

                int equals = line.IndexOf('=', StringComparison.Ordinal);
                builder.Reset(equals >= 0 ? line[(equals + 1)..].Trim() : $"doc{generated++}");
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                builder.PendingParagraph = true;
            }
            else if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                builder.SentenceId = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
            }
            else if (line.StartsWith("# text =", StringComparison.Ordinal))
            {
                builder.StartSentence(line["# text =".Length..].Trim());
            }
            else if (line.Length > 0 && char.IsAsciiDigit(line[0]))
            {
                builder.AddWordLine(line);
            }
            else if (line.Length == 0)
            {
                builder.EndSentence();
            }
        }

        builder.EndSentence();
        if (builder.HasSentences)
        {
            yield return builder.Build();
        }
    }

    private sealed class DocumentBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<ConlluSentence> _sentences = [];
        private List<ConlluWord> _words = [];
        private string _id = "doc";
        private bool _inSentence;
        private bool _sentenceStartsParagraph;
        private int _sentenceStart;
        private string _sentenceText = string.Empty;
        private int _cursor;

        public bool PendingParagraph { get; set; }

        public string SentenceId { get; set; } = string.Empty;

        public bool HasSentences => _sentences.Count > 0 || _inSentence;

        public void Reset(string id)
        {
            EndSentence();
            _text.Clear();
            _sentences.Clear();
            _id = id;
            PendingParagraph = false;
        }

        public void StartSentence(string sentenceText)
        {
            EndSentence();
            if (_text.Length > 0)
            {
                _text.Append(PendingParagraph ? "\n\n" : " ");
            }

            _sentenceStartsParagraph = PendingParagraph || _text.Length == 0;
            PendingParagraph = false;
            _sentenceStart = _text.Length;
            _sentenceText = sentenceText;
            _text.Append(sentenceText);
            _words = [];
            _cursor = 0;
            _inSentence = true;
        }

        public void AddWordLine(string line)
        {
            if (!_inSentence)
            {
                return;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 10 || columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                return; // multiword-token ranges and empty nodes are not words of the text
            }

            string form = columns[1];
            int at = _sentenceText.IndexOf(form, _cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                return; // a normalised form that is not in the text; UD marks these rarely
            }

            _cursor = at + form.Length;
            int id = int.TryParse(columns[0], out int parsedId) ? parsedId : 0;
            int head = int.TryParse(columns[6], out int parsedHead) ? parsedHead : -1;
            _words.Add(new ConlluWord(_sentenceStart + at, _sentenceStart + at + form.Length, form, columns[9], columns[3], id, head, columns[7]));
        }

        public void EndSentence()
        {
            if (!_inSentence)
            {
                return;
            }

            _sentences.Add(new ConlluSentence(SentenceId, _sentenceStart, _sentenceStart + _sentenceText.Length, _words, _sentenceStartsParagraph));
            _inSentence = false;
        }

        public ConlluDocument Build()
        {
            EndSentence();
            return new ConlluDocument(_id, _text.ToString(), [.. _sentences]);
        }
    }
}
