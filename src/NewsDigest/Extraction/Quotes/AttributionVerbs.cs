namespace NewsDigest.Extraction.Quotes;

/// <summary>The verbs of speech that tie a name to a quote next to it ("said", "told reporters", "quipped"), shared by the patterns before and after a quote.</summary>
internal static class AttributionVerbs
{
    /// <summary>Verbs that attribute a quote only after it ("“What is the golden generation?” he asked"): before one, "asked" or "replied"
    /// introduces a question or the answer to one, whose speaker is the other side of an interview. "“...,” he announced" reads out words;
    /// before a quote "announced" more often gives news in the reporter's words ("The club announced the signing ...").</summary>
    internal const string AfterQuoteVerbs = "asked|replied|responded|answered|wondered|posted|tweeted|exclaimed|shouted|laughed|mused|sighed|grinned|announced";

    internal const string Verbs = @"said|says|added|adds|admitted|admits|insisted|insists|explained|explains|told|tells|stated|claimed|claims|declared|reflected|conceded|concedes|revealed|reveals|continued|commented|joked|warned|noted|acknowledged|stressed|remarked|smiled|suggested|believes|believed|argued|confirmed|confessed|lamented|agreed|recalled|enthused|beamed|quipped|countered|opined|concluded|observed|confided|went on|pointed out|told reporters|told the BBC|told BBC Sport|told Sky Sports|told TNT Sports|told Amazon Prime|told MOTD|told Match of the Day|said afterwards|told the club's website|told journalists|told the press|told a press conference|explained to|wrote|stormed|fumed|raged|blasted|roared|gushed|purred|boomed|snapped|growled|moaned|chuckled|seethed|raved";
}
