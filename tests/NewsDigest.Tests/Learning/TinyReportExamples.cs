using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

/// <summary>Six short labelled articles (three reports, one weakly labelled, and three other kinds) that the report-model tests train on.</summary>
internal static class TinyReportExamples
{
    private static ReportExample Example(string id, string text, ReportKind kind, bool weak = false) => new(new Article(id, text), kind, LabelFromTitle: weak);

    public static readonly ReportExample[] All =
    [
        Example("r1", "Rovers 2-1 Town\nRovers came from behind to win 2-1, with Smith scoring in the 54th minute and Jones on 80 minutes.", ReportKind.SingleMatchReport),
        Example("r2", "City 3-0 Albion\nCity cruised past Albion 3-0 as Brown struck in the 12th minute and again after 60 minutes.", ReportKind.SingleMatchReport),
        Example("r3", "United edge County\nUnited beat County 1-0 with a header in the 88th minute from the substitute.", ReportKind.SingleMatchReport, weak: true),
        Example("t1", "Rovers complete signing of winger\nRovers have signed the winger on a four-year contract for an undisclosed fee.", ReportKind.Transfer),
        Example("p1", "Town v Rovers preview\nTown will face Rovers on Saturday; kick-off is at 3pm and the predicted line-up is below.", ReportKind.Preview),
        Example("o1", "Council approves new bus lanes\nThe council voted to approve bus lanes on the high street after a public consultation.", ReportKind.OffTopic, weak: true),
    ];
}
