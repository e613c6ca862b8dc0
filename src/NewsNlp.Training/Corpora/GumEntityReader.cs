namespace NewsNlp.Training.Corpora;

/// <summary>
/// Turns GUM's entity layer (the CoNLL-U MISC <c>Entity=</c> brackets) into CoNLL-style named entities: a
/// person, place or organization mention counts when one of its head tokens (the minimal span GUM records) is a
/// proper noun; its span is the run of proper nouns and capitalised words around that head, joined through "of"/"the" ("the University
/// of Chicago" → "University of Chicago", "co-star Jensen Ackles" → "Jensen Ackles", "Smith's" → "Smith"), with
/// titles dropped from people ("Dr. Bailey" → "Bailey"); only the outermost of nested named mentions is kept, as in CoNLL.
/// </summary>
public static class GumEntityReader
{
    /// <summary>The documents of <paramref name="path"/> with their named entities.</summary>
    public static IEnumerable<AnnotatedDocument> Read(string path) => ConlluReader.ReadDocuments(path).Select(FromDocument);

    /// <summary>One document with its named entities.</summary>
    public static AnnotatedDocument FromDocument(ConlluDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var named = new List<(int Start, int End, EntityLabel Label)>();
        foreach (ConlluSentence sentence in document.Sentences)
        {
            var open = new Dictionary<string, Stack<(int FirstWord, string Spec)>>();
            IReadOnlyList<ConlluWord> words = sentence.Words;
            for (int w = 0; w < words.Count; w++)
            {
                string? value = EntityValue(words[w].Misc);
                if (value is null)
                {
                    continue;
                }

                int i = 0;
                while (i < value.Length)
                {
                    if (value[i] == '(')
                    {
                        int j = i + 1;
                        while (j < value.Length && value[j] is not '(' and not ')')
                        {
                            j++;
                        }

                        string spec = value[(i + 1)..j];
                        string id = spec.Split('-')[0];
                        if (j < value.Length && value[j] == ')')
                        {
                            AddNamed(named, words, w, w, spec);
                            j++;
                        }
                        else
                        {
                            if (!open.TryGetValue(id, out var stack))
                            {
                                open[id] = stack = new Stack<(int, string)>();
                            }

                            stack.Push((w, spec));
                        }

                        i = j;
                    }
                    else if (char.IsAsciiDigit(value[i]))
                    {
                        int k = i;
                        while (k < value.Length && char.IsAsciiDigit(value[k]))
                        {
                            k++;
                        }

                        if (k < value.Length && value[k] == ')' && open.TryGetValue(value[i..k], out var stack) && stack.Count > 0)
                        {
                            (int first, string spec) = stack.Pop();
                            AddNamed(named, words, first, w, spec);
                        }

                        i = k + 1;
                    }
                    else
                    {
                        i++;
                    }
                }
            }
        }

        // Keep the outermost: sort by start, longest first, and drop what lies inside an earlier kept span.
        named.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var entities = new List<Entity>();
        int keptEnd = -1;
        foreach ((int start, int end, EntityLabel label) in named)
        {
            if (start < keptEnd)
            {
                continue;
            }

            entities.Add(new Entity(start, end, label, document.Text[start..end]));
            keptEnd = end;
        }

        return new AnnotatedDocument(document.Id, document.Text, [.. document.Sentences.Select(s => (s.Start, s.End))], entities, []);
    }

    private static void AddNamed(List<(int, int, EntityLabel)> named, IReadOnlyList<ConlluWord> words, int first, int last, string spec)
    {
        // spec = GRP-etype-infstat-salience-centering-minspan-link[-identity]
        string[] parts = spec.Split('-');
        EntityLabel? label = parts.Length > 1 ? parts[1] switch
        {
            "person" => EntityLabel.Person,
            "place" => EntityLabel.Location,
            "organization" => EntityLabel.Organization,
            _ => null,
        } : null;
        if (label is null)
        {
            return;
        }

        // The name is the run of proper nouns around the first proper-noun head, joined through "of"/"the"-style
        // function words ("University of Chicago", "Library of the Netherlands"), never through commas or "and".
        int head = -1;
        if (parts.Length > 5)
        {
            foreach (string h in parts[5].Split(','))
            {
                if (int.TryParse(h, out int offset) && first + offset - 1 <= last && words[first + offset - 1].Upos == "PROPN")
                {
                    head = first + offset - 1;
                    break;
                }
            }
        }

        if (head < 0)
        {
            return;
        }

        int s = head;
        int e = head;
        while (true)
        {
            if (s - 1 >= first && IsNameWord(words[s - 1]))
            {
                s--;
            }
            else if (Bridge(words, s - 1, first, last, -1) is int left and >= 0)
            {
                s = left;
            }
            else
            {
                break;
            }
        }

        while (true)
        {
            if (e + 1 <= last && IsNameWord(words[e + 1]))
            {
                e++;
            }
            else if (Bridge(words, e + 1, first, last, +1) is int right and >= 0)
            {
                e = right;
            }
            else
            {
                break;
            }
        }

        // Titles are not part of a person's name (Universal NER): "Dr. Bailey" → "Bailey".
        if (label == EntityLabel.Person)
        {
            while (s < e && IsTitle(words[s].Form))
            {
                s++;
            }

            if (IsTitle(words[s].Form))
            {
                return;
            }
        }

        named.Add((words[s].Start, words[e].End, label.Value));
    }

    // From a function word at index i, the proper noun reached through at most two of them ("of", "of the"), or -1.
    private static int Bridge(IReadOnlyList<ConlluWord> words, int i, int first, int last, int step)
    {
        for (int k = 0; k < 2; k++, i += step)
        {
            if (i < first || i > last || words[i].Upos is not ("ADP" or "DET") || words[i].Form is "," or "and")
            {
                return -1;
            }

            int next = i + step;
            if (next >= first && next <= last && IsNameWord(words[next]))
            {
                return next;
            }
        }

        return -1;
    }

    // A proper noun, or a capitalised word that is part of a name ("United States", "National Library", "Atlantic
    // Lottery Corporation": UD tags these ADJ or NOUN).
    private static bool IsNameWord(ConlluWord word) =>
        word.Upos == "PROPN" || (word.Form.Length > 0 && char.IsUpper(word.Form[0]) && word.Upos is "ADJ" or "NOUN" or "NUM" or "VERB");

    private static bool IsTitle(string form) =>
        NewsNlp.Entities.EntityLexicon.IsPersonTitle(form) || form is "Miss" or "Emperor" or "Empress" or "Mister" or "Madam" or "Madame";

    private static string? EntityValue(string misc)
    {
        foreach (string part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part["Entity=".Length..];
            }
        }

        return null;
    }
}
