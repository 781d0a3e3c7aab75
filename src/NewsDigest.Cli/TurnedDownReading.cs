namespace NewsDigest.Cli;

/// <summary>What a command does with an article the report detector turned down (a reaction, a preview, or a report it missed).</summary>
internal enum TurnedDownReading
{
    /// <summary>`digest`: read its opening for the teams, so grouping can attach it to its match; it gives no facts to the digest.</summary>
    GroupOnly,

    /// <summary>`extract`: read every fact in it and write them under the detector's kind, with `"isMatchReport": false`.</summary>
    WriteFacts,

    /// <summary>`--as-reports`: the user says every input is a match report; read it as one when it names two teams playing each other.</summary>
    ReadAsReport,
}
