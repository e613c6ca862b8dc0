namespace NewsNlp.Training.Corpora;

/// <summary>GUM's per-document text licences (<c>gum_doc_licences.tsv</c>): which documents may train shipped models.</summary>
public static class GumLicences
{
    /// <summary>Ids of the GUM documents whose text licence allows commercial use.</summary>
    public static IReadOnlySet<string> CommercialDocuments(string corporaFolder)
    {
        string path = Path.Combine(corporaFolder, "ud-english-gum", "gum_doc_licences.tsv");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] columns = line.Split('\t');
            if (columns.Length >= 6 && columns[5].Trim() == "yes")
            {
                ids.Add(columns[0].Trim());
            }
        }

        return ids;
    }
}
