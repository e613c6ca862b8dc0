using System.Text;

namespace NewsNlp.Training.Corpora;

/// <summary>
/// Reads token-per-line NER corpora (Universal NER IOB2, CoNLL-style IOB1/IOB2 such as wikigold, CrossNER, the
/// Broad Twitter Corpus, WNUT17, SEC filings) as documents of running text with entity spans, so that training and
/// evaluation see text the way <see cref="NewsPipeline"/> does. A sentence's text is its <c># text</c> comment when
/// there is one (Universal NER) and its tokens joined by spaces otherwise.
/// </summary>
public static class TaggedCorpusReader
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="mapLabel"/> maps a corpus label to PER/ORG/LOC or null (not an entity).</summary>
    /// <param name="path">The corpus file.</param>
    /// <param name="mapLabel">Label mapping; the default keeps PER, ORG and LOC and drops everything else.</param>
    /// <param name="sentencesPerDocument">Documents without <c># newdoc</c>/<c>-DOCSTART-</c> markers are cut every this many sentences.</param>
    public static IEnumerable<AnnotatedDocument> Read(string path, Func<string, EntityLabel?>? mapLabel = null, int sentencesPerDocument = 20)
    {
        ArgumentNullException.ThrowIfNull(path);
        mapLabel ??= DefaultLabel;
        var document = new DocumentBuilder(Path.GetFileName(path));
        var sentence = new SentenceBuilder();
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("# newdoc", StringComparison.Ordinal) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                document.Add(sentence, mapLabel);
                if (document.Build() is { } built)
                {
                    yield return built;
                }

                int equals = line.IndexOf('=', StringComparison.Ordinal);
                document.Reset(line.StartsWith('#') && equals >= 0 ? line[(equals + 1)..].Trim() : null);
            }
            else if (line.StartsWith("# text =", StringComparison.Ordinal))
            {
                sentence.Text = line["# text =".Length..].Trim();
            }
            else if (line.StartsWith('#'))
            {
                continue;
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                document.Add(sentence, mapLabel);
                if (document.SentenceCount >= sentencesPerDocument && !document.HasExplicitId && document.Build() is { } built)
                {
                    yield return built;
                    document.Reset(null);
                }
            }
            else
            {
                sentence.AddTokenLine(line);
            }
        }

        document.Add(sentence, mapLabel);
        if (document.Build() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>PER, ORG and LOC (any case, also PERSON/LOCATION/ORGANIZATION); anything else is not an entity.</summary>
    public static EntityLabel? DefaultLabel(string label) => label.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => EntityLabel.Person,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => EntityLabel.Organization,
        "LOC" or "LOCATION" => EntityLabel.Location,
        _ => null,
    };

    private sealed class SentenceBuilder
    {
        public string? Text { get; set; }

        public List<(string Token, string Tag)> Tokens { get; } = [];

        public void AddTokenLine(string line)
        {
            string[] columns = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
            if (columns.Length < 2)
            {
                return;
            }

            // Universal NER: index, token, tag[, -, annotator]; CoNLL styles: token, ..., tag.
            bool indexed = columns.Length >= 3 && int.TryParse(columns[0], out _) && (columns[2].StartsWith("B-", StringComparison.Ordinal) || columns[2].StartsWith("I-", StringComparison.Ordinal) || columns[2] == "O");
            Tokens.Add(indexed ? (columns[1], columns[2]) : (columns[0], columns[^1]));
        }

        public void Clear()
        {
            Text = null;
            Tokens.Clear();
        }
    }

    private sealed class DocumentBuilder(string fileName)
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int, int)> _sentences = [];
        private readonly List<Entity> _entities = [];
        private string? _id;
        private int _generated;

        public int SentenceCount => _sentences.Count;

        public bool HasExplicitId => _id is not null;

        public void Reset(string? id)
        {
            _id = id;
            _text.Clear();
            _sentences.Clear();
            _entities.Clear();
        }

        public void Add(SentenceBuilder sentence, Func<string, EntityLabel?> mapLabel)
        {
            if (sentence.Tokens.Count == 0)
            {
                sentence.Clear();
                return;
            }

            string text = sentence.Text ?? string.Join(' ', sentence.Tokens.Select(t => t.Token));
            if (_text.Length > 0)
            {
                _text.Append(' ');
            }

            int start = _text.Length;
            _text.Append(text);
            _sentences.Add((start, start + text.Length));

            // Same decoding as the shared scorer: B- or an I- of another type opens an entity (IOB1 and IOB2 alike).
            int cursor = 0;
            (int Start, int End, string Type)? open = null;
            foreach ((string token, string tag) in sentence.Tokens)
            {
                int at = text.IndexOf(token, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue; // a normalised token that is not in the text
                }

                cursor = at + token.Length;
                (int s, int e) = (start + at, start + at + token.Length);
                string type = tag.Length > 2 && tag[1] == '-' ? tag[2..] : string.Empty;
                if (tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && open?.Type != type))
                {
                    Close(open, mapLabel);
                    open = (s, e, type);
                }
                else if (tag.StartsWith("I-", StringComparison.Ordinal) && open is { } current)
                {
                    open = current with { End = e };
                }
                else
                {
                    Close(open, mapLabel);
                    open = null;
                }
            }

            Close(open, mapLabel);
            sentence.Clear();
        }

        public AnnotatedDocument? Build()
        {
            if (_sentences.Count == 0)
            {
                return null;
            }

            string text = _text.ToString();
            var entities = _entities.Select(e => e with { Text = text[e.Start..e.End] }).ToList();
            return new AnnotatedDocument(_id ?? $"{fileName}-{_generated++}", text, [.. _sentences], entities, []);
        }

        private void Close((int Start, int End, string Type)? open, Func<string, EntityLabel?> mapLabel)
        {
            if (open is { } entity && mapLabel(entity.Type) is { } label)
            {
                _entities.Add(new Entity(entity.Start, entity.End, label, string.Empty));
            }
        }
    }
}
