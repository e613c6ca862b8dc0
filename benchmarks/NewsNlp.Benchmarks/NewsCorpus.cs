using System.Text;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Deterministic news-like benchmark text. Every sentence below was written for this file: they read like
/// wire copy (datelines, curly and straight quotes, abbreviations, money, percentages, contractions, a URL,
/// an e-mail address, a handle, a hashtag, dashes, ellipses, hyphenated words, emoji) but report nothing real.
/// Nothing is fetched from anywhere.
/// </summary>
public static class NewsCorpus
{
    /// <summary>The seed of the generator that orders sentences into paragraphs; fixed so every run sees the same text.</summary>
    public const int Seed = 20_260_301;

    /// <summary>One mebibyte of UTF-16 code units: the size of the main benchmark text.</summary>
    public const int OneMegabyte = 1 << 20;

    /// <summary>What separates two paragraphs in the generated text.</summary>
    public const string ParagraphSeparator = "\n\n";

    private static readonly string[] s_datelines =
    [
        "LONDON (NNS) — ",
        "NAIROBI, Kenya, June 14 (NNS) — ",
        "SAN ANTONIO, Texas (NNS) — ",
        "WELLINGTON, New Zealand, March 3 (NNS) – ",
        "FRANKFURT, Sept. 9 (NNS) — ",
        "SINGAPORE (NNS) - ",
        "WASHINGTON, Jan. 21 (NNS) — ",
        "MUMBAI, India (NNS) — ",
    ];

