using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>
/// A nationality adjective on its own is no name in CoNLL or Universal NER ("the [Israeli] air strikes", "occupied
/// Palestinian territories"): such words, which the model sometimes tags as places, are untagged when they make up
/// a whole entity. Inside a longer name they stay ("Haitian National Police"); plurals ("Americans") are left to the
/// model, since the corpora annotate groups of people inconsistently.
/// </summary>
internal static class Demonyms
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_adjectives = WordSet.IgnoringCase(
        "afghan", "african", "albanian", "algerian", "american", "arab", "arabian", "argentine", "argentinian", "armenian",
        "asian", "australian", "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian",
        "brazilian", "british", "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "chilean", "chinese",
        "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch", "ecuadorian", "egyptian",
        "english", "eritrean", "estonian", "ethiopian", "european", "filipino", "finnish", "french", "georgian", "german",
        "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian", "indonesian",
        "iranian", "iraqi", "irish", "israeli", "italian", "ivorian", "jamaican", "japanese", "jordanian", "kazakh",
        "kenyan", "korean", "kosovar", "kurdish", "kuwaiti", "latvian", "lebanese", "libyan", "lithuanian", "malaysian",
        "malian", "mexican", "moldovan", "mongolian", "moroccan", "mozambican", "nepalese", "nigerian", "nigerien",
        "norwegian", "pakistani", "palestinian", "panamanian", "peruvian", "polish", "portuguese", "qatari", "romanian",
        "russian", "rwandan", "saudi", "scottish", "senegalese", "serbian", "singaporean", "slovak", "slovenian",
        "somali", "spanish", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tanzanian", "thai",
        "tunisian", "turkish", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese", "welsh",
        "yemeni", "zambian", "zimbabwean",
        "angolan", "bahraini", "beninese", "bhutanese", "burkinabe", "chadian", "djiboutian", "emirati", "fijian", "gabonese",
        "gambian", "guinean", "kyrgyz", "laotian", "liberian", "luxembourgish", "macedonian", "malagasy", "malawian",
        "maltese", "mauritanian", "montenegrin", "namibian", "nepali", "nicaraguan", "omani", "paraguayan", "salvadoran",
        "samoan", "tajik", "togolese", "tongan", "turkmen", "azeri",

        // Regions, peoples and faiths, adjectives just the same ("the Flemish liberal party", "Sunni clerics").
        "flemish", "walloon", "basque", "catalan", "corsican", "sicilian", "bavarian", "tamil", "sinhalese", "pashtun",
        "uyghur", "uighur", "tibetan", "hispanic", "latino", "scandinavian", "nordic", "balkan", "caribbean", "muslim",
        "christian", "jewish", "hindu", "sunni", "shia", "shiite", "catholic", "buddhist", "sikh");

    /// <summary>Whether a word is a nationality or group adjective ("Kurdish", "Sunni").</summary>
    public static bool IsAdjective(ReadOnlySpan<char> word) => s_adjectives.Contains(word);

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<EntityTag> tags)
    {
        for (int i = EntityTags.NextBegin(tags, 0); i < tags.Length; i = EntityTags.NextBegin(tags, i + 1))
        {
            if (EntityTags.IsBegin(tags[i]) && !(i + 1 < tags.Length && EntityTags.IsInside(tags[i + 1]))
                && tokens[i].Kind == TokenKind.Word && s_adjectives.Contains(tokens[i].Slice(text)))
            {
                tags[i] = EntityTag.Outside;
            }
        }
    }
}
