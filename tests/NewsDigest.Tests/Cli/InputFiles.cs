using NewsDigest.Tests.Batch;

namespace NewsDigest.Tests.Cli;

/// <summary>The inputs the end-to-end tests feed the CLI, all written by these tests into a temporary directory.</summary>
internal static class InputFiles
{
    /// <summary>A short, plainly worded report of an invented match between two real clubs.</summary>
    public const string GoodReport =
        "Arsenal 2-1 Chelsea: Odegaard header settles London derby\n\n"
        + "Arsenal beat Chelsea 2-1 at the Emirates Stadium on Saturday to go top of the Premier League.\n\n"
        + "Bukayo Saka gave the home side the lead in the 17th minute, curling a shot into the far corner after a quick break down the right.\n\n"
        + "Chelsea were level nine minutes after the interval when Cole Palmer scored from the penalty spot following a foul on Nicolas Jackson.\n\n"
        + "Martin Odegaard won it for Arsenal in the 78th minute, heading in a corner from Declan Rice at the near post.\n\n"
        + "\"We showed great character today,\" Arsenal manager Mikel Arteta said. \"The players never stopped believing and the crowd carried us at the end.\"\n";

    /// <summary>The same kind of report in Spanish: read, and set aside by the language guard.</summary>
    public const string SpanishReport =
        "El Arsenal venció al Chelsea por 2-1 en el Emirates Stadium el sábado y se colocó como líder de la Premier League.\n\n"
        + "Bukayo Saka adelantó a los locales en el minuto 17 con un disparo al palo largo, y Cole Palmer empató de penalti después del descanso. "
        + "Martin Odegaard marcó el gol de la victoria con un cabezazo a falta de doce minutos para el final del partido.\n";

    /// <summary>A German web page that declares its language.</summary>
    public const string GermanPage =
        "<!doctype html><html lang=\"de\"><head><title>Arsenal schlägt Chelsea</title></head><body><article>"
        + "<h1>Arsenal schlägt Chelsea mit 2:1</h1>"
        + "<p>Der FC Arsenal hat das Londoner Derby gegen den FC Chelsea am Samstag mit 2:1 gewonnen und ist damit an die Spitze der Tabelle gesprungen.</p>"
        + "<p>Nach der Führung durch Saka in der ersten Halbzeit glich Palmer per Elfmeter aus, bevor Ødegaard in der Schlussphase mit einem Kopfball für die Entscheidung sorgte.</p>"
        + "</article></body></html>";

    /// <summary>English, but not about a match.</summary>
    public const string NotAReport =
        "Planning permission for the new library was granted on Tuesday after a long consultation with residents.\n\n"
        + "The council said the building would open next spring and would include a cafe, a children's reading room and study spaces.\n";

    /// <summary>The first bytes of a PNG image: signature, then the start of its header chunk.</summary>
    public static readonly byte[] PngBytes =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0xF3, 0xFF, 0x61];

    /// <summary>A directory holding one file of every kind the tests use, good and bad; each test passes the ones it needs.</summary>
    public static TempDirectory Create()
    {
        var dir = new TempDirectory();
        dir.Write("good.txt", GoodReport);
        dir.Write("spanish.txt", SpanishReport);
        dir.Write("german.html", GermanPage);
        dir.Write("library.txt", NotAReport);
        dir.Write("empty.txt", "");
        dir.Write("image.png", PngBytes);
        dir.Write("images/only.png", PngBytes);
        dir.Write("mixed/report.txt", GoodReport);
        dir.Write("mixed/broken.txt", PngBytes);
        return dir;
    }
}