    private static readonly string[] s_sentences =
    [
        "The central bank held its benchmark rate at 3.25% on Tuesday, saying inflation was “moving in the right direction” but was not yet beaten.",
        "“We don't see a recession this year,” Mr. Okafor told reporters after the meeting, adding that wage growth had cooled to 3.2% in the fourth quarter.",
        "Shares of Harbourline Inc. fell 4.1% to $17.85 in early trading after the company cut its full-year revenue forecast to $4.5bn from $4.9bn.",
        "The U.S. Treasury said it would auction $42 billion of 10-year notes next week, roughly in line with what dealers had expected.",
        "Officials estimated that 1,000 homes were damaged when the river burst its banks overnight — the worst flooding in the valley since 1987.",
        "Smith's lawyers argued that the evidence was “circumstantial at best” and asked the judge to dismiss the case before it reaches a jury.",
        "Tickets for the final were offered for €1,200 on resale sites within hours of going on sale, prompting complaints from fans' groups.",
        "“It's not a question of if, but when,” said Dr. Priya Raman, a seismologist at the Institute for Earth Studies who has studied the fault for two decades.",
        "The ministry published the full 212-page report on its website, https://www.example.gov/reports/2026/coastal-review.pdf, late on Friday.",
        "Readers with information can contact the newsroom at tips@example-news.com or message @NNSNewsdesk on social media.",
        "The hashtag #SaveTheDepot trended for most of Sunday as residents protested plans to close the 110-year-old rail yard.",
        "Analysts at Northgate Capital Ltd. said the merger would create the region's third-largest grocer, with about 14,500 employees and 620 stores.",
        "Turnout reached 68.4%, up from 61.9% four years ago, according to preliminary figures from the electoral commission.",
        "The senator's office did not respond to requests for comment... but a spokesman later said the remarks had been “taken out of context.”",
        "Prices for a barrel of crude rose $1.12, or 1.4%, to $81.06 as traders weighed supply cuts against weaker demand from factories.",
        "The well-known chef, who opened her first restaurant in a converted garage, said she'd never expected to cook for a head of state.",
        "Police said a 34-year-old man was arrested at about 11:45 p.m. on Saturday and would appear in court on Monday.",
        "‘We are not going anywhere,’ read a hand-painted sign outside the closed factory gates, where a small crowd gathered in the rain.",
        "The company's chief executive, Ms. Hendricks, said in a statement that it was “far too early” to talk about layoffs.",
        "Under the proposal, households earning less than $55,000 a year would receive a one-time payment of $600 per child.",
        "The match was suspended for 25 minutes after a power failure left the stadium in darkness — the second such incident this season.",
        "“I can't tell you how proud I am of these kids,” the coach said, his voice breaking. “They never gave up. Not once.”",
        "Scientists said the new battery kept 92% of its capacity after 5,000 charge cycles, a result they called a step-change for grid storage.",
        "The airline cancelled 340 flights on Thursday, stranding thousands of passengers during one of the busiest weekends of the year 😬.",
        "Opposition lawmakers walked out of the chamber in protest, and the vote was postponed until after the recess.",
        "The report, compiled by the U.N. refugee agency, found that 2.3 million people had been displaced by the conflict since January.",
        "Mr. and Mrs. Delacroix, both in their 80s, had lived in the house for 52 years and said they would rebuild \"no matter what it takes.\"",
        "Quarterly profit at Brightwater Corp. more than doubled to $312 million, or 87 cents a share, beating the average analyst estimate of 71 cents.",
        "The decision is expected to affect roughly 4,700 small businesses that rely on cross-border trade, a trade group said.",
        "\"This is a once-in-a-generation opportunity,\" the mayor said at a news conference, though critics called the $2.8bn plan \"wildly optimistic.\"",
        "Emergency crews worked through the night to restore power to about 18,000 customers, the utility said on its website.",
        "The film, which premiered to a standing ovation, won't be released in cinemas until the autumn, its distributor said.",
        "Investors piled into government bonds, pushing the yield on the 2-year note down 9 basis points to 4.02%.",
        "The museum said the painting, missing since 1994, turned up in a storage unit after an anonymous tip — still in its original frame.",
        "Fire officials said the blaze started in a kitchen on the third floor and spread quickly through the building's roof space…",
        "Teachers' unions have called a one-day strike for Wednesday, saying pay offers of 2.5% fall far short of inflation.",
        "The coalition agreement runs to 96 pages and includes pledges on housing, child care and a long-term plan for the health service.",
        "“We're confident the deal will close by the end of Q3,” a spokeswoman for the buyer said, declining to give further details 🎉.",
        "Rainfall totals of up to 120 mm (4.7 inches) are possible in coastal areas through Thursday, forecasters warned.",
        "The footage, viewed more than 3 million times, shows a fox strolling through the arrivals hall at 6 a.m. as bemused travellers look on.",
        "He's expected to plead not guilty, and his attorney, Alan Whitcombe Jr., said they'd \"fight this every step of the way.\"",
        "The index closed up 0.8% at 7,412.55, led by mining stocks, while the dollar slipped against the yen and the euro.",
    ];

    /// <summary>The number of distinct sentences the text is made from.</summary>
    public static int SentenceCount => s_sentences.Length;

    /// <summary>
    /// Builds text of at least <paramref name="minimumChars"/> UTF-16 code units: paragraphs of two to six
    /// sentences picked by a fixed-seed <see cref="Random"/>, about a third of them opening with a dateline,
    /// separated by <see cref="ParagraphSeparator"/>. The same size always gives the same text, and a
    /// smaller text is a prefix of a larger one.
    /// </summary>
    public static string Build(int minimumChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumChars);
#pragma warning disable CA5394 // Random is used for reproducible test data, not for security.
        var random = new Random(Seed);
        var text = new StringBuilder(minimumChars + 1024);
        while (text.Length < minimumChars)
        {
            if (text.Length > 0)
            {
                text.Append(ParagraphSeparator);
            }

            if (random.Next(3) == 0)
            {
                text.Append(s_datelines[random.Next(s_datelines.Length)]);
            }

            int sentences = random.Next(2, 7);
            for (int i = 0; i < sentences; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(s_sentences[random.Next(s_sentences.Length)]);
            }
        }
#pragma warning restore CA5394

        return text.ToString();
    }

    /// <summary>Splits text from <see cref="Build"/> back into its paragraphs.</summary>
    public static string[] Paragraphs(string text) => text.Split(ParagraphSeparator);
}
